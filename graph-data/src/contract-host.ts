// What each host gives the renderer beside the service's methods: subscriptions, and the
// Electron-only functions that touch the file system in main (dialogs, recent files, atomic
// saves, saved views). Split from contract.ts, which maps methods to arguments and results.
import type { CsvMapping, ImportLimitOverrides, RedthreadApi, Result } from './contract.js';
import type { FileInspection, JournalReplay, OpenedGraph, ServiceEvent, TaskProgress } from './contract-results.js';

/** What the renderer finds on window.redthread (or the Web Worker stand-in): the API plus subscriptions. */
export interface RedthreadHost extends RedthreadApi {
  /** Returns the unsubscribe function. */
  onProgress(listener: (event: TaskProgress) => void): () => void;
  /** The service stopped and is restarting, then restarted (with the graph reopened, or not); both hosts. */
  onServiceEvent?(listener: (event: ServiceEvent) => void): () => void;
  // Electron only (absent in the browser host): main reads the files it chose in its own
  // dialog, so the renderer never sees or sends a path. Dropped files go through openGraph.
  /** Native open dialog; null when the user cancelled it. */
  openFileDialog?(): Promise<Result<HostOpenResult | null>>;
  recentFiles?(): Promise<Result<RecentFile[]>>;
  /**
   * Opens a recent entry (or a refused pick's `retryId`) again; `csv` answers a `needs-mapping`
   * result, `maxBytes` and `limits` raise the budgets for this one open after a `too_large`.
   */
  openRecent?(args: HostReopenArgs): Promise<Result<HostOpenResult>>;
  /** Native save dialog, then an atomic write (temp file + rename); saved false when cancelled. */
  saveFile?(args: SaveFileRequest): Promise<Result<{ saved: boolean; name?: string }>>;
  /**
   * Saves the open case as a `.redthread` file: to the file it came from, or (Save As, and a graph
   * no case file holds yet: an import, a new case, a copy) where the user picks in the save dialog.
   * Main builds the bytes with the service, writes them atomically, then marks the case saved.
   */
  saveCaseFile?(args: SaveCaseFileArgs): Promise<Result<{ saved: boolean; name?: string }>>;
  /** Unsaved work main journaled under userData in an earlier run (the restore offer); null when none. */
  pendingJournal?(): Promise<Result<PendingJournal | null>>;
  /** Reopens what the journal started from and replays it; `opened` when another graph is now open. */
  restoreJournal?(): Promise<Result<RestoredJournal>>;
  discardJournal?(): Promise<Result<{ discarded: boolean }>>;
  /** The app menu's File commands, run by the renderer so progress and errors show in one place. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** Saved views kept under userData (Electron only; the browser host uses localStorage). Documents are opaque to main: the renderer validates them. */
  listViews?(): Promise<Result<unknown[]>>;
  /** Adds or replaces the view with the same name. */
  saveView?(view: unknown): Promise<Result<{ name: string }>>;
  deleteView?(name: string): Promise<Result<{ deleted: boolean }>>;
}

export type MenuCommand =
  | { command: 'new-case' }
  | { command: 'open' }
  | { command: 'open-default' }
  | { command: 'open-recent'; id: string }
  | { command: 'save' }
  | { command: 'save-as' };

/** What the page adds to a save: its layout and its own blocks (see the saveCase method). */
export interface SaveCaseFileArgs {
  /** Always ask where to save, even when the case came from a file. */
  saveAs?: boolean;
  positions?: Record<string, { x: number; y: number }>;
  views?: unknown;
  appearance?: unknown;
}

/** A journal of unsaved edits found at start: the case's name and how many changes it holds. */
export interface PendingJournal {
  name: string;
  count: number;
}

export interface RestoredJournal {
  /** The graph the journal started from, when restoring opened it (a file, a new case, a copy). */
  opened: OpenedGraph | null;
  replay: JournalReplay;
}

/** What openRecent takes: an id main issued, never a path. */
export interface HostReopenArgs {
  id: string;
  csv?: CsvMapping;
  maxBytes?: number;
  limits?: ImportLimitOverrides;
}

/** A file the user opened before, kept by the Electron host (paths stay in main). */
export interface RecentFile {
  id: string;
  /** File names, one or two (a CSV nodes + edges pair). */
  names: string[];
  /** ISO timestamp of the last open. */
  openedAt: string;
}

/**
 * What a host-side open produced: the graph, or — for CSV files — the columns to map,
 * after which the renderer opens the same entry again with `openRecent({ id, csv })`.
 */
export type HostOpenResult =
  | { status: 'opened'; opened: OpenedGraph; recent: RecentFile }
  | { status: 'needs-mapping'; inspection: FileInspection; recent: RecentFile };

/** What the renderer asks the Electron host to save: a suggested name, dialog filters and the bytes. */
export interface SaveFileRequest {
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
  bytes: Uint8Array;
}

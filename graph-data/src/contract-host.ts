// What each host gives the renderer beside the service's methods: subscriptions, and the
// Electron-only functions that touch the file system in main (dialogs, recent files, atomic
// saves, saved views). Split from contract.ts, which maps methods to arguments and results.
import type { CsvMapping, ImportLimitOverrides, RedthreadApi, Result } from './contract.js';
import type { FileInspection, OpenedGraph, ServiceEvent, TaskProgress } from './contract-results.js';

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
  /** The app menu's File commands, run by the renderer so progress and errors show in one place. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** Saved views kept under userData (Electron only; the browser host uses localStorage). Documents are opaque to main: the renderer validates them. */
  listViews?(): Promise<Result<unknown[]>>;
  /** Adds or replaces the view with the same name. */
  saveView?(view: unknown): Promise<Result<{ name: string }>>;
  deleteView?(name: string): Promise<Result<{ deleted: boolean }>>;
}

export type MenuCommand = { command: 'open' } | { command: 'open-default' } | { command: 'open-recent'; id: string };

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

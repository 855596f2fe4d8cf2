// Main's view of the open case, as a document app keeps one: which file holds it (if any), its
// name and whether it has unsaved edits (read from the service's editState after every call that
// can change them), shown in the window title. Every service call from the page passes through
// `call` here, so main journals each edit before its answer reaches the page, and asks
// Save / Don't Save / Cancel before another graph replaces unsaved edits.
import type { CsvMapping, EditStatus, JournalEntry, Method, Result, ServiceError } from '../graph-data/src/contract.js';
import type { CaseJournal, JournalBase } from './case-journal.js';
import type { ServiceCall } from './ipc.js';

export interface DocumentWindow {
  setTitle(title: string): void;
  /** macOS: the dot in the close button and the "Edited" of the title bar. */
  setDocumentEdited?(edited: boolean): void;
  /** macOS: the file's icon and path menu in the title bar. */
  setRepresentedFilename?(path: string): void;
}

export type SaveChoice = 'save' | 'discard' | 'cancel';

export interface CaseDocumentDeps {
  call: ServiceCall;
  journal: CaseJournal;
  window(): DocumentWindow | null;
  platform?: NodeJS.Platform;
  /** The native Save / Don't Save / Cancel box for the case's unsaved edits. */
  askToSave(name: string): Promise<SaveChoice>;
  /** Asks the page to save (it holds the layout): the answer comes back as a saveCaseFile call. False when there is no page. */
  requestSave(): boolean;
}

/** The state a document has beside the service's: the file it is saved in, what a journal starts from. */
export interface DocumentState {
  status: EditStatus | null;
  /** The `.redthread` file the case was opened from or last saved to. */
  path: string | null;
  base: JournalBase;
  journalOpen: boolean;
}

const CASE_FILE = /\.redthread$/i;
/** Calls that replace the open graph: they ask first when it has unsaved edits. */
const OPENS: ReadonlySet<Method> = new Set(['openGraph', 'openDefault', 'newCase']);
/** Calls after which the title may change. */
const RETITLE: ReadonlySet<Method> = new Set(['openGraph', 'openDefault', 'newCase', 'edit', 'undo', 'redo', 'saveCopy', 'markSaved', 'replayJournal', 'saveCase']);

/** "• Interpol 2018 (copy) — Redthread"; on macOS the title bar says "— Edited" itself (setDocumentEdited). */
export function windowTitle(status: Pick<EditStatus, 'name' | 'unsaved' | 'readOnly'> | null, platform: NodeJS.Platform = process.platform): string {
  if (!status) return 'Redthread';
  const name = status.readOnly ? `${status.name} (read-only)` : status.name;
  if (platform === 'darwin') return `${name} — Redthread`;
  return `${status.unsaved ? '• ' : ''}${name} — Redthread`;
}

export const cancelledOpen = (method: string): { ok: false; error: ServiceError } => ({
  ok: false,
  error: { code: 'cancelled', message: `${method}: cancelled; the open case and its unsaved edits stay` },
});

export function createCaseDocument(deps: CaseDocumentDeps) {
  const platform = deps.platform ?? process.platform;
  const state: DocumentState = { status: null, path: null, base: {}, journalOpen: false };
  let saveWaiters: ((saved: boolean) => void)[] = [];

  const showTitle = (): void => {
    const win = deps.window();
    if (!win) return;
    win.setTitle(windowTitle(state.status, platform));
    win.setDocumentEdited?.(state.status?.unsaved === true);
    win.setRepresentedFilename?.(state.path ?? '');
  };

  const refresh = async (): Promise<EditStatus | null> => {
    const result = (await deps.call('editState', {})) as Result<EditStatus>;
    state.status = result.ok ? result.value : null;
    showTitle();
    return state.status;
  };

  /** Appends an edit's journal entry, starting the journal (header and base) at the first edit since an open or a save. */
  const journalEntry = async (entry: JournalEntry): Promise<void> => {
    try {
      if (!state.journalOpen) {
        const status = (await deps.call('editState', {})) as Result<EditStatus>;
        if (!status.ok) return;
        await deps.journal.start(status.value.journalHeader, state.base);
        state.journalOpen = true;
      }
      await deps.journal.append(JSON.stringify(entry));
    } catch (error) {
      // The edit itself succeeded; a journal that cannot be written must not undo it.
      console.error('redthread: could not write the journal of unsaved edits:', error);
    }
  };

  /** The page finished a save it was asked for (or failed to): what waited on it goes on. */
  const settleSave = (saved: boolean): void => {
    const waiters = saveWaiters;
    saveWaiters = [];
    for (const resolve of waiters) resolve(saved);
  };

  const saveViaPage = (): Promise<boolean> =>
    new Promise((resolve) => {
      saveWaiters.push(resolve);
      if (!deps.requestSave()) settleSave(false);
    });

  /** Save / Don't Save / Cancel when the case has unsaved edits; true when it may be replaced or closed. */
  const confirmLeave = async (): Promise<boolean> => {
    if (!state.status?.unsaved) return true;
    const choice = await deps.askToSave(state.status.name);
    if (choice === 'cancel') return false;
    if (choice === 'save') return saveViaPage();
    // Don't Save: the edits are given up, so the next start offers nothing back.
    state.journalOpen = false;
    await deps.journal.clear();
    return true;
  };

  /** A new graph is open (the service swapped it in): it has no file yet unless `opened` says so. */
  const graphReplaced = (base: JournalBase): void => {
    state.path = null;
    state.base = base;
    state.journalOpen = false;
  };

  const call: ServiceCall = async (method, args) => {
    if (OPENS.has(method) && !(await confirmLeave())) return cancelledOpen(method);
    const result = await deps.call(method, args);
    if (!result.ok) return result;
    if (method === 'openGraph') {
      const { files, csv } = args as { files: { name: string; bytes: Uint8Array }[]; csv?: CsvMapping };
      graphReplaced({ files, ...(csv && { csv }) });
    } else if (method === 'openDefault' || method === 'newCase' || method === 'saveCopy') graphReplaced({});
    else if (method === 'edit' || method === 'undo' || method === 'redo') {
      const entry = (result.value as { journal?: JournalEntry }).journal;
      if (entry) await journalEntry(entry);
    }
    if (RETITLE.has(method)) await refresh();
    return result;
  };

  return {
    state,
    /** The service call every page request goes through. */
    call,
    refresh,
    confirmLeave,
    settleSave,
    /** Main opened these files for the page (dialog, recent list): a single `.redthread` file is the case's file. */
    async opened(paths: string[], csv?: CsvMapping): Promise<void> {
      state.base = { paths: paths.slice(), ...(csv && { csv }) };
      state.path = paths.length === 1 && CASE_FILE.test(paths[0] ?? '') ? (paths[0] as string) : null;
      showTitle();
    },
    /** The case is in this file now, and the journal starts over at the next edit. */
    async savedTo(path: string, markedSaved: boolean): Promise<void> {
      state.path = path;
      if (markedSaved) {
        state.base = { paths: [path] };
        state.journalOpen = false;
        await deps.journal.clear();
      }
      await refresh();
    },
    /** After a restore: what the journal started from, and the journal goes on. */
    restored(base: JournalBase): void {
      state.base = base;
      state.path = base.paths?.length === 1 && CASE_FILE.test(base.paths[0] ?? '') ? (base.paths[0] as string) : null;
      state.journalOpen = true;
    },
    get unsaved(): boolean {
      return state.status?.unsaved === true;
    },
  };
}

export type CaseDocument = ReturnType<typeof createCaseDocument>;

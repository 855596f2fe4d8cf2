// Where each host keeps the journal of unsaved edits, behind one face so the restore offer and
// its buttons behave the same: the browser host writes IndexedDB from the page (journal-store.ts);
// the Electron host's main process journals every edit itself under userData, and the page only
// asks whether there is something to restore.
import type { EditOutcome, EditStatus, OpenedGraph, RedthreadHost, JournalReplay } from '../../../../graph-data/src/contract.js';
import { appendJournal, clearJournal, readJournal, startJournal, type JournalMeta } from './journal-store.js';

export interface PendingWork {
  name: string;
  count: number;
}

export interface RestoreCalls {
  openGraph(files: { name: string; bytes: Uint8Array }[]): Promise<OpenedGraph | null>;
  replayJournal(journal: string): Promise<JournalReplay | null>;
}

export interface JournalBackend {
  pending(): Promise<PendingWork | null>;
  /** After each edit, undo or redo (a no-op where the host journals itself). */
  record(status: EditStatus, outcome: EditOutcome): Promise<void>;
  /** The case is saved as these bytes: later edits journal against them. */
  saved(file: { name: string; bytes: Uint8Array } | null): Promise<void>;
  /** Another graph is open: its first edit starts a new journal. */
  graphOpened(): void;
  /** Reopens what the journal started from and replays it; `opened` when another graph is now open. */
  restore(calls: RestoreCalls): Promise<{ opened: OpenedGraph | null } | null>;
  discard(): Promise<void>;
}

/** The browser host: the page writes the journal to IndexedDB, one small write per edit. */
export function browserJournal(): JournalBackend {
  // The journal of the open graph has its header written (edits since the last open or save).
  let open = false;
  let baseFile: JournalMeta['baseFile'];
  let stored: { meta: JournalMeta; lines: string[] } | null = null;
  return {
    async pending() {
      stored = await readJournal().catch(() => null);
      return stored && { name: stored.meta.name, count: stored.lines.length };
    },
    async record(status, outcome) {
      if (!outcome.journal) return;
      if (!open) {
        await startJournal({ header: status.journalHeader, name: status.name, base: status.base, ...(baseFile && { baseFile }) });
        open = true;
      }
      await appendJournal(JSON.stringify(outcome.journal));
    },
    async saved(file) {
      baseFile = file ?? undefined;
      open = false;
      await clearJournal().catch(() => undefined);
    },
    graphOpened() {
      open = false;
      baseFile = undefined;
    },
    async restore(calls) {
      if (!stored) return null;
      const { meta, lines } = stored;
      let opened: OpenedGraph | null = null;
      if (meta.baseFile) {
        opened = await calls.openGraph([{ name: meta.baseFile.name, bytes: meta.baseFile.bytes }]);
        if (!opened) return null;
      }
      const replay = await calls.replayJournal([meta.header, ...lines].join('\n'));
      if (!replay) return null;
      // Later edits go on in the same journal.
      open = true;
      baseFile = meta.baseFile;
      return { opened: replay.opened ?? opened };
    },
    async discard() {
      open = false;
      await clearJournal().catch(() => undefined);
    },
  };
}

/** The Electron host: main journals every edit before answering it; the page only restores or discards. */
export function hostJournal(host: Required<Pick<RedthreadHost, 'pendingJournal' | 'restoreJournal' | 'discardJournal'>>, onError: (message: string) => void): JournalBackend {
  return {
    async pending() {
      const result = await host.pendingJournal();
      return result.ok ? result.value : null;
    },
    record: async () => undefined,
    saved: async () => undefined,
    graphOpened: () => undefined,
    async restore() {
      const result = await host.restoreJournal();
      if (!result.ok) {
        onError(result.error.message);
        return null;
      }
      return { opened: result.value.opened };
    },
    async discard() {
      await host.discardJournal();
    },
  };
}

export function journalFor(host: RedthreadHost, onError: (message: string) => void): JournalBackend {
  const { pendingJournal, restoreJournal, discardJournal } = host;
  return pendingJournal && restoreJournal && discardJournal ? hostJournal({ pendingJournal, restoreJournal, discardJournal }, onError) : browserJournal();
}

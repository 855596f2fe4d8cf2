// Building a case from the window: every edit goes to the service as a command (the same in both
// hosts), its outcome refreshes the view and is appended to the journal at once; Save writes
// the `.redthread` file; an unfinished journal found at start-up is offered back.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Args, ContractResults, EditCommand, EditOutcome, EditStatus, Method, OpenedGraph } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import { appendJournal, clearJournal, readJournal, startJournal, type JournalMeta } from './journal-store.js';

export type EditAttempt = { ok: true; outcome: EditOutcome } | { ok: false; error: { code: string; message: string } };

type Call = <M extends Method>(method: M, args: Args<M>) => Promise<ContractResults[M] | null>;

export interface CaseOptions {
  call: Call;
  /** Draw the changed graph again, bringing `ids` into the view. */
  refresh(ids: string[], reason: string): Promise<void>;
  /** Another graph is open (a restored case file): start the view over. */
  onOpened(opened: OpenedGraph): void;
  /** Draw the whole graph again (after restoring a journal, which may add anything). */
  reload(reason: string): Promise<void>;
  positions(): Record<string, { x: number; y: number }>;
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useCase({ call, refresh, onOpened, reload, positions }: CaseOptions) {
  const [status, setStatus] = useState<EditStatus | null>(null);
  const [restore, setRestore] = useState<{ meta: JournalMeta; lines: string[] } | null>(null);
  // The journal of the open graph has its header written (edits since the last open or save).
  const journalOpen = useRef(false);
  const baseFile = useRef<JournalMeta['baseFile']>(undefined);

  const reloadStatus = useCallback(async () => {
    const next = await call('editState', {});
    if (next) setStatus(next);
    return next;
  }, [call]);

  useEffect(() => {
    void call('editState', {}).then((next) => next && setStatus(next));
    void readJournal()
      .then(setRestore)
      .catch(() => setRestore(null));
  }, [call]);

  /** A new graph is open: its edits start a new journal. */
  const graphOpened = useCallback(() => {
    journalOpen.current = false;
    baseFile.current = undefined;
    void reloadStatus();
  }, [reloadStatus]);

  const record = useCallback(
    async (outcome: EditOutcome | null, reason: string, bring: string[] = []): Promise<EditOutcome | null> => {
      if (!outcome) return null;
      const current = await reloadStatus();
      if (outcome.journal && current) {
        if (!journalOpen.current) {
          await startJournal({ header: current.journalHeader, name: current.name, base: current.base, ...(baseFile.current && { baseFile: baseFile.current }) });
          journalOpen.current = true;
          setRestore(null);
        }
        await appendJournal(JSON.stringify(outcome.journal));
      }
      await refresh([...bring, ...outcome.createdNodes, ...outcome.touched.nodes], reason);
      return outcome;
    },
    [refresh, reloadStatus],
  );

  const edit = useCallback(
    async (command: EditCommand, reason: string, bring: string[] = []) => record(await call('edit', { command }), reason, bring),
    [call, record],
  );
  /** Like `edit`, but a refusal comes back to the caller (shown where the user acted) instead of to the error bar. */
  const tryEdit = useCallback(
    async (command: EditCommand, reason: string, bring: string[] = []): Promise<EditAttempt> => {
      const result = await getApi().edit({ command });
      if (!result.ok) return { ok: false, error: result.error };
      await record(result.value, reason, bring);
      return { ok: true, outcome: result.value };
    },
    [record],
  );
  const undo = useCallback(async () => record(await call('undo', {}), `Undid ${status?.undoLabel ?? 'the last edit'}`), [call, record, status]);
  const redo = useCallback(async () => record(await call('redo', {}), `Redid ${status?.redoLabel ?? 'the edit'}`), [call, record, status]);

  const save = useCallback(async () => {
    const saved = await call('saveCase', { positions: positions() });
    if (!saved) return;
    const host = getApi();
    if (host.saveFile) await host.saveFile({ defaultName: saved.fileName, filters: [{ name: 'Redthread case', extensions: ['redthread'] }], bytes: saved.bytes });
    else download(saved.bytes, saved.fileName);
    // What is saved is safe: later edits journal against the saved file.
    baseFile.current = { name: saved.fileName, bytes: saved.bytes };
    journalOpen.current = false;
    await clearJournal().catch(() => undefined);
    await reloadStatus();
  }, [call, positions, reloadStatus]);

  const acceptRestore = useCallback(async () => {
    if (!restore) return;
    const { meta, lines } = restore;
    setRestore(null);
    if (meta.baseFile) {
      const opened = await call('openGraph', { files: [{ name: meta.baseFile.name, bytes: meta.baseFile.bytes as Uint8Array<ArrayBuffer> }] });
      if (!opened) return;
      onOpened(opened);
    }
    const replay = await call('replayJournal', { journal: [meta.header, ...lines].join('\n') });
    if (!replay) return;
    // Later edits go on in the same journal.
    journalOpen.current = true;
    baseFile.current = meta.baseFile;
    await reloadStatus();
    await reload('Restored unsaved edits');
  }, [call, onOpened, reload, reloadStatus, restore]);

  const declineRestore = useCallback(() => {
    setRestore(null);
    void clearJournal().catch(() => undefined);
  }, []);

  // Closing or reloading with unsaved edits asks first (the journal keeps them either way).
  useEffect(() => {
    if (!status?.unsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [status?.unsaved]);

  return { status, edit, tryEdit, undo, redo, save, restore, acceptRestore, declineRestore, graphOpened };
}

export type CaseApi = ReturnType<typeof useCase>;

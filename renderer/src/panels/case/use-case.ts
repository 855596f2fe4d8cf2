// Building a case from the window: every edit goes to the service as a command (the same in both
// hosts), its outcome refreshes the view and is journaled at once (by the page in the browser
// host, by main in Electron); Save writes the `.redthread` file (a download, or main's atomic
// write); the shipped case is read-only until "Save a copy"; unsaved work found at start-up is
// offered back.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Args, ContractResults, EditCommand, EditOutcome, EditStatus, Method, OpenedGraph } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import type { EditChange } from '../../state/view-patch.js';
import { journalFor, type PendingWork } from './journal-backend.js';

export type EditAttempt = { ok: true; outcome: EditOutcome } | { ok: false; error: { code: string; message: string } };

type Call = <M extends Method>(method: M, args: Args<M>) => Promise<ContractResults[M] | null>;

export interface CaseOptions {
  call: Call;
  /**
   * Draw the changed graph again, bringing `ids` into the view; `change` (what an edit touched)
   * lets only that be redrawn. Resolves once the answers are in, to the step that shows them.
   */
  refresh(ids: string[], reason: string, change?: EditChange): Promise<() => void>;
  /** Another graph is open (a restored case file): start the view over. */
  onOpened(opened: OpenedGraph): void;
  /** Draw the whole graph again (after restoring a journal, which may add anything). */
  reload(reason: string): Promise<void>;
  positions(): Record<string, { x: number; y: number }>;
  /** A host function failed (its message names what and why). */
  onError(message: string): void;
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useCase({ call, refresh, onOpened, reload, positions, onError }: CaseOptions) {
  const [status, setStatus] = useState<EditStatus | null>(null);
  const [restore, setRestore] = useState<PendingWork | null>(null);
  const journal = useMemo(() => journalFor(getApi(), onError), [onError]);
  // Electron's main process writes case files itself (to the case's file, or where the user picks).
  const native = typeof getApi().saveCaseFile === 'function';

  const reloadStatus = useCallback(async () => {
    const next = await call('editState', {});
    if (next) setStatus(next);
    return next;
  }, [call]);

  useEffect(() => {
    void call('editState', {}).then((next) => next && setStatus(next));
    void journal
      .pending()
      .then(setRestore)
      .catch(() => setRestore(null));
  }, [call, journal]);

  /** A new graph is open: its edits start a new journal. */
  const graphOpened = useCallback(() => {
    journal.graphOpened();
    void reloadStatus();
  }, [journal, reloadStatus]);

  const record = useCallback(
    async (outcome: EditOutcome | null, reason: string, bring: string[] = []): Promise<EditOutcome | null> => {
      if (!outcome) return null;
      const { touched, createdNodes } = outcome;
      const [current, show] = await Promise.all([
        call('editState', {}),
        refresh([...bring, ...createdNodes, ...touched.nodes], reason, { nodes: touched.nodes, edges: touched.edges, ends: touched.ends, created: createdNodes, bring }),
      ]);
      // The journal's write starts first; the status, view and counts then show in one render.
      const journaled = outcome.journal && current ? journal.record(current, outcome) : null;
      if (current) setStatus(current);
      show();
      if (journaled) {
        await journaled;
        // New work replaces whatever was offered back.
        setRestore(null);
      }
      return outcome;
    },
    [call, journal, refresh],
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

  /** "Save a copy": the read-only shipped case becomes an editable, unsaved case under a new name. */
  const saveCopy = useCallback(async () => {
    const next = await call('saveCopy', {});
    if (!next) return null;
    setStatus(next);
    (await refresh([], `Made an editable copy: ${next.name}`))();
    return next;
  }, [call, refresh]);

  const save = useCallback(
    /** True once the case is in a file (false when refused, failed or the dialog was cancelled). */
    async ({ saveAs = false }: { saveAs?: boolean } = {}): Promise<boolean> => {
      // Saving the shipped case saves a copy of it: the original stays as published.
      if (status?.readOnly && !(await saveCopy())) return false;
      const host = getApi();
      if (host.saveCaseFile) {
        const result = await host.saveCaseFile({ saveAs, positions: positions() });
        if (!result.ok) onError(result.error.message);
        const after = await reloadStatus();
        return result.ok && after?.unsaved === false;
      }
      const saved = await call('saveCase', { positions: positions() });
      if (!saved) return false;
      download(saved.bytes, saved.fileName);
      // What is saved is safe: later edits journal against the saved file.
      await journal.saved({ name: saved.fileName, bytes: saved.bytes });
      await reloadStatus();
      return true;
    },
    [call, journal, onError, positions, reloadStatus, saveCopy, status?.readOnly],
  );

  const acceptRestore = useCallback(async () => {
    if (!restore) return;
    setRestore(null);
    const restored = await journal.restore({
      openGraph: (files) => call('openGraph', { files: files.map((f) => ({ name: f.name, bytes: f.bytes as Uint8Array<ArrayBuffer> })) }),
      replayJournal: (text) => call('replayJournal', { journal: text }),
    });
    if (!restored) return;
    if (restored.opened) onOpened(restored.opened);
    await reloadStatus();
    await reload('Restored unsaved edits');
  }, [call, journal, onOpened, reload, reloadStatus, restore]);

  const declineRestore = useCallback(() => {
    setRestore(null);
    void journal.discard().catch(() => undefined);
  }, [journal]);

  // Electron's File menu: Save (Ctrl+S) and Save As… (and main's "Save" before closing or opening).
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });
  useEffect(
    () =>
      getApi().onMenuCommand?.((c) => {
        if (c.command === 'save') void latestSave.current();
        else if (c.command === 'save-as') void latestSave.current({ saveAs: true });
      }),
    [],
  );

  // Browser host: closing or reloading with unsaved edits asks first (the journal keeps them
  // either way). Electron's main process asks itself, with Save / Don't Save / Cancel.
  useEffect(() => {
    if (!status?.unsaved || native) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [status?.unsaved, native]);

  return { status, native, edit, tryEdit, undo, redo, save, saveCopy, restore, acceptRestore, declineRestore, graphOpened };
}

export type CaseApi = ReturnType<typeof useCase>;

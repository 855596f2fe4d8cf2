// Opening a graph from the UI: file input, drop, native dialog, recent list and the
// built-in dataset all end in one flow — progress after a short delay, the CSV
// mapping step when needed, then either the new graph or an error with the old one kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type CsvMapping,
  DEFAULT_MAX_IMPORT_BYTES,
  type FileInspection,
  type HostOpenResult,
  type ImportLimitOverrides,
  type LimitExceeded,
  type OpenedGraph,
  type TaskProgress,
  type RecentFile,
  type Result,
} from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import { applyHostResult } from './host-open.js';
import { initialMapping, rememberMapping } from './mapping-store.js';
import { readFileBytes, ReadCancelled } from './read-file.js';
import { type BrowserRecent, loadRecent, rememberRecent } from './recent-store.js';
import { browserStore } from './storage.js';
import { useServiceEvents } from './use-service-events.js';

/** Small files open faster than this: showing progress for them would only flash. */
export const PROGRESS_DELAY_MS = 300;

export type OpenPhase =
  | { kind: 'idle' }
  | { kind: 'busy'; names: string[]; progress: TaskProgress | null; visible: boolean }
  | { kind: 'mapping'; names: string[]; inspection: FileInspection; initial: CsvMapping; submit(csv: CsvMapping): void; cancel(): void };

export interface OpenProblem {
  names: string[];
  message: string;
  /** After a too_large answer: open the same files again with that budget raised (the user trusts the file). */
  retry?: () => void;
}

/** What an open may override for one file: the byte limit and the importer's budgets. */
export interface OpenOverrides {
  maxBytes?: number;
  limits?: ImportLimitOverrides;
}

// The contract's ceilings for each budget (contract.ts argsSchemas.openGraph).
const CEILINGS: Record<LimitExceeded['name'], number> = {
  maxBytes: 4 * 1024 ** 3,
  maxDepth: 100_000,
  maxNodes: 1_000_000_000,
  maxEdges: 1_000_000_000,
  maxAttributeCells: 1_000_000_000,
  maxExpandedEdges: 1_000_000_000,
};

/** The overrides with the budget a file went over raised well past what it found; null at the ceiling. */
export function raiseLimit(current: OpenOverrides, exceeded: LimitExceeded): OpenOverrides | null {
  const ceiling = CEILINGS[exceeded.name];
  if (exceeded.limit >= ceiling) return null;
  // "found" is often "at least": go well past it so one click usually suffices.
  const raised = Math.min(ceiling, Math.max(exceeded.found, exceeded.limit) * 4);
  if (exceeded.name === 'maxBytes') return { ...current, maxBytes: raised };
  return { ...current, limits: { ...current.limits, [exceeded.name]: raised } };
}

/** How to open the same files again with other overrides (the bytes the renderer holds, or main's retry id). */
export interface Retry {
  overrides: OpenOverrides;
  run(next: OpenOverrides): void;
}

export type OpenCause = 'user' | 'restart';

export interface OpenerOptions {
  /**
   * The session now holds this graph: reset the view to it. `cause` is 'user' when the user
   * opened it (after `beforeReplace` said yes), 'restart' when a restarted service could not
   * reopen the user's graph and holds another.
   */
  onOpened(opened: OpenedGraph, names: string[], cause: OpenCause): void;
  /**
   * Asked before the page replaces the open graph ("a new case", "another graph"): false keeps it.
   * The browser host asks about unsaved edits here; Electron's main asks itself.
   */
  beforeReplace?(action: string): Promise<boolean>;
}

const looksLikeCsv = (name: string): boolean => /\.(csv|tsv|txt)$/i.test(name);
const sizeText = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** The browser host's hint list gains the names of a graph that opened. */
const recordBrowserRecent = (set: (list: BrowserRecent[]) => void, names: string[], opened: OpenedGraph) => () =>
  set(rememberRecent(browserStore(), { names, openedAt: new Date().toISOString(), nodes: opened.info.nodeCount, edges: opened.info.edgeCount }));

export function useOpener({ onOpened, beforeReplace }: OpenerOptions) {
  const [phase, setPhase] = useState<OpenPhase>({ kind: 'idle' });
  const [error, setError] = useState<OpenProblem | null>(null);
  const [warnings, setWarnings] = useState<OpenProblem[] | null>(null);
  const [browserRecent, setBrowserRecent] = useState<BrowserRecent[]>(() => loadRecent(browserStore()));
  const [hostRecent, setHostRecent] = useState<RecentFile[]>([]);
  const input = useRef<HTMLInputElement | null>(null);
  const run = useRef<{ cancelled: boolean } | null>(null);
  const latestOnOpened = useRef(onOpened);
  const latestBeforeReplace = useRef(beforeReplace);
  useEffect(() => {
    latestOnOpened.current = onOpened;
    latestBeforeReplace.current = beforeReplace;
  });
  const mayReplace = useCallback((action: string) => latestBeforeReplace.current?.(action) ?? Promise.resolve(true), []);
  const { serviceEvent, dismissServiceEvent } = useServiceEvents(latestOnOpened);

  const host = getApi();
  const native = typeof host.openFileDialog === 'function';

  const refreshHostRecent = useCallback(() => {
    void getApi()
      .recentFiles?.()
      .then((r) => r.ok && setHostRecent(r.value));
  }, []);

  // Progress of the session's open (parse, build) from either host.
  useEffect(
    () =>
      getApi().onProgress((event) => {
        if (event.task !== 'open') return;
        setPhase((p) => (p.kind === 'busy' ? { ...p, progress: event } : p));
      }),
    [],
  );

  /** Starts a run: any earlier one is superseded; progress shows only after the delay. */
  const begin = useCallback((names: string[]) => {
    if (run.current) run.current.cancelled = true;
    const token = { cancelled: false };
    run.current = token;
    setError(null);
    setPhase({ kind: 'busy', names, progress: null, visible: false });
    setTimeout(() => {
      if (run.current === token) setPhase((p) => (p.kind === 'busy' ? { ...p, visible: true } : p));
    }, PROGRESS_DELAY_MS);
    return token;
  }, []);

  const finish = useCallback(
    (token: { cancelled: boolean }, names: string[], result: Result<OpenedGraph>, remember?: () => void, retry?: Retry) => {
      // An ok result means the session swapped graphs: the UI must follow even if the user pressed Cancel late.
      if (result.ok) {
        remember?.();
        setWarnings(result.value.warnings.length ? result.value.warnings.map((message) => ({ names, message })) : null);
        latestOnOpened.current(result.value, names, 'user');
      } else if (!token.cancelled && result.error.code !== 'cancelled') {
        const raised = retry && result.error.code === 'too_large' && result.error.limit ? raiseLimit(retry.overrides, result.error.limit) : null;
        setError({ names, message: result.error.message, ...(raised && retry && { retry: () => retry.run(raised) }) });
      }
      if (run.current === token) {
        run.current = null;
        setPhase({ kind: 'idle' });
      }
    },
    [],
  );

  /** The run is over without an open (dialog cancelled, mapping step next). */
  const release = useCallback((token: { cancelled: boolean }) => {
    if (run.current === token) run.current = null;
  }, []);

  const fail = useCallback((token: { cancelled: boolean }, names: string[], message: string) => {
    if (run.current !== token) return;
    run.current = null;
    if (!token.cancelled) setError({ names, message });
    setPhase({ kind: 'idle' });
  }, []);

  /** The Electron host's answer to a dialog, drop or recent entry. */
  const handleHostResult = useCallback(
    (token: { cancelled: boolean }, names: string[], result: Result<HostOpenResult | null>) =>
      applyHostResult({ begin, finish, release, setPhase, refresh: refreshHostRecent }, token, names, result),
    [begin, finish, release, refreshHostRecent],
  );

  /** The file input and drops in both hosts: read the files here and hand the bytes to the session. */
  const openFiles = useCallback(
    async (list: File[]) => {
      const names = list.map((f) => f.name);
      if (list.length === 0) return;
      if (list.length > 2) {
        setError({ names, message: 'Open one graph file, or a CSV nodes table and an edges table (two files at most).' });
        return;
      }
      const tooBig = list.find((f) => f.size > DEFAULT_MAX_IMPORT_BYTES);
      if (tooBig) {
        setError({ names, message: `${tooBig.name}: ${sizeText(tooBig.size)} is over the ${sizeText(DEFAULT_MAX_IMPORT_BYTES)} limit` });
        return;
      }
      if (!(await mayReplace(names.join(' and ')))) return;
      const token = begin(names);
      const total = list.reduce((sum, f) => sum + f.size, 0);
      let base = 0;
      const files: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
      try {
        for (const file of list) {
          const bytes = await readFileBytes(
            file,
            (done) => setPhase((p) => (p.kind === 'busy' ? { ...p, progress: { task: 'open', phase: 'load', done: base + done, total } } : p)),
            token,
          );
          base += file.size;
          files.push({ name: file.name, bytes });
        }
      } catch (e) {
        fail(token, names, e instanceof ReadCancelled ? 'cancelled' : `${names.join(', ')}: could not read the file (${e instanceof Error ? e.message : String(e)})`);
        return;
      }
      if (token.cancelled) return;

      /** Opens these bytes; a too_large answer offers the same open with that budget raised. */
      const openBytes = (run: { cancelled: boolean }, csv: CsvMapping | undefined, overrides: OpenOverrides) => {
        void getApi()
          .openGraph({ files, ...(csv && { csv }), ...overrides })
          .then((r) =>
            finish(run, names, r, r.ok ? recordBrowserRecent(setBrowserRecent, names, r.value) : undefined, {
              overrides,
              run: (next) => openBytes(begin(names), csv, next),
            }),
          );
      };

      if (names.some(looksLikeCsv)) {
        const inspected = await getApi().inspectFiles({ files });
        if (token.cancelled) return;
        if (!inspected.ok) return fail(token, names, inspected.error.message);
        const inspection = inspected.value;
        if (inspection.format === 'csv' && inspection.csv) {
          run.current = null;
          setPhase({
            kind: 'mapping',
            names,
            inspection,
            initial: initialMapping(browserStore(), inspection),
            cancel: () => setPhase({ kind: 'idle' }),
            submit: (csv) => {
              const next = begin(names);
              if (inspection.csv) rememberMapping(browserStore(), inspection.csv.files, csv);
              openBytes(next, csv, {});
            },
          });
          return;
        }
      }
      openBytes(token, undefined, {});
    },
    [begin, fail, finish, mayReplace],
  );

  // Both hosts: the page reads the dropped File and sends its bytes (size-capped) to the
  // service, so no host ever opens a path the page named. In Electron a drop therefore
  // does not enter the recent list, which holds only paths from main's own dialog.
  const openDropped = useCallback((list: File[]) => void openFiles(list), [openFiles]);

  /** Ctrl+O and the Open button: the native dialog in Electron, the file input in a browser. */
  const chooseFiles = useCallback(() => {
    const h = getApi();
    if (!h.openFileDialog) {
      input.current?.click();
      return;
    }
    const token = begin([]);
    void h.openFileDialog().then((r) => handleHostResult(token, [], r));
  }, [begin, handleHostResult]);

  const openRecent = useCallback(
    (entry: RecentFile) => {
      const token = begin(entry.names);
      void getApi()
        .openRecent?.({ id: entry.id })
        .then((r) => handleHostResult(token, entry.names, r));
    },
    [begin, handleHostResult],
  );

  const openDefault = useCallback(async () => {
    const names = ['Interpol 2018'];
    if (!(await mayReplace('Interpol 2018'))) return;
    const token = begin(names);
    finish(token, names, await getApi().openDefault({}));
  }, [begin, finish, mayReplace]);

  /** New case (File menu, toolbar): an empty case replaces the open graph, once unsaved edits are saved or let go. */
  const newCase = useCallback(async () => {
    const names = ['Untitled case'];
    if (!(await mayReplace('a new case'))) return;
    const token = begin(names);
    finish(token, names, await getApi().newCase({}));
  }, [begin, finish, mayReplace]);

  const cancel = useCallback(() => {
    if (run.current) run.current.cancelled = true;
    run.current = null;
    setPhase({ kind: 'idle' });
    void getApi().cancelOpen({});
  }, []);

  // Electron: the recent list lives in main, and the app menu sends File commands here.
  useEffect(() => {
    refreshHostRecent();
    return getApi().onMenuCommand?.((c) => {
      if (c.command === 'open') chooseFiles();
      else if (c.command === 'open-default') void openDefault();
      else if (c.command === 'new-case') void newCase();
      else if (c.command === 'open-recent') {
        const names = ['recent file'];
        const token = begin(names);
        void getApi()
          .openRecent?.({ id: c.id })
          .then((r) => handleHostResult(token, names, r));
      }
    });
  }, [begin, chooseFiles, handleHostResult, newCase, openDefault, refreshHostRecent]);

  return {
    phase,
    error,
    warnings,
    serviceEvent,
    native,
    browserRecent,
    hostRecent,
    /** Ref callback for the hidden file input that Open… clicks in the browser host. */
    setInput: (el: HTMLInputElement | null) => {
      input.current = el;
    },
    actions: {
      openFiles,
      openDropped,
      chooseFiles,
      openRecent,
      openDefault,
      newCase,
      cancel,
      dismissError: () => setError(null),
      dismissWarnings: () => setWarnings(null),
      dismissServiceEvent,
    },
  };
}

export type Opener = ReturnType<typeof useOpener>;

// A session owns the loaded graph and can replace it: opening a file builds a new
// dataset and service, and only on success swaps it in, so a bad file never costs the
// user the graph already open. Every host (Electron thread, Web Worker) runs one.
import { type Args, DEFAULT_MAX_IMPORT_BYTES, EDIT_METHODS, type EditMethod, type Method, type OpenedGraph, type TaskProgress, type Result, SESSION_METHODS } from '../contract.js';
import { bytesHash, bytesHashAsync } from '../case/hash.js';
import { NEW_CASE_BASE, SHIPPED_COPY_BASE } from '../case/journal.js';
import { emptyCase } from '../case/new-case.js';
import { exportData } from '../io/export/index.js';
import { importGraph } from '../io/import/index.js';
import type { Dataset } from './dataset.js';
import { dispatch, isMethod, validateArgs } from './dispatch.js';
import { ServiceFailure, toServiceError } from './errors.js';
import { createEditSession, type EditSession } from './edits.js';
import { createLiveGraphService, type GraphService, type LiveGraphService } from './index.js';
import { inspectFiles } from './inspect-files.js';

export interface SessionHost {
  /** Loads the built-in dataset (Interpol 2018). */
  loadDefault(): Promise<Dataset>;
  progress?(event: TaskProgress): void;
}

export interface Session {
  handle(method: unknown, args: unknown): Promise<Result<unknown>>;
}

export function createSession(host: SessionHost): Session {
  let service: GraphService | null = null;
  let loadError: string | null = null;
  let dataset: Dataset | null = null;
  let current: { cancelled: boolean } | null = null;
  let exporting: { cancelled: boolean } | null = null;
  let edits: EditSession | null = null;
  let live: LiveGraphService | null = null;
  // After a journal replay anything may have changed: the read service is rebuilt before the next read.
  let stale = false;
  let graphId = '';

  const install = (next: Dataset, warnings: string[], base: string): OpenedGraph => {
    // An export of the previous graph must not go on writing a graph the user no longer sees.
    if (exporting) exporting.cancelled = true;
    dataset = next;
    live = createLiveGraphService(next, { progress: (event) => host.progress?.(event) });
    const created = live.service;
    service = created;
    loadError = null;
    stale = false;
    const info = created.datasetInfo({});
    graphId = info.graph;
    edits = createEditSession(next, base, (touched) => {
      // An edit brings the indexes up to date for what it touched (service/index.ts update).
      if (touched && live && !stale) live.update(touched);
      else stale = true;
    });
    return { info, warnings, base, ...(next.case && { case: next.case }) };
  };

  const readService = (): GraphService | null => {
    if (stale && dataset) {
      live = createLiveGraphService(dataset, { progress: (event) => host.progress?.(event), graphId });
      service = live.service;
      stale = false;
    }
    return service;
  };

  const editMethod = (method: EditMethod) => async (args: never) => {
    if (!edits) throw new ServiceFailure('no_graph', `${method}: ${loadError ?? 'no graph is loaded'}`);
    return (edits.methods[method] as (a: unknown) => unknown)(args);
  };

  /** The header of a journal, read only for its name and base (replayJournal checks it whole). */
  const journalStart = (journal: string): { name?: unknown; base?: unknown } => {
    try {
      const header: unknown = JSON.parse(journal.slice(0, journal.indexOf('\n') >>> 0));
      return typeof header === 'object' && header !== null ? header : {};
    } catch {
      return {};
    }
  };

  /**
   * A journal that began on a graph no file holds (a new case, the copy of the shipped case)
   * makes that graph first, so both hosts restore it the same way.
   */
  const replay = async (args: Args<'replayJournal'>) => {
    const { name, base } = journalStart(args.journal);
    const named = typeof name === 'string' && name.length > 0 && name.length <= 200 ? name : undefined;
    let opened: OpenedGraph | undefined;
    if (base === NEW_CASE_BASE) opened = install(emptyCase(named), [], NEW_CASE_BASE);
    else if (base === SHIPPED_COPY_BASE) {
      opened = install(await host.loadDefault(), [], '');
      (edits as EditSession).methods.saveCopy(named ? { name: named } : {});
    }
    const result = await editMethod('replayJournal')(args as never);
    // The info after the edits: the renderer starts its view over on it.
    return opened ? { ...(result as object), opened: { ...opened, info: (readService() as GraphService).datasetInfo({}) } } : result;
  };

  const ready = host
    .loadDefault()
    .then((d) => install(d, [], ''))
    .catch((error: unknown) => {
      loadError = toServiceError(error).message;
    });

  const session: Record<(typeof SESSION_METHODS)[number], (args: never) => Promise<unknown>> = {
    openDefault: async () => install(await host.loadDefault(), [], ''),
    newCase: async (args: Args<'newCase'>) => install(emptyCase(args.name), [], NEW_CASE_BASE),
    inspectFiles: (args: Args<'inspectFiles'>) => inspectFiles(args),
    cancelOpen: async () => {
      const cancelled = current !== null;
      if (current) current.cancelled = true;
      return { cancelled };
    },
    exportData: async (args: Args<'exportData'>) => {
      if (!dataset) throw new ServiceFailure('no_graph', `exportData: ${loadError ?? 'no graph is loaded'}`);
      if (exporting) exporting.cancelled = true;
      const signal = { cancelled: false };
      exporting = signal;
      try {
        return await exportData(dataset, args, { signal, onProgress: (phase, done, total) => host.progress?.({ task: 'export', phase, done, total }) });
      } finally {
        if (exporting === signal) exporting = null;
      }
    },
    cancelExport: async () => {
      const cancelled = exporting !== null;
      if (exporting) exporting.cancelled = true;
      return { cancelled };
    },
    openGraph: async (args: Args<'openGraph'>) => {
      if (current) current.cancelled = true;
      const signal = { cancelled: false };
      current = signal;
      try {
        // A journal names the file it started from: one file's hash, or the hash of the tables' hashes.
        // Hashed while the file is imported (WebCrypto works off this thread).
        const hashed = Promise.all(args.files.map((f) => bytesHashAsync(f.bytes)));
        // Awaited only if the import succeeds: a file that fails to import leaves no unheard rejection.
        hashed.catch(() => undefined);
        const result = await importGraph({
          files: args.files,
          format: args.format,
          csv: args.csv,
          maxBytes: args.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES,
          signal,
          onProgress: (phase, done, total) => host.progress?.({ task: 'open', phase, done, total }),
          ...(args.limits && { limits: args.limits }),
        });
        const hashes = await hashed;
        const base = hashes.length === 1 ? (hashes[0] as string) : bytesHash(new TextEncoder().encode(hashes.join('')));
        return install(result.dataset, result.warnings, base);
      } finally {
        if (current === signal) current = null;
      }
    },
    // Needs no graph: reading a file changes nothing until the dialog adds the source.
    // The readers (linkedom, Readability, marked, pdf.js) load on first use, not with the service.
    readSourceFile: async (args: Args<'readSourceFile'>) => (await import('../io/source-files/read.js')).readSourceFile(args.file.name, args.file.bytes, args.maxBytes, (done, total) => host.progress?.({ task: 'source', phase: 'pages', done, total })),
    ...(Object.fromEntries(EDIT_METHODS.map((m) => [m, editMethod(m)])) as Record<EditMethod, (args: never) => Promise<unknown>>),
    replayJournal: replay,
  };

  return {
    async handle(method, raw) {
      await ready;
      if (!isMethod(method)) return dispatch(service, method, raw);
      if (!(SESSION_METHODS as readonly Method[]).includes(method)) {
        if (!service && loadError) return { ok: false, error: { code: 'no_graph', message: loadError } };
        return dispatch(readService(), method, raw);
      }
      const args = validateArgs(method, raw);
      if (!args.ok) return args;
      try {
        const call = session[method as keyof typeof session] as (a: unknown) => Promise<unknown>;
        return { ok: true, value: await call(args.value) };
      } catch (error) {
        return { ok: false, error: toServiceError(error) };
      }
    },
  };
}


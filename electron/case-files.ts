// The Electron host's case functions: Save / Save As (the native dialog when the case has no file
// yet, an atomic write, then the case is marked saved and the journal cleared) and the restore
// offer of a journal left by an earlier run. Paths stay in main; the page sends only its layout.
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { HostFunction } from '../graph-data/src/contract-methods.js';
import type { EditStatus, JournalReplay, OpenedGraph, PendingJournal, RestoredJournal, Result, SaveCaseFileArgs, SavedCase, ServiceError } from '../graph-data/src/contract.js';
import { argsSchemas } from '../graph-data/src/contract.js';
import type { CaseDocument } from './case-document.js';
import type { CaseJournal } from './case-journal.js';
import { FileRefused, type GraphFile, readGraphFiles } from './files.js';
import type { SaveDialogResult } from './save-file.js';
import { writeFileAtomic } from './save-file.js';

export const CASE_FILTERS = [{ name: 'Redthread case', extensions: ['redthread'] }];

export interface CaseFilesDeps {
  doc: CaseDocument;
  journal: CaseJournal;
  showSaveDialog(options: { defaultPath: string; filters: typeof CASE_FILTERS; properties: ['createDirectory', 'showOverwriteConfirmation'] }): Promise<SaveDialogResult>;
  /** Folder the first save of a case offers (Documents). */
  defaultDir(): string;
  /** The recent list gains a saved case. */
  remember?(paths: string[]): Promise<void>;
  write?(path: string, bytes: Uint8Array): Promise<void>;
  readFiles?(paths: string[]): Promise<GraphFile[]>;
}

export interface CaseFunctions {
  saveCaseFile(args: SaveCaseFileArgs): Promise<Result<{ saved: boolean; name?: string }>>;
  pendingJournal(): Promise<Result<PendingJournal | null>>;
  restoreJournal(): Promise<Result<RestoredJournal>>;
  discardJournal(): Promise<Result<{ discarded: boolean }>>;
}

const failure = (error: ServiceError): { ok: false; error: ServiceError } => ({ ok: false, error });
const withExtension = (path: string): string => (/\.redthread$/i.test(path) ? path : `${path}.redthread`);

export function createCaseFunctions(deps: CaseFilesDeps): CaseFunctions {
  const { doc } = deps;
  const write = deps.write ?? ((path: string, bytes: Uint8Array) => writeFileAtomic(path, bytes));
  const readFiles = deps.readFiles ?? ((paths: string[]) => readGraphFiles(paths, 4 * 1024 ** 3));

  const save = async ({ saveAs, ...blocks }: SaveCaseFileArgs): Promise<Result<{ saved: boolean; name?: string }>> => {
    // Bytes first (nothing is marked saved yet): the dialog offers the case's own file name.
    const built = (await doc.call('saveCase', { ...blocks, markSaved: false })) as Result<SavedCase>;
    if (!built.ok) return built;
    let target = !saveAs ? doc.state.path : null;
    if (!target) {
      const choice = await deps.showSaveDialog({
        defaultPath: join(doc.state.path ? dirname(doc.state.path) : deps.defaultDir(), built.value.fileName),
        filters: CASE_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
      target = withExtension(choice.filePath);
    }
    try {
      await write(target, built.value.bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      return failure({ code: 'internal', message: `saveCase: could not write ${basename(target)} (${code}); nothing was changed` });
    }
    // An edit made while the file was written is not in it: then the case stays unsaved.
    const marked = (await doc.call('markSaved', { revision: built.value.state.revision, base: built.value.base })) as Result<EditStatus>;
    await doc.savedTo(target, marked.ok);
    await deps.remember?.([target]);
    return { ok: true, value: { saved: true, name: basename(target) } };
  };

  return {
    async saveCaseFile(args) {
      const result = await save(args).catch((error: unknown) => failure({ code: 'internal', message: `saveCase: ${error instanceof Error ? error.message : String(error)}` }));
      doc.settleSave(result.ok && result.value.saved && !doc.unsaved);
      return result;
    },
    pendingJournal: async () => ({ ok: true, value: await deps.journal.pending() }),
    async restoreJournal() {
      const stored = await deps.journal.read();
      if (!stored) return failure({ code: 'bad_arguments', message: 'restoreJournal: there is no unsaved work to restore' });
      let opened: OpenedGraph | null = null;
      if (stored.base.paths || stored.base.files) {
        let files: GraphFile[];
        try {
          files = stored.base.paths ? await readFiles(stored.base.paths) : (stored.base.files ?? []);
        } catch (error) {
          const reason = error instanceof FileRefused ? error.error.message : String(error);
          return failure({ code: 'bad_file', message: `restoreJournal: the file the edits apply to cannot be opened (${reason}); the unsaved work is kept` });
        }
        const result = (await doc.call('openGraph', { files, ...(stored.base.csv && { csv: stored.base.csv }) })) as Result<OpenedGraph>;
        if (!result.ok) return result;
        opened = result.value;
      }
      const replay = (await doc.call('replayJournal', { journal: stored.text })) as Result<JournalReplay>;
      if (!replay.ok) return replay;
      doc.restored(replay.value.opened ? {} : stored.base);
      await doc.refresh();
      return { ok: true, value: { opened: replay.value.opened ?? opened, replay: replay.value } };
    },
    async discardJournal() {
      await deps.journal.clear();
      return { ok: true, value: { discarded: true } };
    },
  };
}

const saveArgs = argsSchemas.saveCase.omit({ markSaved: true }).extend({ saveAs: z.boolean().optional() });
const noArgs = z.union([z.undefined(), z.null(), z.strictObject({})]);
const badArguments = (fn: string, error: z.ZodError): { ok: false; error: ServiceError } =>
  failure({ code: 'bad_arguments', message: `${fn}: ${error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')}` });

type CaseHostFunction = Extract<HostFunction, keyof CaseFunctions>;

/** The IPC face of the case functions: untrusted arguments are validated here. */
export function caseHandlers(fns: CaseFunctions): Record<CaseHostFunction, (args: unknown) => Promise<Result<unknown>>> {
  const none = (fn: 'pendingJournal' | 'restoreJournal' | 'discardJournal') => async (args: unknown) => {
    const parsed = noArgs.safeParse(args);
    return parsed.success ? fns[fn]() : badArguments(fn, parsed.error);
  };
  return {
    saveCaseFile: async (args) => {
      const parsed = saveArgs.safeParse(args);
      return parsed.success ? fns.saveCaseFile(parsed.data) : badArguments('saveCaseFile', parsed.error);
    },
    pendingJournal: none('pendingJournal'),
    restoreJournal: none('restoreJournal'),
    discardJournal: none('discardJournal'),
  };
}

// The Electron-only host functions: the open dialog and the recent list. Main reads only
// paths it got from its own dialog (kept in the recent list, which the page names by id),
// checked and size-limited, and hands their bytes to the service thread's session. The
// page never names a path: dropped files reach the service as bytes through openGraph.
// A pick refused as too_large is kept in one slot under a random id, so the page can ask
// for the same files again with a raised budget without ever holding their paths.
import { randomBytes } from 'node:crypto';
import type {
  CsvMapping,
  FileInspection,
  HostOpenResult,
  HostReopenArgs,
  ImportLimitOverrides,
  OpenedGraph,
  RecentFile,
  Result,
  ServiceError,
} from '../graph-data/src/contract.js';
import { z } from 'zod';
import { argsSchemas, csvMappingSchema, DEFAULT_MAX_IMPORT_BYTES, importLimitsSchema } from '../graph-data/src/contract.js';
import { FileRefused, OPEN_DIALOG_FILTERS, readGraphFiles } from './files.js';
import type { HostHandlers, ServiceCall } from './ipc.js';
import type { RecentFiles } from './recent-files.js';

export interface OpenDialogLike {
  (options: { title: string; filters: typeof OPEN_DIALOG_FILTERS; properties: ('openFile' | 'multiSelections')[] }): Promise<{
    canceled: boolean;
    filePaths: string[];
  }>;
}

export interface OpenFilesDeps {
  showOpenDialog: OpenDialogLike;
  call: ServiceCall;
  recent: RecentFiles;
  maxBytes?: number;
  /** After the recent list changed (the menu rebuilds its Recent submenu). */
  onRecentChanged?(list: RecentFile[]): void;
  /** These files are open now (the case document learns its file). */
  onOpened?(paths: string[], csv?: CsvMapping): void;
}

export interface HostFunctions {
  openFileDialog(): Promise<Result<HostOpenResult | null>>;
  recentFiles(): Promise<Result<RecentFile[]>>;
  openRecent(args: HostReopenArgs): Promise<Result<HostOpenResult>>;
}

/** Budgets raised for one open after a too_large answer. */
interface Overrides {
  maxBytes?: number;
  limits?: ImportLimitOverrides;
}

// CSV needs the column-mapping step first; other formats open straight away.
const looksLikeCsv = (path: string): boolean => /\.(csv|tsv|txt)$/i.test(path);

const failure = (error: ServiceError): { ok: false; error: ServiceError } => ({ ok: false, error });

function asFailure(error: unknown): { ok: false; error: ServiceError } {
  if (error instanceof FileRefused) return failure(error.error);
  return failure({ code: 'internal', message: `files: ${error instanceof Error ? error.message : String(error)}` });
}

export function createHostFunctions(deps: OpenFilesDeps): HostFunctions {
  const defaultMaxBytes = deps.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;

  const remember = async (paths: string[]): Promise<RecentFile> => {
    const entry = await deps.recent.add(paths);
    deps.onRecentChanged?.(deps.recent.list());
    return entry;
  };

  // One slot: the last pick refused as too_large, under an id that names nothing but it.
  let refused: { id: string; paths: string[] } | null = null;
  const keepRefused = (paths: string[]): string => {
    refused = { id: `refused-${randomBytes(12).toString('hex')}`, paths: paths.slice() };
    return refused.id;
  };

  /**
   * Only the dialog's paths, the recent list's and the refused slot's (which hold nothing else)
   * get here. `retryId` names these paths again after a too_large answer (made on demand).
   */
  const openPaths = async (checked: string[], retryId: () => string, csv?: CsvMapping, overrides: Overrides = {}): Promise<Result<HostOpenResult>> => {
    const result = await readAndOpen(checked, csv, overrides);
    if (result.ok) {
      if (refused && refused.paths.join('\0') === checked.join('\0')) refused = null;
      return result;
    }
    // Only a budget the user can raise is worth a retry id.
    if (result.error.code === 'too_large' && result.error.limit) return failure({ ...result.error, retryId: retryId() });
    return result;
  };

  const readAndOpen = async (checked: string[], csv: CsvMapping | undefined, overrides: Overrides): Promise<Result<HostOpenResult>> => {
    const maxBytes = overrides.maxBytes ?? defaultMaxBytes;
    try {
      const files = await readGraphFiles(checked, maxBytes);
      if (!csv && checked.some(looksLikeCsv)) {
        const inspected = (await deps.call('inspectFiles', { files })) as Result<FileInspection>;
        if (!inspected.ok) return inspected;
        if (inspected.value.format === 'csv') {
          return { ok: true, value: { status: 'needs-mapping', inspection: inspected.value, recent: await remember(checked) } };
        }
      }
      const opened = (await deps.call('openGraph', { files, csv, maxBytes, ...(overrides.limits && { limits: overrides.limits }) })) as Result<OpenedGraph>;
      if (!opened.ok) return opened;
      deps.onOpened?.(checked, csv);
      return { ok: true, value: { status: 'opened', opened: opened.value, recent: await remember(checked) } };
    } catch (error) {
      return asFailure(error);
    }
  };

  return {
    async openFileDialog() {
      const choice = await deps.showOpenDialog({
        title: 'Open a case or a graph',
        filters: OPEN_DIALOG_FILTERS,
        properties: ['openFile', 'multiSelections'],
      });
      if (choice.canceled || choice.filePaths.length === 0) return { ok: true, value: null };
      const picked = choice.filePaths;
      return openPaths(picked, () => keepRefused(picked));
    },
    recentFiles: async () => ({ ok: true, value: deps.recent.list() }),
    async openRecent({ id, csv, maxBytes, limits }) {
      const overrides = { ...(maxBytes !== undefined && { maxBytes }), ...(limits && { limits }) };
      const paths = deps.recent.paths(id);
      if (paths) return openPaths(paths, () => id, csv, overrides);
      const slot = refused;
      if (slot && slot.id === id) return openPaths(slot.paths.slice(), () => slot.id, csv, overrides);
      return failure({ code: 'bad_arguments', message: `files: no recent file with id "${id}"` });
    },
  };
}

const openRecentArgs = z.strictObject({
  id: z.string().min(1).max(64),
  csv: csvMappingSchema.optional(),
  // The same ceilings as the service's own openGraph arguments.
  maxBytes: argsSchemas.openGraph.shape.maxBytes,
  limits: importLimitsSchema.optional(),
});
const noArgs = z.union([z.undefined(), z.null(), z.strictObject({})]);

const badArguments = (fn: string, error: z.ZodError): { ok: false; error: ServiceError } =>
  failure({ code: 'bad_arguments', message: `${fn}: ${error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')}` });

/** The IPC face of the host functions: untrusted arguments are validated here. */
export function hostHandlers(fns: HostFunctions): Pick<HostHandlers, 'openFileDialog' | 'recentFiles' | 'openRecent'> {
  return {
    openFileDialog: async (args) => {
      const parsed = noArgs.safeParse(args);
      return parsed.success ? fns.openFileDialog() : badArguments('openFileDialog', parsed.error);
    },
    recentFiles: async (args) => {
      const parsed = noArgs.safeParse(args);
      return parsed.success ? fns.recentFiles() : badArguments('recentFiles', parsed.error);
    },
    openRecent: async (args) => {
      const parsed = openRecentArgs.safeParse(args);
      return parsed.success ? fns.openRecent(parsed.data) : badArguments('openRecent', parsed.error);
    },
  };
}

// Saved views of the desktop app: one JSON file under userData, written atomically. Main
// treats each view as an opaque document with a name (the renderer validates its content
// with the full schema when it reads it), and checks only what keeps the file sane: a
// name, plain JSON, a size cap per view and for the whole store. Only a missing file means
// "no views yet": any other read error refuses every write, so a file main could not read
// (EACCES, EIO) is never overwritten with a list that lacks its views.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { SavedViewFunction } from '../graph-data/src/contract-methods.js';
import type { ErrorCode, Result } from '../graph-data/src/contract.js';
import { writeFileAtomic } from './atomic-write.js';

export const SAVED_VIEWS_FILE = 'saved-views.json';
/** One view holds node ids and positions; 20 MB is some 200k nodes, far past what a canvas shows. */
export const MAX_VIEW_BYTES = 20 * 1024 ** 2;
export const MAX_VIEWS = 500;
/** The whole store: main parses it on the first call, so it stays far from blocking main. */
export const MAX_STORE_BYTES = 50 * 1024 ** 2;

/** The file calls the store makes, injectable so tests can fail them as root. */
export interface SavedViewFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFileAtomic(path: string, data: string, options: { newFileMode: number }): Promise<void>;
}
const nodeFs: SavedViewFs = { readFile, mkdir, writeFileAtomic };

const savedViewName = z.string().trim().min(1).max(120);
const document = z.looseObject({ name: savedViewName });
type StoredView = z.infer<typeof document>;

export interface SavedViewStore {
  list(): Promise<StoredView[]>;
  /** Adds or replaces the view with the same name. */
  save(view: unknown): Promise<{ name: string }>;
  remove(name: string): Promise<{ deleted: boolean }>;
}

export class SavedViewError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'bad_arguments',
  ) {
    super(`saved-views: ${message}`);
    this.name = 'SavedViewError';
  }
}

const sizeText = (bytes: number): string => (bytes >= 1024 ** 2 ? `${bytes / 1024 ** 2} MB` : `${bytes} bytes`);
const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? (error instanceof Error ? error.message : String(error));

/** The store at `file`; a missing file is an empty list, a damaged one is kept aside rather than overwritten. */
export interface SavedViewStoreOptions {
  fs?: SavedViewFs;
  maxStoreBytes?: number;
}

export function createSavedViewStore(file: string, { fs = nodeFs, maxStoreBytes = MAX_STORE_BYTES }: SavedViewStoreOptions = {}): SavedViewStore {
  let views: StoredView[] | null = null;
  // Operations run one after another: two quick saves must not interleave their writes.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.catch(() => undefined).then(task);
    queue = run;
    return run;
  };

  const load = async (): Promise<StoredView[]> => {
    if (views) return views;
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return (views = []);
      // Not cached: the next call tries again, once the user has fixed the file.
      throw new SavedViewError(
        `cannot read ${basename(file)} (${errnoOf(error)}); nothing is saved until it can be read, so the views in it are not overwritten`,
        'bad_file',
      );
    }
    if (text.length > maxStoreBytes) {
      throw new SavedViewError(`${basename(file)} is larger than the ${sizeText(maxStoreBytes)} limit; move it aside to start a new list`, 'too_large');
    }
    try {
      const parsed: unknown = JSON.parse(text);
      const list = Array.isArray(parsed) ? parsed : [];
      views = list.flatMap((v) => {
        const ok = document.safeParse(v);
        return ok.success ? [ok.data] : [];
      });
    } catch {
      // Unreadable JSON: keep the bytes under another name so the next save cannot destroy them.
      await fs.writeFileAtomic(`${file}.damaged-${Date.now()}`, text, { newFileMode: 0o600 });
      views = [];
    }
    return views;
  };

  const persist = async (next: StoredView[]): Promise<void> => {
    const text = `${JSON.stringify(next)}\n`;
    if (text.length > maxStoreBytes) {
      throw new SavedViewError(`all saved views together would pass the ${sizeText(maxStoreBytes)} limit; delete some first`, 'too_large');
    }
    await fs.mkdir(dirname(file), { recursive: true });
    await fs.writeFileAtomic(file, text, { newFileMode: 0o600 });
    views = next;
  };

  return {
    list: () => serial(async () => (await load()).slice()),
    save: (raw) =>
      serial(async () => {
        const parsed = document.safeParse(raw);
        if (!parsed.success) throw new SavedViewError(`a saved view needs a name of 1–120 characters (${parsed.error.issues[0]?.message ?? 'invalid'})`);
        const text = JSON.stringify(parsed.data);
        if (text.length > MAX_VIEW_BYTES) throw new SavedViewError(`view "${parsed.data.name}" is larger than ${MAX_VIEW_BYTES / 1024 ** 2} MB`);
        // A round trip through JSON keeps only plain data, whatever the sender put in.
        const view = JSON.parse(text) as StoredView;
        const current = await load();
        const others = current.filter((v) => v.name !== view.name);
        if (others.length >= MAX_VIEWS) throw new SavedViewError(`at most ${MAX_VIEWS} saved views; delete one first`);
        await persist([...others, view]);
        return { name: view.name };
      }),
    remove: (name) =>
      serial(async () => {
        const current = await load();
        const next = current.filter((v) => v.name !== name);
        if (next.length === current.length) return { deleted: false };
        await persist(next);
        return { deleted: true };
      }),
  };
}

type Handler = (args: unknown) => Promise<Result<unknown>>;

/** The host functions over a store, each returning a Result (never throwing across IPC). */
export function savedViewHandlers(store: SavedViewStore): Record<SavedViewFunction, Handler> {
  const wrap =
    (fn: SavedViewFunction, run: (args: unknown) => Promise<unknown>): Handler =>
    async (args) => {
      try {
        return { ok: true, value: await run(args) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const code = error instanceof SavedViewError ? error.code : 'internal';
        return { ok: false, error: { code, message: error instanceof SavedViewError ? message : `saved-views: ${fn}: ${message}` } };
      }
    };
  return {
    listViews: wrap('listViews', () => store.list()),
    saveView: wrap('saveView', (view) => store.save(view)),
    deleteView: wrap('deleteView', (name) => {
      const parsed = savedViewName.safeParse(name);
      if (!parsed.success) throw new SavedViewError('deleteView expects the name of a saved view');
      return store.remove(parsed.data);
    }),
  };
}

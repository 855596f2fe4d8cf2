// Where saved views live: the Electron host's file under userData when window.redthread
// has saveView, else the browser's localStorage. Both hand back validated views only.
import type { RedthreadHost, Result } from '../../../../graph-data/src/contract.js';
import { parseSavedView, type SavedView } from './schema.js';

export interface SavedViewStore {
  /** Valid views, by name; `skipped` counts stored documents that failed validation. */
  list(): Promise<{ views: SavedView[]; skipped: number }>;
  save(view: SavedView): Promise<void>;
  remove(name: string): Promise<void>;
}

export const LOCAL_STORAGE_KEY = 'redthread:saved-views';

function validated(raw: unknown[]): { views: SavedView[]; skipped: number } {
  const views: SavedView[] = [];
  for (const item of raw) {
    const parsed = parseSavedView(item);
    if (parsed.ok) views.push(parsed.value);
  }
  views.sort((a, b) => a.name.localeCompare(b.name));
  return { views, skipped: raw.length - views.length };
}

/** Storage is the DOM's interface, so tests can hand in a Map-backed stand-in. */
export function localViewStore(storage: Pick<Storage, 'getItem' | 'setItem'>): SavedViewStore {
  const read = (): unknown[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(LOCAL_STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  };
  const write = (items: unknown[]) => {
    try {
      storage.setItem(LOCAL_STORAGE_KEY, JSON.stringify(items));
    } catch (error) {
      // Quota exceeded is the one failure a user can act on.
      throw new Error(`saved views: the browser refused to store the view (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  };
  const nameOf = (item: unknown) => (typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined);
  return {
    list: async () => validated(read()),
    save: async (view) => write([...read().filter((item) => nameOf(item) !== view.name), view]),
    remove: async (name) => write(read().filter((item) => nameOf(item) !== name)),
  };
}

type HostViews = Required<Pick<RedthreadHost, 'listViews' | 'saveView' | 'deleteView'>>;

async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function hostViewStore(host: HostViews): SavedViewStore {
  return {
    list: async () => validated(await unwrap(host.listViews())),
    save: async (view) => void (await unwrap(host.saveView(view))),
    remove: async (name) => void (await unwrap(host.deleteView(name))),
  };
}

const hasViews = (host: Partial<Pick<RedthreadHost, keyof HostViews>> | undefined): host is HostViews =>
  typeof host?.listViews === 'function' && typeof host.saveView === 'function' && typeof host.deleteView === 'function';

/** The Electron store when the host offers one, else localStorage. */
export function pickViewStore(host: Partial<Pick<RedthreadHost, keyof HostViews>> | undefined, storage: Pick<Storage, 'getItem' | 'setItem'>): SavedViewStore {
  return hasViews(host) ? hostViewStore(host) : localViewStore(storage);
}

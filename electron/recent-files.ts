// The recent-files list of the desktop app, kept by main under userData: paths never
// leave main (the renderer sees ids and names), and every write is atomic.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecentFile } from '../graph-data/src/contract.js';
import { writeFileAtomic } from './atomic-write.js';

export const RECENT_FILE_NAME = 'recent-files.json';
export const MAX_RECENT = 10;

interface Entry {
  id: string;
  paths: string[];
  openedAt: string;
}

export interface RecentFiles {
  /** Newest first, as the renderer and the menu show them. */
  list(): RecentFile[];
  /** The paths behind an id, or null when it is not (or no longer) in the list. */
  paths(id: string): string[] | null;
  /** Records an open (moving an existing entry to the top) and saves the list. */
  add(paths: string[]): Promise<RecentFile>;
}

/** Stable per set of paths, so opening the same pair twice keeps one entry. */
export const recentId = (paths: string[]): string => createHash('sha256').update(JSON.stringify(paths)).digest('hex').slice(0, 16);

const view = (entry: Entry): RecentFile => ({ id: entry.id, names: entry.paths.map((p) => basename(p)), openedAt: entry.openedAt });

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const { id, paths, openedAt } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof openedAt === 'string' &&
    Array.isArray(paths) &&
    paths.length >= 1 &&
    paths.length <= 2 &&
    paths.every((p) => typeof p === 'string')
  );
}

/** Loads the list from `dir` (a missing or unreadable file starts an empty list). */
export async function loadRecentFiles(dir: string, now: () => Date = () => new Date()): Promise<RecentFiles> {
  const file = join(dir, RECENT_FILE_NAME);
  let entries: Entry[] = [];
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (Array.isArray(parsed)) entries = parsed.filter(isEntry).slice(0, MAX_RECENT);
  } catch {
    // First run, or a damaged file: the list is a convenience, not data worth refusing to start over.
  }
  // Writes run one after another so a slow save cannot overwrite a newer one.
  let saving: Promise<void> = Promise.resolve();

  return {
    list: () => entries.map(view),
    paths: (id) => entries.find((e) => e.id === id)?.paths.slice() ?? null,
    async add(paths) {
      const entry: Entry = { id: recentId(paths), paths: paths.slice(), openedAt: now().toISOString() };
      entries = [entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, MAX_RECENT);
      const text = `${JSON.stringify(entries, null, 2)}\n`;
      saving = saving.catch(() => undefined).then(async () => {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(file, text, { newFileMode: 0o600 });
      });
      await saving;
      return view(entry);
    },
  };
}

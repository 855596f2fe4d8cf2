// The browser host's recent files: names and when they were opened, as a hint only —
// a page cannot reopen a file by name, so the user picks it again. (Electron keeps
// re-openable entries in main; see electron/recent-files.ts.)
import { type KeyValueStore, readJson, writeJson } from './storage.js';

export const RECENT_KEY = 'redthread.recent-files';
export const MAX_RECENT = 8;

export interface BrowserRecent {
  names: string[];
  openedAt: string;
  nodes: number;
  edges: number;
}

function isRecent(value: unknown): value is BrowserRecent {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Array.isArray(r.names) &&
    r.names.every((n) => typeof n === 'string') &&
    typeof r.openedAt === 'string' &&
    typeof r.nodes === 'number' &&
    typeof r.edges === 'number'
  );
}

export function loadRecent(store: KeyValueStore | null): BrowserRecent[] {
  const value = readJson(store, RECENT_KEY);
  return Array.isArray(value) ? value.filter(isRecent).slice(0, MAX_RECENT) : [];
}

/** Newest first; the same names opened again move to the top. */
export function rememberRecent(store: KeyValueStore | null, entry: BrowserRecent): BrowserRecent[] {
  const key = entry.names.join('\n');
  const list = [entry, ...loadRecent(store).filter((r) => r.names.join('\n') !== key)].slice(0, MAX_RECENT);
  writeJson(store, RECENT_KEY, list);
  return list;
}

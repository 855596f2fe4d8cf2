// The browser host's journal of unsaved edits, in IndexedDB: one meta record (the journal's
// header line and, for a graph saved in this browser, the bytes it started from) and the entry
// lines in insertion order. Each edit is one small write, so a closed tab loses nothing.
const DB = 'redthread-journal';
const META = 'meta';
const ENTRIES = 'entries';

export interface JournalMeta {
  header: string;
  name: string;
  base: string;
  /** The case file the edits apply to, when it is not the built-in dataset. */
  baseFile?: { name: string; bytes: Uint8Array };
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(META);
      request.result.createObjectStore(ENTRIES, { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('journal: IndexedDB is unavailable'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (meta: IDBObjectStore, entries: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction([META, ENTRIES], mode);
      const request = work(tx.objectStore(META), tx.objectStore(ENTRIES));
      tx.oncomplete = () => resolve(request?.result);
      tx.onerror = () => reject(tx.error ?? new Error('journal: write failed'));
    });
  } finally {
    db.close();
  }
}

/** Starts a new journal (the previous one is dropped). */
export function startJournal(meta: JournalMeta): Promise<unknown> {
  return run('readwrite', (m, e) => {
    e.clear();
    return m.put(meta, 'current');
  });
}

export function appendJournal(line: string): Promise<unknown> {
  return run('readwrite', (_m, e) => e.add(line));
}

export function clearJournal(): Promise<unknown> {
  return run('readwrite', (m, e) => {
    e.clear();
    return m.clear();
  });
}

/** The stored journal, when it holds at least one entry. */
export async function readJournal(): Promise<{ meta: JournalMeta; lines: string[] } | null> {
  const meta = await run<JournalMeta>('readonly', (m) => m.get('current') as IDBRequest<JournalMeta>);
  if (!meta) return null;
  const lines = (await run<string[]>('readonly', (_m, e) => e.getAll() as IDBRequest<string[]>)) ?? [];
  return lines.length ? { meta, lines } : null;
}

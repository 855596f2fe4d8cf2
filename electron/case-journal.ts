// The Electron host's journal of unsaved edits, under userData/journal: `journal.jsonl` (the
// header line, then one line per edit, undo or redo, each appended and flushed before the edit's
// answer reaches the page) and `base.json` (what the edits apply to: the files' paths, or the
// dropped files' bytes beside it). A crash tears at most the last line, which replay skips.
// Paths stay in main: the page learns only the case's name and the number of changes.
import { constants } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CsvMapping, PendingJournal } from '../graph-data/src/contract.js';
import { writeFileAtomic } from './atomic-write.js';

export const JOURNAL_DIR = 'journal';
const JOURNAL_FILE = 'journal.jsonl';
const BASE_FILE = 'base.json';

/** What the journal's edits start from, besides what its header says (the base's hash). */
export interface JournalBase {
  /** Files opened from main's dialog, the recent list or a save: read again on restore. */
  paths?: string[];
  /** Files dropped on the page: main keeps their bytes beside the journal. */
  files?: { name: string; bytes: Uint8Array }[];
  csv?: CsvMapping;
}

interface StoredBase {
  paths?: string[];
  files?: string[];
  csv?: CsvMapping;
}

export interface CaseJournal {
  /** A new journal: the base, then the header (the previous journal is dropped). */
  start(header: string, base: JournalBase): Promise<void>;
  /** One entry line, appended and flushed. */
  append(line: string): Promise<void>;
  clear(): Promise<void>;
  /** The journal left by an earlier run, when it holds at least one entry. */
  pending(): Promise<PendingJournal | null>;
  /** The whole journal and its base, to restore. */
  read(): Promise<{ text: string; base: JournalBase } | null>;
}

const entryLines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

export function createCaseJournal(userData: string): CaseJournal {
  const dir = join(userData, JOURNAL_DIR);
  const journalPath = join(dir, JOURNAL_FILE);
  const basePath = join(dir, BASE_FILE);
  // One write at a time, in order: an append never races the start or the clear before it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.catch(() => undefined).then(work);
    queue = next;
    return next;
  };

  const readText = async (): Promise<string | null> => readFile(journalPath, 'utf8').catch(() => null);

  return {
    start: (header, base) =>
      serial(async () => {
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const stored: StoredBase = { ...(base.paths && { paths: base.paths }), ...(base.csv && { csv: base.csv }) };
        if (base.files) {
          stored.files = [];
          for (const [i, file] of base.files.entries()) {
            const name = `base-${i}.bin`;
            await writeFileAtomic(join(dir, name), file.bytes, { newFileMode: 0o600 });
            stored.files.push(file.name);
          }
        }
        await writeFileAtomic(basePath, JSON.stringify(stored), { newFileMode: 0o600 });
        // The header last: a journal file exists only once its base is whole.
        await writeFileAtomic(journalPath, `${header.trimEnd()}\n`, { newFileMode: 0o600 });
      }),
    append: (line) =>
      serial(async () => {
        const handle = await open(journalPath, constants.O_WRONLY | constants.O_APPEND);
        try {
          await handle.write(`${line.trimEnd()}\n`);
          await handle.datasync();
        } finally {
          await handle.close();
        }
      }),
    clear: () => serial(() => rm(dir, { recursive: true, force: true })),
    async pending() {
      await queue.catch(() => undefined);
      const text = await readText();
      if (!text) return null;
      const [head, ...entries] = entryLines(text);
      if (!head || entries.length === 0) return null;
      try {
        const header = JSON.parse(head) as { name?: unknown };
        return { name: typeof header.name === 'string' ? header.name : 'a case', count: entries.length };
      } catch {
        return null;
      }
    },
    async read() {
      await queue.catch(() => undefined);
      const text = await readText();
      if (!text) return null;
      let stored: StoredBase;
      try {
        stored = JSON.parse(await readFile(basePath, 'utf8')) as StoredBase;
      } catch {
        stored = {};
      }
      const base: JournalBase = { ...(stored.paths && { paths: stored.paths }), ...(stored.csv && { csv: stored.csv }) };
      if (stored.files) base.files = await Promise.all(stored.files.map(async (name, i) => ({ name, bytes: new Uint8Array(await readFile(join(dir, `base-${i}.bin`))) })));
      return { text, base };
    },
  };
}

// The journal file under userData: header then one flushed line per edit, the base beside it,
// a torn last line costs only that line, and clearing leaves nothing to offer back.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { journalHeader } from '../graph-data/src/case/journal.js';
import { createCaseJournal, JOURNAL_DIR } from './case-journal.js';

const root = mkdtempSync(join(tmpdir(), 'redthread-journal-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const userData = () => mkdtempSync(join(root, 'user-'));
const header = journalHeader('Interpol (copy)', 'copy', '2026-11-30T10:00:00.000Z');

describe('createCaseJournal', () => {
  it('writes the header, then appends one line per entry, in order, even when not awaited one by one', async () => {
    const dir = userData();
    const journal = createCaseJournal(dir);
    await journal.start(header, {});
    await Promise.all([1, 2, 3].map((seq) => journal.append(JSON.stringify({ seq, kind: 'redo', at: 'T' }))));
    const text = readFileSync(join(dir, JOURNAL_DIR, 'journal.jsonl'), 'utf8');
    expect(text.split('\n')).toEqual([header.trimEnd(), '{"seq":1,"kind":"redo","at":"T"}', '{"seq":2,"kind":"redo","at":"T"}', '{"seq":3,"kind":"redo","at":"T"}', '']);
    expect(await journal.pending()).toEqual({ name: 'Interpol (copy)', count: 3 });
    // Only this user can read what was being written.
    if (process.platform !== 'win32') expect(statSync(join(dir, JOURNAL_DIR, 'journal.jsonl')).mode & 0o777).toBe(0o600);
  });

  it('offers nothing for a journal with a header only, or none at all', async () => {
    const dir = userData();
    const journal = createCaseJournal(dir);
    expect(await journal.pending()).toBeNull();
    await journal.start(header, {});
    expect(await journal.pending()).toBeNull();
  });

  it('a torn last line (a crash mid-write) is not counted as a change', async () => {
    const dir = userData();
    const journal = createCaseJournal(dir);
    await journal.start(header, {});
    await journal.append('{"seq":1,"kind":"redo","at":"T"}');
    appendFileSync(join(dir, JOURNAL_DIR, 'journal.jsonl'), '{"seq":2,"ki');
    // A second run reads what the first left.
    const again = createCaseJournal(dir);
    expect((await again.pending())?.count).toBe(2);
    expect((await again.read())?.text.endsWith('{"seq":2,"ki')).toBe(true);
  });

  it('keeps the paths of opened files, or the bytes of dropped ones, for the restore', async () => {
    const dir = userData();
    const journal = createCaseJournal(dir);
    await journal.start(header, { paths: ['/cases/a.redthread'] });
    expect((await journal.read())?.base).toEqual({ paths: ['/cases/a.redthread'] });
    const bytes = new TextEncoder().encode('source,target\na,b\n');
    await journal.start(header, { files: [{ name: 'edges.csv', bytes }], csv: { delimiter: ',' } });
    const read = await journal.read();
    expect(read?.base.csv).toEqual({ delimiter: ',' });
    expect(read?.base.files?.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['edges.csv', 'source,target\na,b\n']]);
    expect(read?.base.paths).toBeUndefined();
  });

  it('clear removes the journal and its base; a new start drops the old entries', async () => {
    const dir = userData();
    const journal = createCaseJournal(dir);
    await journal.start(header, {});
    await journal.append('{"seq":1}');
    await journal.start(header, {});
    expect(readFileSync(join(dir, JOURNAL_DIR, 'journal.jsonl'), 'utf8')).toBe(header);
    await journal.append('{"seq":1}');
    await journal.clear();
    expect(await journal.pending()).toBeNull();
    expect(await journal.read()).toBeNull();
  });

  it('a damaged header offers nothing rather than failing the start-up', async () => {
    const dir = userData();
    const journal = createCaseJournal(dir);
    await journal.start(header, {});
    writeFileSync(join(dir, JOURNAL_DIR, 'journal.jsonl'), 'not json\n{"seq":1}\n');
    expect(await journal.pending()).toBeNull();
  });
});

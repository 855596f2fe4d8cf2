// The session (service/session.ts) where both hosts meet it: what opening returns (warnings, the
// base a journal names), the import limit the caller gives, Cancel once nothing is opening, a
// built-in case that failed to load, a journal that makes its own new case, and a host that
// takes no progress events. Hashes are checked against node:crypto.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExportedFile, OpenedGraph, Result } from '../contract.js';
import { journalHeader, NEW_CASE_BASE } from '../case/journal.js';
import { NEW_CASE_NAME } from '../case/new-case.js';
import { ServiceFailure } from './errors.js';
import { createSession } from './session.js';
import { fixtureDataset } from './test-fixture.js';

const encode = (s: string) => new TextEncoder().encode(s);
const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};
const fixtureSession = () => createSession({ loadDefault: async () => fixtureDataset() });
const NODES = encode('Id,Label\nn1,Ana Lima\nn2,Rio\n');
const EDGES = encode('Source,Target\nn1,n2\n');

describe('session: opening', () => {
  it('opens the built-in case and a new case without warnings, based on "" and "new"', async () => {
    const s = fixtureSession();
    expect(value<OpenedGraph>(await s.handle('openDefault', {}))).toMatchObject({ warnings: [], base: '' });
    const opened = value<OpenedGraph>(await s.handle('newCase', { name: 'Harbour leak' }));
    expect(opened).toMatchObject({ warnings: [], base: NEW_CASE_BASE });
    expect(opened.info.name).toBe('Harbour leak');
  });

  it('names one file by its SHA-256, and two tables by the SHA-256 of their hashes in the order given', async () => {
    const s = fixtureSession();
    const one = value<OpenedGraph>(await s.handle('openGraph', { files: [{ name: 'nodes.csv', bytes: NODES }] }));
    expect(one.base).toBe(sha(NODES));
    const two = value<OpenedGraph>(await s.handle('openGraph', { files: [{ name: 'nodes.csv', bytes: NODES }, { name: 'edges.csv', bytes: EDGES }] }));
    expect(two.info).toMatchObject({ nodeCount: 2, edgeCount: 1 });
    expect(two.base).toBe(sha(sha(NODES) + sha(EDGES)));
  });

  it('refuses a file larger than the limit the caller gives, and keeps the graph open', async () => {
    const s = fixtureSession();
    const result = await s.handle('openGraph', { files: [{ name: 'nodes.csv', bytes: NODES }], maxBytes: 10 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(value<{ name: string }>(await s.handle('datasetInfo', {})).name).toBe('Fixture');
  });

  it('has nothing to cancel before an open and once it has finished', async () => {
    const s = fixtureSession();
    expect(value(await s.handle('cancelOpen', {}))).toEqual({ cancelled: false });
    value<OpenedGraph>(await s.handle('openGraph', { files: [{ name: 'nodes.csv', bytes: NODES }] }));
    expect(value(await s.handle('cancelOpen', {}))).toEqual({ cancelled: false });
  });
});

describe('session: reading the open case', () => {
  it('gives a source with what it cites (none: an empty list), names an unknown one, and inspects files before opening them', async () => {
    const s = createSession({
      loadDefault: async () => {
        const dataset = fixtureDataset();
        dataset.sources.set('s2', { id: 's2', title: 'Follow-up', publisher: 'Tests', date: '2019', file: 's2.txt', text: 'More.', cites: ['s1'] });
        return dataset;
      },
    });
    expect(value<{ cites: string[] }>(await s.handle('source', { id: 's2' })).cites).toEqual(['s1']);
    expect(value<{ cites: string[] }>(await s.handle('source', { id: 's1' })).cites).toEqual([]);
    expect(await s.handle('source', { id: 'nope' })).toEqual({ ok: false, error: { code: 'unknown_source', message: 'service/source: unknown source "nope"' } });
    expect(value<{ format: string }>(await s.handle('inspectFiles', { files: [{ name: 'nodes.csv', bytes: NODES }] })).format).toBe('csv');
  });
});

describe('session: the built-in case failed to load', () => {
  const broken = () =>
    createSession({
      loadDefault: async () => {
        throw new ServiceFailure('bad_file', 'datasets: interpol-2018 is missing');
      },
    });

  it('answers edits, exports and reads with no_graph and the reason, and still names an unknown method', async () => {
    const s = broken();
    expect(await s.handle('editState', {})).toEqual({ ok: false, error: { code: 'no_graph', message: 'editState: datasets: interpol-2018 is missing' } });
    expect(await s.handle('exportData', { format: 'graphml' })).toEqual({ ok: false, error: { code: 'no_graph', message: 'exportData: datasets: interpol-2018 is missing' } });
    expect(await s.handle('datasetInfo', {})).toEqual({ ok: false, error: { code: 'no_graph', message: 'datasets: interpol-2018 is missing' } });
    expect(await s.handle('frobnicate', {})).toEqual({ ok: false, error: { code: 'bad_arguments', message: 'unknown method "frobnicate"' } });
  });

  it('opens a new case all the same, and edits it', async () => {
    const s = broken();
    value<OpenedGraph>(await s.handle('newCase', {}));
    expect(value<{ revision: number }>(await s.handle('editState', {})).revision).toBe(0);
  });
});

describe('session: a journal that starts a new case', () => {
  const replayed = async (name: string) => {
    const s = fixtureSession();
    const result = value<{ opened: OpenedGraph }>(await s.handle('replayJournal', { journal: journalHeader(name, NEW_CASE_BASE, '2026-01-01T00:00:00.000Z') }));
    return result.opened.info.name;
  };

  it('takes the journal’s name up to 200 characters, and the default name for a blank or longer one', async () => {
    expect(await replayed('Harbour leak')).toBe('Harbour leak');
    expect(await replayed('x'.repeat(200))).toBe('x'.repeat(200));
    expect(await replayed('x'.repeat(201))).toBe(NEW_CASE_NAME);
    expect(await replayed('')).toBe(NEW_CASE_NAME);
  });

  it('refuses a journal whose first line is not a header, with the journal reader’s own words', async () => {
    const s = fixtureSession();
    const error = { ok: false, error: { code: 'bad_file', message: 'case/journal: the journal has no valid header line' } };
    expect(await s.handle('replayJournal', { journal: 'null\n' })).toEqual(error);
    expect(await s.handle('replayJournal', { journal: '"a string"\n' })).toEqual(error);
  });
});

describe('session: a host that takes no progress events', () => {
  it('exports and reads a source file without one', async () => {
    const s = fixtureSession();
    const file = value<ExportedFile>(await s.handle('exportData', { format: 'graphml' }));
    expect(new TextDecoder().decode(file.bytes)).toContain('<graphml');
    const read = value<{ text: string }>(await s.handle('readSourceFile', { file: { name: 'memo.txt', bytes: encode('The Bureau paid.') } }));
    expect(read.text).toBe('The Bureau paid.');
  });
});

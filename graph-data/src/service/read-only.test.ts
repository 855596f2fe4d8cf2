// The shipped case opens read-only in both hosts: every change is refused with `read_only`
// and the graph stays as published; "Save a copy" makes an editable, unsaved case under a new
// name. A new case, and the two-step save of the Electron host (bytes, then markSaved).
import { describe, expect, it } from 'vitest';
import type { DatasetInfo, EditOutcome, EditStatus, JournalReplay, OpenedGraph, Result, SavedCase, SearchHit } from '../contract.js';
import { journalLine } from '../case/journal.js';
import { buildDataset } from '../io/dataset-loader.js';
import { readDatasetParts } from '../io/dataset-node.js';
import { createSession } from './session.js';
import { FIXTURE_TEXT, fixtureDataset } from './test-fixture.js';

const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};
const shipped = () => createSession({ loadDefault: async () => ({ ...fixtureDataset(), readOnly: true }) });
const addSource = { command: { type: 'addSource', source: { title: 'Second article', text: 'Erik Ek says the Bureau paid Dora.' } } };
const deleteNode = { command: { type: 'deleteNode', id: 'dora' } };

describe('the shipped case is read-only', () => {
  it.each([
    ['edit', addSource],
    ['edit', deleteNode],
    ['undo', {}],
    ['redo', {}],
    ['saveCase', {}],
  ] as const)('refuses %s with read_only and a message naming the case and the way out', async (method, args) => {
    const s = shipped();
    const result = await s.handle(method, args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('read_only');
    expect(result.error.message).toMatch(/^service\/edits: cannot .*"Fixture" is the shipped case and opens read-only; Save a copy to edit it$/);
  });

  it('keeps the graph as published after refused edits', async () => {
    const s = shipped();
    await s.handle('edit', deleteNode);
    await s.handle('edit', addSource);
    const info = value<DatasetInfo>(await s.handle('datasetInfo', {}));
    // The fixture holds five actors, three edges and one source.
    expect([info.nodeCount, info.edgeCount]).toEqual([5, 3]);
    expect(value<SearchHit[]>(await s.handle('search', { query: 'dora' })).map((h) => h.id)).toEqual(['dora']);
    expect(value<EditStatus>(await s.handle('editState', {}))).toMatchObject({ readOnly: true, unsaved: false, canUndo: false, revision: 0 });
  });

  it('refuses to replay a journal onto it', async () => {
    const s = shipped();
    const status = value<EditStatus>(await s.handle('editState', {}));
    const result = await s.handle('replayJournal', { journal: `${status.journalHeader}\n` });
    expect(result.ok ? null : result.error.code).toBe('read_only');
  });

  it('reading stays open: search, details and sources answer', async () => {
    const s = shipped();
    expect((await s.handle('nodeDetails', { id: 'anna' })).ok).toBe(true);
    expect(value<{ text: string }>(await s.handle('source', { id: 's1' })).text).toBe(FIXTURE_TEXT);
  });
});

describe('Save a copy', () => {
  it('makes an editable, unsaved case under a new name, with nothing to undo', async () => {
    const s = shipped();
    const copy = value<EditStatus>(await s.handle('saveCopy', {}));
    expect(copy).toMatchObject({ readOnly: false, unsaved: true, canUndo: false, name: 'Fixture (copy)' });
    expect(value<DatasetInfo>(await s.handle('datasetInfo', {})).name).toBe('Fixture (copy)');
    const out = value<EditOutcome>(await s.handle('edit', deleteNode));
    expect(out.state.unsaved).toBe(true);
    expect(value<DatasetInfo>(await s.handle('datasetInfo', {})).nodeCount).toBe(4);
    // Undoing every edit of a copy leaves it unsaved: no file holds it yet.
    expect(value<EditOutcome>(await s.handle('undo', {})).state).toMatchObject({ unsaved: true, canUndo: false });
    const saved = value<SavedCase>(await s.handle('saveCase', {}));
    expect(saved.fileName).toBe('Fixture (copy).redthread');
    expect(saved.state.unsaved).toBe(false);
  });

  it('takes a name, and is refused on a graph that is already editable', async () => {
    const s = shipped();
    expect(value<EditStatus>(await s.handle('saveCopy', { name: 'My Interpol' })).name).toBe('My Interpol');
    const again = await s.handle('saveCopy', {});
    expect(again.ok ? null : again.error).toEqual({ code: 'bad_arguments', message: 'service/edits: "My Interpol" is already editable' });
  });

  it('opening the shipped case again brings back the read-only original', async () => {
    const s = shipped();
    await s.handle('saveCopy', {});
    await s.handle('edit', deleteNode);
    const reopened = value<OpenedGraph>(await s.handle('openDefault', {}));
    expect([reopened.info.name, reopened.info.nodeCount]).toEqual(['Fixture', 5]);
    expect(value<EditStatus>(await s.handle('editState', {})).readOnly).toBe(true);
  });

  it('leaves the shipped files as they were: the browser host builds every load from the same parsed graph.json', async () => {
    const parts = await readDatasetParts('graph-data/datasets/interpol-2018');
    const s = createSession({ loadDefault: async () => ({ ...buildDataset(parts), readOnly: true }) });
    const original = value<DatasetInfo>(await s.handle('datasetInfo', {})).name;
    await s.handle('saveCopy', {});
    expect(value<DatasetInfo>(await s.handle('datasetInfo', {})).name).toBe(`${original} (copy)`);
    expect(value<OpenedGraph>(await s.handle('openDefault', {})).info.name).toBe(original);
  });

  it('a journal of the copy restores onto a fresh start: the copy is made first, then the edits', async () => {
    const s = shipped();
    await s.handle('saveCopy', { name: 'Copy of Fixture' });
    const header = value<EditStatus>(await s.handle('editState', {})).journalHeader;
    const out = value<EditOutcome>(await s.handle('edit', deleteNode));
    const journal = `${header}\n${journalLine(out.journal as NonNullable<EditOutcome['journal']>)}`;

    const fresh = shipped();
    const replay = value<JournalReplay>(await fresh.handle('replayJournal', { journal }));
    expect(replay).toMatchObject({ applied: 1, skipped: 0, state: { unsaved: true, canUndo: true } });
    expect(replay.opened?.info).toMatchObject({ name: 'Copy of Fixture', nodeCount: 4 });
    expect(value<EditStatus>(await fresh.handle('editState', {}))).toMatchObject({ readOnly: false, name: 'Copy of Fixture' });
  });
});

describe('New case', () => {
  it('opens an empty, editable case that is not yet unsaved, and restores from its journal', async () => {
    const s = shipped();
    const opened = value<OpenedGraph>(await s.handle('newCase', {}));
    expect(opened.info).toMatchObject({ name: 'Untitled case', nodeCount: 0, edgeCount: 0 });
    expect(value<EditStatus>(await s.handle('editState', {}))).toMatchObject({ readOnly: false, unsaved: false, base: 'new' });
    const header = value<EditStatus>(await s.handle('editState', {})).journalHeader;
    const out = value<EditOutcome>(await s.handle('edit', { command: { type: 'addNode', node: { kind: 'person', label: 'Erik Ek' } } }));
    expect(value<SearchHit[]>(await s.handle('search', { query: 'erik' }))).toHaveLength(1);

    const fresh = shipped();
    const replay = value<JournalReplay>(await fresh.handle('replayJournal', { journal: `${header}\n${journalLine(out.journal as NonNullable<EditOutcome['journal']>)}` }));
    expect(replay.opened?.info).toMatchObject({ name: 'Untitled case', nodeCount: 1 });
    expect(value<SearchHit[]>(await fresh.handle('search', { query: 'erik' }))).toHaveLength(1);
  });
});

describe('saving in two steps (the Electron host writes the file in between)', () => {
  it('stays unsaved until markSaved names the revision written, and then journals against the file', async () => {
    const s = createSession({ loadDefault: async () => fixtureDataset() });
    const out = value<EditOutcome>(await s.handle('edit', deleteNode));
    const built = value<SavedCase>(await s.handle('saveCase', { markSaved: false }));
    expect(built.state.unsaved).toBe(true);
    expect(value<EditStatus>(await s.handle('editState', {})).unsaved).toBe(true);
    const marked = value<EditStatus>(await s.handle('markSaved', { revision: out.state.revision, base: built.base }));
    expect(marked).toMatchObject({ unsaved: false, base: built.base });
  });

  it('refuses markSaved after an edit made while writing: the case stays unsaved', async () => {
    const s = createSession({ loadDefault: async () => fixtureDataset() });
    await s.handle('edit', deleteNode);
    const built = value<SavedCase>(await s.handle('saveCase', { markSaved: false }));
    await s.handle('edit', addSource);
    const late = await s.handle('markSaved', { revision: built.state.revision, base: built.base });
    expect(late.ok ? null : late.error.code).toBe('bad_arguments');
    expect(value<EditStatus>(await s.handle('editState', {})).unsaved).toBe(true);
  });
});

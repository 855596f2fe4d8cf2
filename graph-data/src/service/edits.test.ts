// Edits through the session, as both hosts call them: the contract validates the command, the
// read methods see the edited graph (same graph id, so the canvas keeps its place), and a saved
// case or a journal brings the same graph back.
import { describe, expect, it } from 'vitest';
import type { EdgeDetails, EditOutcome, EditStatus, OpenedGraph, Result, SavedCase, SearchHit, SourceDocument, DeletePreview, JournalReplay } from '../contract.js';
import { journalHeader, journalLine } from '../case/journal.js';
import { createSession } from './session.js';
import { fixtureDataset } from './test-fixture.js';

const ARTICLE = 'Second article. Erik Ek says the Bureau paid Dora in 2017.';
const QUOTE = 'Erik Ek says the Bureau paid Dora in 2017.';

const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

async function editedSession() {
  const s = createSession({ loadDefault: async () => fixtureDataset() });
  const journal: string[] = [];
  const run = async (method: 'edit' | 'undo' | 'redo', args: unknown) => {
    const out = value<EditOutcome>(await s.handle(method, args));
    if (out.journal) journal.push(journalLine(out.journal));
    return out;
  };
  const graphBefore = value<{ graph: string }>(await s.handle('datasetInfo', {})).graph;
  await run('edit', { command: { type: 'addSource', source: { title: 'Second article', text: ARTICLE } } });
  const claim = await run('edit', {
    command: {
      type: 'addClaim',
      subject: 'bureau',
      relation: 'paid',
      object: 'dora',
      allegation: { type: 'bribery_corruption', status: 'alleged', claimant: { new: 0 } },
      citation: { source: 'src-second-article', quote: QUOTE, offset: ARTICLE.indexOf(QUOTE) },
      newNodes: [{ kind: 'person', label: 'Erik Ek' }],
    },
  });
  return { s, run, journal, claim, graphBefore };
}

describe('edits through the session', () => {
  it('a new actor is found by search and its claim shows its quote at its offset, in the same graph', async () => {
    const { s, claim, graphBefore } = await editedSession();
    const hits = value<SearchHit[]>(await s.handle('search', { query: 'erik' }));
    expect(hits.map((h) => h.id)).toEqual(['n-erik-ek']);
    const details = value<EdgeDetails>(await s.handle('edgeDetails', { id: claim.created }));
    expect(details.evidence).toEqual([{ source: 'src-second-article', sourceTitle: 'Second article', quote: QUOTE, offset: 16 }]);
    const source = value<SourceDocument>(await s.handle('source', { id: 'src-second-article' }));
    expect(source.text).toBe(ARTICLE);
    expect(value<{ graph: string }>(await s.handle('datasetInfo', {})).graph).toBe(graphBefore);
  });

  it('undo and redo reach the read methods', async () => {
    const { s, run } = await editedSession();
    await run('undo', {});
    expect(value<SearchHit[]>(await s.handle('search', { query: 'erik' }))).toEqual([]);
    expect(value<EditStatus>(await s.handle('editState', {}))).toMatchObject({ canUndo: true, canRedo: true, undoLabel: 'add source', redoLabel: 'add claim', unsaved: true });
    await run('redo', {});
    expect(value<SearchHit[]>(await s.handle('search', { query: 'erik' }))).toHaveLength(1);
  });

  it('refuses a bad command at the contract with the field named', async () => {
    const { s } = await editedSession();
    const result = await s.handle('edit', { command: { type: 'addNode', node: { kind: 'wizard', label: 'X' } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'bad_arguments', message: expect.stringMatching(/^edit: command\.node\.kind/) });
    const cited = await s.handle('edit', { command: { type: 'deleteSource', id: 'src-second-article' } });
    expect(cited.ok ? null : cited.error.code).toBe('source_cited');
    const preview = value<DeletePreview>(await s.handle('deletePreview', { source: 'src-second-article' }));
    expect(preview.citedBy).toEqual({ nodes: 1, edges: 1 });
    expect(preview.edges.map((e) => e.relation)).toEqual(['paid']);
  });

  it('a saved case opens as the same graph, sources and quotes', async () => {
    const { s, claim } = await editedSession();
    const saved = value<SavedCase>(await s.handle('saveCase', { positions: { dora: { x: 5, y: 6 } } }));
    expect(saved.fileName).toBe('Fixture.redthread');
    expect(saved.state.unsaved).toBe(false);
    const other = createSession({ loadDefault: async () => fixtureDataset() });
    const opened = value<OpenedGraph>(await other.handle('openGraph', { files: [{ name: saved.fileName, bytes: saved.bytes }] }));
    expect(opened.info).toMatchObject({ nodeCount: 6, edgeCount: 4 });
    expect(opened.base).toBe(saved.base);
    expect(opened.case?.positions).toEqual({ dora: { x: 5, y: 6 } });
    const details = value<EdgeDetails>(await other.handle('edgeDetails', { id: claim.created }));
    expect(details.evidence[0]).toMatchObject({ quote: QUOTE, offset: 16 });
    const again = value<SavedCase>(await other.handle('saveCase', {}));
    const strip = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/"savedAt":"[^"]*"/, '');
    expect(strip(again.bytes)).toBe(strip(saved.bytes));
  });

  it('a journal replayed onto the graph it started from restores the edits and their undo history', async () => {
    const { s, journal } = await editedSession();
    const expected = value<SavedCase>(await s.handle('saveCase', {}));
    const fresh = createSession({ loadDefault: async () => fixtureDataset() });
    const text = journalHeader('Fixture', '', '2026-01-01T00:00:00.000Z') + journal.join('') + '{"seq": 3, "kind": "ed';
    const replay = value<JournalReplay>(await fresh.handle('replayJournal', { journal: text }));
    expect(replay).toMatchObject({ applied: 2, skipped: 1, state: { canUndo: true, undoLabel: 'add claim' } });
    const restored = value<SavedCase>(await fresh.handle('saveCase', {}));
    const strip = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/"savedAt":"[^"]*"/, '').replace(/"at":"[^"]*"/g, '');
    expect(strip(restored.bytes)).toBe(strip(expected.bytes));
    const wrong = await createSession({ loadDefault: async () => fixtureDataset() }).handle('replayJournal', { journal: journalHeader('Other', 'f'.repeat(64), 'T') });
    expect(wrong.ok ? '' : wrong.error.message).toMatch(/written for another graph/);
  });
});

describe('a journal begun at a save', () => {
  it('replays onto the saved case an undo of a step made before the save, and redo gets back to the saved state', async () => {
    const { s, claim } = await editedSession();
    const saved = value<SavedCase>(await s.handle('saveCase', {}));
    const undo = value<EditOutcome>(await s.handle('undo', {}));
    const status = value<EditStatus>(await s.handle('editState', {}));
    const text = `${status.journalHeader}\n${journalLine(undo.journal as NonNullable<EditOutcome['journal']>)}`;

    const other = createSession({ loadDefault: async () => fixtureDataset() });
    value<OpenedGraph>(await other.handle('openGraph', { files: [{ name: saved.fileName, bytes: saved.bytes }] }));
    const replay = value<JournalReplay>(await other.handle('replayJournal', { journal: text }));
    expect(replay).toMatchObject({ applied: 1, skipped: 0, state: { unsaved: true, canUndo: false, canRedo: true, redoLabel: 'add claim' } });
    expect((await other.handle('edgeDetails', { id: claim.created })).ok).toBe(false);
    const redone = value<EditOutcome>(await other.handle('redo', {}));
    expect(redone.state).toMatchObject({ unsaved: false, canUndo: true });
    expect(value<EdgeDetails>(await other.handle('edgeDetails', { id: claim.created })).evidence[0]?.quote).toBe(QUOTE);
  });
});

import { describe, expect, it } from 'vitest';
import { failureOf, fixtureDataset, FIXTURE_TEXT } from '../service/test-fixture.js';
import type { EditCommand } from './commands-schema.js';
import { Editor } from './editor.js';
import { caseDocument } from './save.js';

const ARTICLE = 'On Monday Erik Ek said that the Bureau paid Dora. The Bureau denied it on Tuesday.';
const cite = (quote: string, text = ARTICLE, source = 'src-2') => ({ source, quote, offset: text.indexOf(quote) });
const snapshot = (editor: Editor) => JSON.stringify(caseDocument(editor.dataset, { savedAt: 'T' }));

function setup() {
  const editor = new Editor(fixtureDataset(), () => '2026-02-01T00:00:00.000Z');
  editor.edit({ type: 'addSource', source: { id: 'src-2', title: 'Second article', publisher: 'Weekly', published: '2018-11-22', text: ARTICLE } });
  return editor;
}

const failure = failureOf;

describe('edit commands', () => {
  it('adds a claim with a new actor citing a verbatim passage, as one undoable step', () => {
    const editor = setup();
    const quote = 'Erik Ek said that the Bureau paid Dora.';
    const out = editor.edit({
      type: 'addClaim',
      subject: 'bureau',
      relation: 'paid',
      object: 'dora',
      allegation: { type: 'bribery_corruption', status: 'alleged', claimant: { new: 0 } },
      citation: cite(quote),
      newNodes: [{ kind: 'person', label: 'Erik Ek', aliases: ['E. Ek'] }],
    });
    const { graph } = editor.dataset;
    expect(out.createdNodes).toEqual(['n-erik-ek']);
    expect(graph.getNodeAttributes('n-erik-ek')).toMatchObject({ label: 'Erik Ek', kind: 'person', aliases: ['E. Ek'] });
    const edge = out.created as string;
    expect(graph.source(edge)).toBe('bureau');
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ relation: 'paid', allegation: { claimant: 'n-erik-ek' }, evidence: [{ source: 'src-2', quote, offset: 10 }] });
    expect(editor.state()).toMatchObject({ canUndo: true, undoLabel: 'add claim', unsaved: true });
    editor.undo();
    expect(graph.hasNode('n-erik-ek')).toBe(false);
    expect(graph.hasEdge(edge)).toBe(false);
    editor.redo();
    expect(graph.getEdgeAttribute(edge, 'allegation')?.claimant).toBe('n-erik-ek');
  });

  it('names the ends of every edge added or removed, so a view redrawn from the outcome alone gets their degrees right', () => {
    const editor = setup();
    const { graph } = editor.dataset;
    const ends = (edge: string) => [graph.source(edge), graph.target(edge)].sort();
    const e2 = ends('e2');
    const removedBjorn = editor.edit({ type: 'deleteNode', id: 'bjorn' });
    expect(removedBjorn.touched.ends.sort()).toEqual(e2);
    const added = editor.edit({ type: 'addClaim', subject: 'bureau', relation: 'paid', object: 'dora', citation: cite('the Bureau paid Dora.') });
    expect(added.touched.ends.sort()).toEqual(['bureau', 'dora']);
    expect(editor.undo().touched.ends.sort()).toEqual(['bureau', 'dora']);
    // A rename changes no edge: no ends.
    expect(editor.edit({ type: 'editNode', id: 'dora', label: 'Dora K.' }).touched.ends).toEqual([]);
  });

  it('refuses a quote that is not verbatim at its offset, and leaves nothing behind', () => {
    const editor = setup();
    const before = snapshot(editor);
    const error = failure(() =>
      editor.edit({ type: 'addClaim', subject: 'bureau', relation: 'paid', object: { new: 0 }, citation: { source: 'src-2', quote: 'the Bureau paid Dora', offset: 3 }, newNodes: [{ kind: 'person', label: 'X' }] }),
    );
    expect(error.code).toBe('bad_arguments');
    expect(error.message).toMatch(/service\/edits: the quote is not verbatim at offset 3 of source "src-2" \(the text there reads "Monday Erik Ek said "\)/);
    expect(failure(() => editor.edit({ type: 'attachEvidence', element: 'node', id: 'dora', citation: { source: 'nope', quote: 'a', offset: 0 } })).code).toBe('unknown_source');
    expect(snapshot(editor)).toBe(before);
  });

  it('keeps every status change with the passage that made it', () => {
    const editor = setup();
    editor.edit({ type: 'setStatus', id: 'e2', status: 'denied', citation: cite('The Bureau denied it on Tuesday.') });
    const a = editor.dataset.graph.getEdgeAttributes('e2');
    expect(a.allegation?.status).toBe('denied');
    expect(a.statusHistory).toEqual([{ from: 'alleged', to: 'denied', at: '2026-02-01T00:00:00.000Z', evidence: { source: 'src-2', quote: 'The Bureau denied it on Tuesday.', offset: 50 } }]);
    expect(a.evidence?.map((e) => e.source)).toEqual(['s1', 'src-2']);
    expect(failure(() => editor.edit({ type: 'setStatus', id: 'e1', status: 'denied' })).message).toMatch(/edge "e1" is not an allegation/);
  });

  it('deletes a node with its edges and the allegations it claims, and lists them', () => {
    const editor = setup();
    const out = editor.edit({ type: 'deleteNode', id: 'bjorn' });
    expect(out.removed).toEqual({ nodes: ['bjorn'], edges: ['e2'], sources: [] });
    const out2 = editor.edit({ type: 'deleteNode', id: 'bureau' });
    expect(out2.removed.edges.sort()).toEqual(['e1', 'e3']);
    // Carl's role was held in the Bureau: the role stays, without the organisation.
    expect(editor.dataset.graph.getNodeAttribute('carl', 'roles')).toEqual([{ title: 'Clerk', start: '2016' }]);
  });

  it('refuses to delete a cited source unless asked to cascade, then takes what rests only on it', () => {
    const editor = setup();
    const error = failure(() => editor.edit({ type: 'deleteSource', id: 's1' }));
    expect(error.code).toBe('source_cited');
    expect(error.message).toMatch(/cited by 5 nodes and 3 edges/);
    editor.edit({ type: 'attachEvidence', element: 'edge', id: 'e1', citation: cite('the Bureau paid Dora.') });
    const out = editor.edit({ type: 'deleteSource', id: 's1', cascade: true });
    expect(out.removed.edges.sort()).toEqual(['e2', 'e3']);
    expect(editor.dataset.graph.getEdgeAttribute('e1', 'evidence')).toEqual([cite('the Bureau paid Dora.')]);
    expect(editor.dataset.sources.has('s1')).toBe(false);
    editor.undo();
    expect(editor.dataset.sources.get('s1')?.text).toBe(FIXTURE_TEXT);
    expect(editor.dataset.graph.size).toBe(3);
  });

  it('merges two nodes keeping every edge, evidence entry, alias and claimant reference', () => {
    const editor = setup();
    editor.edit({ type: 'addNode', node: { id: 'ab', kind: 'person', label: 'A. Aberg', aliases: ['Anna A'] }, citation: cite('Erik Ek') });
    editor.edit({ type: 'addClaim', id: 'c1', subject: 'ab', relation: 'supports', object: 'bjorn', citation: cite('Erik Ek said'), allegation: { type: 'collusion', status: 'alleged', claimant: 'ab' } });
    const before = snapshot(editor);
    editor.edit({ type: 'mergeNodes', keep: 'anna', absorb: 'ab' });
    const { graph } = editor.dataset;
    expect(graph.hasNode('ab')).toBe(false);
    expect(graph.source('c1')).toBe('anna');
    expect(graph.getEdgeAttribute('c1', 'allegation')?.claimant).toBe('anna');
    expect(graph.getNodeAttribute('anna', 'aliases')).toEqual(['Madame A', 'A. Aberg', 'Anna A']);
    expect(graph.getNodeAttribute('anna', 'evidence')?.map((e) => e.quote)).toEqual(['Anna leads the Bureau.', 'Erik Ek']);
    editor.undo();
    expect(snapshot(editor)).toBe(before);
  });

  it('adds allegation types with colours, and undo takes them back', () => {
    const editor = setup();
    const out = editor.edit({ type: 'addAllegationType', label: 'Money laundering', color: '#112233' });
    expect(out.created).toBe('money_laundering');
    expect(editor.dataset.case?.allegationTypes.at(-1)).toEqual({ id: 'money_laundering', label: 'Money laundering', color: '#112233' });
    expect(failure(() => editor.edit({ type: 'addAllegationType', id: 'money_laundering', label: 'Again', color: '#000000' })).message).toMatch(/already exists/);
    editor.undo();
    expect(editor.dataset.case?.allegationTypes.some((t) => t.id === 'money_laundering')).toBe(false);
  });

  it('renames and edits attributes; saving marks the state saved, undo past it marks it unsaved', () => {
    const editor = setup();
    editor.edit({ type: 'editNode', id: 'dora', label: 'Dora Dahl', aliases: ['D.'], description: null, date: '2018-11' });
    expect(editor.dataset.graph.getNodeAttributes('dora')).toMatchObject({ label: 'Dora Dahl', aliases: ['D.'], date: '2018-11' });
    expect(editor.dataset.graph.getNodeAttribute('dora', 'description')).toBeUndefined();
    expect(editor.markSaved().unsaved).toBe(false);
    editor.undo();
    expect(editor.state()).toMatchObject({ unsaved: true, canRedo: true, redoLabel: 'edit node' });
    editor.redo();
    expect(editor.state().unsaved).toBe(false);
    const commands: EditCommand[] = [{ type: 'editEdge', id: 'e1', relation: 'member_of', date: '2017' }];
    for (const c of commands) editor.edit(c);
    expect(editor.dataset.graph.getEdgeAttributes('e1')).toMatchObject({ relation: 'member_of', date: '2017' });
  });

  it("sets and removes a node's other attributes, keeping the rest, and undo restores them", () => {
    const editor = setup();
    const graph = editor.dataset.graph;
    graph.setNodeAttribute('dora', 'extra', { born: 1970, city: 'Oslo', constructor: 'x' });
    const before = snapshot(editor);
    editor.edit({ type: 'editNode', id: 'dora', attributes: { city: null, born: 1971, party: 'Green' } });
    expect(graph.getNodeAttribute('dora', 'extra')).toEqual({ constructor: 'x', born: 1971, party: 'Green' });
    editor.edit({ type: 'editNode', id: 'dora', attributes: { born: null, party: null, constructor: null } });
    expect(graph.getNodeAttribute('dora', 'extra')).toBeUndefined();
    editor.undo();
    editor.undo();
    expect(snapshot(editor)).toBe(before);
  });
});

// After an edit the view is patched from what the edit touched: the result must be the view a
// whole refresh would give (same nodes and edges, same data), keep untouched objects, and name
// exactly the ids that changed, which is all the canvas will revisit.
import { describe, expect, it } from 'vitest';
import type { GraphView, ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import { positionOf } from './id-index.js';
import { deltaSince } from './view-delta.js';
import { historyReducer, type ViewState, viewFrom } from './view-history.js';
import { applyPatch, type EditChange, patchRequest } from './view-patch.js';

const node = (id: string, degree = 1, label = id.toUpperCase()): ViewNode => ({ id, label, kind: 'person', degree });
const edge = (id: string, source: string, target: string): ViewEdge => ({ id, source, target, relation: 'related_to' });
const graph = (nodes: ViewNode[], edges: ViewEdge[]): GraphView => ({ graph: 'g1', nodes, edges, truncated: false, requestedNodes: nodes.length });
/** The service's answer to `view({ ids })`: those nodes that exist, and every edge among them. */
function serviceView(all: GraphView, ids: readonly string[]): GraphView {
  const asked = new Set(ids);
  return graph(
    all.nodes.filter((n) => asked.has(n.id)),
    all.edges.filter((e) => asked.has(e.source) && asked.has(e.target)),
  );
}
const change = (over: Partial<EditChange>): EditChange => ({ nodes: [], edges: [], ends: [], created: [], bring: [], ...over });
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

// a — b — c, and d off to the side with an edge to a.
const before = graph([node('a', 2), node('b', 2), node('c', 1), node('d', 1)], [edge('e1', 'a', 'b'), edge('e2', 'b', 'c'), edge('e3', 'd', 'a')]);
const start = (): ViewState => ({ ...viewFrom(before, 'Opened'), hidden: ['c'] });

function patched(view: ViewState, after: GraphView, edit: EditChange): ViewState {
  const asked = patchRequest(view, edit);
  if (!asked) throw new Error('expected a patch');
  return applyPatch(view, serviceView(after, asked), edit, asked, 'Edited');
}

describe('a view patched after an edit', () => {
  it('a rename replaces that node alone and keeps every other object', () => {
    const view = start();
    const after = graph([node('a', 2, 'Anna'), ...before.nodes.slice(1)], before.edges);
    const next = patched(view, after, change({ nodes: ['a'] }));
    expect(next.nodes.find((n) => n.id === 'a')?.label).toBe('Anna');
    expect(next.nodes.filter((n) => n.id !== 'a').every((n) => view.nodes.includes(n))).toBe(true);
    expect(next.edges.every((e) => view.edges.includes(e))).toBe(true);
    // The edge list itself is kept: what depends on it (weights, the canvas's edge pass) is not redone.
    expect(next.edges).toBe(view.edges);
    expect(deltaSince(view, next)).toMatchObject({ nodes: new Set(['a']), edges: new Set() });
    expect(next.hidden).toEqual(['c']);
  });

  it('a claim with a new actor adds the node and the edge, and the old end gets its new degree', () => {
    const view = start();
    const after = graph([node('a', 2), node('b', 3), node('c', 1), node('d', 1), node('n-new', 1)], [...before.edges, edge('e9', 'n-new', 'b')]);
    const next = patched(view, after, change({ nodes: ['n-new'], edges: ['e9'], ends: ['n-new', 'b'], created: ['n-new'] }));
    expect(ids(next.nodes)).toEqual(['a', 'b', 'c', 'd', 'n-new']);
    expect(ids(next.edges)).toEqual(['e1', 'e2', 'e3', 'e9']);
    expect(next.nodes.find((n) => n.id === 'b')?.degree).toBe(3);
    // The canvas finds the patched elements by their lists' indexes: the new ones too.
    expect([positionOf(next.nodes, 'n-new'), positionOf(next.edges, 'e9')]).toEqual([4, 3]);
    expect(deltaSince(view, next)).toMatchObject({ nodes: new Set(['n-new', 'b']), edges: new Set(['e9']) });
  });

  it('deleting a node takes its edges and its hidden mark with it', () => {
    const view = start();
    const after = graph([node('a', 1), node('b', 1), node('d', 1)], [edge('e1', 'a', 'b'), edge('e3', 'd', 'a')]);
    const next = patched(view, after, change({ nodes: ['c'], edges: ['e2'], ends: ['b', 'c'] }));
    expect(ids(next.nodes)).toEqual(['a', 'b', 'd']);
    expect(ids(next.edges)).toEqual(['e1', 'e3']);
    expect(next.hidden).toEqual([]);
  });

  it('deleting a node keeps the other hidden marks', () => {
    const view = { ...start(), hidden: ['c', 'd'] };
    const after = graph([node('a', 1), node('b', 1), node('d', 0)], [edge('e1', 'a', 'b')]);
    const next = patched(view, after, change({ nodes: ['c'], edges: ['e2'], ends: ['b', 'c'] }));
    expect(next.hidden).toEqual(['d']);
  });

  it('a claim reaching a node outside the view changes the node in it and draws no edge to nowhere', () => {
    const view: ViewState = viewFrom(graph([node('a', 1), node('b', 1)], [edge('e1', 'a', 'b')]), 'Opened');
    const after = graph([node('a', 2), node('b', 1), node('z', 1)], [edge('e1', 'a', 'b'), edge('e9', 'a', 'z')]);
    const next = patched(view, after, change({ edges: ['e9'], ends: ['a', 'z'] }));
    expect(ids(next.nodes)).toEqual(['a', 'b']);
    expect(ids(next.edges)).toEqual(['e1']);
    expect(next.nodes.find((n) => n.id === 'a')?.degree).toBe(2);
  });

  it('never leaves an edge pointing at a removed node, even one the edit did not list', () => {
    const after = graph([node('a', 1), node('b', 1), node('d', 1)], [edge('e1', 'a', 'b'), edge('e3', 'd', 'a')]);
    const next = patched(start(), after, change({ nodes: ['c'] }));
    expect(ids(next.edges)).toEqual(['e1', 'e3']);
  });

  it('an edited relationship stays in the view with its new relation, and the caption’s story gains the edit', () => {
    const view: ViewState = { ...start(), scope: { origin: { kind: 'graph', shown: 4, total: 4 }, changes: [] } };
    const after = graph(before.nodes, [{ ...edge('e2', 'b', 'c'), relation: 'supports' }, edge('e1', 'a', 'b'), edge('e3', 'd', 'a')]);
    // An edit of an edge's attributes names the edge alone: no node, no ends.
    const next = patched(view, after, change({ edges: ['e2'] }));
    expect(next.edges.find((e) => e.id === 'e2')?.relation).toBe('supports');
    expect(ids(next.edges)).toEqual(['e1', 'e2', 'e3']);
    expect(next.scope?.changes).toEqual(['Edited']);
  });

  it('a merge moves the absorbed node’s edges onto the kept one', () => {
    const view = start();
    // d is merged into b: e3 now runs from b to a.
    const after = graph([node('a', 2), node('b', 3), node('c', 1)], [edge('e1', 'a', 'b'), edge('e2', 'b', 'c'), edge('e3', 'b', 'a')]);
    const next = patched(view, after, change({ nodes: ['b', 'd'], edges: ['e3'], ends: ['d', 'a', 'b'] }));
    expect(ids(next.nodes)).toEqual(['a', 'b', 'c']);
    expect(next.edges.find((e) => e.id === 'e3')).toMatchObject({ source: 'b', target: 'a' });
  });

  it('equals what a whole refresh draws, for each of these edits', () => {
    const after = graph([node('a', 2, 'Anna'), node('b', 3), node('c', 1), node('d', 1), node('n-new', 1)], [...before.edges, edge('e9', 'n-new', 'b')]);
    const next = patched(start(), after, change({ nodes: ['a', 'n-new'], edges: ['e9'], ends: ['n-new', 'b'], created: ['n-new'] }));
    const whole = serviceView(after, [...before.nodes.map((n) => n.id), 'n-new']);
    const sorted = <T extends { id: string }>(items: T[]) => [...items].sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted(next.nodes)).toEqual(sorted(whole.nodes));
    expect(sorted(next.edges)).toEqual(sorted(whole.edges));
  });

  it('a node brought in from outside the view needs a whole refresh: its other edges are not in the edit', () => {
    const view = viewFrom(graph([node('a'), node('b')], [edge('e1', 'a', 'b')]), 'Opened');
    expect(patchRequest(view, change({ bring: ['z'] }))).toBeNull();
    expect(patchRequest(view, change({ nodes: ['z'] }))).toBeNull();
    // A node the edit created is new everywhere: every edge it has is in the edit.
    expect(patchRequest(view, change({ nodes: ['z'], created: ['z'] }))).toEqual(['z']);
  });

  it('is applied to the view current when the answer arrives, and dropped for another graph', () => {
    const view = start();
    const history = historyReducer({ entries: [], index: -1 }, { type: 'push', view });
    const after = graph([node('a', 2, 'Anna'), ...before.nodes.slice(1)], before.edges);
    const asked = ['a'];
    const next = historyReducer(history, { type: 'patch', answer: serviceView(after, asked), change: change({ nodes: ['a'] }), asked, reason: 'Renamed' });
    expect(next.entries).toHaveLength(2);
    expect(next.entries[1]?.nodes[0]?.label).toBe('Anna');
    const other = historyReducer(history, { type: 'patch', answer: { ...serviceView(after, asked), graph: 'g2' }, change: change({ nodes: ['a'] }), asked, reason: 'Renamed' });
    expect(other).toBe(history);
  });
});

describe('what changed between two views', () => {
  it('follows several steps back, and knows nothing of a view made another way', () => {
    const view = start();
    const one = patched(view, graph([node('a', 2, 'Anna'), ...before.nodes.slice(1)], before.edges), change({ nodes: ['a'] }));
    const two = patched(one, graph([node('a', 2, 'Anna'), node('b', 2, 'Bo'), ...before.nodes.slice(2)], before.edges), change({ nodes: ['b'] }));
    expect(deltaSince(view, two)?.nodes).toEqual(new Set(['a', 'b']));
    expect(deltaSince(view, two)?.positions).toBe(false);
    expect(deltaSince(one, view)).toBeNull();
    expect(deltaSince(null, two)).toBeNull();
    expect(deltaSince(view, { ...two })).toBeNull();
    expect(deltaSince(two, two)).toMatchObject({ nodes: new Set(), edges: new Set() });
  });

  it('saved positions change no element but say the places moved', () => {
    const history = historyReducer({ entries: [], index: -1 }, { type: 'push', view: start() });
    const moved = historyReducer(history, { type: 'positions', positions: { a: { x: 1, y: 2 } } });
    const delta = deltaSince(history.entries[0] ?? null, moved.entries[0] as ViewState);
    expect(delta).toMatchObject({ nodes: new Set(), edges: new Set(), positions: true });
  });
});

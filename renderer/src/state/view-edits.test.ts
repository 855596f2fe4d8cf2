// Editing the view as a user does — remove, hide, show all, move nodes, go back and
// forward — and a graph's own layout taken as the first positions, scaled only when its
// units are far from Redthread's. Expected values are worked out by hand below.
import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../../graph-data/src/contract.js';
import { savedPositions } from './saved-layout.js';
import { currentView, emptyHistory, hideNodes, historyReducer, mergeView, removeNodes, showAll, viewFrom, visibleCounts, type History } from './view-history.js';

const graph: GraphView = {
  graph: 'g1',
  nodes: [
    { id: 'a', label: 'A', kind: 'person', degree: 2 },
    { id: 'b', label: 'B', kind: 'person', degree: 2 },
    { id: 'c', label: 'C', kind: 'agency', degree: 2 },
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b', relation: 'linked_to' },
    { id: 'bc', source: 'b', target: 'c', relation: 'member_of' },
    { id: 'ca', source: 'c', target: 'a', relation: 'linked_to' },
  ],
  truncated: false,
  requestedNodes: 3,
};
const start = () => viewFrom(graph, 'Opened');

describe('editing the view', () => {
  it('removes a node with every edge that touched it, and forgets it was hidden', () => {
    const view = removeNodes(hideNodes(start(), ['a', 'c'], 'Hid'), ['a'], 'Removed A');
    expect(view.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(view.edges.map((e) => e.id)).toEqual(['bc']);
    expect(view.hidden).toEqual(['c']);
    expect(view.reason).toBe('Removed A');
  });

  it('hides nodes once each, and shows them all again', () => {
    const hidden = hideNodes(hideNodes(start(), ['a'], 'x'), ['a', 'b'], 'Hid B');
    expect(hidden.hidden).toEqual(['a', 'b']);
    expect(visibleCounts(hidden)).toEqual({ nodes: 1, edges: 0 });
    const shown = showAll(hidden, 'Showed all');
    expect([shown.hidden, shown.reason]).toEqual([[], 'Showed all']);
    expect(visibleCounts(shown)).toEqual({ nodes: 3, edges: 3 });
  });

  it('counts only the edges the filter shows between shown nodes', () => {
    expect(visibleCounts(start(), { nodes: new Set(['a', 'b', 'c']), edges: new Set(['ab']) })).toEqual({ nodes: 3, edges: 1 });
  });

  it('keeps hidden nodes that are still there when a view is merged in', () => {
    const merged = mergeView(hideNodes(start(), ['a', 'z'], 'x'), graph, 'Expanded');
    expect(merged.hidden).toEqual(['a']);
  });
});

describe('history', () => {
  const push = (h: History, reason: string) => historyReducer(h, { type: 'push', view: viewFrom(graph, reason) });

  it('moves node positions in the current entry only', () => {
    let h = push(push(emptyHistory, 'one'), 'two');
    h = historyReducer(h, { type: 'positions', positions: { a: { x: 5, y: 6 } } });
    expect(currentView(h)?.positions).toEqual({ a: { x: 5, y: 6 } });
    h = historyReducer(h, { type: 'back' });
    expect(currentView(h)?.positions).toEqual({});
    expect(historyReducer(emptyHistory, { type: 'positions', positions: {} })).toBe(emptyHistory);
  });

  it('goes forward to the last entry and no further', () => {
    let h = push(push(emptyHistory, 'one'), 'two');
    h = historyReducer(h, { type: 'back' });
    h = historyReducer(h, { type: 'forward' });
    expect(currentView(h)?.reason).toBe('two');
    expect(historyReducer(h, { type: 'forward' })).toBe(h);
    expect(currentView(emptyHistory)).toBeNull();
  });

  it('drops the forward branch on a new view', () => {
    let h = push(push(push(emptyHistory, 'one'), 'two'), 'three');
    h = historyReducer(historyReducer(h, { type: 'back' }), { type: 'back' });
    h = push(h, 'four');
    expect(h.entries.map((e) => e.reason)).toEqual(['one', 'four']);
    expect(h.index).toBe(1);
  });
});

describe("a graph's own layout", () => {
  const placed = (points: [string, number, number][]): GraphView => ({
    ...graph,
    nodes: points.map(([id, x, y]) => ({ id, label: id, kind: 'person', degree: 0, x, y })),
    edges: [],
  });

  it('keeps a layout at a sensible scale as it is, moved to the origin', () => {
    // 4 nodes: room side 90 × √4 = 180; a 180-wide layout fits.
    expect(savedPositions(placed([['a', 100, -200], ['b', 280, -200], ['c', 100, -20], ['d', 280, -20]]))).toEqual({
      a: { x: 0, y: 0 },
      b: { x: 180, y: 0 },
      c: { x: 0, y: 180 },
      d: { x: 180, y: 180 },
    });
  });

  it('keeps a layout exactly at either end of the tolerance, and scales one just past it', () => {
    // Side 180: spans from 60 to 540 are kept.
    expect(savedPositions(placed([['a', 0, 0], ['b', 60, 0], ['c', 0, 1], ['d', 1, 1]])).b).toEqual({ x: 60, y: 0 });
    expect(savedPositions(placed([['a', 0, 0], ['b', 540, 0], ['c', 0, 1], ['d', 1, 1]])).b).toEqual({ x: 540, y: 0 });
    expect(savedPositions(placed([['a', 0, 0], ['b', 545, 0], ['c', 0, 1], ['d', 1, 1]])).b?.x).toBeCloseTo(180, 9);
    expect(savedPositions(placed([['a', 0, 0], ['b', 45, 0], ['c', 0, 1], ['d', 1, 1]])).b?.x).toBeCloseTo(180, 9);
  });

  it('scales a 0–1 layout by its larger side', () => {
    // 2 nodes: side 90 × √2; the larger span is the 2 in y.
    const side = 90 * Math.SQRT2;
    const p = savedPositions(placed([['a', 0, 0], ['b', 1, 2]]));
    expect(p.a).toEqual({ x: 0, y: 0 });
    expect(p.b?.x).toBeCloseTo(side / 2, 9);
    expect(p.b?.y).toBeCloseTo(side, 9);
  });

  it('is not used unless every node has both coordinates', () => {
    expect(savedPositions(placed([['a', 0, 0], ['b', 1, Number.NaN]]))).toEqual({});
    expect(savedPositions({ ...graph, nodes: [...placed([['a', 0, 0]]).nodes, { id: 'b', label: 'b', kind: 'person', degree: 0 }] })).toEqual({});
    expect(savedPositions({ ...graph, nodes: [] })).toEqual({});
  });

  it('leaves a single point where it is', () => {
    expect(savedPositions(placed([['a', 7, 8]]))).toEqual({ a: { x: 0, y: 0 } });
  });
});

describe('history limits and immutability', () => {
  it('keeps the last 100 views', () => {
    let h = emptyHistory;
    for (let i = 1; i <= 101; i++) h = historyReducer(h, { type: 'push', view: viewFrom(graph, `view ${i}`) });
    expect(h.entries).toHaveLength(100);
    expect([h.entries[0]?.reason, currentView(h)?.reason, h.index]).toEqual(['view 2', 'view 101', 99]);
  });

  it('never changes an earlier history when positions move (Back must find it as it was)', () => {
    const before = historyReducer(emptyHistory, { type: 'push', view: viewFrom(graph, 'one') });
    historyReducer(before, { type: 'positions', positions: { a: { x: 1, y: 1 } } });
    expect(currentView(before)?.positions).toEqual({});
  });
});

describe("a graph's own layout, by its larger side wherever it lies", () => {
  const at = (points: [number, number][]): GraphView => ({ ...graph, edges: [], nodes: points.map(([x, y], i) => ({ id: `n${i}`, label: '', kind: 'person', degree: 0, x, y })) });
  const side = 90 * Math.SQRT2;

  it('measures the span from the smallest coordinate, not from zero', () => {
    // Spans 1 × 4 away from the origin: scaled by side / 4.
    expect(savedPositions(at([[10, 20], [11, 24]])).n1?.y).toBeCloseTo(side, 9);
    expect(savedPositions(at([[20, 10], [24, 11]])).n1?.x).toBeCloseTo(side, 9);
  });

  it('finds the largest y even when it is not the last node', () => {
    expect(savedPositions(at([[0, 0], [0, 4], [1, 1]])).n1?.y).toBeCloseTo(90 * Math.sqrt(3), 9);
  });
});

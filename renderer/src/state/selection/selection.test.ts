// Selection of many as plain data: which element's details show, toggling, select all,
// invert and neighbours over what the screen shows (hidden and filtered nodes left out).
import { describe, expect, it } from 'vitest';
import type { ViewState } from '../view-history.js';
import { describeMany, EMPTY_SELECTION, inspect, invert, onScreen, selectAll, selectOne, toggle, withMany, withNeighbours } from './selection.js';

const node = (id: string) => ({ id, label: id.toUpperCase(), kind: 'person' as const, degree: 1 });
const edge = (id: string, source: string, target: string) => ({ id, source, target, relation: 'related_to' as const });
// a - b - c - d, and e alone; d is hidden by the user.
const view: ViewState = {
  graph: 'g#1',
  nodes: ['a', 'b', 'c', 'd', 'e'].map(node),
  edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('cd', 'c', 'd')],
  hidden: ['d'],
  positions: {},
  reason: '',
  truncated: false,
  filter: {},
  pinned: [],
};
// The filter hides e and the edge bc.
const visible = { nodes: new Set(['a', 'b', 'c', 'd']), edges: new Set(['ab', 'cd']) };

describe('selection', () => {
  it('knows what is on screen: not hidden, not filtered, edges with both ends', () => {
    expect(onScreen(view, visible)).toEqual({ nodes: ['a', 'b', 'c'], edges: ['ab'] });
    expect(onScreen(view, null)).toEqual({ nodes: ['a', 'b', 'c', 'e'], edges: ['ab', 'bc'] });
  });

  it('selects all and inverts over the screen', () => {
    const screen = onScreen(view, visible);
    expect(selectAll(screen)).toEqual({ nodes: ['a', 'b', 'c'], edges: ['ab'] });
    expect(invert({ nodes: ['b'], edges: [] }, screen)).toEqual({ nodes: ['a', 'c'], edges: ['ab'] });
  });

  it('adds the neighbours reached by edges on screen', () => {
    const screen = onScreen(view, null);
    expect(withNeighbours({ nodes: ['a'], edges: [] }, view, screen)).toEqual({ nodes: ['a', 'b'], edges: ['ab'] });
    // cd is not on screen (d is hidden): d is not added.
    expect(withNeighbours({ nodes: ['c'], edges: [] }, view, screen)).toEqual({ nodes: ['c', 'b'], edges: ['bc'] });
  });

  it('toggles an element in and out', () => {
    const one = toggle({ nodes: ['a'], edges: [] }, { type: 'node', id: 'b' });
    expect(one).toEqual({ nodes: ['a', 'b'], edges: [] });
    expect(toggle(one, { type: 'node', id: 'a' })).toEqual({ nodes: ['b'], edges: [] });
    expect(toggle(one, { type: 'edge', id: 'ab' })).toEqual({ nodes: ['a', 'b'], edges: ['ab'] });
  });

  it('keeps the details on the element clicked first while it stays selected', () => {
    const first = selectOne({ type: 'node', id: 'a' });
    const two = withMany(first, { nodes: ['a', 'b'], edges: [] });
    expect(two.primary).toEqual({ type: 'node', id: 'a' });
    // a taken out: the one left shows.
    expect(withMany(two, { nodes: ['b'], edges: [] }).primary).toEqual({ type: 'node', id: 'b' });
    // A box of several with nothing clicked: no details.
    expect(withMany(EMPTY_SELECTION, { nodes: ['a', 'c'], edges: [] }).primary).toBeNull();
    // The same set again is the same state (no re-render loop between canvas and table).
    expect(withMany(two, { nodes: ['b', 'a'], edges: [] })).toBe(two);
  });

  it('names a selection', () => {
    expect(describeMany({ nodes: ['a'], edges: [] }, (id) => id.toUpperCase())).toBe('A');
    expect(describeMany({ nodes: ['a', 'b'], edges: ['ab'] }, (id) => id)).toBe('2 nodes and 1 edge');
  });
});

describe('inspect', () => {
  it("shows one element's details and keeps the selection that holds it", () => {
    const many = withMany(EMPTY_SELECTION, { nodes: ['a', 'b'], edges: [] });
    expect(inspect(many, { type: 'node', id: 'b' })).toEqual({ primary: { type: 'node', id: 'b' }, many: many.many });
    expect(inspect(many, { type: 'node', id: 'z' })).toEqual(selectOne({ type: 'node', id: 'z' }));
  });
});

// View history with filters: a filter change is an entry, Back/Forward restore it, and new views keep the active filter and pins.
import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../../graph-data/src/contract.js';
import {
  currentView,
  emptyHistory,
  type History,
  historyReducer,
  mergeView,
  setPinned,
  viewFrom,
  visibleCounts,
  withFilter,
} from './view-history.js';

const node = (id: string) => ({ id, label: id.toUpperCase(), kind: 'person' as const, degree: 1 });
const graph = (ids: string[], edges: [string, string][] = [], graph = 'g#1'): GraphView => ({
  graph,
  nodes: ids.map(node),
  edges: edges.map(([source, target]) => ({ id: `${source}-${target}`, source, target, relation: 'accuses' as const })),
  truncated: false,
  requestedNodes: ids.length,
});

const push = (h: History, view: ReturnType<typeof viewFrom>) => historyReducer(h, { type: 'push', view });

describe('history with filters', () => {
  it('makes each filter change an entry that Back and Forward restore', () => {
    let h = push(emptyHistory, viewFrom(graph(['a', 'b']), 'Opened'));
    const start = currentView(h);
    if (!start) throw new Error('no view');
    expect(start.filter).toEqual({});
    h = push(h, withFilter(start, { statuses: ['alleged'] }, 'Filter: status'));
    const filtered = currentView(h);
    if (!filtered) throw new Error('no view');
    h = push(h, withFilter(filtered, { statuses: ['alleged'], kinds: ['person'] }, 'Filter: kind'));
    expect(currentView(h)?.filter).toEqual({ statuses: ['alleged'], kinds: ['person'] });
    h = historyReducer(h, { type: 'back' });
    expect(currentView(h)?.filter).toEqual({ statuses: ['alleged'] });
    h = historyReducer(h, { type: 'back' });
    expect(currentView(h)?.filter).toEqual({});
    h = historyReducer(h, { type: 'forward' });
    expect(currentView(h)?.filter).toEqual({ statuses: ['alleged'] });
    expect(currentView(h)?.nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('keeps the filter and pins in views that replace the current one', () => {
    const base = setPinned(withFilter(viewFrom(graph(['a']), 'Opened'), { kinds: ['agency'] }, 'f'), ['a'], true, 'Pinned A');
    const merged = mergeView(base, graph(['a', 'b']), 'Expanded A');
    expect(merged.filter).toEqual({ kinds: ['agency'] });
    expect(merged.pinned).toEqual(['a']);
    const reset = viewFrom(graph(['x']), 'Reset', {}, base);
    expect(reset.filter).toEqual({ kinds: ['agency'] });
    expect(reset.pinned).toEqual(['a']);
    expect(setPinned(base, ['a'], false, 'Unpinned A').pinned).toEqual([]);
  });

  it('never merges a view of another graph: nothing of the old one (positions, hidden, pins, filter) carries over', () => {
    const base = { ...setPinned(withFilter(viewFrom(graph(['a', 'b']), 'Opened', { a: { x: 1, y: 1 } }), { kinds: ['agency'] }, 'f'), ['a'], true, 'p'), hidden: ['b'] };
    const other = mergeView(base, graph(['a', 'c'], [], 'g#2'), 'Opened other');
    expect(other.graph).toBe('g#2');
    expect(other.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect([other.positions, other.hidden, other.pinned, other.filter]).toEqual([{}, [], [], {}]);
    expect(mergeView(base, graph(['a', 'c']), 'Expanded').positions).toEqual({ a: { x: 1, y: 1 } });
  });

  it('counts what the filter leaves visible minus what the user hid', () => {
    const view = { ...viewFrom(graph(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c']]), 'Opened'), hidden: ['c'] };
    expect(visibleCounts(view)).toEqual({ nodes: 2, edges: 1 });
    const visible = { nodes: new Set(['a', 'c']), edges: new Set(['a-c']) };
    expect(visibleCounts(view, visible)).toEqual({ nodes: 1, edges: 0 });
    expect(visibleCounts({ ...view, hidden: [] }, visible)).toEqual({ nodes: 2, edges: 1 });
  });
});

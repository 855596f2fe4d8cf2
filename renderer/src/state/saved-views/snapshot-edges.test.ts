// Taking a snapshot of the live view: it holds the view's nodes, and later edits to the live
// view do not reach into the saved copy. A view needs an open graph to be applied.
import { DEFAULT_APPEARANCE } from '../appearance/settings.js';
import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../../../graph-data/src/contract.js';
import { viewFrom } from '../view-history.js';
import { datasetMismatch, toSavedView, type LiveView } from './snapshot.js';

const graph: GraphView = {
  graph: 'g1',
  nodes: [
    { id: 'a', label: 'A', kind: 'person', degree: 0 },
    { id: 'b', label: 'B', kind: 'person', degree: 0 },
  ],
  edges: [],
  truncated: false,
  requestedNodes: 2,
};

describe('toSavedView', () => {
  it('saves the ids on screen and copies the lists, so later edits do not change the saved view', () => {
    const view = { ...viewFrom(graph, 'x'), hidden: ['b'], pinned: ['a'] };
    const live: LiveView = { view, selection: null, layout: 'fcose', style: { measure: 'none', sizeBy: false, communities: false }, appearance: DEFAULT_APPEARANCE };
    const saved = toSavedView('Mine', { id: 'd', name: 'D' }, live, new Date('2024-01-01T00:00:00Z'));
    expect(saved.nodes).toEqual(['a', 'b']);
    view.hidden.push('a');
    view.pinned.push('b');
    expect([saved.hidden, saved.pinned]).toEqual([['b'], ['a']]);
  });

  it('refuses to apply a view when no graph is open', () => {
    const live: LiveView = { view: viewFrom(graph, 'x'), selection: null, layout: 'fcose', style: { measure: 'none', sizeBy: false, communities: false }, appearance: DEFAULT_APPEARANCE };
    expect(datasetMismatch(toSavedView('Mine', { id: 'd', name: 'D' }, live), null)).toBe('No graph is open yet.');
  });
});

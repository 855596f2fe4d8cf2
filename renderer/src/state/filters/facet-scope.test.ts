// The filter counts' scope: the whole graph goes as no list; anything less (a hidden node, a view
// of part of the graph, counts of another graph) as the list of ids on screen.
import { describe, expect, it } from 'vitest';
import type { ViewNode } from '../../../../graph-data/src/contract.js';
import { facetScope } from './facet-scope.js';

const node = (id: string): ViewNode => ({ id, label: id, kind: 'person', degree: 0 });
const view = { graph: 'g1', nodes: [node('a'), node('b'), node('c')], hidden: [] as string[], pinned: ['a'] };

describe('facetScope', () => {
  it('sends no node list when the view is the whole graph', () => {
    expect(facetScope(view, { graph: 'g1', nodeCount: 3 }, ['b'])).toEqual({ pinned: ['a', 'b'] });
  });
  it('lists the nodes on screen when one is hidden, when the view is part of the graph, or when the counts are of another graph', () => {
    expect(facetScope({ ...view, hidden: ['b'] }, { graph: 'g1', nodeCount: 3 }, [])).toEqual({ nodes: ['a', 'c'], pinned: ['a'] });
    expect(facetScope(view, { graph: 'g1', nodeCount: 4 }, [])).toEqual({ nodes: ['a', 'b', 'c'], pinned: ['a'] });
    expect(facetScope(view, { graph: 'g2', nodeCount: 3 }, [])).toEqual({ nodes: ['a', 'b', 'c'], pinned: ['a'] });
    expect(facetScope(view, null, [])).toEqual({ nodes: ['a', 'b', 'c'], pinned: ['a'] });
  });
});

import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';
import { DEFAULT_VIEW_LIMIT } from './views.js';

/**
 * Two tight groups joined by two edges: five people around "a0" (a0 tied to all, a1–a4 in a
 * ring) and seven around "b0" (a clique), plus a lone pair. Built by hand, so every count is known.
 */
function twoGroups(): Dataset {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const person = (id: string) => graph.addNode(id, { label: id.toUpperCase(), kind: id.startsWith('b') ? 'agency' : 'person', description: '', evidence: [] });
  const tie = (s: string, t: string) => graph.addEdge(s, t, { relation: 'related_to', evidence: [] });
  for (let i = 0; i < 5; i++) person(`a${i}`);
  for (let i = 0; i < 7; i++) person(`b${i}`);
  person('x');
  person('y');
  for (let i = 1; i < 5; i++) tie('a0', `a${i}`);
  for (let i = 1; i < 5; i++) tie(`a${i}`, `a${(i % 4) + 1}`);
  for (let i = 0; i < 7; i++) for (let j = i + 1; j < 7; j++) tie(`b${i}`, `b${j}`);
  tie('a1', 'b1');
  tie('b2', 'a2');
  tie('x', 'y');
  return { id: 'two', name: 'Two groups', format: 'redthread', graph, sources: new Map() };
}

describe('overview', () => {
  it('sums the graph up as its communities, largest first, with the edges between them', () => {
    const service = createGraphService(twoGroups());
    const overview = service.overview({});
    expect(overview).toMatchObject({ nodeCount: 14, edgeCount: 32, communityCount: 3, shownNodes: 14 });
    expect(overview.groups.map((g) => [g.size, g.leader.id, g.edgesInside, g.kinds])).toEqual([
      [7, 'b1', 21, { agency: 7 }],
      [5, 'a0', 8, { person: 5 }],
      [2, 'x', 1, { person: 2 }],
    ]);
    expect(overview.links).toEqual([{ source: 0, target: 1, edges: 2 }]);
    expect(overview.graph).toBe(service.datasetInfo({}).graph);
  });

  it('shows only the largest communities when asked for fewer, and counts only their nodes', () => {
    const overview = createGraphService(twoGroups()).overview({ maxGroups: 1 });
    expect(overview.groups).toHaveLength(1);
    expect(overview).toMatchObject({ communityCount: 3, shownNodes: 7, links: [] });
  });

  it('expands a community into its members, best-connected first, and says when a limit cut them', () => {
    const service = createGraphService(twoGroups());
    const whole = service.overviewMembers({ group: 1 });
    expect(whole.nodes.map((n) => n.id).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(whole.edges).toHaveLength(8);
    expect(whole).toMatchObject({ truncated: false, requestedNodes: 5 });
    const cut = service.overviewMembers({ group: 1, limit: 1 });
    // a1 and a2 have four ties each (one to the other group), a0 four too: ties go by node order.
    expect(cut.nodes.map((n) => n.id)).toEqual(['a0']);
    expect(cut).toMatchObject({ truncated: true, requestedNodes: 5 });
  });

  it('names an unknown community in its error', () => {
    expect(() => createGraphService(twoGroups()).overviewMembers({ group: 9 })).toThrow('service/overview: unknown community 9 (the graph has 3)');
  });

  it('says a graph opens on its overview only past the drawing limit', () => {
    const dataset = twoGroups();
    expect(createGraphService(dataset).datasetInfo({}).opensOnOverview).toBeUndefined();
    for (let i = dataset.graph.order; i < DEFAULT_VIEW_LIMIT; i++) dataset.graph.addNode(`n${i}`, { label: `N${i}`, kind: 'person', description: '', evidence: [] });
    expect(createGraphService(dataset).datasetInfo({}).opensOnOverview).toBeUndefined();
    dataset.graph.addNode('one-more', { label: 'One more', kind: 'person', description: '', evidence: [] });
    expect(createGraphService(dataset).datasetInfo({}).opensOnOverview).toBe(true);
  });
});

// Which member names a community (measures.ts, `leaders`): the most ties inside, then the most
// ties overall, then the label. Each community below is built so that exactly one rule decides
// and the others would pick someone else; the node order is chosen so that it cannot stand in
// for the rule either. Self-loops add to a
// node's ties overall (its degree) and nothing to its ties inside, nor to the partition.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';

function datasetOf(nodes: string[], edges: [string, string][]): Dataset {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  for (const id of nodes) graph.addNode(id, { label: id.toUpperCase(), kind: 'person' });
  for (const [u, v] of edges) graph.addDirectedEdge(u, v, { relation: 'linked_to' });
  return { id: 'l', name: 'Leaders', format: 'gexf', graph, sources: new Map() };
}
/** Five nodes `p5`…`p1` (added in that order), every pair linked. */
const five = (p: string) => [5, 4, 3, 2, 1].map((i) => `${p}${i}`);
const clique = (ids: string[]): [string, string][] => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));

function leaders(dataset: Dataset) {
  const { assignment, groups } = createGraphService(dataset).communities({});
  return (member: string) => groups[assignment[member] ?? -1]?.leader;
}

describe('the member that names a community', () => {
  it('is the one with most ties inside, even when another has more ties overall', () => {
    // Six members, all linked but d2 and d3: d2 and d3 have 4 ties inside, the others 5. d2, added
    // first, has three self-loops (10 ties overall against the others' 5).
    // The same with d2 added last.
    for (const nodes of [['d2', 'd6', 'd5', 'd4', 'd3', 'd1'], ['d6', 'd5', 'd4', 'd3', 'd1', 'd2']]) {
      const edges = clique(nodes).filter(([a, b]) => `${a}${b}` !== 'd2d3' && `${a}${b}` !== 'd3d2');
      const { assignment, groups } = createGraphService(datasetOf(nodes, [...edges, ['d2', 'd2'], ['d2', 'd2'], ['d2', 'd2']])).communities({});
      expect(groups.map((g) => g.size)).toEqual([6]);
      expect(groups[assignment.d2 ?? -1]?.leader, nodes.join()).toEqual({ id: 'd1', label: 'D1', kind: 'person' });
    }
  });

  it('among equal ties inside, is the one with most ties overall, even when its label sorts later', () => {
    // Two cliques bridged at a3–b3: every member has 4 ties inside, a3 and b3 one more overall.
    const dataset = datasetOf([...five('a'), ...five('b')], [...clique(five('a')), ...clique(five('b')), ['a3', 'b3']]);
    const { assignment, groups } = createGraphService(dataset).communities({});
    expect(groups.map((g) => g.size)).toEqual([5, 5]);
    expect(new Set(five('a').map((id) => assignment[id])).size).toBe(1);
    expect(groups[assignment.a1 ?? -1]?.leader.id).toBe('a3');
    expect(groups[assignment.b1 ?? -1]?.leader.id).toBe('b3');
  });

  it('among equal ties inside and overall, is the first by label, whatever order the nodes came in', () => {
    // A clique alone: every member alike but for its label (C5 added first, C1 last).
    expect(leaders(datasetOf(five('c'), clique(five('c'))))('c5')?.id).toBe('c1');
    // Self-loops on two members, added this time in label order: of the two, the first by label.
    const ascending = five('c').reverse();
    const looped = datasetOf(ascending, [...clique(ascending), ['c4', 'c4'], ['c2', 'c2']]);
    expect(leaders(looped)('c5')?.id).toBe('c2');
  });
  it('counts only ties to its own community as ties inside', () => {
    // a1..a6 all linked but a1–a6 (4 ties inside each, the others 5); a1 also has one tie to
    // each of three other cliques (7 ties in all), given once from a1 and once towards it.
    const a = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const other = (p: string) => [1, 2, 3, 4, 5, 6].map((i) => `${p}${i}`);
    const edges = [...clique(a).filter(([x, y]) => `${x}${y}` !== 'a1a6'), ...clique(other('b')), ...clique(other('c')), ...clique(other('d'))];
    const dataset = datasetOf([...a, ...other('b'), ...other('c'), ...other('d')], [...edges, ['a1', 'b1'], ['a1', 'c1'], ['d1', 'a1']]);
    const { assignment, groups } = createGraphService(dataset).communities({});
    expect(groups.map((g) => g.size)).toEqual([6, 6, 6, 6]);
    expect(new Set(a.map((id) => assignment[id])).size).toBe(1);
    expect(groups[assignment.a1 ?? -1]?.leader.id).toBe('a2');
  });
});

// Measures and the overview on graphs built for one rule each: the exact/estimate switch at
// EXACT_BETWEENNESS_MAX_NODES, the cache per sample, PageRank's unit weights, communities numbered
// by size with parallel edges as weight and self-loops ignored, and the overview's links. Expected
// values are worked out by hand from the graphs (modularity by Newman's formula).
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../contract.js';
import type { Dataset, GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { dispatch } from './dispatch.js';
import { createGraphService } from './index.js';
import { EXACT_BETWEENNESS_MAX_NODES } from './measures.js';

function graphOf(edges: [string, string][], nodes: string[] = []): Dataset {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const node = (id: string) => graph.mergeNode(id, { label: id, kind: 'person' });
  nodes.forEach(node);
  for (const [u, v] of edges) {
    node(u);
    node(v);
    graph.addDirectedEdge(u, v, { relation: 'linked_to' });
  }
  return { id: 'g', name: 'G', format: 'gexf', graph, sources: new Map() };
}
const path = (n: number) => graphOf(Array.from({ length: n - 1 }, (_, i) => [`p${i}`, `p${i + 1}`] as [string, string]));
const clique = (p: string, size: number): [string, string][] => {
  const out: [string, string][] = [];
  for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) out.push([`${p}${a}`, `${p}${b}`]);
  return out;
};

describe('betweenness: exact up to the limit, estimated past it', () => {
  it(`is exact on a path of ${EXACT_BETWEENNESS_MAX_NODES} nodes and estimated from 200 sources on one more`, () => {
    const exact = createGraphService(path(EXACT_BETWEENNESS_MAX_NODES)).measures({ measure: 'betweenness' });
    expect(exact.exact).toBe(true);
    expect('sampleSize' in exact).toBe(false);
    // On a path of n nodes the node at position i lies between i·(n − 1 − i) pairs.
    expect(exact.values.p1).toBe(EXACT_BETWEENNESS_MAX_NODES - 2);
    const estimated = createGraphService(path(EXACT_BETWEENNESS_MAX_NODES + 1)).measures({ measure: 'betweenness' });
    expect([estimated.exact, estimated.sampleSize]).toEqual([false, 200]);
  });
  it('keeps one result per sample size', () => {
    const service = createGraphService(path(40));
    expect(service.measures({ measure: 'betweenness', sample: 10 }).sampleSize).toBe(10);
    expect(service.measures({ measure: 'betweenness', sample: 20 }).sampleSize).toBe(20);
  });
  it('lists the top 50 only', () => {
    expect(createGraphService(path(60)).measures({ measure: 'degree' }).top).toHaveLength(50);
  });
});

describe('pagerank', () => {
  it('gives every edge the same weight, whatever weight the file gave it', () => {
    const dataset = graphOf([['a', 'b'], ['a', 'c']]);
    const [ab, ac] = dataset.graph.edges();
    dataset.graph.setEdgeAttribute(ab as string, 'weight', 9);
    dataset.graph.setEdgeAttribute(ac as string, 'weight', 1);
    const result = createGraphService(dataset).measures({ measure: 'pagerank' });
    expect(result.exact).toBe(true);
    expect(result.values.b).toBeCloseTo(result.values.c ?? -1, 9);
  });
  it('answers for an empty graph with no values', () => {
    expect(createGraphService(graphOf([])).measures({ measure: 'pagerank' })).toMatchObject({ values: {}, top: [], exact: true });
  });
});

describe('communities', () => {
  it('numbers the larger community first, whatever order the nodes came in', () => {
    const service = createGraphService(graphOf([...clique('s', 3), ...clique('l', 6), ['s0', 'l0']]));
    const { assignment, groups } = service.communities({});
    expect(groups.map((g) => g.size)).toEqual([6, 3]);
    expect([assignment.l3, assignment.s1]).toEqual([0, 1]);
  });
  it('weighs parallel edges and ignores self-loops', () => {
    // Two 4-cliques (6 edges each) and two parallel bridges: m = 14, each side's degree total 14,
    // Q = 2·(6/14 − (14/28)²).
    const bridged = graphOf([...clique('a', 4), ...clique('b', 4), ['a0', 'b0'], ['a0', 'b0']]);
    expect(createGraphService(bridged).communities({}).modularity).toBeCloseTo(2 * (6 / 14 - 0.25), 9);
    const looped = graphOf([...clique('a', 4), ...clique('b', 4), ['a0', 'b0'], ['a1', 'a1']]);
    expect(createGraphService(looped).communities({}).modularity).toBeCloseTo(2 * (6 / 13 - 0.25), 9);
  });
});

describe('overview', () => {
  // Three cliques (7, 6, 5 nodes: communities 0, 1, 2) and bridges 0–2 twice, 1–2 and 0–1 once.
  const three = () => graphOf([...clique('a', 7), ...clique('b', 6), ...clique('c', 5), ['a1', 'c1'], ['a2', 'c2'], ['b1', 'c3'], ['a3', 'b2']]);
  it('links communities by their edge counts, most first, then by source and target', () => {
    const overview = createGraphService(three()).overview({});
    expect(overview.groups.map((g) => g.size)).toEqual([7, 6, 5]);
    expect(overview.links).toEqual([
      { source: 0, target: 2, edges: 2 },
      { source: 0, target: 1, edges: 1 },
      { source: 1, target: 2, edges: 1 },
    ]);
  });
  it('orders links of equal count from one community by the other community’s number', () => {
    // Community 0 (a) is bridged once to 2 (c), then once to 1 (b): the links still come 0–1, 0–2.
    const overview = createGraphService(graphOf([...clique('a', 7), ...clique('b', 6), ...clique('c', 5), ['a1', 'c1'], ['a2', 'b1']])).overview({});
    expect(overview.groups.map((g) => g.size)).toEqual([7, 6, 5]);
    expect(overview.links).toEqual([
      { source: 0, target: 1, edges: 1 },
      { source: 0, target: 2, edges: 1 },
    ]);
  });
  it('says a community cut by one member is truncated, and names an unknown one with its code', () => {
    const service = createGraphService(three());
    expect(service.overviewMembers({ group: 2, limit: 4 })).toMatchObject({ truncated: true, requestedNodes: 5 });
    expect(dispatch(service, 'overviewMembers', { group: 7 })).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });
  it('reports the communities’ progress to the host, never going back, ending at 100 %', () => {
    const events: TaskProgress[] = [];
    createGraphService(three(), { progress: (e) => events.push(e) }).overview({});
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.task === 'overview' && e.phase === 'communities')).toBe(true);
    const done = events.map((e) => e.done);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(done.every((d) => d > 0 && d <= 100)).toBe(true);
    expect(done.at(-1)).toBe(100);
  });
});

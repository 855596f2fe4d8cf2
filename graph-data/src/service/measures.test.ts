import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import { seededRandom } from '../util/seeded-random.js';
import { brandesBetweenness, simpleAdjacency } from './betweenness-sample.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { dispatch } from './dispatch.js';
import { buildFilterIndex } from './filter-index.js';
import { createGraphService } from './index.js';
import { betweenness } from './measures.js';

const ev = [{ source: 's', quote: 'q' }];

/** A dataset from "u>v" pairs (u → v); nodes are created as they appear. */
function datasetOf(edges: string[], extraNodes: string[] = []): Dataset {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const node = (id: string) => graph.mergeNode(id, { label: id, kind: 'person', description: id, evidence: ev });
  extraNodes.forEach(node);
  for (const pair of edges) {
    const [u = '', v = ''] = pair.split('>');
    node(u);
    node(v);
    graph.addDirectedEdge(u, v, { relation: 'linked_to', evidence: ev });
  }
  return { id: 'm', name: 'Measures', format: 'redthread', graph, sources: new Map() };
}

const measure = (dataset: Dataset, name: 'degree' | 'betweenness' | 'pagerank', sample?: number) =>
  createGraphService(dataset).measures(sample === undefined ? { measure: name } : { measure: name, sample });

function adjacencyOf(dataset: Dataset) {
  const index = buildFilterIndex(dataset.graph);
  return simpleAdjacency(index.adjStart, index.adjNode);
}

function randomDataset(n: number, m: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const ids = Array.from({ length: n }, (_v, i) => `n${i}`);
  const edges: string[] = [];
  for (let k = 0; k < m; k++) {
    const u = Math.floor(random() * n);
    const v = Math.floor(random() * n);
    if (u !== v) edges.push(`n${u}>n${v}`);
  }
  return datasetOf(edges, ids);
}

describe('degree', () => {
  it('counts edges at each node, parallel edges included, and ranks the top', () => {
    const result = measure(datasetOf(['a>b', 'b>a', 'b>c']), 'degree');
    expect(result.values).toEqual({ a: 2, b: 3, c: 1 });
    expect(result.top.map((t) => [t.node.id, t.value])).toEqual([['b', 3], ['a', 2], ['c', 1]]);
    expect(result.exact).toBe(true);
  });
});

describe('betweenness', () => {
  it('is undirected and unnormalised: on a–b–c, b lies on the one path between a and c', () => {
    // a → b ← c: a directed count would give b 0; the chain reads both ways.
    expect(measure(datasetOf(['a>b', 'c>b']), 'betweenness').values).toEqual({ a: 0, b: 1, c: 0 });
  });
  it('counts a star centre once per pair of leaves, and parallel edges once', () => {
    expect(measure(datasetOf(['h>1', 'h>2', '3>h', 'h>4']), 'betweenness').values.h).toBe(6);
    expect(measure(datasetOf(['a>b', 'b>a', 'b>c']), 'betweenness').values.b).toBe(1);
  });
  it('splits credit between equal shortest paths: on the 4-cycle each node scores 1/2', () => {
    expect(measure(datasetOf(['a>b', 'b>c', 'c>d', 'd>a']), 'betweenness').values).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });
  it('matches graphology-metrics on the undirected simple graph', () => {
    const dataset = randomDataset(120, 300, 5);
    const copy = new UndirectedGraph();
    dataset.graph.forEachNode((id) => copy.addNode(id));
    dataset.graph.forEachEdge((_e, _a, u, v) => copy.mergeEdge(u, v));
    const expected = betweennessCentrality(copy, { normalized: false, getEdgeWeight: null });
    const values = measure(dataset, 'betweenness').values;
    for (const id of dataset.graph.nodes()) expect(values[id]).toBeCloseTo(expected[id] ?? NaN, 9);
  });
  it('estimates from k seeded sources: k = n is exact, smaller k is repeatable and flagged', () => {
    const dataset = randomDataset(80, 200, 9);
    const adjacency = adjacencyOf(dataset);
    const exact = betweenness(adjacency);
    const full = betweenness(adjacency, { sample: 80 });
    expect(exact.exact && full.exact).toBe(true);
    expect([...full.values]).toEqual([...exact.values]);
    const sampled = betweenness(adjacency, { sample: 20 });
    expect([sampled.exact, sampled.sampleSize]).toEqual([false, 20]);
    expect([...betweenness(adjacency, { sample: 20 }).values]).toEqual([...sampled.values]);
    // The estimator is unbiased; on this graph 20 sources land within a factor of two for the hub.
    const hub = exact.values.indexOf(Math.max(...exact.values));
    expect((sampled.values[hub] ?? 0) / (exact.values[hub] ?? 1)).toBeGreaterThan(0.5);
    expect((sampled.values[hub] ?? 0) / (exact.values[hub] ?? 1)).toBeLessThan(2);
  });
  it('reports sampled results through the contract and caches them', () => {
    const service = createGraphService(randomDataset(50, 100, 2));
    const sampled = service.measures({ measure: 'betweenness', sample: 10 });
    expect([sampled.exact, sampled.sampleSize]).toEqual([false, 10]);
    expect(service.measures({ measure: 'betweenness', sample: 10 })).toBe(sampled);
    expect(service.measures({ measure: 'betweenness' }).exact).toBe(true);
    expect(service.measures({ measure: 'betweenness' }).top.length).toBe(50);
  });
  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    const adjacency = adjacencyOf(randomDataset(300, 600, 1));
    brandesBetweenness(adjacency, { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(50);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('pagerank', () => {
  it('gives each node of a directed cycle a third', () => {
    const values = measure(datasetOf(['a>b', 'b>c', 'c>a']), 'pagerank').values;
    for (const v of Object.values(values)) expect(v).toBeCloseTo(1 / 3, 6);
  });
  it('follows edge direction: a → c ← b', () => {
    // By hand, damping 0.85, the dangling node c spreading its rank evenly:
    // p = 0.05 + 0.85·q/3 and q = 1 − 2p give p = 10/47, q = 27/47.
    const values = measure(datasetOf(['a>c', 'b>c']), 'pagerank').values;
    expect(values.a).toBeCloseTo(10 / 47, 5);
    expect(values.b).toBeCloseTo(10 / 47, 5);
    expect(values.c).toBeCloseTo(27 / 47, 5);
  });
});

describe('communities', () => {
  it('splits two 4-cliques joined by one edge into two, with modularity 2·(6/13 − 1/4)', () => {
    const clique = (p: string) => ['0>1', '0>2', '0>3', '1>2', '1>3', '2>3'].map((e) => e.replace(/\d/g, (d) => `${p}${d}`));
    const service = createGraphService(datasetOf([...clique('a'), ...clique('b'), 'a0>b0']));
    const { assignment, count, modularity } = service.communities({});
    expect(count).toBe(2);
    expect(new Set(['a0', 'a1', 'a2', 'a3'].map((id) => assignment[id])).size).toBe(1);
    expect(new Set(['b0', 'b1', 'b2', 'b3'].map((id) => assignment[id])).size).toBe(1);
    expect(assignment.a0).not.toBe(assignment.b0);
    expect(modularity).toBeCloseTo(2 * (6 / 13 - 1 / 4), 6);
    expect(service.communities({})).toBe(service.communities({}));
  });
  it('names each community’s most central member: most ties inside, then most ties overall', () => {
    const clique = (p: string) => ['0>1', '0>2', '0>3', '1>2', '1>3', '2>3'].map((e) => e.replace(/\d/g, (d) => `${p}${d}`));
    // a0 and b0 have as many ties inside as their clique mates, and one more (the bridge) overall.
    const service = createGraphService(datasetOf([...clique('a'), ...clique('b'), 'a0>b0']));
    const { assignment, groups } = service.communities({});
    expect(groups.map((g) => g.size)).toEqual([4, 4]);
    expect(groups[assignment.a0 ?? -1]?.leader.id).toBe('a0');
    expect(groups[assignment.b0 ?? -1]?.leader.id).toBe('b0');
    // A star: its centre has the most ties inside, though a leaf has more overall.
    const star = createGraphService(datasetOf(['s0>s1', 's0>s2', 's0>s3', 's0>s4', 's1>s2', 's1>x1', 's1>x2', 'x1>x2']));
    const c = star.communities({});
    expect(c.groups[c.assignment.s0 ?? -1]?.leader.id).toBe('s0');
  });
  it('puts every node of an edgeless graph on its own', () => {
    expect(createGraphService(datasetOf([], ['x', 'y'])).communities({})).toMatchObject({ assignment: { x: 0, y: 1 }, count: 2, modularity: 0, groups: [{ size: 1, leader: { id: 'x' } }, { size: 1, leader: { id: 'y' } }] });
  });
});

describe('measure arguments', () => {
  it('rejects unknown measures', () => {
    expect(dispatch(createGraphService(datasetOf(['a>b'])), 'measures', { measure: 'closeness' })).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });
});

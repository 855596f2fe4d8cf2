import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path';
import { describe, expect, it } from 'vitest';
import type { PathResult } from '../contract.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import { RELATIONS, type NodeKind } from '../schema/vocabulary.js';
import { seededRandom } from '../util/seeded-random.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { dispatch } from './dispatch.js';
import { createGraphService } from './index.js';
import { lazy } from './test-fixture.js';

function emptyDataset(): Dataset {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const text = 'A accuses E. Other quote.';
  return { id: 'paths', name: 'Paths', format: 'redthread', graph, sources: new Map([['src', { id: 'src', title: 'Source title', publisher: 'P', date: '2018', file: 'src.txt', text }]]) };
}
const ev = (quote = 'Other quote.') => [{ source: 'src', quote }];
const addNode = (graph: RedthreadGraph, id: string, kind: NodeKind = 'person') =>
  graph.addNode(id, { label: id.toUpperCase(), kind, description: id, evidence: ev() });

// a ─p1→ b ←p2 (supports)─ c ─p3→ d, a ─s1→ e ←s2─ d (e is a group), b ─p1b→ a (parallel), d ─w→ g (agency), f alone.
function pathDataset(): Dataset {
  const dataset = emptyDataset();
  const g = dataset.graph;
  for (const id of ['a', 'b', 'c', 'd', 'f']) addNode(g, id);
  addNode(g, 'e', 'group');
  addNode(g, 'g', 'agency');
  g.addDirectedEdgeWithKey('p1', 'a', 'b', { relation: 'linked_to', evidence: ev() });
  g.addDirectedEdgeWithKey('p2', 'c', 'b', { relation: 'supports', evidence: ev() });
  g.addDirectedEdgeWithKey('p3', 'c', 'd', { relation: 'member_of', evidence: ev() });
  g.addDirectedEdgeWithKey('s1', 'a', 'e', {
    relation: 'accuses',
    allegation: { type: 'intelligence_ties', status: 'alleged', claimant: 'a' },
    evidence: ev('A accuses E.'),
  });
  g.addDirectedEdgeWithKey('s2', 'd', 'e', { relation: 'linked_to', evidence: ev() });
  g.addDirectedEdgeWithKey('p1b', 'b', 'a', { relation: 'communicated_with', evidence: ev() });
  g.addDirectedEdgeWithKey('w', 'd', 'g', { relation: 'works_for', evidence: ev() });
  return dataset;
}

const service = lazy(() => createGraphService(pathDataset()));
const nodeIds = (path: PathResult | null) => path?.nodes.map((n) => n.id) ?? null;
const walk = (path: PathResult | null) => path?.hops.map((h) => `${h.edgeId}${h.forward ? '>' : '<'}`) ?? null;

describe('shortestPath', () => {
  it('finds the shortest chain ignoring direction and says how each hop reads', () => {
    const { path } = service.shortestPath({ from: 'a', to: 'd' });
    expect(nodeIds(path)).toEqual(['a', 'e', 'd']);
    expect(path?.hops[0]).toEqual({
      edgeId: 's1',
      from: { id: 'a', label: 'A', kind: 'person' },
      to: { id: 'e', label: 'E', kind: 'group' },
      relation: 'accuses',
      forward: true,
      allegation: { type: 'intelligence_ties', status: 'alleged', claimant: 'a', claimantLabel: 'A' },
      quote: 'A accuses E.',
      sourceTitle: 'Source title',
    });
    expect(walk(path)).toEqual(['s1>', 's2<']);
  });
  it('detours around what the filter hides', () => {
    const { path } = service.shortestPath({ from: 'a', to: 'd', filter: { allegationTypes: ['bribery_corruption'], keepRelations: true } });
    expect(nodeIds(path)).toEqual(['a', 'b', 'c', 'd']);
    // a–b is a bundle of two edges; the hop takes the first in graph order.
    expect(walk(path)).toEqual(['p1>', 'p2<', 'p3>']);
    expect(walk(service.shortestPath({ from: 'a', to: 'd', filter: { relations: ['communicated_with', 'supports', 'member_of'] } }).path)).toEqual(['p1b<', 'p2<', 'p3>']);
  });
  it('walks only what "show me that allegation" shows: the allegations, then their context', () => {
    const filter = { allegationTypes: ['intelligence_ties' as const] };
    // Alone, s1 (a → e) reaches neither d nor anything else.
    expect(service.shortestPath({ from: 'a', to: 'd', filter }).path).toBeNull();
    // One step of context around a and e brings in b (p1, p1b) and d (s2), not c.
    expect(walk(service.shortestPath({ from: 'a', to: 'd', filter: { ...filter, context: 1 } }).path)).toEqual(['s1>', 's2<']);
    expect(service.shortestPath({ from: 'a', to: 'c', filter: { ...filter, context: 1 } }).path).toBeNull();
  });
  it('applies node groups to the nodes in between but not to the two ends', () => {
    expect(nodeIds(service.shortestPath({ from: 'a', to: 'd', filter: { kinds: ['person'] } }).path)).toEqual(['a', 'b', 'c', 'd']);
    expect(nodeIds(service.shortestPath({ from: 'g', to: 'a', filter: { kinds: ['person'] } }).path)).toEqual(['g', 'd', 'c', 'b', 'a']);
  });
  it('returns null when the filter or the graph leaves no path', () => {
    expect(service.shortestPath({ from: 'a', to: 'd', filter: { relations: ['accuses', 'member_of'] } }).path).toBeNull();
    expect(service.shortestPath({ from: 'a', to: 'f' }).path).toBeNull();
  });
  it('returns the one-node path from a node to itself', () => {
    expect(service.shortestPath({ from: 'a', to: 'a' }).path).toEqual({ nodes: [{ id: 'a', label: 'A', kind: 'person' }], hops: [] });
  });
  it('names an unknown node through dispatch', () => {
    expect(dispatch(service, 'shortestPath', { from: 'a', to: 'zed' })).toEqual({
      ok: false,
      error: { code: 'unknown_node', message: 'service/shortestPath: unknown node "zed"' },
    });
    expect(dispatch(service, 'allPaths', { from: 'zed', to: 'a', maxLength: 3 })).toMatchObject({ ok: false, error: { code: 'unknown_node' } });
    expect(dispatch(service, 'allPaths', { from: 'a', to: 'b', maxLength: 9 })).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });
  it('agrees with graphology-shortest-path on a random graph, with and without a filter', () => {
    const dataset = emptyDataset();
    const random = seededRandom(3);
    for (let i = 0; i < 300; i++) addNode(dataset.graph, `n${i}`);
    for (let i = 0; i < 600; i++) {
      const relation = RELATIONS[Math.floor(random() * 4)] ?? 'linked_to';
      dataset.graph.addDirectedEdge(`n${Math.floor(random() * 300)}`, `n${Math.floor(random() * 300)}`, { relation, evidence: ev() });
    }
    const s = createGraphService(dataset);
    const allowed = new Set(RELATIONS.slice(0, 2));
    for (const filtered of [false, true]) {
      const copy = new UndirectedGraph();
      dataset.graph.forEachNode((id) => copy.addNode(id));
      dataset.graph.forEachEdge((_e, attrs, u, v) => {
        if (u !== v && (!filtered || allowed.has(attrs.relation))) copy.mergeEdge(u, v);
      });
      for (let k = 0; k < 20; k++) {
        const from = `n${k}`;
        const lengths = singleSourceLength(copy, from);
        for (const to of ['n100', 'n200', 'n299']) {
          const { path } = s.shortestPath(filtered ? { from, to, filter: { relations: [...allowed] } } : { from, to });
          expect(path ? path.hops.length : undefined).toBe(lengths[to]);
        }
      }
    }
  });
});

describe('allPaths', () => {
  it('lists every simple path up to the length, shortest first, parallel edges once', () => {
    const { paths, capped } = service.allPaths({ from: 'a', to: 'd', maxLength: 8 });
    expect(paths.map(nodeIds)).toEqual([['a', 'e', 'd'], ['a', 'b', 'c', 'd']]);
    expect(capped).toBe(false);
    expect(service.allPaths({ from: 'a', to: 'd', maxLength: 2 }).paths.map(nodeIds)).toEqual([['a', 'e', 'd']]);
  });
  it('caps at the limit and says so', () => {
    expect(service.allPaths({ from: 'a', to: 'd', maxLength: 3, limit: 1 })).toMatchObject({ capped: true, paths: [{ nodes: [{ id: 'a' }, { id: 'e' }, { id: 'd' }] }] });
  });
  it('respects the filter and reports no path as an empty list', () => {
    expect(service.allPaths({ from: 'a', to: 'd', maxLength: 4, filter: { kinds: ['person'] } }).paths.map(nodeIds)).toEqual([['a', 'b', 'c', 'd']]);
    expect(service.allPaths({ from: 'a', to: 'f', maxLength: 8 })).toEqual({ paths: [], capped: false });
  });
  it('counts the simple paths between two nodes of K5: 1 + 3 + 6 + 6', () => {
    const dataset = emptyDataset();
    const ids = ['k0', 'k1', 'k2', 'k3', 'k4'];
    for (const id of ids) addNode(dataset.graph, id);
    ids.forEach((u, i) => ids.slice(i + 1).forEach((v) => dataset.graph.addDirectedEdge(u, v, { relation: 'linked_to', evidence: ev() })));
    const k5 = createGraphService(dataset);
    const count = (maxLength: number, limit?: number) => k5.allPaths({ from: 'k0', to: 'k4', maxLength, ...(limit ? { limit } : {}) });
    expect([1, 2, 3, 4, 8].map((l) => count(l).paths.length)).toEqual([1, 4, 10, 16, 16]);
    expect(count(4, 16).capped).toBe(false);
    const capped = count(4, 10);
    expect([capped.paths.length, capped.capped]).toEqual([10, true]);
    const lengths = capped.paths.map((p) => p.hops.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    expect(new Set(capped.paths.map((p) => nodeIds(p)?.join())).size).toBe(10);
  });
});

describe('whyConnected', () => {
  it('lists shared neighbours with their edges, and the direct edges', () => {
    expect(service.whyConnected({ a: 'a', b: 'c' })).toEqual({
      shared: [{ id: 'b', label: 'B', kind: 'person' }],
      direct: [],
      sharedEdges: [
        { id: 'p1', source: 'a', target: 'b', relation: 'linked_to' },
        { id: 'p1b', source: 'b', target: 'a', relation: 'communicated_with' },
        { id: 'p2', source: 'c', target: 'b', relation: 'supports' },
      ],
    });
    const ab = service.whyConnected({ a: 'a', b: 'b' });
    expect([ab.shared, ab.direct.map((e) => e.id)]).toEqual([[], ['p1', 'p1b']]);
    expect(service.whyConnected({ a: 'a', b: 'd' }).shared.map((n) => n.id)).toEqual(['e']);
    expect(dispatch(service, 'whyConnected', { a: 'a', b: 'nope' })).toMatchObject({ ok: false, error: { code: 'unknown_node' } });
  });
});

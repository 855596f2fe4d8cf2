// Exact betweenness against a second implementation: graphology-metrics' Brandes on the
// graph as the service reads it (direction ignored, parallel edges once; see measures.ts),
// on seeded random graphs that are directed, undirected, mixed, multi-edged, with self-loops
// and with several components. Equal within 1e-9 (relative to the value, at least 1e-9).
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../util/seeded-random.js';
import type { Dataset, GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';

const ev = [{ source: 's', quote: 'q' }];

interface Shape {
  nodes: number;
  edges: number;
  /** Share of edges marked undirected (0: all directed, 1: all undirected). */
  undirected: number;
  /** Share of edges repeated as a parallel edge (same or opposite direction). */
  parallel: number;
  /** Share of self-loops. */
  loops: number;
  /** Number of separate components the nodes are split into (edges never cross them). */
  components: number;
}

function randomDataset(shape: Shape, seed: number): Dataset {
  const random = seededRandom(seed);
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  for (let i = 0; i < shape.nodes; i++) graph.addNode(`n${i}`, { label: `n${i}`, kind: 'person', description: '', evidence: ev });
  const size = Math.ceil(shape.nodes / shape.components);
  const pick = (c: number) => Math.min(shape.nodes - 1, c * size + Math.floor(random() * size));
  for (let e = 0; e < shape.edges; e++) {
    const c = Math.floor(random() * shape.components);
    const u = pick(c);
    const v = random() < shape.loops ? u : pick(c);
    const attrs = (): GraphEdgeAttributes => (random() < shape.undirected ? { relation: 'linked_to', evidence: ev, undirected: true } : { relation: 'linked_to', evidence: ev });
    graph.addDirectedEdge(`n${u}`, `n${v}`, attrs());
    if (random() < shape.parallel) {
      if (random() < 0.5) graph.addDirectedEdge(`n${u}`, `n${v}`, attrs());
      else graph.addDirectedEdge(`n${v}`, `n${u}`, attrs());
    }
  }
  return { id: 'oracle', name: 'Oracle', format: 'redthread', graph, sources: new Map() };
}

/**
 * What graphology-metrics says, on the simple undirected graph the service measures. Self-loops
 * stay out of the copy: they lie on no shortest path, and graphology-indices' neighbourhood
 * index sizes itself by edges, so a loop leaves a slot that reads as a spurious edge to node 0.
 */
function oracle(dataset: Dataset): Record<string, number> {
  const simple = new UndirectedGraph();
  dataset.graph.forEachNode((id) => simple.addNode(id));
  dataset.graph.forEachEdge((_e, _a, u, v) => {
    if (u !== v) simple.mergeEdge(u, v);
  });
  return betweennessCentrality(simple, { normalized: false, getEdgeWeight: null });
}

const SHAPES: [string, Shape][] = [
  ['directed', { nodes: 150, edges: 400, undirected: 0, parallel: 0, loops: 0, components: 1 }],
  ['undirected', { nodes: 150, edges: 400, undirected: 1, parallel: 0, loops: 0, components: 1 }],
  ['mixed, with parallel edges both ways and self-loops', { nodes: 120, edges: 300, undirected: 0.4, parallel: 0.5, loops: 0.05, components: 1 }],
  ['sparse and disconnected (trees, isolated nodes)', { nodes: 200, edges: 150, undirected: 0.5, parallel: 0.2, loops: 0, components: 5 }],
  ['dense, where many shortest paths tie', { nodes: 60, edges: 900, undirected: 0.3, parallel: 0.3, loops: 0.02, components: 2 }],
];

describe('exact betweenness agrees with graphology-metrics', () => {
  it.each(SHAPES)('%s', (_name, shape) => {
    for (const seed of [1, 2, 3]) {
      const dataset = randomDataset(shape, seed);
      const expected = oracle(dataset);
      const result = createGraphService(dataset).measures({ measure: 'betweenness' });
      expect(result.exact).toBe(true);
      let nonZero = 0;
      for (const id of dataset.graph.nodes()) {
        const want = expected[id] ?? NaN;
        const got = result.values[id] ?? NaN;
        if (want > 0) nonZero++;
        expect(Math.abs(got - want), `${id} (seed ${seed}): ${got} vs ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      }
      // The graphs are big enough that the comparison is not of zeros.
      expect(nonZero).toBeGreaterThan(shape.nodes / 10);
    }
  });
});

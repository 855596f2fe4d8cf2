// The sampled betweenness is an estimate a user reads as "about this much": averaged over
// many seeds it must come back to the exact value (Brandes & Pich's estimator is unbiased
// only if every node can be drawn as a source, and only once the pair count is halved).
// The exact values come from graphology-metrics, a second implementation.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { brandesBetweenness, type SimpleAdjacency } from './betweenness-sample.js';

/** A graph and its simple adjacency, nodes numbered in the order given. */
function build(nodes: string[], edges: [string, string][]): { graph: UndirectedGraph; adj: SimpleAdjacency } {
  const graph = new UndirectedGraph();
  for (const id of nodes) graph.addNode(id);
  for (const [a, b] of edges) graph.addEdge(a, b);
  const start = new Uint32Array(nodes.length + 1);
  const list: number[] = [];
  nodes.forEach((id, i) => {
    const neighbours = graph.neighbors(id).map((v) => nodes.indexOf(v)).sort((x, y) => x - y);
    list.push(...neighbours);
    start[i + 1] = list.length;
  });
  return { graph, adj: { start, node: Uint32Array.from(list) } };
}

/** Mean estimate per node over `runs` seeds, `k` sources each. */
function meanEstimate(adj: SimpleAdjacency, k: number, runs: number): number[] {
  const n = adj.start.length - 1;
  const sum = new Array<number>(n).fill(0);
  for (let seed = 1; seed <= runs; seed++) {
    const { values } = brandesBetweenness(adj, { sources: k, seed });
    values.forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
  }
  return sum.map((s) => s / runs);
}

// Two triangles joined only through "bridge", listed last: every path between the sides crosses it.
const NODES = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'bridge'];
const EDGES: [string, string][] = [['a1', 'a2'], ['a2', 'a3'], ['a1', 'a3'], ['b1', 'b2'], ['b2', 'b3'], ['b1', 'b3'], ['a1', 'bridge'], ['bridge', 'b1']];

describe('sampled betweenness', () => {
  const { graph, adj } = build(NODES, EDGES);
  const exact = betweennessCentrality(graph, { normalized: false, getEdgeWeight: null });

  it('equals the exact undirected value when every node is a source', () => {
    const { values, exact: isExact } = brandesBetweenness(adj);
    expect(isExact).toBe(true);
    // Hand count: the bridge is on the 3 × 3 paths between the sides; a1 on those from a2, a3 to the 4 nodes beyond it.
    expect([exact.bridge, exact.a1]).toEqual([9, 8]);
    NODES.forEach((id, i) => expect(values[i]).toBeCloseTo(exact[id] ?? NaN, 9));
  });

  it('averages back to the exact value over many seeds, for the node listed last too', () => {
    const runs = 3000;
    for (const k of [1, 3]) {
      const mean = meanEstimate(adj, k, runs);
      NODES.forEach((id, i) => {
        const truth = exact[id] ?? NaN;
        // Single estimates spread by at most n/k times the truth; 3000 runs bring the mean within a few per cent.
        expect(Math.abs((mean[i] ?? NaN) - truth), `${id} with k = ${k}`).toBeLessThanOrEqual(0.06 * truth + 1e-9);
      });
    }
  });
});

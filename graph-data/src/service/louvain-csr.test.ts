import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularityOf from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../util/seeded-random.js';
import { louvainCsr } from './louvain-csr.js';

/** CSR (each edge at both ends) of an undirected edge list over n nodes. */
function csrOf(n: number, edges: [number, number][]) {
  const count = new Uint32Array(n + 1);
  for (const [a, b] of edges) {
    count[a + 1] = (count[a + 1] ?? 0) + 1;
    count[b + 1] = (count[b + 1] ?? 0) + 1;
  }
  for (let i = 0; i < n; i++) count[i + 1] = (count[i + 1] ?? 0) + (count[i] ?? 0);
  const start = count.slice();
  const fill = count.slice(0, n);
  const nbr = new Uint32Array(start[n] ?? 0);
  for (const [a, b] of edges) {
    nbr[fill[a] ?? 0] = b;
    fill[a] = (fill[a] ?? 0) + 1;
    nbr[fill[b] ?? 0] = a;
    fill[b] = (fill[b] ?? 0) + 1;
  }
  return { start, nbr };
}

const clique = (from: number, size: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let a = from; a < from + size; a++) for (let b = a + 1; b < from + size; b++) out.push([a, b]);
  return out;
};

describe('louvainCsr', () => {
  it('finds two cliques joined by one bridge, the larger numbered first', () => {
    const edges = [...clique(0, 5), ...clique(5, 7), [4, 5] as [number, number]];
    const { start, nbr } = csrOf(12, edges);
    const found = louvainCsr(start, nbr);
    expect(found.sizes).toEqual([7, 5]);
    expect([...found.community]).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves a graph without edges as one community a node', () => {
    const found = louvainCsr(new Uint32Array(4), new Uint32Array(0));
    expect(found.sizes).toEqual([1, 1, 1]);
    expect(found.modularity).toBe(0);
  });

  it('reaches the modularity graphology-communities-louvain reaches, and reports it as graphology-metrics computes it', () => {
    // Twelve planted groups of 60 nodes, 85 % of edges inside a group.
    const random = seededRandom(3);
    const n = 720;
    const edges: [number, number][] = [];
    while (edges.length < 3000) {
      const a = Math.floor(random() * n);
      let b = Math.floor(random() * n);
      if (random() < 0.85) b = (b - (b % 12)) + (a % 12);
      if (b >= n) b -= 12;
      if (a !== b) edges.push([a, b]);
    }
    const { start, nbr } = csrOf(n, edges);
    const ours = louvainCsr(start, nbr, { seed: 7 });

    const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
    for (let i = 0; i < n; i++) simple.addNode(String(i));
    for (const [a, b] of edges) simple.updateEdge(String(a), String(b), (attrs) => ({ weight: (attrs.weight ?? 0) + 1 }));
    const theirs = louvain.detailed(simple, { getEdgeWeight: 'weight', rng: seededRandom(7) });
    const partition: Record<string, number> = {};
    ours.community.forEach((c, i) => (partition[String(i)] = c));
    const q = modularityOf(simple, { getNodeCommunity: (node: string) => partition[node] ?? 0, getEdgeWeight: 'weight' });

    expect(ours.modularity).toBeCloseTo(q, 6);
    expect(ours.modularity).toBeGreaterThan(theirs.modularity - 0.02);
    expect(ours.sizes.reduce((a, b) => a + b, 0)).toBe(n);
    // The planted groups (i mod 12) come back: each found group is mostly one of them.
    for (let c = 0; c < Math.min(12, ours.sizes.length); c++) {
      const planted = new Map<number, number>();
      ours.community.forEach((cc, i) => cc === c && planted.set(i % 12, (planted.get(i % 12) ?? 0) + 1));
      expect(Math.max(...planted.values()) / (ours.sizes[c] ?? 1)).toBeGreaterThan(0.9);
    }
  });
});

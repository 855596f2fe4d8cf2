// Brandes betweenness over a simple undirected CSR adjacency, exact or estimated from k seeded random sources, reporting progress.
//
// graphology-metrics computes exact betweenness only: it has no source sampling and no
// progress callback, and on this machine it needs minutes at 10k nodes. This is the
// same algorithm (Brandes 2001, unweighted) over typed arrays; with k sources it is
// the Brandes & Pich (2007) estimator: sum the k single-source dependencies and scale
// by n/k. With k = n every node is a source and the result is the exact value.

import { seededRandom } from '../util/seeded-random.js';

export interface SimpleAdjacency {
  /** Node i's neighbours are node[start[i] .. start[i+1]), each listed once. */
  start: Uint32Array;
  node: Uint32Array;
}

export interface BrandesOptions {
  /** Number of sources; absent or ≥ n means every node (exact). */
  sources?: number;
  /** Seed of the source sample, so the same graph always gives the same estimate. */
  seed?: number;
  /** Called with the done fraction (0–1) about a hundred times, and with 1 at the end. */
  onProgress?: (fraction: number) => void;
}


export interface BrandesResult {
  /** Undirected, unnormalised: the number (or estimate) of shortest paths between other pairs through each node. */
  values: Float64Array;
  exact: boolean;
  sampleSize: number;
}


/** Collapses a sorted adjacency with parallel entries (as in FilterIndex) to each neighbour once. */
export function simpleAdjacency(start: Uint32Array, node: Uint32Array): SimpleAdjacency {
  const n = start.length - 1;
  const outStart = new Uint32Array(n + 1);
  const outNode = new Uint32Array(node.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    outStart[i] = k;
    let last = -1;
    const end = start[i + 1] ?? 0;
    for (let j = start[i] ?? 0; j < end; j++) {
      const v = node[j] ?? 0;
      if (v !== last) outNode[k++] = last = v;
    }
  }
  outStart[n] = k;
  return { start: outStart, node: outNode.slice(0, k) };
}

function pickSources(n: number, k: number, seed: number): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (k >= n) return all;
  const random = seededRandom(seed);
  // Partial Fisher–Yates: the first k slots end up a uniform sample without replacement.
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = all[i] ?? 0;
    all[i] = all[j] ?? 0;
    all[j] = swap;
  }
  return all.slice(0, k);
}

export function brandesBetweenness(adj: SimpleAdjacency, options: BrandesOptions = {}): BrandesResult {
  const n = adj.start.length - 1;
  const k = Math.min(options.sources ?? n, n);
  const sources = pickSources(n, k, options.seed ?? 1);
  const { start, node } = adj;
  const centrality = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Uint32Array(n); // BFS order, read backwards as Brandes' stack
  const every = Math.max(1, Math.floor(k / 100));

  for (let q = 0; q < k; q++) {
    const s = sources[q] ?? 0;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] ?? 0;
      const dv = (dist[v] ?? 0) + 1;
      const sv = sigma[v] ?? 0;
      const end = start[v + 1] ?? 0;
      for (let j = start[v] ?? 0; j < end; j++) {
        const w = node[j] ?? 0;
        if (dist[w] === -1) {
          dist[w] = dv;
          queue[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] = (sigma[w] ?? 0) + sv;
      }
    }
    // Predecessors are the neighbours one level closer, so no predecessor lists are stored.
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i] ?? 0;
      const dw = (dist[w] ?? 0) - 1;
      const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      const end = start[w + 1] ?? 0;
      for (let j = start[w] ?? 0; j < end; j++) {
        const v = node[j] ?? 0;
        if (dist[v] === dw) delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      }
      centrality[w] = (centrality[w] ?? 0) + (delta[w] ?? 0);
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i] ?? 0;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    if (options.onProgress && (q + 1) % every === 0 && q + 1 < k) options.onProgress((q + 1) / k);
  }
  // Every unordered pair is counted once from each end: halve. A sample scales up by n/k.
  const scale = (n / Math.max(k, 1)) / 2;
  for (let i = 0; i < n; i++) centrality[i] = (centrality[i] ?? 0) * scale;
  options.onProgress?.(1);
  return { values: centrality, exact: k === n, sampleSize: k };
}

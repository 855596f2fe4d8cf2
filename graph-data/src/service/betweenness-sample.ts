// Brandes betweenness over a simple undirected CSR adjacency, exact or estimated from k seeded random sources, reporting progress.
//
// graphology-metrics computes exact betweenness only: it has no source sampling and no
// progress callback, and on this machine it needs minutes at 10k nodes. This is the
// same algorithm (Brandes 2001, unweighted) over typed arrays; with k sources it is
// the Brandes & Pich (2007) estimator: sum the k single-source dependencies and scale
// by n/k. With k = n every node is a source and the result is the exact value.
//
// Why it is shaped this way (10k nodes / 50k edges went from 21 s to well under 10 s):
// - nodes are renumbered in breadth-first order first, so neighbours sit near each other
//   in the per-node arrays and most reads hit the cache;
// - the forward search writes each node's successors (neighbours one level further) to a
//   flat list, so the backward pass reads only those instead of every neighbour again;
// - the backward pass pulls: a node sums (1 + δ(w)) / σ(w) over its successors in a register
//   and writes once, instead of scattering writes into its predecessors.

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

/**
 * Breadth-first order from the best-connected node of each component: the renumbering that
 * keeps the per-node arrays of one search close together in memory.
 */
function localityOrder(adj: SimpleAdjacency): Uint32Array {
  const { start, node } = adj;
  const n = start.length - 1;
  const degree = (v: number) => (start[v + 1] ?? 0) - (start[v] ?? 0);
  const roots = Array.from({ length: n }, (_v, i) => i).sort((a, b) => degree(b) - degree(a) || a - b);
  const seen = new Uint8Array(n);
  const order = new Uint32Array(n);
  let tail = 0;
  for (const root of roots) {
    if (seen[root]) continue;
    seen[root] = 1;
    let head = tail;
    order[tail++] = root;
    while (head < tail) {
      const v = order[head++] ?? 0;
      const end = start[v + 1] ?? 0;
      for (let j = start[v] ?? 0; j < end; j++) {
        const w = node[j] ?? 0;
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return order;
}

/** The adjacency with node `order[i]` renamed i (neighbour lists stay sorted); `rank` maps old → new. */
function renumber(adj: SimpleAdjacency, order: Uint32Array): SimpleAdjacency & { rank: Uint32Array } {
  const n = order.length;
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) rank[order[i] ?? 0] = i;
  const start = new Uint32Array(n + 1);
  const node = new Uint32Array(adj.node.length);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i] ?? 0;
    start[i] = m;
    const from = m;
    const end = adj.start[v + 1] ?? 0;
    for (let j = adj.start[v] ?? 0; j < end; j++) node[m++] = rank[adj.node[j] ?? 0] ?? 0;
    node.subarray(from, m).sort();
  }
  start[n] = m;
  return { start, node, rank };
}

export function brandesBetweenness(adj: SimpleAdjacency, options: BrandesOptions = {}): BrandesResult {
  const n = adj.start.length - 1;
  const k = Math.min(options.sources ?? n, n);
  const sources = pickSources(n, k, options.seed ?? 1);
  const order = localityOrder(adj);
  const { start, node, rank } = renumber(adj, order);
  const centrality = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  /** (1 + δ(w)) / σ(w) of each node already passed on the way back. */
  const coefficient = new Float64Array(n);
  const queue = new Uint32Array(n); // BFS order, read backwards as Brandes' stack
  /** Successors of queue[i] are successor[ends[i - 1] .. ends[i]). */
  const successor = new Uint32Array(node.length);
  const ends = new Uint32Array(n);
  const every = Math.max(1, Math.floor(k / 100));

  for (let q = 0; q < k; q++) {
    const s = rank[sources[q] ?? 0] ?? 0;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let m = 0;
    while (head < tail) {
      const v = queue[head] ?? 0;
      const dv = (dist[v] ?? 0) + 1;
      const sv = sigma[v] ?? 0;
      const end = start[v + 1] ?? 0;
      for (let j = start[v] ?? 0; j < end; j++) {
        const w = node[j] ?? 0;
        const dw = dist[w] ?? 0;
        if (dw < 0) {
          dist[w] = dv;
          sigma[w] = sv;
          queue[tail++] = w;
          successor[m++] = w;
        } else if (dw === dv) {
          sigma[w] = (sigma[w] ?? 0) + sv;
          successor[m++] = w;
        }
      }
      ends[head++] = m;
    }
    // The source itself (i = 0) gets no credit for the paths it starts.
    for (let i = tail - 1; i > 0; i--) {
      const v = queue[i] ?? 0;
      let sum = 0;
      const end = ends[i] ?? 0;
      for (let j = ends[i - 1] ?? 0; j < end; j++) sum += coefficient[successor[j] ?? 0] ?? 0;
      const sv = sigma[v] ?? 1;
      const delta = sv * sum;
      centrality[v] = (centrality[v] ?? 0) + delta;
      coefficient[v] = (1 + delta) / sv;
    }
    for (let i = 0; i < tail; i++) dist[queue[i] ?? 0] = -1;
    if (options.onProgress && (q + 1) % every === 0 && q + 1 < k) options.onProgress((q + 1) / k);
  }
  // Every unordered pair is counted once from each end: halve. A sample scales up by n/k.
  const scale = (n / Math.max(k, 1)) / 2;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = (centrality[rank[i] ?? 0] ?? 0) * scale;
  options.onProgress?.(1);
  return { values, exact: k === n, sampleSize: k };
}

// Louvain community detection over typed arrays (CSR), for graphs far too large for
// graphology-communities-louvain: at 1M nodes / 3M edges that library needs its own
// weighted graphology copy (tens of seconds and gigabytes here), while this runs on the
// filter index's adjacency in a few seconds. Same method (Blondel et al. 2008): local
// moving by modularity gain, then the communities become the nodes of the next level.
//
// Its working arrays are allocated once a run (Scratch) and reused level after level: typed
// arrays live outside V8's heap, and every ~64 MB of new ones makes V8 start a full marking of
// the heap. Beside a 1M-node graphology graph (2 GB of objects) that marking costs seconds, and
// allocating afresh each level cost the 1M overview 40 of its 49 s.
import { seededRandom } from '../util/seeded-random.js';

/** A weighted undirected graph as CSR: each edge listed at both ends; `loop[u]` the weight inside u. */
interface Level {
  n: number;
  start: Uint32Array;
  nbr: Uint32Array;
  /** Null on the first level: every link weighs 1 (an array of ones was 48 MB at 3M edges). */
  weight: Float64Array | null;
  loop: Float64Array;
}

export interface CsrCommunities {
  /** Community of each node, numbered largest first (ties: the community of the lower node index). */
  community: Uint32Array;
  /** Members of each community. */
  sizes: number[];
  modularity: number;
  levels: number;
}

export interface CsrLouvainOptions {
  seed?: number;
  /** Most levels of aggregation (each one coarser). */
  maxLevels?: number;
  /** Local-moving passes per level. */
  maxPasses?: number;
  /** A level's local moving stops once a pass moves at most this share of its nodes. */
  minMoveShare?: number;
  /** Done fraction 0–1, after each pass. */
  onProgress?: (fraction: number) => void;
}

/**
 * Communities of the undirected graph whose adjacency is `start`/`nbr` (CSR, each edge at
 * both ends, parallel edges repeated: they count as weight). Deterministic for a seed.
 */
/**
 * A run's working arrays, by name: the first call sizes a buffer and later calls get views of it.
 * Levels only shrink, so level 0 sizes everything. A view's old contents are not cleared.
 */
class Scratch {
  private readonly u32 = new Map<string, Uint32Array>();
  private readonly i32 = new Map<string, Int32Array>();
  private readonly f64 = new Map<string, Float64Array>();

  uints(name: string, length: number): Uint32Array {
    return view(this.u32, name, length, (n) => new Uint32Array(n));
  }
  ints(name: string, length: number): Int32Array {
    return view(this.i32, name, length, (n) => new Int32Array(n));
  }
  floats(name: string, length: number): Float64Array {
    return view(this.f64, name, length, (n) => new Float64Array(n));
  }
  /** A view of `length` that keeps what `array` (a view of the same name) holds: the buffer doubles when too small. */
  grownUints(name: string, array: Uint32Array, length: number): Uint32Array {
    return grown(this.u32, name, array, length, (n) => new Uint32Array(n));
  }
  grownFloats(name: string, array: Float64Array, length: number): Float64Array {
    return grown(this.f64, name, array, length, (n) => new Float64Array(n));
  }
}

function grown<A extends Uint32Array | Float64Array>(buffers: Map<string, A>, name: string, array: A, length: number, make: (n: number) => A): A {
  const buffer = buffers.get(name);
  if (buffer && buffer.length >= length) return buffer.subarray(0, length) as A;
  const bigger = make(Math.max(length, 2 * (buffer?.length ?? 0)));
  bigger.set(array);
  buffers.set(name, bigger);
  return bigger.subarray(0, length) as A;
}

function view<A extends Uint32Array | Int32Array | Float64Array>(buffers: Map<string, A>, name: string, length: number, make: (n: number) => A): A {
  let buffer = buffers.get(name);
  if (!buffer || buffer.length < length) {
    buffer = make(length);
    buffers.set(name, buffer);
  }
  return buffer.subarray(0, length) as A;
}

export function louvainCsr(start: Uint32Array, nbr: Uint32Array, options: CsrLouvainOptions = {}): CsrCommunities {
  const n0 = start.length - 1;
  const scratch = new Scratch();
  const random = seededRandom(options.seed ?? 1);
  const maxLevels = options.maxLevels ?? 12;
  // Three passes a level: more (to convergence) raised modularity on planted 200k graphs but glued
  // planted groups together and tripled the time; fewer left them split.
  const maxPasses = options.maxPasses ?? 3;
  let level: Level = { n: n0, start, nbr, weight: null, loop: scratch.floats('loop0', n0).fill(0) };
  // Where each original node sits in the current level.
  const place = new Uint32Array(n0);
  for (let i = 0; i < n0; i++) place[i] = i;
  let levels = 0;
  // The number of levels is not known in advance: each level's share is a guess, so a new level
  // could start below where the last one ended. A progress bar must never go back.
  let reported = 0;
  const progress = (fraction: number) => {
    if (fraction <= reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };
  for (; levels < maxLevels; levels++) {
    const { community, count, moved } = localMoving(level, random, maxPasses, options.minMoveShare ?? 1e-3, (f) => progress((levels + f) / (levels + 2)), scratch);
    if (!moved || count === level.n) break;
    for (let i = 0; i < n0; i++) place[i] = community[place[i] ?? 0] ?? 0;
    // The next level is written beside the current one, which it reads: two sets, in turn.
    level = aggregate(level, community, count, scratch, String((levels + 1) % 2));
  }
  const { community, sizes } = rankBySize(place, level.n);
  progress(1);
  return { community, sizes, modularity: modularity(start, nbr, community, sizes.length), levels: levels + 1 };
}

function localMoving(g: Level, random: () => number, maxPasses: number, minMoveShare: number, progress: (f: number) => void, scratch: Scratch): { community: Uint32Array; count: number; moved: boolean } {
  const { n, start, nbr, weight, loop } = g;
  const k = scratch.floats('k', n);
  let m2 = 0;
  for (let u = 0; u < n; u++) {
    let d = 2 * (loop[u] ?? 0);
    for (let j = start[u] ?? 0; j < (start[u + 1] ?? 0); j++) d += weight ? (weight[j] ?? 0) : 1;
    k[u] = d;
    m2 += d;
  }
  const community = scratch.uints('community', n);
  const tot = scratch.floats('tot', n);
  for (let u = 0; u < n; u++) {
    community[u] = u;
    tot[u] = k[u] ?? 0;
  }
  if (m2 === 0) return { community, count: n, moved: false };
  // Visit nodes in a seeded random order: a fixed order biases which community wins ties.
  const order = scratch.uints('order', n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  const toComm = scratch.floats('toComm', n);
  // seen[c] === stamp: c already met during this node's visit (a fresh stamp every visit).
  const seen = scratch.ints('seen', n).fill(-1);
  const touched = scratch.uints('touched', n);
  let stamp = 0;
  let movedAny = false;
  for (let pass = 0; pass < maxPasses; pass++) {
    let moves = 0;
    for (let i = 0; i < n; i++) {
      const u = order[i] ?? 0;
      const own = community[u] ?? 0;
      const ku = k[u] ?? 0;
      stamp++;
      let count = 0;
      for (let j = start[u] ?? 0; j < (start[u + 1] ?? 0); j++) {
        const v = nbr[j] ?? 0;
        if (v === u) continue;
        const c = community[v] ?? 0;
        if (seen[c] !== stamp) {
          seen[c] = stamp;
          toComm[c] = 0;
          touched[count++] = c;
        }
        toComm[c] = (toComm[c] ?? 0) + (weight ? (weight[j] ?? 0) : 1);
      }
      tot[own] = (tot[own] ?? 0) - ku;
      const ownLinks = seen[own] === stamp ? (toComm[own] ?? 0) : 0;
      let best = own;
      let bestGain = ownLinks - ((tot[own] ?? 0) * ku) / m2;
      for (let t = 0; t < count; t++) {
        const c = touched[t] ?? 0;
        const gain = (toComm[c] ?? 0) - ((tot[c] ?? 0) * ku) / m2;
        if (gain > bestGain + 1e-12) {
          bestGain = gain;
          best = c;
        }
      }
      tot[best] = (tot[best] ?? 0) + ku;
      if (best !== own) {
        community[u] = best;
        moves++;
      }
    }
    progress((pass + 1) / maxPasses);
    if (moves > 0) movedAny = true;
    // Late passes move a handful of nodes for a sliver of modularity.
    if (moves <= n * minMoveShare) break;
  }
  // Renumber communities 0..count-1.
  const rename = scratch.ints('rename', n).fill(-1);
  let count = 0;
  for (let u = 0; u < n; u++) {
    const c = community[u] ?? 0;
    if (rename[c] === -1) rename[c] = count++;
    community[u] = rename[c] ?? 0;
  }
  return { community, count, moved: movedAny };
}

/** The next level: one node a community; edges between communities summed, inside ones become loops. */
function aggregate(g: Level, community: Uint32Array, count: number, scratch: Scratch, set: string): Level {
  const { n, start, nbr, weight, loop } = g;
  // Members of each community, by counting sort.
  const memberStart = scratch.uints('memberStart', count + 1).fill(0);
  for (let u = 0; u < n; u++) {
    const c = (community[u] ?? 0) + 1;
    memberStart[c] = (memberStart[c] ?? 0) + 1;
  }
  for (let c = 0; c < count; c++) memberStart[c + 1] = (memberStart[c + 1] ?? 0) + (memberStart[c] ?? 0);
  const fill = scratch.uints('fill', count);
  fill.set(memberStart.subarray(0, count));
  const members = scratch.uints('members', n);
  for (let u = 0; u < n; u++) {
    const c = community[u] ?? 0;
    members[fill[c] ?? 0] = u;
    fill[c] = (fill[c] ?? 0) + 1;
  }
  const nextStart = scratch.uints(`start${set}`, count + 1);
  // At most as many links as the level below, usually far fewer: the arrays grow as needed.
  const guess = Math.min(nbr.length, Math.max(1024, 8 * count));
  let nextNbr = scratch.uints(`nbr${set}`, guess);
  let nextWeight = scratch.floats(`weight${set}`, guess);
  const nextLoop = scratch.floats(`loop${set}`, count).fill(0);
  const mark = scratch.ints('mark', count).fill(-1);
  const slot = scratch.uints('slot', count);
  let at = 0;
  for (let c = 0; c < count; c++) {
    const first = at;
    for (let i = memberStart[c] ?? 0; i < (memberStart[c + 1] ?? 0); i++) {
      const u = members[i] ?? 0;
      nextLoop[c] = (nextLoop[c] ?? 0) + (loop[u] ?? 0);
      for (let j = start[u] ?? 0; j < (start[u + 1] ?? 0); j++) {
        const d = community[nbr[j] ?? 0] ?? 0;
        const w = weight ? (weight[j] ?? 0) : 1;
        // Each inside edge is listed at both ends: half its weight from each.
        if (d === c) nextLoop[c] = (nextLoop[c] ?? 0) + w / 2;
        else if (mark[d] === c) nextWeight[slot[d] ?? 0] = (nextWeight[slot[d] ?? 0] ?? 0) + w;
        else {
          if (at === nextNbr.length) {
            nextNbr = scratch.grownUints(`nbr${set}`, nextNbr, Math.min(nbr.length, 2 * at));
            nextWeight = scratch.grownFloats(`weight${set}`, nextWeight, nextNbr.length);
          }
          mark[d] = c;
          slot[d] = at;
          nextNbr[at] = d;
          nextWeight[at++] = w;
        }
      }
    }
    nextStart[c] = first;
  }
  nextStart[count] = at;
  return { n: count, start: nextStart, nbr: nextNbr.subarray(0, at), weight: nextWeight.subarray(0, at), loop: nextLoop };
}

function rankBySize(place: Uint32Array, count: number): { community: Uint32Array; sizes: number[] } {
  const size = new Uint32Array(count);
  const firstNode = new Uint32Array(count).fill(0xffffffff);
  place.forEach((c, i) => {
    size[c] = (size[c] ?? 0) + 1;
    if ((firstNode[c] ?? 0) > i) firstNode[c] = i;
  });
  const used = [...Array(count).keys()].filter((c) => (size[c] ?? 0) > 0);
  used.sort((a, b) => (size[b] ?? 0) - (size[a] ?? 0) || (firstNode[a] ?? 0) - (firstNode[b] ?? 0));
  const rename = new Uint32Array(count);
  used.forEach((c, rank) => (rename[c] = rank));
  const community = new Uint32Array(place.length);
  place.forEach((c, i) => (community[i] = rename[c] ?? 0));
  return { community, sizes: used.map((c) => size[c] ?? 0) };
}

/** Newman's modularity of a partition of the unweighted graph `start`/`nbr`. */
export function modularity(start: Uint32Array, nbr: Uint32Array, community: Uint32Array, count: number): number {
  const m2 = nbr.length;
  if (m2 === 0) return 0;
  const inside = new Float64Array(count);
  const tot = new Float64Array(count);
  for (let u = 0; u + 1 < start.length; u++) {
    const c = community[u] ?? 0;
    for (let j = start[u] ?? 0; j < (start[u + 1] ?? 0); j++) {
      tot[c] = (tot[c] ?? 0) + 1;
      if (community[nbr[j] ?? 0] === c) inside[c] = (inside[c] ?? 0) + 1;
    }
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += (inside[c] ?? 0) / m2 - ((tot[c] ?? 0) / m2) ** 2;
  return q;
}

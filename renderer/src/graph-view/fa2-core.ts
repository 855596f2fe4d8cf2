// ForceAtlas2 on typed arrays, with no DOM and no graphology instance: the part of the layout
// worker (fa2-worker.ts) that can be tested in Node. It places nodes that have no position,
// runs iterations of graphology-layout-forceatlas2's own step function, and tells when the
// picture has stopped moving: mean movement an iteration, relative to the picture's size. Given
// the nodes' drawn sizes, it also tells how far apart to draw the places, and ends by pushing
// apart nodes drawn over one another.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { samplePairs, spreadFactor } from './layout-spacing.js';
import { OverlapPhase } from './overlap-phase.js';
import { seededRandom } from '../../../graph-data/src/util/seeded-random.js';

/** Fields a node has in FA2's node matrix (graphology-layout-forceatlas2/iterate.js). */
const PPN = 10;
const PPE = 3;
const NODE_X = 0;
const NODE_Y = 1;
const NODE_MASS = 6;
const NODE_CONVERGENCE = 7;
const NODE_SIZE = 8;
const NODE_FIXED = 9;

export interface Fa2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

/**
 * FA2 settings for a graph of `order` nodes: graphology's inferSettings, with Barnes-Hut from a few
 * hundred nodes and a coarser theta (Gephi uses 1.2): at 10k nodes an iteration costs a third of
 * theta 0.5's, and the movement from one iteration to the next is the same.
 */
export function fa2Settings(order: number): Fa2Settings {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 500,
    barnesHutTheta: 1,
  };
}

export interface Convergence {
  /** Mean movement an iteration, as a share of the picture's larger side, under which an iteration is calm. */
  share: number;
  /** Calm iterations in a row that make the layout settled. */
  iterations: number;
}

/** Calibrated on Java.gexf, eurosis.json and generated 10k/30k graphs (npm run bench): the picture no longer changes to the eye. */
export const DEFAULT_CONVERGENCE: Convergence = { share: 0.0015, iterations: 5 };

export interface Fa2Input {
  /** x, y of each node; NaN where the node has no place yet. */
  positions: Float32Array;
  /** Source, target index pairs. */
  edges: Uint32Array;
  /** 1 for nodes that must not move. */
  fixed?: Uint8Array;
  /**
   * Each node's diameter as the canvas draws it (0: not drawn). With it, the places are given a
   * spread (layout-spacing.ts) and, once settled, nodes drawn over one another are pushed apart
   * (overlap-phase.ts).
   */
  sizes?: Float32Array;
}

/** Past this many nodes the settled picture is not searched for overlaps (its cost grows with the crowds). */
export const OVERLAPS_MOST_NODES = 5000;

/** A disc of radius proportional to √n, seeded: the same graph gets the same first picture. */
export function quickPlacement(positions: Float32Array, seed = positions.length): void {
  const count = positions.length / 2;
  const random = seededRandom(seed);
  const radius = Math.sqrt(count) * 40;
  for (let i = 0; i < count; i++) {
    if (Number.isFinite(positions[2 * i]) && Number.isFinite(positions[2 * i + 1])) continue;
    const r = radius * Math.sqrt(random());
    const a = random() * 2 * Math.PI;
    positions[2 * i] = r * Math.cos(a);
    positions[2 * i + 1] = r * Math.sin(a);
  }
}

export class Fa2Run {
  readonly count: number;
  readonly nodes: Float32Array;
  readonly edges: Float32Array;
  readonly settings: Fa2Settings;
  private readonly convergence: Convergence;
  private calm = 0;
  iterations = 0;
  /** The last iteration's mean movement relative to the picture's size. */
  movement = Infinity;
  private readonly sizes: Float32Array | null;
  /** The edges the spread is measured on. */
  private readonly spreadPairs: Uint32Array;
  private overlaps: OverlapPhase | null = null;

  constructor(input: Fa2Input, convergence: Convergence = DEFAULT_CONVERGENCE) {
    const count = input.positions.length / 2;
    this.count = count;
    this.convergence = convergence;
    this.settings = fa2Settings(count);
    this.sizes = input.sizes?.length === count ? input.sizes : null;
    this.spreadPairs = this.sizes ? samplePairs(input.edges) : new Uint32Array(0);
    this.nodes = new Float32Array(count * PPN);
    const positions = Float32Array.from(input.positions);
    quickPlacement(positions);
    for (let i = 0; i < count; i++) {
      const j = i * PPN;
      this.nodes[j + NODE_X] = positions[2 * i] as number;
      this.nodes[j + NODE_Y] = positions[2 * i + 1] as number;
      this.nodes[j + NODE_MASS] = 1;
      this.nodes[j + NODE_CONVERGENCE] = 1;
      this.nodes[j + NODE_SIZE] = 1;
      this.nodes[j + NODE_FIXED] = input.fixed?.[i] ? 1 : 0;
    }
    const pairs = input.edges.length / 2;
    this.edges = new Float32Array(pairs * PPE);
    let e = 0;
    for (let k = 0; k < pairs; k++) {
      const s = input.edges[2 * k] as number;
      const t = input.edges[2 * k + 1] as number;
      if (s === t || s >= count || t >= count) continue;
      this.edges[e] = s * PPN;
      this.edges[e + 1] = t * PPN;
      this.edges[e + 2] = 1;
      // Mass is 1 + degree, as FA2 defines it.
      const m = this.nodes;
      m[s * PPN + NODE_MASS] = (m[s * PPN + NODE_MASS] as number) + 1;
      m[t * PPN + NODE_MASS] = (m[t * PPN + NODE_MASS] as number) + 1;
      e += PPE;
    }
    this.edgesUsed = e;
  }

  private readonly edgesUsed: number;

  /** The current places, as x, y pairs. */
  positions(): Float32Array {
    const out = new Float32Array(this.count * 2);
    for (let i = 0; i < this.count; i++) {
      out[2 * i] = this.nodes[i * PPN + NODE_X] as number;
      out[2 * i + 1] = this.nodes[i * PPN + NODE_Y] as number;
    }
    return out;
  }

  /** Holds node `index` at (x, y) from now on (a node the user dropped). */
  pin(index: number, x: number, y: number): void {
    if (index < 0 || index >= this.count) return;
    const j = index * PPN;
    this.nodes[j + NODE_X] = x;
    this.nodes[j + NODE_Y] = y;
    this.nodes[j + NODE_FIXED] = 1;
    this.overlaps?.pin(index, x, y);
    // The picture changed under the layout: it has to calm down again.
    this.calm = 0;
  }

  /** How far apart the places are to be drawn (layout-spacing.ts); fixed once nodes are pushed apart. */
  spread(): number {
    if (this.overlaps) return this.overlaps.spread;
    return this.sizes ? spreadFactor(this.positions(), this.spreadPairs, this.sizes) : 1;
  }

  /** One iteration; true once the layout has settled and, given sizes, no two nodes overlap. */
  step(): boolean {
    if (this.overlaps) return this.stepOverlaps(this.overlaps);
    const before = this.positions();
    const edges = this.edgesUsed === this.edges.length ? this.edges : this.edges.subarray(0, this.edgesUsed);
    iterate(this.settings, this.nodes, edges);
    this.iterations += 1;
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < this.count; i++) {
      const x = this.nodes[i * PPN + NODE_X] as number;
      const y = this.nodes[i * PPN + NODE_Y] as number;
      moved += Math.hypot(x - (before[2 * i] as number), y - (before[2 * i + 1] as number));
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const size = Math.max(maxX - minX, maxY - minY, 1e-9);
    this.movement = this.count === 0 ? 0 : moved / this.count / size;
    this.calm = this.movement < this.convergence.share ? this.calm + 1 : 0;
    const settled = this.calm >= this.convergence.iterations;
    if (!settled || !this.sizes || this.count > OVERLAPS_MOST_NODES) return settled;
    const fixed = new Uint8Array(this.count);
    for (let i = 0; i < this.count; i++) fixed[i] = this.nodes[i * PPN + NODE_FIXED] ? 1 : 0;
    this.overlaps = new OverlapPhase(this.positions(), this.spread(), this.sizes, fixed);
    return false;
  }

  private stepOverlaps(phase: OverlapPhase): boolean {
    const done = phase.step();
    const places = this.positions();
    phase.writeInto(places);
    for (let i = 0; i < this.count; i++) {
      this.nodes[i * PPN + NODE_X] = places[2 * i] as number;
      this.nodes[i * PPN + NODE_Y] = places[2 * i + 1] as number;
    }
    return done;
  }
}

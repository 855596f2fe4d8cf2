// The last phase of a ForceAtlas2 run: nodes still drawn over one another are pushed apart, at
// the size the canvas draws them. ForceAtlas2 here knows nodes as points; Java.gexf re-laid out
// had its leaves piled on their hubs, 1,862 pairs of nodes over each other (Gephi's own layout of
// it, made with "prevent overlap": 79). Run on drawn units (the places spread as they will land,
// layout-spacing.ts), given back in the layout's own.
//
// d3-force's collision force does the pushing (a quadtree, each overlapping pair moved apart by
// its overlap). graphology-layout-noverlap was tried first: it moves one node of a pair by a fixed
// step and oscillates; 120 nodes piled at random kept 19-31 overlapping pairs after 1,000
// iterations, where the collision force cleared them in 126 (and 2,000 nodes in 16).
import { forceCollide, type SimulationNodeDatum } from 'd3-force';

/** Room kept between two nodes, in drawn units. */
const MARGIN = 2;
/** Iterations at most: a crowd that will not clear stops here. */
export const MOST_ITERATIONS = 150;
/** Time at most, from the first iteration: the worker's picture must settle. */
export const MOST_MS = 2000;
/** Under this much movement of any node in an iteration (drawn units), nothing overlaps any more. */
const STILL = 1e-3;

interface Disc extends SimulationNodeDatum {
  x: number;
  y: number;
  vx: number;
  vy: number;
  /** Its index among the discs: the collision force takes each pair once by it. */
  index: number;
  /** Its index in the layout. */
  node: number;
  radius: number;
}

export class OverlapPhase {
  private readonly discs: Disc[] = [];
  private readonly push: ReturnType<typeof forceCollide<Disc>>;
  private started = NaN;
  iterations = 0;

  /**
   * `places` in the layout's units, `spread` the factor they land spread by, `diameters` as drawn
   * (0: not drawn, left out), `fixed` nodes the user holds (they do not move).
   */
  constructor(
    places: Float32Array,
    readonly spread: number,
    diameters: Float32Array,
    private readonly fixed: Uint8Array,
    private readonly now: () => number = () => performance.now(),
  ) {
    diameters.forEach((d, node) => {
      if (d > 0) this.discs.push({ index: this.discs.length, node, x: (places[2 * node] as number) * spread, y: (places[2 * node + 1] as number) * spread, vx: 0, vy: 0, radius: d / 2 });
    });
    this.push = forceCollide<Disc>((disc) => disc.radius + MARGIN / 2).strength(1);
    // Its random source only breaks ties of nodes on one spot: seeded, the same layout lands the same.
    let seed = 1;
    this.push.initialize(this.discs, () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646);
  }

  /** One iteration; true once no two nodes overlap, or at a cap. */
  step(): boolean {
    if (this.discs.length < 2) return true;
    if (Number.isNaN(this.started)) this.started = this.now();
    this.push(1);
    let moved = 0;
    for (const disc of this.discs) {
      if (!this.fixed[disc.node]) {
        moved = Math.max(moved, Math.hypot(disc.vx, disc.vy));
        disc.x += disc.vx;
        disc.y += disc.vy;
      }
      disc.vx = 0;
      disc.vy = 0;
    }
    this.iterations += 1;
    return moved < STILL || this.iterations >= MOST_ITERATIONS || this.now() - this.started >= MOST_MS;
  }

  /** Node `index` of the layout is held at (x, y), in the layout's units. */
  pin(index: number, x: number, y: number): void {
    const disc = this.discs.find((d) => d.node === index);
    if (!disc) return;
    disc.x = x * this.spread;
    disc.y = y * this.spread;
  }

  /** Writes the places into `places` (x, y pairs in the layout's units). */
  writeInto(places: Float32Array): void {
    for (const disc of this.discs) {
      places[2 * disc.node] = disc.x / this.spread;
      places[2 * disc.node + 1] = disc.y / this.spread;
    }
  }
}

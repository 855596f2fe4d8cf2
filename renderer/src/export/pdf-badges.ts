// Where the PDF's numbered badges go: on the allegation edge's midpoint when that is
// clear, else the nearest spot beside it that covers no label, node or other badge
// (with a leader line back to the edge), so a number never hides a name.

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface BadgeAnchor {
  /** The edge's midpoint, page coordinates. */
  x: number;
  y: number;
  /** Badge radius. */
  r: number;
}

const overlap = (a: Rect, b: Rect): number => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

// Obstacles bucketed in a coarse grid: a page holds thousands of labels.
class Grid {
  private readonly cells = new Map<number, Rect[]>();
  constructor(private readonly size: number) {}
  private keys(r: Rect): number[] {
    const out: number[] = [];
    for (let gx = Math.floor(r.x1 / this.size); gx <= Math.floor(r.x2 / this.size); gx++) {
      for (let gy = Math.floor(r.y1 / this.size); gy <= Math.floor(r.y2 / this.size); gy++) out.push(gx * 65536 + gy);
    }
    return out;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
  covered(r: Rect): number {
    const keys = this.keys(r);
    if (keys.length === 1) {
      let sum = 0;
      for (const o of this.cells.get(keys[0] ?? 0) ?? []) sum += overlap(r, o);
      return sum;
    }
    // Spanning cells: count each obstacle once.
    let sum = 0;
    const seen = new Set<Rect>();
    for (const k of keys) {
      for (const o of this.cells.get(k) ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        sum += overlap(r, o);
      }
    }
    return sum;
  }
}

const box = (x: number, y: number, r: number): Rect => ({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });

/** A centre for each badge, in anchor order; badges already placed are obstacles for the next. */
export function placeBadges(anchors: BadgeAnchor[], obstacles: Rect[]): { x: number; y: number }[] {
  const grid = new Grid(16);
  for (const o of obstacles) grid.add(o);
  return anchors.map(({ x, y, r }) => {
    let best = { x, y };
    let bestCover = Infinity;
    // Rings of eight spots around the midpoint, nearest first; the first clear spot wins.
    search: for (let ring = 0; ring <= 6; ring++) {
      const d = ring * r * 1.9;
      const steps = ring === 0 ? 1 : 8;
      for (let i = 0; i < steps; i++) {
        const a = (i * Math.PI) / 4 - Math.PI / 2;
        const cx = x + Math.cos(a) * d;
        const cy = y + Math.sin(a) * d;
        const cover = grid.covered(box(cx, cy, r + 0.5));
        if (cover < bestCover) {
          best = { x: cx, y: cy };
          bestCover = cover;
        }
        if (cover === 0) break search;
      }
    }
    grid.add(box(best.x, best.y, r));
    return best;
  });
}

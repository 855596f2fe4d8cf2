// Which labels a large view draws: by priority (selection, path and search hits, then size or
// degree), each where it fits on screen without overlapping one already placed, kept apart by a
// margin that the label density setting shrinks (never to nothing). Screen space, recomputed when a pan or zoom
// ends, never on every frame. Like sigma.js's label grid, a grid of screen cells makes each
// overlap test look at a few neighbours only; unlike it, labels are tested as rectangles, so
// two labels never overlap, and a cell holds as many as fit.

export interface LabelCandidate {
  id: string;
  /** Where the label's top centre is drawn, in screen pixels. */
  x: number;
  y: number;
  /** Characters in the label (its width is estimated from them). */
  chars: number;
  /** Higher first. */
  priority: number;
}

export interface LabelGridOptions {
  /** Screen size of the canvas. */
  width: number;
  height: number;
  /** 0 (few labels, far apart) to 1 (as many as fit edge to edge). */
  density: number;
  /** Label font size in screen pixels: never under MIN_LABEL_PX. */
  fontPx: number;
  /** Widest label in screen pixels (longer ones are cut with an ellipsis). */
  maxWidthPx: number;
  /** Most labels on screen, whatever fits. */
  maxLabels?: number;
}

/** No label is drawn smaller than this, in screen pixels. */
export const MIN_LABEL_PX = 9;
export const DEFAULT_LABEL_DENSITY = 0.5;
/** Gap kept around a label at density 0. */
const MAX_MARGIN_PX = 28;
/**
 * Gap kept even at density 1: the boxes are estimates, and Cytoscape draws each label with a
 * 2 px outline; edge to edge, real labels touched (33 pairs on a fitted 10k graph).
 */
const MIN_MARGIN_PX = 3;
/** Average glyph width as a share of the font size (sans-serif, mixed case). */
const GLYPH = 0.58;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Label boxes, estimated from characters: measuring text is what makes labels slow to place. */
export function labelBox(c: LabelCandidate, fontPx: number, maxWidthPx: number): Box {
  const w = Math.min(c.chars * fontPx * GLYPH, maxWidthPx);
  return { x1: c.x - w / 2, y1: c.y, x2: c.x + w / 2, y2: c.y + fontPx * 1.25 };
}

/** The ids to label, in priority order. `candidates` need not be sorted. */
export function chooseLabels(candidates: readonly LabelCandidate[], options: LabelGridOptions): string[] {
  const fontPx = Math.max(options.fontPx, MIN_LABEL_PX);
  const density = Math.min(1, Math.max(0, options.density));
  const margin = MIN_MARGIN_PX + (MAX_MARGIN_PX - MIN_MARGIN_PX) * (1 - density);
  const cell = Math.max(32, options.maxWidthPx);
  const cols = Math.max(1, Math.ceil(options.width / cell));
  const grid = new Map<number, Box[]>();
  const keyOf = (cx: number, cy: number) => cy * (cols + 2) + cx;
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen: string[] = [];
  const max = options.maxLabels ?? Infinity;
  for (const c of sorted) {
    if (chosen.length >= max) break;
    const b = labelBox(c, fontPx, options.maxWidthPx);
    // Off screen: nothing to draw.
    if (b.x2 < 0 || b.y2 < 0 || b.x1 > options.width || b.y1 > options.height) continue;
    const padded = { x1: b.x1 - margin, y1: b.y1 - margin, x2: b.x2 + margin, y2: b.y2 + margin };
    const cx1 = Math.floor(padded.x1 / cell);
    const cx2 = Math.floor(padded.x2 / cell);
    const cy1 = Math.floor(padded.y1 / cell);
    const cy2 = Math.floor(padded.y2 / cell);
    let free = true;
    for (let gx = cx1; gx <= cx2 && free; gx++) {
      for (let gy = cy1; gy <= cy2 && free; gy++) {
        for (const o of grid.get(keyOf(gx, gy)) ?? []) {
          if (padded.x1 < o.x2 && padded.x2 > o.x1 && padded.y1 < o.y2 && padded.y2 > o.y1) {
            free = false;
            break;
          }
        }
      }
    }
    if (!free) continue;
    chosen.push(c.id);
    // Stored unpadded: the next label brings its own margin, so gaps are `margin` wide.
    const bx1 = Math.floor(b.x1 / cell);
    const bx2 = Math.floor(b.x2 / cell);
    const by1 = Math.floor(b.y1 / cell);
    const by2 = Math.floor(b.y2 / cell);
    for (let gx = bx1; gx <= bx2; gx++) {
      for (let gy = by1; gy <= by2; gy++) {
        const k = keyOf(gx, gy);
        const list = grid.get(k);
        if (list) list.push(b);
        else grid.set(k, [b]);
      }
    }
  }
  return chosen;
}

/** Priority tiers: what the user asked to see outranks any size. */
export const PRIORITY = { selected: 3e9, highlighted: 2e9, pinned: 1e9 } as const;

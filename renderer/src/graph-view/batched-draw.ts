// Draws a large view's plain elements as a few canvas paths, one per look, instead of one
// texture or path per element. Cytoscape's canvas renderer keeps a large view in a single layer
// texture; any change (an edit, a hover, a selection, the end of a layout) invalidates it whole,
// and every following frame draws all 40,000 elements of a 10k-node view one by one: 0.6–0.7 s
// a frame here, the long tasks of issues #11 and #13. Grouped by look, the same picture is one
// path per colour, so a frame costs a fraction of that (measured in `npm run bench`).
//
// Installed (install-batched-draw.ts) on the renderer instance in place of drawLayeredElements
// (the node layer, the texture moved while panning, image exports) and drawCachedNodes (the same
// without edges). It only draws while `enabled()` (large views): small ones keep Cytoscape's
// exact z-order and its layer cache. Plain means drawn exactly as Cytoscape draws it from these properties alone: an
// edge as a straight haystack line without label, arrow, halo or overlay; a node without label,
// border, outline, image, padding, halo or overlay. Everything else (labelled, selected,
// highlighted, pinned) is left to Cytoscape, after the plain elements and so above them.
//
// On screen, the plain elements' picture is kept (plain-layer.ts) and drawn again as one image
// while none of them changed: a selection, a hover or an edit then costs Cytoscape's drawing of
// the few elements that are not plain.
import { type CanvasRenderer, type Look, lookOf, type PathCalls, type PlainLook, type Styled } from './batched-looks.js';

interface Group {
  style: string;
  width: number;
  cap: CanvasLineCap;
  dash: number[];
  dashOffset: number;
  parts: Parts;
}

/**
 * Most edges or node outlines in one path. A look's elements are painted a path at a time, and
 * a picture drawn ahead rasterises each path in a task of its own (paintSteps): one path of 30,000
 * edges took the canvas 150 ms to rasterise at 10k. Every pass splits the same way, so a picture
 * drawn ahead and one drawn in the frame are the same picture.
 */
export const PART_SIZE = 4000;

/** A look's paths, filled in turn: a new one every PART_SIZE elements. */
export class Parts {
  readonly paths: Path2D[] = [];
  private count = 0;

  /** The path for the next element. */
  next(): Path2D {
    if (this.count++ % PART_SIZE === 0) this.paths.push(new Path2D());
    return this.paths[this.paths.length - 1] as Path2D;
  }
}

/**
 * Lets Cytoscape's shape outlines add to one path per look. Each outline starts at its node's
 * centre (every node shape is star-shaped around it, so the joining line stays inside the fill),
 * and closePath becomes a line back to where the outline began: closing a Path2D of thousands
 * of subpaths cost 340 ms a frame at 10k nodes (profiled), and an outline made of corner arcs
 * (round-hexagon, round-tag) left unclosed would be filled through the centre, a notch.
 */
class OutlineSink implements PathCalls {
  path = new Path2D();
  /** Where the outline began, once its first segment is drawn. */
  private first: { x: number; y: number } | null = null;
  private beginning = false;
  start(path: Path2D, x: number, y: number) {
    this.path = path;
    path.moveTo(x, y);
    this.beginning = true;
    this.first = null;
  }
  private begins(x: number, y: number) {
    if (!this.beginning) return;
    this.beginning = false;
    this.first = { x, y };
  }
  moveTo(x: number, y: number) {
    // A subpath of its own: the fill closes it where it began.
    this.beginning = false;
    this.first = null;
    this.path.moveTo(x, y);
  }
  lineTo(x: number, y: number) {
    this.begins(x, y);
    this.path.lineTo(x, y);
  }
  arc(x: number, y: number, radius: number, start: number, end: number, counterclockwise?: boolean) {
    this.begins(x + radius * Math.cos(start), y + radius * Math.sin(start));
    this.path.arc(x, y, radius, start, end, counterclockwise);
  }
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number) {
    this.begins(x1, y1);
    this.path.arcTo(x1, y1, x2, y2, radius);
  }
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number, counterclockwise?: boolean) {
    const [c, s] = [Math.cos(start), Math.sin(start)];
    this.begins(x + rx * c * Math.cos(rotation) - ry * s * Math.sin(rotation), y + rx * c * Math.sin(rotation) + ry * s * Math.cos(rotation));
    this.path.ellipse(x, y, rx, ry, rotation, start, end, counterclockwise);
  }
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number) {
    this.begins(c1x, c1y);
    this.path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number) {
    this.begins(cx, cy);
    this.path.quadraticCurveTo(cx, cy, x, y);
  }
  closePath() {
    if (this.first) this.path.lineTo(this.first.x, this.first.y);
  }
}

/** The model-space box on screen; elements wholly outside it are not drawn. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Slack around the box, in model units, for line widths and node sizes read after the test. */
const CULL_MARGIN = 8;

const outside = (extent: Extent | null, x1: number, y1: number, x2: number, y2: number) =>
  extent !== null && (x2 < extent.x1 - CULL_MARGIN || x1 > extent.x2 + CULL_MARGIN || y2 < extent.y1 - CULL_MARGIN || y1 > extent.y2 + CULL_MARGIN);

/** Compound nodes are always Cytoscape's to draw. */
const COMPOUND: Look = { key: null, shown: true, halfWidth: 0, halfHeight: 0, draw: 'cytoscape' };

/** Four numbers per element: a node's centre (and two zeros), an edge's two ends. */
export const COORDS = 4;

/**
 * Where an element stands in this frame: its look if it is drawn (a plain look is batched, any
 * other drawn by Cytoscape), or null if not (hidden, transparent, off screen, or an edge in a
 * pass without edges). Writes its coordinates at coords[at .. at + 3] either way.
 */
export function place(renderer: CanvasRenderer, ele: Styled, withEdges: boolean, extent: Extent | null, coords: Float64Array, at: number): Look | null {
  const p = ele._private;
  if (p.group === 'edges') {
    const source = p.source as Styled;
    const target = p.target as Styled;
    const a = source._private.position;
    const b = target._private.position;
    coords[at] = a.x;
    coords[at + 1] = a.y;
    coords[at + 2] = b.x;
    coords[at + 3] = b.y;
    if (!withEdges || outside(extent, Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y))) return null;
    const look = lookOf(renderer, ele);
    if (!look.shown || look.draw === 'none' || !lookOf(renderer, source).shown || !lookOf(renderer, target).shown) return null;
    return look;
  }
  const { x, y } = p.position;
  coords[at] = x;
  coords[at + 1] = y;
  coords[at + 2] = 0;
  coords[at + 3] = 0;
  if (p.data.parent !== undefined || (p.children?.length ?? 0) > 0) return COMPOUND;
  const look = lookOf(renderer, ele);
  if (outside(extent, x - look.halfWidth, y - look.halfHeight, x + look.halfWidth, y + look.halfHeight)) return null;
  return look.shown && look.draw !== 'none' ? look : null;
}

/** Below this many screen pixels, a dash pattern's period is too fine to see. */
const FINEST_DASH_PX = 3;

/**
 * For a dash pattern too fine to see at this scale, the share of the line it inks: the line is
 * then drawn whole at that opacity, which is what the eye gets from it. Null for a pattern to
 * draw as such. Skia cuts a dashed path into every dash: a dotted edge at fit zoom on a 10k view
 * made dashes of a third of a pixel, and its nine dotted batches took 256 ms of a 10k frame.
 */
function inkedShare(dash: readonly number[], scale: number): number | null {
  if (dash.length === 0) return null;
  // An odd-length pattern repeats twice over (canvas setLineDash).
  const pattern = dash.length % 2 === 1 ? [...dash, ...dash] : dash;
  const period = pattern.reduce((sum, d) => sum + d, 0);
  if (period * scale >= FINEST_DASH_PX || period <= 0) return null;
  const on = pattern.reduce((sum, d, i) => (i % 2 === 0 ? sum + d : sum), 0);
  return on / period;
}

const inKeyOrder = <T>(groups: Map<string, T>): T[] => [...groups.keys()].sort().map((key) => groups.get(key) as T);

/** What a batched pass drew, per element of `eles`, for a kept picture to be checked against. */
export interface Drawn {
  coords: Float64Array;
  /** The plain look an element was drawn with, or null if it was not drawn in the batch. */
  looks: (PlainLook | null)[];
  /** 1 for an element left to Cytoscape to draw. */
  rest: Uint8Array;
}

/**
 * The batches of one pass, filled element by element (`add`, possibly over several tasks) and
 * then painted at once (`paint`): painting is where the canvas rasterises, and the order of the
 * batches must not depend on how the elements were sliced.
 */
export class Batches {
  private readonly edges = new Map<string, Group>();
  private readonly nodes = new Map<string, { style: string; parts: Parts }>();
  private readonly sink = new OutlineSink();
  private readonly coords: Float64Array;
  /** What Cytoscape must draw itself, in the order met. */
  readonly rest: Styled[] = [];

  /** With `drawn`, records what was drawn for each element (index i of the list added from). */
  constructor(
    private readonly renderer: CanvasRenderer,
    private readonly withEdges: boolean,
    private readonly extent: Extent | null,
    private readonly drawn?: Drawn,
  ) {
    this.coords = drawn?.coords ?? new Float64Array(COORDS);
  }

  /** Adds eles[from .. to). */
  add(eles: readonly Styled[], from: number, to: number): void {
    const { renderer, withEdges, extent, drawn, coords, edges, nodes, sink, rest } = this;
    for (let i = from; i < to; i++) {
      const ele = eles[i] as Styled;
      const at = drawn ? i * COORDS : 0;
      const look = place(renderer, ele, withEdges, extent, coords, at);
      if (drawn) {
        drawn.looks[i] = look?.draw === 'edge' || look?.draw === 'node' ? look : null;
        drawn.rest[i] = look?.draw === 'cytoscape' ? 1 : 0;
      }
      if (look === null) continue;
      if (look.draw === 'edge') {
        let group = edges.get(look.group);
        if (!group) {
          group = { style: look.style, width: look.width, cap: look.cap, dash: look.dash, dashOffset: look.dashOffset, parts: new Parts() };
          edges.set(look.group, group);
        }
        const path = group.parts.next();
        path.moveTo(coords[at] as number, coords[at + 1] as number);
        path.lineTo(coords[at + 2] as number, coords[at + 3] as number);
      } else if (look.draw === 'node') {
        let group = nodes.get(look.group);
        if (!group) {
          group = { style: look.style, parts: new Parts() };
          nodes.set(look.group, group);
        }
        const [x, y] = [coords[at] as number, coords[at + 1] as number];
        sink.start(group.parts.next(), x, y);
        look.shape.draw(sink, x, y, 2 * look.halfWidth, 2 * look.halfHeight, look.corner, ele._private.rscratch);
      } else rest.push(ele);
    }
  }

  /** Paints the batches into `context` (in model coordinates): edges, then nodes, each in key order. */
  paint(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D): void {
    const steps = this.paintSteps(context);
    while (!steps.next().done);
  }

  /** Paints the batches as `paint` does, one path per step (for a caller that rasterises each in a task of its own). */
  *paintSteps(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D): Generator<void, void, undefined> {
    // Batches are painted in the order of their keys, not of their first element: overlapping
    // shapes of two looks stack the same way whichever elements happen to be plain this frame
    // (a kept picture and a fresh one agree; nothing flickers when a node is selected).
    const scale = Math.hypot(context.getTransform().a, context.getTransform().b);
    const alpha = context.globalAlpha;
    for (const group of inKeyOrder(this.edges)) {
      for (const path of group.parts.paths) {
        // Set for each path: the caller may draw in between steps.
        context.lineWidth = group.width;
        context.strokeStyle = group.style;
        context.lineCap = group.cap;
        const inked = inkedShare(group.dash, scale);
        context.setLineDash(inked === null ? group.dash : []);
        context.globalAlpha = alpha * (inked ?? 1);
        context.lineDashOffset = group.dashOffset;
        context.stroke(path);
        context.setLineDash([]);
        context.globalAlpha = alpha;
        yield;
      }
    }
    for (const { style, parts } of inKeyOrder(this.nodes)) {
      for (const path of parts.paths) {
        context.fillStyle = style;
        context.fill(path);
        yield;
      }
    }
  }
}

/**
 * Draws `eles` into `context` (already in model coordinates), leaving out what lies outside
 * `extent` (null: draw all, as for an image export); returns what Cytoscape must draw itself.
 * With `drawn`, records what it drew there.
 */
export function drawBatched(renderer: CanvasRenderer, context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, eles: readonly Styled[], withEdges: boolean, extent: Extent | null = null, drawn?: Drawn): Styled[] {
  const batches = new Batches(renderer, withEdges, extent, drawn);
  batches.add(eles, 0, eles.length);
  batches.paint(context);
  return batches.rest;
}

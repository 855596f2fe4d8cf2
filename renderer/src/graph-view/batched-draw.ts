// Draws a large view's plain elements as a few canvas paths, one per look, instead of one
// texture or path per element. Cytoscape's canvas renderer keeps a large view in a single layer
// texture; any change (an edit, a hover, a selection, the end of a layout) invalidates it whole,
// and every following frame draws all 40,000 elements of a 10k-node view one by one: 0.6–0.7 s
// a frame here, the long tasks of issues #11 and #13. Grouped by look, the same picture is one
// path per colour, so a frame costs a fraction of that (measured in `npm run bench`).
//
// Installed on the renderer instance in place of drawLayeredElements (the node layer, the
// texture moved while panning, image exports) and drawCachedNodes (the same without edges). It
// only draws while `enabled()` (large views): small ones keep Cytoscape's exact z-order and its
// layer cache. Plain means drawn exactly as Cytoscape draws it from these properties alone: an
// edge as a straight haystack line without label, arrow, halo or overlay; a node without label,
// border, outline, image, padding, halo or overlay. Everything else (labelled, selected,
// highlighted, pinned) is left to Cytoscape, after the plain elements and so above them.
import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';

/** The parsed style Cytoscape keeps per element (not in its typings). */
interface Parsed {
  value: unknown;
  pfValue: number;
  strValue: string;
}
type Styled = SingularElementArgument & { pstyle(name: string): Parsed; _private: { rscratch: unknown } };

/** What Cytoscape's shape outlines call on the context or Path2D they are given. */
type PathCalls = Pick<Path2D, 'moveTo' | 'lineTo' | 'arc' | 'arcTo' | 'ellipse' | 'bezierCurveTo' | 'quadraticCurveTo' | 'closePath'>;

interface NodeShape {
  draw(path: PathCalls, x: number, y: number, width: number, height: number, cornerRadius: number | 'auto', rscratch: unknown): void;
}

/** The parts of Cytoscape's canvas renderer this module uses (internal API, cytoscape 3.35). */
interface CanvasRenderer {
  drawLayeredElements(context: CanvasRenderingContext2D, eles: Styled[], pxRatio: number, extent: unknown): void;
  drawCachedNodes(context: CanvasRenderingContext2D, eles: Styled[], pxRatio: number, extent: unknown): void;
  drawCachedElement(context: CanvasRenderingContext2D, ele: Styled, pxRatio: number, extent: unknown): void;
  /** The on-screen canvases' contexts; contexts[NODE] is the one elements are drawn on. */
  data: { contexts: CanvasRenderingContext2D[] };
  NODE: number;
  notify(event: string, eles: unknown): void;
  invalidateCachedZSortedEles(): void;
  getNodeShape(node: Styled): string;
  nodeShapes: Record<string, NodeShape>;
}

interface Group {
  style: string;
  width: number;
  cap: CanvasLineCap;
  dash: number[];
  dashOffset: number;
  path: Path2D;
}

const rgba = (rgb: unknown, alpha: number) => {
  const [r, g, b] = rgb as [number, number, number];
  return `rgba(${r},${g},${b},${alpha})`;
};

const shown = (ele: Styled) => ele.pstyle('display').strValue !== 'none' && ele.pstyle('visibility').strValue === 'visible';

const none = (ele: Styled, name: string) => !(ele.pstyle(name).pfValue > 0);

/** Whether Cytoscape would draw no more of this edge than its line. */
function plainEdge(edge: Styled): boolean {
  return (
    edge.pstyle('curve-style').strValue === 'haystack' &&
    edge.pstyle('label').strValue === '' &&
    edge.pstyle('source-label').strValue === '' &&
    edge.pstyle('target-label').strValue === '' &&
    edge.pstyle('target-arrow-shape').strValue === 'none' &&
    edge.pstyle('source-arrow-shape').strValue === 'none' &&
    edge.pstyle('mid-target-arrow-shape').strValue === 'none' &&
    edge.pstyle('mid-source-arrow-shape').strValue === 'none' &&
    edge.pstyle('line-fill').strValue === 'solid' &&
    edge.pstyle('line-style').strValue !== 'double' &&
    none(edge, 'underlay-opacity') &&
    none(edge, 'overlay-opacity') &&
    none(edge, 'line-outline-width')
  );
}

/** Whether Cytoscape would draw no more of this node than its filled shape. */
function plainNode(node: Styled): boolean {
  return (
    node.pstyle('label').strValue === '' &&
    none(node, 'border-width') &&
    none(node, 'outline-width') &&
    none(node, 'padding') &&
    none(node, 'underlay-opacity') &&
    none(node, 'overlay-opacity') &&
    node.pstyle('background-fill').strValue === 'solid' &&
    (node.pstyle('background-image').value as string[]).every((url) => url === 'none')
  );
}

function dashOf(edge: Styled): { dash: number[]; dashOffset: number } {
  switch (edge.pstyle('line-style').strValue) {
    case 'dotted':
      return { dash: [1, 1], dashOffset: 0 };
    case 'dashed':
      return { dash: edge.pstyle('line-dash-pattern').pfValue as unknown as number[], dashOffset: edge.pstyle('line-dash-offset').pfValue };
    default:
      return { dash: [], dashOffset: 0 };
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

/**
 * How an element is drawn, read from its style once per change of style. Reading a dozen style
 * properties of 40,000 elements was half of a batched frame; Cytoscape keeps `styleKey`, a hash
 * of every style property of an element, new whenever its style changes, and a look is reused
 * while the key stays.
 */
interface LookBase {
  key: unknown;
  /** display and visibility allow it (an edge needs its ends shown too). */
  shown: boolean;
  halfWidth: number;
  halfHeight: number;
}
type Look =
  | (LookBase & { draw: 'none' | 'cytoscape' })
  | (LookBase & { draw: 'edge'; group: string; style: string; width: number; cap: CanvasLineCap; dash: number[]; dashOffset: number })
  | (LookBase & { draw: 'node'; group: string; style: string; shape: NodeShape; corner: number | 'auto' });

const looks = new WeakMap<object, Look>();

function lookOf(renderer: CanvasRenderer, ele: Styled): Look {
  const p = ele._private as { styleDirty?: boolean; styleKey?: unknown };
  // Brings a style changed since the last frame up to date, and its key with it.
  if (p.styleDirty) ele.pstyle('display');
  const cached = looks.get(p);
  if (cached && p.styleKey !== undefined && cached.key === p.styleKey) return cached;
  const look = ele.isEdge() ? edgeLook(ele, p.styleKey) : nodeLook(renderer, ele, p.styleKey);
  looks.set(p, look);
  return look;
}

/**
 * Computes an element's style and, on a canvas renderer, its look now, so that the first
 * batched frame after many elements moved or changed does not compute 40,000 of them at once.
 */
export function prepareLook(cy: Core, ele: SingularElementArgument): void {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const styled = ele as Styled;
  if (renderer && typeof renderer.getNodeShape === 'function') lookOf(renderer, styled);
  else styled.pstyle('display');
}

function edgeLook(edge: Styled, key: unknown): Look {
  const base = { key, shown: shown(edge), halfWidth: 0, halfHeight: 0 };
  const opacity = edge.pstyle('opacity').value as number;
  if (opacity === 0) return { ...base, draw: 'none' };
  if (!plainEdge(edge)) return { ...base, draw: 'cytoscape' };
  const alpha = opacity * (edge.pstyle('line-opacity').value as number);
  const width = edge.pstyle('width').pfValue;
  const cap = edge.pstyle('line-cap').strValue as CanvasLineCap;
  const { dash, dashOffset } = dashOf(edge);
  const style = rgba(edge.pstyle('line-color').value, alpha);
  return { ...base, draw: 'edge', group: `${style}|${width}|${cap}|${dash.join(',')}|${dashOffset}`, style, width, cap, dash, dashOffset };
}

function nodeLook(renderer: CanvasRenderer, node: Styled, key: unknown): Look {
  const base = { key, shown: shown(node), halfWidth: node.pstyle('width').pfValue / 2, halfHeight: node.pstyle('height').pfValue / 2 };
  const opacity = node.pstyle('opacity').value as number;
  if (opacity === 0) return { ...base, draw: 'none' };
  const shapeName = renderer.getNodeShape(node);
  const shape = renderer.nodeShapes[shapeName];
  if (!shape || !plainNode(node)) return { ...base, draw: 'cytoscape' };
  const style = rgba(node.pstyle('background-color').value, opacity * (node.pstyle('background-opacity').value as number));
  const corner = node.pstyle('corner-radius');
  // One path per shape as well as colour: outlines of one shape all wind the same way, so
  // where two overlap the fill stays filled.
  return { ...base, draw: 'node', group: `${shapeName}|${style}`, style, shape, corner: corner.value === 'auto' ? 'auto' : corner.pfValue };
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

type Point = { x: number; y: number };
type Ends = { source(): Styled & { position(): Point }; target(): Styled & { position(): Point } };

const outside = (extent: Extent | null, x1: number, y1: number, x2: number, y2: number) =>
  extent !== null && (x2 < extent.x1 - CULL_MARGIN || x1 > extent.x2 + CULL_MARGIN || y2 < extent.y1 - CULL_MARGIN || y1 > extent.y2 + CULL_MARGIN);

/**
 * Draws `eles` into `context` (already in model coordinates), leaving out what lies outside
 * `extent` (null: draw all, as for an image export); returns what Cytoscape must draw itself.
 */
export function drawBatched(renderer: CanvasRenderer, context: CanvasRenderingContext2D, eles: readonly Styled[], withEdges: boolean, extent: Extent | null = null): Styled[] {
  const edges = new Map<string, Group>();
  const nodes = new Map<string, { style: string; path: Path2D }>();
  const rest: Styled[] = [];
  const sink = new OutlineSink();
  for (const ele of eles) {
    if (ele.isEdge()) {
      if (!withEdges) continue;
      const edge = ele as unknown as Ends;
      const source = edge.source();
      const target = edge.target();
      const a = source.position();
      const b = target.position();
      if (outside(extent, Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y))) continue;
      const look = lookOf(renderer, ele);
      if (!look.shown || !lookOf(renderer, source).shown || !lookOf(renderer, target).shown || look.draw === 'none') continue;
      if (look.draw !== 'edge') {
        rest.push(ele);
        continue;
      }
      let group = edges.get(look.group);
      if (!group) {
        group = { style: look.style, width: look.width, cap: look.cap, dash: look.dash, dashOffset: look.dashOffset, path: new Path2D() };
        edges.set(look.group, group);
      }
      group.path.moveTo(a.x, a.y);
      group.path.lineTo(b.x, b.y);
      continue;
    }
    const node = ele as Styled & NodeSingular;
    if (node.isChild() || node.isParent()) {
      rest.push(ele);
      continue;
    }
    const look = lookOf(renderer, ele);
    const { x, y } = node.position();
    if (outside(extent, x - look.halfWidth, y - look.halfHeight, x + look.halfWidth, y + look.halfHeight)) continue;
    if (!look.shown || look.draw === 'none') continue;
    if (look.draw !== 'node') {
      rest.push(ele);
      continue;
    }
    let group = nodes.get(look.group);
    if (!group) {
      group = { style: look.style, path: new Path2D() };
      nodes.set(look.group, group);
    }
    sink.start(group.path, x, y);
    look.shape.draw(sink, x, y, 2 * look.halfWidth, 2 * look.halfHeight, look.corner, ele._private.rscratch);
  }
  for (const group of edges.values()) {
    context.lineWidth = group.width;
    context.strokeStyle = group.style;
    context.lineCap = group.cap;
    context.setLineDash(group.dash);
    context.lineDashOffset = group.dashOffset;
    context.stroke(group.path);
  }
  context.setLineDash([]);
  for (const { style, path } of nodes.values()) {
    context.fillStyle = style;
    context.fill(path);
  }
  return rest;
}

/**
 * Makes `cy`'s canvas renderer draw plain elements in batches while `enabled()`. Without a
 * canvas renderer (headless), nothing changes.
 */
export function installBatchedDraw(cy: Core, enabled: () => boolean): void {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  if (!renderer || typeof renderer.drawLayeredElements !== 'function' || typeof renderer.drawCachedNodes !== 'function') return;
  // Cytoscape re-sorts every element by z-order when a label turns empty or not, as the label
  // grid's do on each placement: 0.13 s at 10k, for an order batched drawing does not follow
  // (its plain elements go by look, the rest after them). Kept for small views: the order is
  // brought up to date once they are drawn by Cytoscape again.
  let orderStale = false;
  const restoreOrder = () => {
    if (!orderStale || enabled()) return;
    orderStale = false;
    renderer.invalidateCachedZSortedEles();
  };
  const notify = renderer.notify;
  renderer.notify = function (this: CanvasRenderer, event: string, eles: unknown) {
    if (event === 'zorder' && enabled()) {
      orderStale = true;
      return;
    }
    restoreOrder();
    notify.call(this, event, eles);
  };
  const batched = (withEdges: boolean, original: CanvasRenderer['drawLayeredElements']) =>
    function (this: CanvasRenderer, context: CanvasRenderingContext2D, eles: Styled[], pxRatio: number, extent: unknown) {
      if (!enabled()) {
        restoreOrder();
        return original.call(this, context, eles, pxRatio, extent);
      }
      // Culled to what is on screen only when drawing the screen: an export or the texture
      // moved while panning is drawn from the same call with the screen's extent.
      const onScreen = context === this.data.contexts[this.NODE];
      for (const ele of drawBatched(this, context, eles, withEdges, onScreen ? (extent as Extent) : null)) this.drawCachedElement(context, ele, pxRatio, extent);
    };
  renderer.drawLayeredElements = batched(true, renderer.drawLayeredElements);
  renderer.drawCachedNodes = batched(false, renderer.drawCachedNodes);
}

// How batched drawing (batched-draw.ts) sees each element of a large view: whether Cytoscape
// would draw no more of it than one line or one filled shape ("plain"), and if so its colour,
// width and shape, read once per change of its style. Also the few internals of Cytoscape's
// canvas renderer the batched modules use, typed here in one place (cytoscape 3.35).
import type { Core, SingularElementArgument } from 'cytoscape';

/** The parsed style Cytoscape keeps per element (not in its typings). */
export interface Parsed {
  value: unknown;
  pfValue: number;
  strValue: string;
}
/** What Cytoscape keeps of an element, read directly where its accessors cost (position() is a generic data accessor). */
export interface Internals {
  group: 'nodes' | 'edges';
  position: { x: number; y: number };
  data: { parent?: unknown };
  children?: readonly unknown[];
  source?: Styled;
  target?: Styled;
  rscratch: unknown;
}
export type Styled = SingularElementArgument & { pstyle(name: string): Parsed; _private: Internals };

/** What Cytoscape's shape outlines call on the context or Path2D they are given. */
export type PathCalls = Pick<Path2D, 'moveTo' | 'lineTo' | 'arc' | 'arcTo' | 'ellipse' | 'bezierCurveTo' | 'quadraticCurveTo' | 'closePath'>;

export interface NodeShape {
  draw(path: PathCalls, x: number, y: number, width: number, height: number, cornerRadius: number | 'auto', rscratch: unknown): void;
}

/** The parts of Cytoscape's canvas renderer this module uses (internal API, cytoscape 3.35). */
export interface CanvasRenderer {
  drawLayeredElements(context: CanvasRenderingContext2D, eles: Styled[], pxRatio: number, extent: unknown): void;
  drawCachedNodes(context: CanvasRenderingContext2D, eles: Styled[], pxRatio: number, extent: unknown): void;
  drawCachedElement(context: CanvasRenderingContext2D, ele: Styled, pxRatio: number, extent: unknown): void;
  /** The on-screen canvases' contexts; contexts[NODE] is the one elements are drawn on. */
  data: { contexts: CanvasRenderingContext2D[] };
  NODE: number;
  notify(event: string, eles: unknown): void;
  /** Calls `listener` before each frame with the elements whose style or bounds changed. */
  onUpdateEleCalcs(listener: (willDraw: boolean, eles: ArrayLike<Styled>) => void): void;
  invalidateCachedZSortedEles(): void;
  /** Every element in drawing order; `nondrag` is the list a frame hands drawLayeredElements. */
  getCachedZSortedEles(): Styled[] & { nondrag?: Styled[] };
  /** The z-sorted list kept since elements were last added, removed or re-sorted; null when the next frame sorts again. */
  cachedZSortedEles?: unknown;
  getPixelRatio(): number;
  getNodeShape(node: Styled): string;
  nodeShapes: Record<string, NodeShape>;
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
 * How an element is drawn, read from its style once per change of style. Reading a dozen style
 * properties of 40,000 elements was half of a batched frame; Cytoscape keeps `styleKey`, a hash
 * of every style property of an element, new whenever its style changes, and a look is reused
 * while the key stays.
 */
interface LookBase {
  key: unknown;
  /** For a node Cytoscape draws: its shape, when its fill is opaque (it hides what lies under it). */
  cover?: string;
  /** display and visibility allow it (an edge needs its ends shown too). */
  shown: boolean;
  halfWidth: number;
  halfHeight: number;
}
export type Look =
  | (LookBase & { draw: 'none' | 'cytoscape' })
  | (LookBase & { draw: 'edge'; group: string; style: string; width: number; cap: CanvasLineCap; dash: number[]; dashOffset: number })
  | (LookBase & { draw: 'node'; group: string; style: string; shapeName: string; shape: NodeShape; corner: number | 'auto' });

/** A look batched drawing draws itself: one line or one filled shape. */
export type PlainLook = Extract<Look, { draw: 'edge' | 'node' }>;

const looks = new WeakMap<object, Look>();

export function lookOf(renderer: CanvasRenderer, ele: Styled): Look {
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
 * Works out now whether `ele` takes events (Cytoscape keeps the answer until its style changes).
 * Cytoscape's z-order sort asks it of every element in one task: at 10k, 214 of that task's 334 ms
 * (profiled); asked ahead, in slices, the sort only sorts.
 */
export function knowInteractive(ele: SingularElementArgument): void {
  (ele as unknown as { interactive(): boolean }).interactive();
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
  if (!shape || !plainNode(node)) {
    const opaque = opacity === 1 && node.pstyle('background-opacity').value === 1;
    return opaque ? { ...base, draw: 'cytoscape', cover: shapeName } : { ...base, draw: 'cytoscape' };
  }
  const style = rgba(node.pstyle('background-color').value, opacity * (node.pstyle('background-opacity').value as number));
  const corner = node.pstyle('corner-radius');
  // One path per shape as well as colour: outlines of one shape all wind the same way, so
  // where two overlap the fill stays filled.
  return { ...base, draw: 'node', group: `${shapeName}|${style}`, style, shapeName, shape, corner: corner.value === 'auto' ? 'auto' : corner.pfValue };
}

// The vector scene of an export: what Cytoscape has on screen (positions, rendered
// styles, edge endpoints and control points), read into plain data that every image
// writer draws — SVG and PDF as vectors, PNG and JPEG on canvases in workers. Styles
// are read from the live instance, so the file matches the screen in either theme.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { finish } from '../../../graph-data/src/steps.js';
import { graphIdOf } from '../graph-view/elements.js';
import { wrap } from './caption.js';
import { edgeGeometry } from './cy-geometry.js';
import { type Bounds, boundsOfPoints, isEllipse, nodeShapePath, type Seg } from './geometry.js';

export type { Bounds } from './geometry.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneText {
  /** The whole label, never cut. */
  text: string;
  /** The label wrapped to its maximum width (one line when it fits), top to bottom. */
  lines: string[];
  /** Distance between line centres, model units. */
  lineHeight: number;
  /** Centre of the text block, model coordinates. */
  x: number;
  y: number;
  size: number;
  family: string;
  weight: string;
  color: string;
  outline: string;
  /** Half the halo's stroke, as Cytoscape's text-outline-width. */
  outlineWidth: number;
  /** Radians, clockwise. */
  rotation: number;
  opacity: number;
  /** Cytoscape's min-zoomed-font-size: rasters leave out text smaller than this on the output. */
  minSize?: number;
}

export interface SceneNode {
  id: string;
  kind?: string;
  path: Seg[];
  /** Set when the shape is an ellipse: writers with a native ellipse draw that instead of the path. */
  ellipse?: { cx: number; cy: number; rx: number; ry: number };
  fill: string;
  border: string;
  borderWidth: number;
  opacity: number;
  label?: SceneText;
  /** Everything the node draws, label included (model coordinates). */
  bounds: Bounds;
}

export interface SceneEdge {
  id: string;
  path: Seg[];
  color: string;
  width: number;
  /** Dash lengths in model units; null for a solid line. */
  dash: number[] | null;
  opacity: number;
  arrow: { x: number; y: number }[] | null;
  arrowColor: string;
  /** Where a number or label goes. */
  mid: { x: number; y: number };
  label?: SceneText;
  allegationType?: string;
  allegationStatus?: string;
  bounds: Bounds;
}

export interface Scene {
  /** The region exported, model coordinates. */
  box: Box;
  background: string;
  edges: SceneEdge[];
  nodes: SceneNode[];
}

/**
 * Text width in a CSS font. `estimate`, when present, sums cached per-character widths
 * (null for scripts where shaping changes widths): enough to tell that a label is well
 * inside its maximum width without measuring the whole string.
 */
export type Measure = ((text: string, font: string) => number) & { estimate?: (text: string, font: string) => number | null };

/** Room around the whole graph, in model units. */
const PADDING = 24;

const intersects = (a: Bounds, b: Box): boolean => a.x2 >= b.x && a.x1 <= b.x + b.w && a.y2 >= b.y && a.y1 <= b.y + b.h;

const numbers = (value: string): number[] => (value.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/**
 * A label's lines at `maxWidth`: the whole text, wrapped between words (a word wider
 * than the line is split). On screen Cytoscape cuts long labels with "…"; a file keeps
 * every word, because a reader cannot hover a PDF to see the rest.
 */
export function wrapLabel(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  // Kerning moves a Latin, Greek or Cyrillic line by a few per cent at most.
  const guess = measure.estimate?.(text, font);
  if (guess != null && guess <= maxWidth * 0.9) return [text];
  if (measure(text, font) <= maxWidth) return [text];
  return wrap(text, maxWidth, (t) => measure(t, font));
}

type TextStyle = Omit<SceneText, 'text' | 'lines' | 'x' | 'y' | 'rotation'> & { font: string; maxWidth: number | null };

function textStyle(ele: NodeSingular | EdgeSingular): TextStyle {
  const size = ele.numericStyle('font-size');
  const family = String(ele.style('font-family'));
  const weight = String(ele.style('font-weight'));
  const maxWidth = ele.numericStyle('text-max-width');
  return {
    size,
    family,
    weight,
    font: `${String(ele.style('font-style'))} ${weight} ${size}px ${family}`,
    // Labels with a maximum width (node labels) wrap to it in files.
    maxWidth: String(ele.style('text-wrap')) !== 'none' && Number.isFinite(maxWidth) ? maxWidth : null,
    lineHeight: size * Math.max(1, ele.numericStyle('line-height') || 1),
    color: String(ele.style('color')),
    outline: String(ele.style('text-outline-color')),
    outlineWidth: ele.numericStyle('text-outline-width'),
    opacity: ele.numericStyle('text-opacity') * ele.effectiveOpacity(),
    minSize: ele.numericStyle('min-zoomed-font-size'),
  };
}

function text(style: TextStyle, value: string, x: number, y: number, rotation: number, measure: Measure): SceneText {
  const { size, family, weight, color, outline, outlineWidth, opacity, maxWidth, minSize, lineHeight } = style;
  const lines = maxWidth !== null ? wrapLabel(value, maxWidth, style.font, measure) : [value];
  return { size, family, weight, color, outline, outlineWidth, opacity, minSize, text: value, lines, lineHeight, x, y, rotation };
}

// Styles depend only on these (the stylesheet maps kind, allegation type/status, state
// classes and the appearance data), so elements that share them share one style read: 10,000 nodes cost
// a handful of style lookups, not tens of thousands.
type StyleCache<T> = Map<string, T>;
type NodeStyle = Pick<SceneNode, 'fill' | 'border' | 'borderWidth' | 'opacity'> & { shape: string; text: TextStyle };

const BOX_OPTIONS = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as const;

function nodeScene(node: NodeSingular, cache: StyleCache<NodeStyle>, measure: Measure): SceneNode {
  const kind = String(node.data('kind'));
  // Appearance colours and shapes are per-element data (use-appearance-style.ts): part of the key.
  const key = `${kind}|${node.selected()}|${node.classes().join(' ')}|${String(node.data('afill'))}|${String(node.data('ashape'))}|${String(node.data('community'))}`;
  let style = cache.get(key);
  if (!style) {
    style = {
      shape: String(node.style('shape')),
      fill: String(node.style('background-color')),
      border: String(node.style('border-color')),
      borderWidth: node.numericStyle('border-width'),
      opacity: node.effectiveOpacity(),
      text: textStyle(node),
    };
    cache.set(key, style);
  }
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const half = style.borderWidth / 2;
  const bounds = { x1: x - w / 2 - half, y1: y - h / 2 - half, x2: x + w / 2 + half, y2: y + h / 2 + half };
  const out: SceneNode = { id: node.id(), kind, path: nodeShapePath(style.shape, x, y, w, h), fill: style.fill, border: style.border, borderWidth: style.borderWidth, opacity: style.opacity, bounds };
  if (isEllipse(style.shape)) out.ellipse = { cx: x, cy: y, rx: w / 2, ry: h / 2 };
  const label = String(node.style('label') ?? '');
  if (label) {
    // Cytoscape's box holds one (cut) line under the node; wrapped lines grow downwards from its top.
    const bb = node.boundingBox(BOX_OPTIONS);
    const t = text(style.text, label, (bb.x1 + bb.x2) / 2, (bb.y1 + bb.y2) / 2, 0, measure);
    const extra = (t.lines.length - 1) * t.lineHeight;
    t.y += extra / 2;
    out.label = t;
    const half = t.lines.length > 1 ? Math.max(...t.lines.map((l) => measure(l, style.text.font))) / 2 + t.outlineWidth : 0;
    bounds.x1 = Math.min(bounds.x1, bb.x1, t.x - half);
    bounds.y1 = Math.min(bounds.y1, bb.y1);
    bounds.x2 = Math.max(bounds.x2, bb.x2, t.x + half);
    bounds.y2 = Math.max(bounds.y2, bb.y2 + extra);
  }
  return out;
}

type EdgeStyle = Pick<SceneEdge, 'color' | 'width' | 'dash' | 'opacity' | 'arrowColor'> & { arrow: boolean; arrowScale: number; labelled: boolean };

function edgeScene(edge: EdgeSingular, cache: StyleCache<EdgeStyle>, measure: Measure, publicGeometry: boolean): SceneEdge | null {
  const type = edge.data('allegationType') as string | undefined;
  const key = `${String(type)}|${String(edge.data('allegationStatus'))}|${edge.selected()}|${edge.classes().join(' ')}|${String(edge.data('acolor'))}|${String(edge.data('awidth'))}`;
  let style = cache.get(key);
  if (!style) {
    const width = edge.numericStyle('width');
    const lineStyle = String(edge.style('line-style'));
    style = {
      color: String(edge.style('line-color')),
      width,
      dash: lineStyle === 'dotted' ? [1, 1] : lineStyle === 'dashed' ? numbers(String(edge.style('line-dash-pattern'))) : null,
      opacity: edge.effectiveOpacity(),
      arrowColor: String(edge.style('target-arrow-color')),
      arrow: String(edge.style('target-arrow-shape')) !== 'none',
      arrowScale: edge.numericStyle('arrow-scale'),
      // Edge labels show only on selected or hovered edges (state that is part of the key).
      labelled: String(edge.style('label') ?? '') !== '',
    };
    cache.set(key, style);
  }
  const geometry = edgeGeometry(edge, publicGeometry);
  if (!geometry) return null;
  const { source: src, target: tip, controls: ctrl, midpoint: mid } = geometry;
  const last = ctrl.at(-1) ?? src;
  const len = Math.hypot(tip.x - last.x, tip.y - last.y) || 1;
  const dx = (tip.x - last.x) / len;
  const dy = (tip.y - last.y) / len;
  // Cytoscape's arrow: max((w·13.37)^0.9, 29) · scale, triangle 0.3 long and 0.3 wide of that.
  const size = Math.max((style.width * 13.37) ** 0.9, 29) * style.arrowScale;
  const back = style.arrow ? Math.min(size * 0.3, len) : 0;
  const end = { x: tip.x - dx * back, y: tip.y - dy * back };
  // Chained quadratics through the control points, as Cytoscape draws bezier edges.
  const path: Seg[] = [{ op: 'M', x: src.x, y: src.y }];
  ctrl.forEach((c, i) => {
    const next = ctrl[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    path.push({ op: 'Q', cx: c.x, cy: c.y, x: to.x, y: to.y });
  });
  if (ctrl.length === 0) path.push({ op: 'L', x: end.x, y: end.y });
  const arrow = style.arrow
    ? [tip, { x: end.x - dy * size * 0.15, y: end.y + dx * size * 0.15 }, { x: end.x + dy * size * 0.15, y: end.y - dx * size * 0.15 }]
    : null;
  // Control points bound a quadratic, so the points' box (plus half the width) bounds the line.
  const bounds = boundsOfPoints([src, tip, ...ctrl, ...(arrow ?? [])], style.width / 2);
  const out: SceneEdge = { id: graphIdOf(edge), path, color: style.color, width: style.width, dash: style.dash, opacity: style.opacity, arrow, arrowColor: style.arrowColor, mid, bounds };
  if (type) {
    out.allegationType = type;
    out.allegationStatus = edge.data('allegationStatus') as string;
  }
  const label = style.labelled ? String(edge.style('label') ?? '') : '';
  if (label) {
    // autorotate, kept upright as Cytoscape does.
    let angle = Math.atan2(tip.y - src.y, tip.x - src.x);
    if (angle > Math.PI / 2) angle -= Math.PI;
    if (angle < -Math.PI / 2) angle += Math.PI;
    const t = text(textStyle(edge), label, mid.x, mid.y, angle, measure);
    out.label = t;
    // A rotated label stays within its half-diagonal of the midpoint.
    const reach = measure(t.text, `${t.weight} ${t.size}px ${t.family}`) / 2 + t.size + t.outlineWidth;
    bounds.x1 = Math.min(bounds.x1, mid.x - reach);
    bounds.y1 = Math.min(bounds.y1, mid.y - reach);
    bounds.x2 = Math.max(bounds.x2, mid.x + reach);
    bounds.y2 = Math.max(bounds.y2, mid.y + reach);
  }
  return out;
}

export interface SceneOptions {
  /** The region to export (model coordinates); null for everything visible, padded. */
  box: Box | null;
  background: string;
  measure: Measure;
  /** Tests: read edge geometry through Cytoscape's public methods only. */
  publicGeometry?: boolean;
  /** Only these graph ids (a selection); absent: every visible element. */
  only?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
}

/** Elements read per step of buildSceneSteps: about 15 ms on this machine's slowest graphs. */
export const SCENE_STEP = 400;

/**
 * Everything visible in the box, in drawing order (edges under nodes), read `step` elements at a
 * time: the caller may end its task between two steps (a 9,000-element graph took 180 ms at once).
 */
export function* buildSceneSteps(cy: Core, { box, background, measure, publicGeometry = false, only }: SceneOptions, step = SCENE_STEP): Generator<void, Scene> {
  const nodeCache: StyleCache<NodeStyle> = new Map();
  const edgeCache: StyleCache<EdgeStyle> = new Map();
  const edges: SceneEdge[] = [];
  const nodes: SceneNode[] = [];
  const edgeList = cy.edges();
  // visible() per element: the ':visible' selector costs ~10 µs an element at this scale.
  for (let i = 0; i < edgeList.length; i++) {
    if (i > 0 && i % step === 0) yield;
    const edge = edgeList[i] as EdgeSingular;
    if (!edge.visible() || (only && !only.edges.has(graphIdOf(edge)))) continue;
    const scene = edgeScene(edge, edgeCache, measure, publicGeometry);
    if (scene && (!box || intersects(scene.bounds, box))) edges.push(scene);
  }
  const nodeList = cy.nodes();
  for (let i = 0; i < nodeList.length; i++) {
    if (i % step === 0 && (i > 0 || edgeList.length > 0)) yield;
    const node = nodeList[i] as NodeSingular;
    if (!node.visible() || (only && !only.nodes.has(node.id()))) continue;
    const scene = nodeScene(node, nodeCache, measure);
    if (!box || intersects(scene.bounds, box)) nodes.push(scene);
  }
  return { box: box ?? wholeBox(nodes, edges), background, edges, nodes };
}

/** The scene at once (the export CLI, tests). */
export function buildScene(cy: Core, options: SceneOptions): Scene {
  return finish(buildSceneSteps(cy, options));
}

function wholeBox(nodes: SceneNode[], edges: SceneEdge[]): Box {
  if (nodes.length === 0 && edges.length === 0) return { x: 0, y: 0, w: 400, h: 300 };
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { bounds: b } of [...nodes, ...edges]) {
    if (b.x1 < x1) x1 = b.x1;
    if (b.y1 < y1) y1 = b.y1;
    if (b.x2 > x2) x2 = b.x2;
    if (b.y2 > y2) y2 = b.y2;
  }
  return { x: x1 - PADDING, y: y1 - PADDING, w: x2 - x1 + 2 * PADDING, h: y2 - y1 + 2 * PADDING };
}

/** A canvas-backed text measure (the same metrics Cytoscape uses for ellipsis). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  let font = '';
  const width = (value: string, f: string): number => {
    if (!ctx) return value.length * 6;
    const key = `${f}\u0000${value}`;
    let w = widths.get(key);
    if (w === undefined) {
      // Setting ctx.font parses the font string each time: only when it changes.
      if (f !== font) ctx.font = font = f;
      w = ctx.measureText(value).width;
      widths.set(key, w);
    }
    return w;
  };
  const measure: Measure = width;
  measure.estimate = (value, f) => {
    let sum = 0;
    for (let i = 0; i < value.length; i++) {
      // Hebrew, Arabic and beyond shape or combine characters: no estimate.
      if (value.charCodeAt(i) >= 0x0590) return null;
      sum += width(value.charAt(i), f);
    }
    return sum;
  };
  return measure;
}

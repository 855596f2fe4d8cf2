// The vector scene of an export: what Cytoscape has on screen (positions, rendered
// styles, edge endpoints and control points), read through its public API into plain
// data that the SVG and PDF writers draw. Styles are read from the live instance, so
// the file matches the screen in either theme.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { nodeShapePath, type Seg } from './geometry.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneText {
  text: string;
  /** Centre of the text, model coordinates. */
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
}

export interface SceneNode {
  id: string;
  path: Seg[];
  fill: string;
  border: string;
  borderWidth: number;
  opacity: number;
  label?: SceneText;
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
}

export interface Scene {
  /** The region exported, model coordinates. */
  box: Box;
  background: string;
  edges: SceneEdge[];
  nodes: SceneNode[];
}

export type Measure = (text: string, font: string) => number;

const intersects = (a: { x1: number; y1: number; x2: number; y2: number }, b: Box): boolean =>
  a.x2 >= b.x && a.x1 <= b.x + b.w && a.y2 >= b.y && a.y1 <= b.y + b.h;

const numbers = (value: string): number[] => (value.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/** Cytoscape's `text-wrap: ellipsis`: cut to the widest prefix that fits with "…". */
export function ellipsize(text: string, maxWidth: number, font: string, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  let kept = '';
  for (const ch of text) {
    if (measure(`${kept}${ch}…`, font) > maxWidth) break;
    kept += ch;
  }
  return `${kept}…`;
}

type TextStyle = Omit<SceneText, 'text' | 'x' | 'y' | 'rotation'> & { font: string; ellipsis: number | null };

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
    ellipsis: String(ele.style('text-wrap')) === 'ellipsis' && Number.isFinite(maxWidth) ? maxWidth : null,
    color: String(ele.style('color')),
    outline: String(ele.style('text-outline-color')),
    outlineWidth: ele.numericStyle('text-outline-width'),
    opacity: ele.numericStyle('text-opacity') * ele.effectiveOpacity(),
  };
}

function text(style: TextStyle, value: string, x: number, y: number, rotation: number, measure: Measure): SceneText {
  const { size, family, weight, color, outline, outlineWidth, opacity, ellipsis } = style;
  return { size, family, weight, color, outline, outlineWidth, opacity, text: ellipsis !== null ? ellipsize(value, ellipsis, style.font, measure) : value, x, y, rotation };
}

// Styles depend only on these (the stylesheet maps kind, allegation type/status and
// state classes), so elements that share them share one style read: 10,000 nodes cost
// a handful of style lookups, not tens of thousands.
type StyleCache<T> = Map<string, T>;

function nodeScene(node: NodeSingular, cache: StyleCache<Omit<SceneNode, 'id' | 'path' | 'label'> & { shape: string; text: TextStyle }>, measure: Measure): SceneNode {
  const key = `${String(node.data('kind'))}|${node.selected()}|${node.classes().join(' ')}`;
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
  const out: SceneNode = { id: node.id(), path: nodeShapePath(style.shape, x, y, w, h), fill: style.fill, border: style.border, borderWidth: style.borderWidth, opacity: style.opacity };
  const label = String(node.style('label') ?? '');
  if (label) {
    const bb = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    out.label = text(style.text, label, (bb.x1 + bb.x2) / 2, (bb.y1 + bb.y2) / 2, 0, measure);
  }
  return out;
}

type EdgeStyle = Pick<SceneEdge, 'color' | 'width' | 'dash' | 'opacity' | 'arrowColor'> & { arrow: boolean; arrowScale: number; labelled: boolean };

function edgeScene(edge: EdgeSingular, cache: StyleCache<EdgeStyle>, measure: Measure): SceneEdge | null {
  const key = `${String(edge.data('allegationType'))}|${String(edge.data('allegationStatus'))}|${edge.selected()}|${edge.classes().join(' ')}`;
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
  const src = edge.sourceEndpoint();
  const tip = edge.targetEndpoint();
  if (!src || !tip || !Number.isFinite(src.x + tip.x)) return null;
  const ctrl = edge.controlPoints() ?? [];
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
  // Midpoint of the drawn curve: t = ½ on each quadratic (exact for one control point, as bezier edges have).
  const c0 = ctrl[0];
  const mid = ctrl.length === 1 && c0 ? { x: 0.25 * src.x + 0.5 * c0.x + 0.25 * tip.x, y: 0.25 * src.y + 0.5 * c0.y + 0.25 * tip.y } : ctrl.length === 0 ? { x: (src.x + tip.x) / 2, y: (src.y + tip.y) / 2 } : edge.midpoint();
  const out: SceneEdge = { id: edge.id(), path, color: style.color, width: style.width, dash: style.dash, opacity: style.opacity, arrow, arrowColor: style.arrowColor, mid };
  const type = edge.data('allegationType') as string | undefined;
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
    out.label = text(textStyle(edge), label, mid.x, mid.y, angle, measure);
  }
  return out;
}

/** Everything visible in `box` (model coordinates), in drawing order: edges under nodes. */
export function buildScene(cy: Core, box: Box, background: string, measure: Measure, cull = true): Scene {
  const nodeCache: Parameters<typeof nodeScene>[1] = new Map();
  const edgeCache: StyleCache<EdgeStyle> = new Map();
  const edges: SceneEdge[] = [];
  const nodes: SceneNode[] = [];
  // The whole-graph box holds every visible element by construction: no need to test bounds.
  cy.edges(':visible').forEach((edge) => {
    if (cull && !intersects(edge.boundingBox({ includeLabels: false }), box)) return;
    const scene = edgeScene(edge, edgeCache, measure);
    if (scene) edges.push(scene);
  });
  cy.nodes(':visible').forEach((node) => {
    if (cull && !intersects(node.boundingBox({ includeLabels: true }), box)) return;
    nodes.push(nodeScene(node, nodeCache, measure));
  });
  return { box, background, edges, nodes };
}

/** A canvas-backed text measure (the same metrics Cytoscape uses for ellipsis). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  return (value, font) => {
    if (!ctx) return value.length * 6;
    const key = `${font}\u0000${value}`;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(value).width;
      widths.set(key, w);
    }
    return w;
  };
}

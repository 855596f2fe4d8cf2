// The Cytoscape stylesheet, generated from the palette for the current theme.
import type { Css, NodeSingular, StylesheetJson } from 'cytoscape';
import {
  ALLEGATION_STATUSES,
  ALLEGATION_TYPES,
  NODE_KINDS,
} from '../../../graph-data/src/schema/vocabulary.js';
import { allegationTypeColour, customAllegationTypes } from './allegation-types.js';
import { allegationColour, BASE_COLOURS, KIND_SHAPES, kindColour, STATUS_LINES, type Theme } from './palette.js';

/** A translucent halo under an element, in the reserved highlight colour. */
const halo = (colour: string, padding: number, opacity: number) => ({ 'underlay-color': colour, 'underlay-padding': padding, 'underlay-opacity': opacity });
/** Nodes' halos are round whatever the kind's shape (Cytoscape's default is a rounded square). */
const nodeHalo = (colour: string) => ({ ...halo(colour, 7, 0.35), 'underlay-shape': 'ellipse' as const });

/** What the Appearance settings change in the stylesheet itself (per-element looks are data: use-appearance-style.ts). */
export interface StyleOptions {
  /** How big the graph's own layout is against ours (appearance-scale.ts layoutUnit): sizes, text and lines follow. */
  unit: number;
  /** Node diameters when nothing else sizes them (by degree). */
  sizeMin: number;
  sizeMax: number;
  edgeLabels: 'hover' | 'on' | 'off';
  /** Appearance's label density, 0..1 (absent: 1). Below 1, small on-screen labels are culled and hubs' labels are larger, so they show first. */
  labelDensity?: number;
}

export const DEFAULT_STYLE_OPTIONS: StyleOptions = { unit: 1, sizeMin: 18, sizeMax: 46, edgeLabels: 'hover' };

/**
 * The smallest on-screen label size drawn, in px, at a label density: 5 px at 100 % (every
 * label of a fitted case), 25 px at 0 %. Views of many nodes (`.grid`, detail.ts) place labels
 * with the label grid instead (use-label-grid.ts), never under 9 px.
 */
export function minLabelPixels(density: number): number {
  const d = Math.min(1, Math.max(0, density));
  return 5 + (1 - d) * 20;
}

export function graphStyle(theme: Theme, options: StyleOptions = DEFAULT_STYLE_OPTIONS): StylesheetJson {
  const base = BASE_COLOURS[theme];
  const u = options.unit;
  // Text scales with the shapes: on a tight layout (airlines.graphml) labels wait until the user
  // zooms in instead of covering each other in the overview.
  const t = u;
  const degreeSize = `mapData(degree, 0, 30, ${options.sizeMin * u}, ${options.sizeMax * u})`;
  const density = options.labelDensity ?? 1;
  // Below full density, text grows with degree (as Gephi sizes labels by node size): culling
  // by on-screen size then keeps the hubs' labels first, and more appear as the user zooms in.
  const fontSize = density < 1 ? `mapData(degree, 0, 30, ${12 * t}, ${20 * t})` : 12 * t;
  return [
    // Shift+drag's selection box: a faint wash of the reserved highlight, so the nodes under it stay readable.
    {
      selector: 'core',
      style: {
        'selection-box-color': base.highlight,
        'selection-box-border-color': base.highlight,
        'selection-box-border-width': 1,
        'selection-box-opacity': 0.1,
        // Cytoscape's defaults (its typings ask for every core property at once).
        'active-bg-color': '#999',
        'active-bg-opacity': 0.15,
        'active-bg-size': 30,
        'outside-texture-bg-color': base.background,
        'outside-texture-bg-opacity': 0.125,
      },
    },
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: degreeSize,
        height: degreeSize,
        'font-size': fontSize,
        color: base.text,
        'text-valign': 'bottom',
        'text-margin-y': 4 * t,
        'text-outline-color': base.textOutline,
        'text-outline-width': 2 * Math.min(1, u),
        'text-max-width': `${120 * t}px`,
        'text-wrap': 'ellipsis',
        // Labels stay readable when a whole case is fitted on screen; only tiny text is culled.
        'min-zoomed-font-size': minLabelPixels(density),
        'border-width': 1.5 * Math.min(1, u),
        'border-color': base.textOutline,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': kindColour(theme, kind), shape: KIND_SHAPES[kind] },
    })),
    // The Appearance settings and the file's own look (use-appearance-style.ts sets these data):
    // a kind's shape wins; nodes of no known kind take the file's shape.
    { selector: 'node[kind = "other"].a-shape', style: { shape: (node: NodeSingular) => node.data('ashape') as Css.NodeShape } },
    { selector: 'node.a-fill', style: { 'background-color': 'data(afill)' } },
    { selector: 'node.a-size', style: { width: 'data(asize)', height: 'data(asize)' } },
    { selector: 'node.a-label', style: { label: 'data(alabel)' } },
    { selector: 'node.a-nolabel', style: { label: '' } },
    {
      selector: 'edge',
      style: {
        width: 1.5 * u,
        'line-color': base.edge,
        'target-arrow-color': base.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'font-size': 9 * t,
        color: base.text,
        'text-outline-color': base.textOutline,
        'text-outline-width': 2 * Math.min(1, u),
        'text-rotation': 'autorotate',
        ...(options.edgeLabels === 'on' ? { label: 'data(relationLabel)' } : {}),
      },
    },
    { selector: 'edge.a-color', style: { 'line-color': 'data(acolor)', 'target-arrow-color': 'data(acolor)' } },
    { selector: 'edge[?allegationType]', style: { width: 2.5 } },
    // The file gave the edge no direction: no arrow claims one.
    { selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none' } },
    // Level of detail on big views (GraphCanvas adds .lod): straight haystack edges without
    // arrows cost a fraction of a bezier's redraw, and labels too small to read are not drawn.
    { selector: 'edge.lod', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: u } },
    { selector: 'edge.a-width', style: { width: 'data(awidth)' } },
    { selector: 'node.lod', style: { 'border-width': 0 } },
    // Views of many nodes (detail.ts) label only the nodes the label grid chose (use-label-grid.ts),
    // at a steady screen size: measuring and drawing thousands of labels was most of a redraw, and
    // all of them overlapped. The grid honours Appearance's label density and label attribute.
    { selector: 'node.grid', style: { label: '', 'min-zoomed-font-size': 0 } },
    {
      selector: 'node.grid.labelled',
      style: {
        label: 'data(label)',
        'font-size': 'data(labelSize)',
        'text-max-width': 'data(labelMax)',
        'text-outline-width': 'data(labelOutline)',
        // No z-index to lift them above the other nodes: batched drawing (batched-draw.ts) draws
        // labelled nodes after the plain ones already, and a z-index made Cytoscape re-sort all
        // 40,000 elements of a 10k view (0.13 s) whenever the grid changed a label.
      },
    },
    { selector: 'node.grid.labelled.a-label', style: { label: 'data(alabel)' } },
    // While a layout moves a large view, its edges wait (GraphCanvas): redrawing tens of
    // thousands of them for every step kept the window from answering.
    { selector: 'edge.lod.moving', style: { display: 'none' } },
    ...ALLEGATION_TYPES.map((type) => ({
      selector: `edge[allegationType = "${type}"]`,
      style: { 'line-color': allegationColour(theme, type), 'target-arrow-color': allegationColour(theme, type) },
    })),
    // The case's own types (ids are [a-z0-9_], safe inside the selector's quotes).
    ...customAllegationTypes().map(({ id }) => ({
      selector: `edge[allegationType = "${id}"]`,
      style: { 'line-color': allegationTypeColour(theme, id), 'target-arrow-color': allegationTypeColour(theme, id) },
    })),
    ...ALLEGATION_STATUSES.map((status) => ({
      selector: `edge[allegationStatus = "${status}"]`,
      style: {
        'line-style': STATUS_LINES[status].style,
        ...(STATUS_LINES[status].dash ? { 'line-dash-pattern': STATUS_LINES[status].dash } : {}),
      },
    })),
    { selector: 'edge:selected, edge.hovered', style: { label: options.edgeLabels === 'off' ? '' : 'data(relationLabel)', width: 3 * u } },
    // The file's own edge label where it has one (edge labels on, or on hover and selection).
    ...(options.edgeLabels === 'on' ? [{ selector: 'edge.a-elabel', style: { label: 'data(elabel)' } }] : []),
    ...(options.edgeLabels === 'hover' ? [{ selector: 'edge.a-elabel:selected, edge.a-elabel.hovered', style: { label: 'data(elabel)' } }] : []),
    // Measures and communities (use-measure-style.ts): area grows with the measure.
    { selector: 'node.sized', style: { width: `mapData(measure, 0, 1, ${14 * u}, ${76 * u})`, height: `mapData(measure, 0, 1, ${14 * u}, ${76 * u})` } },
    { selector: 'node.coloured', style: { 'background-color': 'data(community)' } },
    // A pin reads as a double ring, distinct from selection (solid, highlight colour).
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 6, 'border-color': base.text } },
    // Highlights (palette.ts HIGHLIGHT) ring and halo an element and keep its own colour:
    // a highlighted Bribery edge is still the Bribery colour, with a magenta halo under it.
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': base.highlight, ...nodeHalo(base.highlight) } },
    { selector: 'edge:selected', style: halo(base.highlight, 5, 0.45) },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.15 } },
    { selector: 'node.neighbourhood', style: { 'border-color': base.highlight, 'border-width': 3 } },
    // A highlighted path or comparison (use-highlight.ts) fades everything else.
    { selector: '.dimmed', style: { opacity: 0.2, 'text-opacity': 0.2 } },
    { selector: 'node.highlit', style: { 'border-width': 4, 'border-color': base.highlight, 'font-weight': 'bold', ...nodeHalo(base.highlight) } },
    {
      selector: 'edge.highlit',
      style: { width: 5, label: 'data(relationLabel)', 'z-index': 10, ...halo(base.highlight, 5, 0.45) },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

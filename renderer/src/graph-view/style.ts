// The Cytoscape stylesheet, generated from the palette for the current theme.
import type { StylesheetJson } from 'cytoscape';
import {
  ALLEGATION_STATUSES,
  ALLEGATION_TYPES,
  NODE_KINDS,
} from '../../../graph-data/src/schema/vocabulary.js';
import { allegationColour, BASE_COLOURS, KIND_SHAPES, kindColour, STATUS_LINES, type Theme } from './palette.js';

/** A translucent halo under an element, in the reserved highlight colour. */
const halo = (colour: string, padding: number, opacity: number) => ({ 'underlay-color': colour, 'underlay-padding': padding, 'underlay-opacity': opacity });
/** Nodes' halos are round whatever the kind's shape (Cytoscape's default is a rounded square). */
const nodeHalo = (colour: string) => ({ ...halo(colour, 7, 0.35), 'underlay-shape': 'ellipse' as const });

export function graphStyle(theme: Theme): StylesheetJson {
  const base = BASE_COLOURS[theme];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'mapData(degree, 0, 30, 18, 46)',
        height: 'mapData(degree, 0, 30, 18, 46)',
        'font-size': 12,
        color: base.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': base.textOutline,
        'text-outline-width': 2,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis',
        // Labels stay readable when a whole case is fitted on screen; only tiny text is culled.
        'min-zoomed-font-size': 5,
        'border-width': 1.5,
        'border-color': base.textOutline,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': kindColour(theme, kind), shape: KIND_SHAPES[kind] },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': base.edge,
        'target-arrow-color': base.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'font-size': 9,
        color: base.text,
        'text-outline-color': base.textOutline,
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
      },
    },
    { selector: 'edge[?allegationType]', style: { width: 2.5 } },
    // The file gave the edge no direction: no arrow claims one.
    { selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none' } },
    // Level of detail on big views (GraphCanvas adds .lod): straight haystack edges without
    // arrows cost a fraction of a bezier's redraw, and labels too small to read are not drawn.
    { selector: 'edge.lod', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 1 } },
    // Large views label only the nodes the label grid chose (use-label-grid.ts), at a steady
    // screen size: measuring and drawing thousands of labels was most of a redraw.
    { selector: 'node.lod', style: { label: '', 'min-zoomed-font-size': 0, 'border-width': 0 } },
    {
      selector: 'node.lod.labelled',
      style: {
        label: 'data(label)',
        'font-size': 'data(labelSize)',
        'text-max-width': 'data(labelMax)',
        'text-outline-width': 'data(labelOutline)',
        'z-index': 5,
      },
    },
    ...ALLEGATION_TYPES.map((type) => ({
      selector: `edge[allegationType = "${type}"]`,
      style: { 'line-color': allegationColour(theme, type), 'target-arrow-color': allegationColour(theme, type) },
    })),
    ...ALLEGATION_STATUSES.map((status) => ({
      selector: `edge[allegationStatus = "${status}"]`,
      style: {
        'line-style': STATUS_LINES[status].style,
        ...(STATUS_LINES[status].dash ? { 'line-dash-pattern': STATUS_LINES[status].dash } : {}),
      },
    })),
    { selector: 'edge:selected, edge.hovered', style: { label: 'data(relationLabel)', width: 3 } },
    // Measures and communities (use-measure-style.ts): area grows with the measure.
    { selector: 'node.sized', style: { width: 'mapData(measure, 0, 1, 14, 76)', height: 'mapData(measure, 0, 1, 14, 76)' } },
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

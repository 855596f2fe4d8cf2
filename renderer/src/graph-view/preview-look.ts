// What the layout preview (layout-preview.ts) draws for each node: its colour and size, as
// Cytoscape draws it, or from the view alone while its elements are still being added.
import type { EdgeCollection, NodeCollection } from 'cytoscape';
import type { ViewState } from '../state/view-history.js';
import type { PreviewLook } from './layout-preview.js';
import { kindColour, type Theme } from './palette.js';

/** Diameter of a preview dot before Cytoscape has sized the node (model units). */
const EARLY_NODE_SIZE = 12;

/**
 * The nodes' colours and sizes as Cytoscape draws them; a node the view hides is left out. With
 * `edges` (index pairs, copied: the worker takes the original), the lines too, in the colour of
 * Cytoscape's first edge.
 */
export function previewLook(ids: string[], nodes: NodeCollection, edges?: { pairs: Uint32Array; of: EdgeCollection }): PreviewLook {
  const colours: string[] = [];
  const colourIndex = new Map<string, number>();
  const colourOf = new Uint16Array(nodes.length);
  const sizes = new Float32Array(nodes.length);
  nodes.forEach((n, i) => {
    if (!n.visible()) {
      colourOf[i] = HIDDEN;
      return;
    }
    // The parsed style: style() formats every value as a string (half a second at 10k).
    const colour = (n as unknown as ParsedStyle).pstyle('background-color').strValue;
    let c = colourIndex.get(colour);
    if (c === undefined) {
      c = Math.min(colours.push(colour) - 1, HIDDEN - 1);
      colourIndex.set(colour, c);
    }
    colourOf[i] = c;
    sizes[i] = n.width();
  });
  const first = edges?.of.first();
  const lines = edges && first?.nonempty() ? { pairs: edges.pairs.slice(), colour: (first as unknown as ParsedStyle).pstyle('line-color').strValue } : undefined;
  return lines ? { ids, colourOf, colours, sizes, lines } : { ids, colourOf, colours, sizes };
}

/** Cytoscape's parsed style of an element (not in its type declarations). */
interface ParsedStyle {
  pstyle(name: string): { strValue: string };
}


/** Kind colours of the theme (or the file's own); a node the view hides is left out (as previewLook leaves out what Cytoscape hides). */
export function viewLook(view: ViewState, theme: Theme): PreviewLook {
  const hidden = new Set(view.hidden);
  const colours: string[] = [];
  const colourIndex = new Map<string, number>();
  const colourOf = new Uint16Array(view.nodes.length);
  // A graph without kinds is drawn in its file's own colours, as Appearance's 'auto' draws it.
  const fileColours = view.nodes.every((n) => n.kind === 'other') && view.nodes.some((n) => n.color !== undefined);
  view.nodes.forEach((n, i) => {
    if (hidden.has(n.id)) {
      colourOf[i] = HIDDEN;
      return;
    }
    const colour = (fileColours ? n.color : undefined) ?? kindColour(theme, n.kind);
    let c = colourIndex.get(colour);
    if (c === undefined) {
      c = colours.push(colour) - 1;
      colourIndex.set(colour, c);
    }
    colourOf[i] = c;
  });
  return { ids: view.nodes.map((n) => n.id), colourOf, colours, sizes: new Float32Array(view.nodes.length).fill(EARLY_NODE_SIZE) };
}

/** colourOf for a node the view hides: the preview leaves it out. */
const HIDDEN = 0xffff;

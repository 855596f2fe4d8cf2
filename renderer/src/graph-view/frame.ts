// Moving the viewport: framing a large view from its node positions (cy.fit() measures every element's bounds
// and label, seconds at 10,000 nodes; the centres alone cost a loop), and the zoom and fit controls.
import type { Core, NodeCollection } from 'cytoscape';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * Padding around the framed centres, in screen pixels. Sideways, half of the widest label a large
 * view draws (use-label-grid.ts: 160 px, centred under its node) and its outline and margin: with
 * 40 px, the labels of the nodes at either side were cut by the canvas's edge, their start lost
 * (airlines.graphml: "…(lngx=-122.53…", Seattle's code gone). Below, a label's 12 px and margin fit in 40.
 */
export const FRAME_PADDING = { x: 84, y: 40 } as const;

/** The viewport that shows x, y pairs in a `size` box with `padding` around them; null without a finite place. */
export function framing(places: Float32Array, size: { width: number; height: number }, zoomRange: { min: number; max: number }, padding: { x: number; y: number } = FRAME_PADDING): Viewport | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < places.length; i += 2) {
    const x = places[i] as number;
    const y = places[i + 1] as number;
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  if (!Number.isFinite(x1) || !Number.isFinite(y1)) return null;
  const w = Math.max(x2 - x1, 1);
  const h = Math.max(y2 - y1, 1);
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, Math.min((size.width - 2 * padding.x) / w, (size.height - 2 * padding.y) / h)));
  return { zoom, pan: { x: (size.width - zoom * (x1 + x2)) / 2, y: (size.height - zoom * (y1 + y2)) / 2 } };
}

/** Fits the viewport to x, y pairs without measuring elements. */
export function frameOn(cy: Core, places: Float32Array): void {
  const framed = framing(places, { width: cy.width(), height: cy.height() }, { min: cy.minZoom(), max: cy.maxZoom() });
  if (framed) cy.viewport(framed);
}

/** Frames `nodes` (all of them by default) by their centres. */
export function frameNodes(cy: Core, nodes: NodeCollection = cy.nodes()): void {
  const places = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    const { x, y } = n.position();
    places[2 * i] = x;
    places[2 * i + 1] = y;
  });
  frameOn(cy, places);
}

/** The Fit control (F): frames what is visible; a large view from node centres alone. */
export function fitVisible(cy: Core, large: boolean): void {
  if (large) frameNodes(cy, cy.nodes(':visible'));
  else cy.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 200 });
}

/** The zoom controls: zooms by `factor` about the middle of the canvas. */
export function zoomAtCentre(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Brings a node to the middle (a search hit), zooming in to a readable size if needed. */
export function centreOn(cy: Core, id: string): void {
  const el = cy.getElementById(id);
  if (el.nonempty()) cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
}

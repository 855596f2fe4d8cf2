// Framing a large view from its node positions: cy.fit() measures every element's bounds
// (style, label and edge geometry), seconds at 10,000 nodes; the centres alone cost a loop.
import type { Core, NodeCollection } from 'cytoscape';

/** Fits the viewport to x, y pairs with 40 px of padding, as cy.fit would, without measuring elements. */
export function frameOn(cy: Core, places: Float32Array): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < places.length; i += 2) {
    const x = places[i] as number;
    const y = places[i + 1] as number;
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  if (!Number.isFinite(x1)) return;
  const padding = 40;
  const w = Math.max(x2 - x1, 1);
  const h = Math.max(y2 - y1, 1);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
  cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (x1 + x2)) / 2, y: (cy.height() - zoom * (y1 + y2)) / 2 } });
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

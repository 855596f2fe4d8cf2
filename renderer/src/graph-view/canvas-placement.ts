// Placing a view's nodes on the canvas and saying when it is drawn: positions read back, quick
// places for a graph without any, new nodes beside a placed neighbour, the viewport's level of
// detail on large views, and the performance marks `npm run bench` reads.
import type { Core, NodeSingular } from 'cytoscape';
import type { Positions } from '../state/view-history.js';
import { quickPlacement } from './fa2-core.js';

export function readPositions(cy: Core): Positions {
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    positions[n.id()] = { x, y };
  });
  return positions;
}

/** Read by `npm run bench`: time from navigation to the first placed graph (laid out, or from a saved layout). */
export function markFirstGraph(): void {
  if (performance.getEntriesByName('redthread:first-graph').length === 0) performance.mark('redthread:first-graph');
}

/** Read by `npm run bench`: the graph is on screen, placed or not yet refined. */
export function markFirstPicture(): void {
  if (performance.getEntriesByName('redthread:first-picture').length === 0) performance.mark('redthread:first-picture');
}

/** Seeded places in a disc for a graph without any: the first picture, which the layout refines. */
export function quickPlaces(count: number): Float32Array {
  const places = new Float32Array(count * 2).fill(NaN);
  quickPlacement(places);
  return places;
}

/**
 * Large views leave edges out while the user pans or zooms, and redraw them when the gesture ends.
 * Cytoscape reads these options from the renderer on every frame, so they can follow the view.
 */
export function setViewportLod(cy: Core, lod: boolean): void {
  const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean } }).renderer();
  renderer.hideEdgesOnViewport = lod;
  // During the gesture, one picture of the graph is moved instead of redrawing every element.
  renderer.textureOnViewport = lod;
}

/** New nodes start beside a neighbour that already has a place, so layouts only refine. */
export function seedNewNodes(cy: Core, fresh: NodeSingular[], positions: Positions): void {
  for (const node of fresh) {
    const anchorId = node.neighborhood().nodes().map((n) => n.id()).find((id) => positions[id] !== undefined);
    const base = (anchorId && positions[anchorId]) || { x: 0, y: 0 };
    node.position({ x: base.x + (Math.random() - 0.5) * 80, y: base.y + (Math.random() - 0.5) * 80 });
  }
}

/** Moves each node that has a saved place there, where it is not already. */
export function moveToSaved(cy: Core, positions: Positions): void {
  cy.nodes().forEach((n) => {
    const known = positions[n.id()];
    if (!known) return;
    const at = n.position();
    if (at.x !== known.x || at.y !== known.y) n.position(known);
  });
}

/**
 * Cytoscape watches every attribute of its container and answers each change with a resize and
 * a full redraw (half a second at 10k). The container also carries the canvas's data-* state
 * (data-ready, data-selected…), which changes with every edit and selection: only style and
 * class changes can resize it (real size changes reach its ResizeObserver anyway).
 */
export function watchOnlyStyleAttributes(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): { styleObserver?: MutationObserver } }).renderer();
  const container = cy.container();
  if (!renderer.styleObserver || !container) return;
  renderer.styleObserver.disconnect();
  renderer.styleObserver.observe(container, { attributes: true, attributeFilter: ['style', 'class'] });
}

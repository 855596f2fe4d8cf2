// How much a view's elements show, as classes the stylesheet maps (style.ts): `.lod` (straight
// edges without arrows, no borders, edges hidden while a layout moves the nodes) on views large
// enough for redraws to cost, and `.grid` on nodes whose labels the label grid places
// (use-label-grid.ts) on views with enough nodes for labels to pile up. A view of 943 nodes and
// 860 edges (tokyo-railways.cyjs.json) is drawn in full, but laid out it was a pile of labels, and
// moving all of it in Cytoscape frame after frame was too slow: ForceAtlas2 moves it on its preview.

/** Views with more elements than this are drawn with level of detail. */
export const LOD_MIN_ELEMENTS = 2000;
/** Views with more nodes than this have their labels placed by the label grid. */
export const GRID_MIN_NODES = 300;
/**
 * ForceAtlas2 moves views of more elements than this on its preview (layout-preview.ts), not in
 * Cytoscape: each frame that moved tokyo-railways.cyjs.json's 1,803 elements in Cytoscape (edge
 * paths, bounds, label textures) took 60–200 ms, against 1–2 ms on the preview.
 */
export const PREVIEW_MIN_ELEMENTS = 1000;

export const movesOnPreview = (elements: number): boolean => elements > PREVIEW_MIN_ELEMENTS;

export interface Detail {
  lod: boolean;
  grid: boolean;
}

export function detailOf(view: { nodes: readonly unknown[]; edges: readonly unknown[] }): Detail {
  const lod = view.nodes.length + view.edges.length > LOD_MIN_ELEMENTS;
  return { lod, grid: lod || view.nodes.length > GRID_MIN_NODES };
}

export const sameDetail = (a: Detail, b: Detail): boolean => a.lod === b.lod && a.grid === b.grid;

/** A new element's classes: its level of detail, and hidden if the user hid it. */
export function elementClasses(detail: Detail, node: boolean, hidden: boolean): string {
  const classes: string[] = [];
  if (detail.lod) classes.push('lod');
  if (node && detail.grid) classes.push('grid');
  if (hidden) classes.push('hidden');
  return classes.join(' ');
}

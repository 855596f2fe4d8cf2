// What "export the selection" covers: the selected nodes, the ends of selected edges, the
// selected edges and every edge on screen between two of those nodes, read from the canvas.
import type { Core } from 'cytoscape';
import { graphIdOf } from '../graph-view/elements.js';

export interface SelectedElements {
  nodes: string[];
  edges: string[];
}

export function selectionScope(cy: Core): SelectedElements {
  const nodes = new Set(cy.nodes(':selected').map((n) => n.id()));
  cy.edges(':selected').forEach((e) => {
    nodes.add(e.source().id());
    nodes.add(e.target().id());
  });
  const edges: string[] = [];
  // Nothing selected (the dialog opening on the whole graph): no pass over every edge.
  if (nodes.size === 0) return { nodes: [], edges };
  // The ends first: visible() is the costly test, at ~10 µs an edge.
  cy.edges().forEach((e) => {
    if (e.selected() || (nodes.has(e.data('source') as string) && nodes.has(e.data('target') as string) && e.visible())) edges.push(graphIdOf(e));
  });
  return { nodes: [...nodes], edges };
}

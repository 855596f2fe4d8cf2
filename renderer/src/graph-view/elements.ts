// Converting service views into Cytoscape element definitions, and bringing an instance in
// step with a view of the same graph.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import { RELATION_LABELS } from '../../../graph-data/src/schema/vocabulary.js';

export function nodeElement(node: ViewNode): ElementDefinition {
  return { group: 'nodes', data: { id: node.id, label: node.label, kind: node.kind, degree: node.degree } };
}

export function edgeElement(edge: ViewEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      relation: edge.relation,
      relationLabel: RELATION_LABELS[edge.relation],
      allegationType: edge.allegation?.type,
      allegationStatus: edge.allegation?.status,
      undirected: edge.undirected === true,
    },
  };
}

/**
 * Same view data (label, kind, relation…): nothing to redraw. Keys the view does not set
 * (measure sizes, community colours) belong to the styling hooks and are not compared.
 * Element definitions always carry the same keys, so a value that went away reads as undefined.
 */
function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).every((key) => current[key] === next[key]);
}

/**
 * Makes `cy` hold exactly the view's elements: removes the others, adds the missing ones and
 * gives an element whose data changed its new data (an edge whose ends changed is re-added,
 * as Cytoscape cannot move an edge). Returns the nodes it added.
 */
export function syncElements(cy: Core, view: { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] }): NodeSingular[] {
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  const edgeIds = new Set(view.edges.map((e) => e.id));
  cy.elements()
    .filter((el) => !(el.isNode() ? nodeIds : edgeIds).has(el.id()))
    .remove();
  const missing: ElementDefinition[] = [];
  for (const node of view.nodes) {
    const def = nodeElement(node);
    const el = cy.getElementById(node.id);
    if (el.empty()) missing.push(def);
    else if (!sameData(el.data() as Record<string, unknown>, def.data)) el.data(def.data);
  }
  for (const edge of view.edges) {
    const def = edgeElement(edge);
    const el = cy.getElementById(edge.id);
    // Cytoscape has one id space and files do not (Java.gexf has node "27" and edge "27"): such
    // an edge cannot be drawn beside its node, and must never be mistaken for it and removed.
    if (el.nonempty() && el.isNode()) continue;
    if (el.nonempty() && (el.data('source') !== edge.source || el.data('target') !== edge.target)) el.remove();
    if (cy.getElementById(edge.id).empty()) missing.push(def);
    else if (!sameData(el.data() as Record<string, unknown>, def.data)) el.data(def.data);
  }
  return cy.add(missing).nodes().toArray() as NodeSingular[];
}

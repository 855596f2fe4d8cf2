// Converting service views into Cytoscape element definitions.
import type { ElementDefinition } from 'cytoscape';
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

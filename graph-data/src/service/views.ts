// Building the sub-graph views the renderer draws. Views carry only what the
// canvas needs (ids, labels, kinds, relations); details are fetched on demand.
import type { GraphView, ViewEdge, ViewNode } from '../contract.js';
import type { RedthreadGraph } from './dataset.js';
import { defaultsOf, extraValue } from '../io/extra.js';
import { nodeShapeOf } from '../schema/shapes.js';

/** Views are drawn whole up to this many nodes (issue #11: 10,000 nodes and 50,000 edges); larger graphs open on an overview. */
export const DEFAULT_VIEW_LIMIT = 10_000;

/** A view before the service stamps it with the identity of its graph. */
export type SubGraph = Omit<GraphView, 'graph'>;

export function toViewNode(graph: RedthreadGraph, id: string): ViewNode {
  const attrs = graph.getNodeAttributes(id);
  const node: ViewNode = { id, label: attrs.label, kind: attrs.kind, degree: graph.degree(id) };
  if (attrs.date) node.date = attrs.date;
  if (Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) {
    node.x = attrs.x;
    node.y = attrs.y;
  }
  if (attrs.color) node.color = attrs.color;
  if (Number.isFinite(attrs.size) && (attrs.size as number) > 0) node.size = attrs.size;
  // The file's shape word stays an attribute as the file wrote it; the view gets it in our terms.
  const shape = nodeShapeOf(extraValue(defaultsOf(graph, 'node'), attrs, 'shape'));
  if (shape) node.shape = shape;
  return node;
}

export function toViewEdge(graph: RedthreadGraph, id: string): ViewEdge {
  const attrs = graph.getEdgeAttributes(id);
  const edge: ViewEdge = {
    id,
    source: graph.source(id),
    target: graph.target(id),
    relation: attrs.relation,
  };
  if (attrs.allegation) edge.allegation = { ...attrs.allegation };
  if (attrs.undirected === true) edge.undirected = true;
  if (attrs.color) edge.color = attrs.color;
  if (Number.isFinite(attrs.weight)) edge.weight = attrs.weight;
  if (attrs.label) edge.label = attrs.label;
  return edge;
}

/**
 * The sub-graph induced by `ids` (unknown ids are skipped), capped at `limit`
 * nodes in the order given, so callers put the most relevant nodes first.
 */
export function inducedView(graph: RedthreadGraph, ids: Iterable<string>, limit = Infinity): SubGraph {
  const kept = new Set<string>();
  let requested = 0;
  for (const id of ids) {
    if (!graph.hasNode(id) || kept.has(id)) continue;
    requested++;
    if (kept.size < limit) kept.add(id);
  }
  const edges: ViewEdge[] = [];
  for (const id of kept) {
    graph.forEachOutEdge(id, (edge, _attrs, _source, target) => {
      if (kept.has(target)) edges.push(toViewEdge(graph, edge));
    });
  }
  return {
    nodes: [...kept].map((id) => toViewNode(graph, id)),
    edges,
    truncated: requested > kept.size,
    requestedNodes: requested,
  };
}

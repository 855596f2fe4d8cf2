// Which nodes and edges an export covers: the whole graph, or the nodes of the current
// view with the edges among them (the view's own rule, so the file matches the screen).
import type { RedthreadGraph } from '../../service/dataset.js';

export interface ExportSelection {
  nodes: string[];
  edges: string[];
}

export function selectElements(graph: RedthreadGraph, nodes?: string[], only?: string[]): ExportSelection {
  if (!nodes) return { nodes: graph.nodes(), edges: graph.edges() };
  const kept = new Set(nodes.filter((id) => graph.hasNode(id)));
  const allowed = only ? new Set(only) : null;
  const edges: string[] = [];
  for (const id of kept) {
    graph.forEachOutEdge(id, (edge, _attrs, _source, target) => {
      if (kept.has(target) && (!allowed || allowed.has(edge))) edges.push(edge);
    });
  }
  return { nodes: [...kept], edges };
}

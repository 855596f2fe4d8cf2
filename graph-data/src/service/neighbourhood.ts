// Traversal queries: the opening view, expanding a node, and ego networks.
import type { RedthreadGraph } from './dataset.js';
import { fail } from './errors.js';
import { DEFAULT_VIEW_LIMIT, inducedView, type SubGraph } from './views.js';

export function requireNode(graph: RedthreadGraph, id: string, origin: string): void {
  if (!graph.hasNode(id)) fail('unknown_node', origin, `unknown node "${id}"`);
}

/** The whole graph when it fits, else its best-connected nodes: a large graph opens on its hubs. */
export function initialView(graph: RedthreadGraph, maxNodes = DEFAULT_VIEW_LIMIT): SubGraph {
  if (graph.order <= maxNodes) return inducedView(graph, graph.nodes());
  const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
  const view = inducedView(graph, byDegree, maxNodes);
  return { ...view, truncated: true, requestedNodes: graph.order };
}

/** The visible nodes plus every neighbour of `id`, as one induced view. */
export function expand(graph: RedthreadGraph, id: string, visible: string[], limit = DEFAULT_VIEW_LIMIT): SubGraph {
  requireNode(graph, id, 'expand');
  const ids = [id, ...visible];
  graph.forEachNeighbor(id, (n) => ids.push(n));
  return inducedView(graph, ids, limit);
}

/**
 * Nodes within `depth` hops of `id`, in either direction, closest first.
 * graphology-traversal's BFS follows one direction set per mode and has no
 * "any edge" mode for mixed graphs, so this walks forEachNeighbor itself.
 */
export function egoNodes(graph: RedthreadGraph, id: string, depth: number): string[] {
  const seen = new Set<string>([id]);
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (n) => {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      });
    }
    frontier = next;
  }
  return [...seen];
}

export function ego(graph: RedthreadGraph, id: string, depth: number, limit = DEFAULT_VIEW_LIMIT): SubGraph {
  requireNode(graph, id, 'ego');
  return inducedView(graph, egoNodes(graph, id, depth), limit);
}

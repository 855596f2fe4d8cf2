// Independent expectations for the analysis specs (filters, paths, measures), computed from
// graph.json with plain code and graphology-metrics, never through the service under test.
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { interpol, type RawEdge } from './interpol-graph.js';

type Edge = RawEdge;

export const graph = interpol;
export const edgeById = new Map(graph.edges.map((e) => [e.key, e]));

/** Edges per allegation type: what each type's checkbox counts with no other filter on. */
export function edgesPerType(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of graph.edges) {
    const type = e.attributes.allegation?.type;
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/**
 * What the whole-graph view shows once `keepEdge` hides some edges, by the documented rules:
 * an edge stays when it passes; a node that had edges but has none left disappears unless
 * pinned; a node that never had an edge stays.
 */
export function filteredCounts(keepEdge: (e: Edge) => boolean, pinned: ReadonlySet<string> = new Set()): { nodes: number; edges: number } {
  const had = new Set<string>();
  const has = new Set<string>();
  let edges = 0;
  for (const e of graph.edges) {
    had.add(e.source).add(e.target);
    if (!keepEdge(e)) continue;
    has.add(e.source).add(e.target);
    edges++;
  }
  const nodes = graph.nodes.filter((n) => pinned.has(n.key) || !had.has(n.key) || has.has(n.key)).length;
  return { nodes, edges };
}

/** Hops of the shortest path between two nodes, edge direction ignored (BFS). */
export function undirectedDistance(from: string, to: string, keepEdge: (e: Edge) => boolean = () => true): number {
  const adjacency = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!keepEdge(e)) continue;
    adjacency.set(e.source, [...(adjacency.get(e.source) ?? []), e.target]);
    adjacency.set(e.target, [...(adjacency.get(e.target) ?? []), e.source]);
  }
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const u = queue.shift() ?? '';
    for (const v of adjacency.get(u) ?? []) {
      if (dist.has(v)) continue;
      dist.set(v, (dist.get(u) ?? 0) + 1);
      queue.push(v);
    }
  }
  return dist.get(to) ?? -1;
}

/** Node ids with the highest betweenness on the simple undirected graph (ties all returned). */
export function topBetweenness(): { ids: string[]; value: number } {
  const simple = new UndirectedGraph();
  for (const n of graph.nodes) simple.addNode(n.key);
  for (const e of graph.edges) if (e.source !== e.target) simple.mergeEdge(e.source, e.target);
  const scores = betweennessCentrality(simple, { normalized: false });
  const value = Math.max(...Object.values(scores));
  return { ids: Object.keys(scores).filter((id) => Math.abs((scores[id] ?? 0) - value) < 1e-9), value };
}

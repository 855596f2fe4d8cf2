// Who points at a node other than its own edges: the allegations it is the claimant of and the
// roles held in it. Deleting or merging a node needs both; scanning 30k edges for them costs
// more than an edit's 16 ms, so the editor keeps this index and every op (ops.ts) updates it.
import type { GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from '../service/dataset.js';

export interface RefIndex {
  /** node → allegation edges it claims */
  claimant: Map<string, Set<string>>;
  /** node → nodes with a role in it */
  organisation: Map<string, Set<string>>;
}

const indexes = new WeakMap<RedthreadGraph, RefIndex>();

function link(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
function unlink(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

const organisations = (a: GraphNodeAttributes | undefined) => new Set((a?.roles ?? []).map((r) => r.organisation).filter((o): o is string => o !== undefined));

export function refIndex(graph: RedthreadGraph): RefIndex {
  let index = indexes.get(graph);
  if (index) return index;
  index = { claimant: new Map(), organisation: new Map() };
  const built = index;
  graph.forEachEdge((edge, a) => {
    if (a.allegation) link(built.claimant, a.allegation.claimant, edge);
  });
  graph.forEachNode((node, a) => {
    for (const org of organisations(a)) link(built.organisation, org, node);
  });
  indexes.set(graph, index);
  return index;
}

/** Keeps an existing index in step with one edge's attributes changing (undefined: absent). */
export function trackEdge(graph: RedthreadGraph, edge: string, before: GraphEdgeAttributes | undefined, after: GraphEdgeAttributes | undefined): void {
  const index = indexes.get(graph);
  if (!index) return;
  if (before?.allegation) unlink(index.claimant, before.allegation.claimant, edge);
  if (after?.allegation) link(index.claimant, after.allegation.claimant, edge);
}

export function trackNode(graph: RedthreadGraph, node: string, before: GraphNodeAttributes | undefined, after: GraphNodeAttributes | undefined): void {
  const index = indexes.get(graph);
  if (!index) return;
  for (const org of organisations(before)) unlink(index.organisation, org, node);
  for (const org of organisations(after)) link(index.organisation, org, node);
}

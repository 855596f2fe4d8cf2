// Brings the filter index up to date after an edit. Attribute changes (a rename, a kind, a
// relation, an allegation's status…) rewrite the touched elements' codes in place, so an edit at
// 10k nodes costs microseconds instead of a rebuild; elements added or dropped are handled by
// filter-index-restructure.ts. What cannot be absorbed — a date whose intervals changed (the
// node-date CSR and the data's date range), a claimant that comes or goes (the claimant facet lists
// exactly those used) — is reported, and the caller rebuilds.
import type { RedthreadGraph } from './dataset.js';
import { edgeChanged, restructureFilterIndex } from './filter-index-restructure.js';
import { dateBounds, KIND_CODE, NO_ALLEGATION, nodeIntervals, rankClaimants, RELATION_CODE, STATUS_CODE, type FilterIndex } from './filter-index.js';

/** True when the index now matches the graph; false when only a rebuild can make it so (nothing is half-written then matters: the caller drops it). */
export function patchFilterIndex(index: FilterIndex, graph: RedthreadGraph, nodes: Iterable<string>, edges: Iterable<string>): boolean {
  let relabelled = false;
  for (const id of nodes) {
    const i = index.nodeIndex.get(id);
    if (i === undefined || !graph.hasNode(id)) return false;
    const attrs = graph.getNodeAttributes(id);
    if (graph.degree(id) !== index.nodeDegree[i]) return false;
    const from = index.nodeDateStart[i] ?? 0;
    const to = index.nodeDateStart[i + 1] ?? 0;
    const own = nodeIntervals(attrs);
    if (own.length !== to - from || own.some(([lo, hi], j) => index.nodeDateLo[from + j] !== lo || index.nodeDateHi[from + j] !== hi)) return false;
    index.nodeKind[i] = KIND_CODE.get(attrs.kind) ?? 0;
    const c = index.claimantIndex.get(id);
    if (c !== undefined && index.claimantLabels[c] !== attrs.label) {
      index.claimantLabels[c] = attrs.label;
      relabelled = true;
    }
  }
  for (const id of edges) {
    const e = index.edgeIndex.get(id);
    if (e === undefined || !graph.hasEdge(id)) return false;
    const attrs = graph.getEdgeAttributes(id);
    const date = dateBounds(attrs.date);
    const lo = index.edgeDateLo[e] ?? NaN;
    const hi = index.edgeDateHi[e] ?? NaN;
    if (date ? date[0] !== lo || date[1] !== hi : !Number.isNaN(lo)) return false;
    const claimant = attrs.allegation ? (index.claimantIndex.get(attrs.allegation.claimant) ?? -2) : -1;
    if (claimant !== index.edgeClaimant[e]) return false;
    const type = attrs.allegation ? index.typeIndex.get(attrs.allegation.type) : NO_ALLEGATION;
    if (type === undefined) return false;
    index.edgeRelation[e] = RELATION_CODE.get(attrs.relation) ?? 0;
    index.edgeType[e] = type;
    index.edgeStatus[e] = attrs.allegation ? (STATUS_CODE.get(attrs.allegation.status) ?? 0) : NO_ALLEGATION;
  }
  if (relabelled) index.claimantRank = rankClaimants(index.claimantLabels);
  return true;
}

/**
 * After any edit: elements added or dropped are restructured (filter-index-restructure.ts), then
 * attribute changes patched. 'patched': attributes only; 'restructured': elements came or went;
 * false: only a rebuild gives the right index.
 */
export function updateFilterIndex(index: FilterIndex, graph: RedthreadGraph, nodes: readonly string[], edges: readonly string[]): 'patched' | 'restructured' | false {
  const structural = nodes.some((id) => index.nodeIndex.has(id) !== graph.hasNode(id)) || edges.some((id) => edgeChanged(index, graph, id));
  if (structural && !restructureFilterIndex(index, graph, nodes, edges)) return false;
  if (!patchFilterIndex(index, graph, nodes.filter((id) => graph.hasNode(id)), edges.filter((id) => graph.hasEdge(id)))) return false;
  return structural ? 'restructured' : 'patched';
}

// The filter answers of the service: what a view shows (filterView) and the faceted counts
// beside each box (filterFacets), both from the one evaluation in filter-eval.ts.
import type { FilterFacets, FilterViewResult } from '../contract.js';
import {
  ALLEGATION_STATUSES,
  NODE_KINDS,
  RELATIONS,
  type AllegationStatus,
  type NodeKind,
  type Relation,
} from '../schema/vocabulary.js';
import { evaluate, type Evaluation, type Scope, scopeOf } from './filter-eval.js';
import { type FilterIndex, NO_ALLEGATION } from './filter-index.js';
import { type CompiledFilter, withoutAttribute } from './filters.js';
import { attributeFacet } from './attribute-facets.js';

/**
 * Filters the view `nodes` (with the edges they induce) by the rules of filter-eval.ts.
 * Pinned nodes always show. Unknown ids are skipped, as in inducedView.
 */
export function filterView(index: FilterIndex, f: CompiledFilter, nodes: readonly string[], pinned: readonly string[] = []): FilterViewResult {
  const scope = scopeOf(index, nodes, pinned);
  const result = evaluate(index, f, scope);
  return {
    visibleNodes: scope.nodes.filter((i) => result.nodeOn[i]).map((i) => index.nodeIds[i] ?? ''),
    visibleEdges: result.edges.map((e) => index.edgeIds[e] ?? ''),
    hiddenNodes: scope.nodes.length - result.visibleNodes,
    hiddenEdges: result.inducedEdges - result.edges.length,
  };
}

function record<K extends string>(names: readonly K[], present: Uint8Array, counts: Uint32Array): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  names.forEach((name, code) => {
    if (present[code]) out[name] = counts[code] ?? 0;
  });
  return out;
}

/** Which values the whole graph has: every box stays listed, even at 0 in a small view. */
function presence(index: FilterIndex) {
  const present = {
    type: new Uint8Array(index.types.length),
    status: new Uint8Array(ALLEGATION_STATUSES.length),
    relation: new Uint8Array(RELATIONS.length),
    kind: new Uint8Array(NODE_KINDS.length),
  };
  for (let e = 0; e < index.edgeIds.length; e++) {
    present.relation[index.edgeRelation[e] ?? 0] = 1;
    const type = index.edgeType[e] ?? NO_ALLEGATION;
    if (type !== NO_ALLEGATION) present.type[type] = present.status[index.edgeStatus[e] ?? 0] = 1;
  }
  for (let i = 0; i < index.nodeIds.length; i++) present.kind[index.nodeKind[i] ?? 0] = 1;
  return present;
}

/** Shown edges counted by a per-edge code (allegation edges only when `allegations`). */
function countEdges(index: FilterIndex, r: Evaluation, size: number, code: (e: number) => number, allegations: boolean): Uint32Array {
  const counts = new Uint32Array(size);
  for (const e of r.edges) {
    if (allegations && index.edgeType[e] === NO_ALLEGATION) continue;
    const c = code(e);
    counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

/**
 * Faceted counts: a box's count is what would show in the scope with that box's group left
 * open and every other group as it is — allegation edges for type, status and claimant,
 * edges for relation, nodes for kind. Each narrowed group costs one more evaluation.
 * `matching` is what the whole filter shows. Each attribute filter gets its own facet, in the
 * spec's order (attribute-facets.ts).
 */
export function filterFacets(index: FilterIndex, f: CompiledFilter, scope: Scope = scopeOf(index, null)): FilterFacets {
  const present = presence(index);
  const base = evaluate(index, f, scope);
  const open = (group: 'types' | 'statuses' | 'claimants' | 'relations' | 'kinds') => (f[group] ? evaluate(index, { ...f, [group]: null }, scope) : base);

  const types = countEdges(index, open('types'), index.types.length, (e) => index.edgeType[e] ?? 0, true);
  const statuses = countEdges(index, open('statuses'), ALLEGATION_STATUSES.length, (e) => index.edgeStatus[e] ?? 0, true);
  const claimantCounts = countEdges(index, open('claimants'), index.claimants.length, (e) => index.edgeClaimant[e] ?? 0, true);
  const relations = countEdges(index, open('relations'), RELATIONS.length, (e) => index.edgeRelation[e] ?? 0, false);
  const byKind = open('kinds');
  const kinds = new Uint32Array(NODE_KINDS.length);
  for (const i of scope.nodes) {
    if (!byKind.nodeOn[i]) continue;
    const k = index.nodeKind[i] ?? 0;
    kinds[k] = (kinds[k] ?? 0) + 1;
  }

  const order = index.claimants.map((_id, c) => c);
  const cited = (c: number) => claimantCounts[c] ?? 0;
  order.sort((a, b) => cited(b) - cited(a) || (index.claimantRank[a] ?? 0) - (index.claimantRank[b] ?? 0));
  const facets: FilterFacets = {
    allegationTypes: record<string>(index.types, present.type, types),
    statuses: record<AllegationStatus>(ALLEGATION_STATUSES, present.status, statuses),
    claimants: order.map((c) => ({ id: index.claimants[c] ?? '', label: index.claimantLabels[c] ?? '', count: cited(c) })),
    kinds: record<NodeKind>(NODE_KINDS, present.kind, kinds),
    relations: record<Relation>(RELATIONS, present.relation, relations),
    dateRange: index.dateRange,
    matching: { nodes: base.visibleNodes, edges: base.edges.length },
  };
  if (f.attributes.length > 0) {
    facets.attributes = f.attributes.map((a, i) => attributeFacet(a, a.fails ? evaluate(index, withoutAttribute(f, i), scope) : base, scope));
  }
  return facets;
}

// Investigator filters evaluated over the FilterIndex: which elements of a view stay visible, and faceted counts over the whole graph.
import type { FilterFacets, FilterSpec, FilterViewResult } from '../contract.js';
import {
  ALLEGATION_STATUSES,
  ALLEGATION_TYPES,
  NODE_KINDS,
  RELATIONS,
  type AllegationStatus,
  type AllegationType,
  type NodeKind,
  type Relation,
} from '../schema/vocabulary.js';
import {
  dateBounds,
  KIND_CODE,
  NO_ALLEGATION,
  RELATION_CODE,
  STATUS_CODE,
  TYPE_CODE,
  type FilterIndex,
} from './filter-index.js';

/** One bit per filter group: an element's "fail mask" says which groups reject it. */
export const FAIL = { type: 1, status: 2, claimant: 4, relation: 8, kind: 16, date: 32 } as const;

/** A FilterSpec turned into lookup tables (null = group absent) and numeric date bounds. */
export interface CompiledFilter {
  /** False when nothing is constrained: callers may skip all checks. */
  active: boolean;
  kinds: Uint8Array | null;
  relations: Uint8Array | null;
  types: Uint8Array | null;
  statuses: Uint8Array | null;
  claimants: Uint8Array | null;
  dated: boolean;
  from: number;
  to: number;
  hideUndated: boolean;
}

function table<T>(values: readonly T[] | undefined, codes: ReadonlyMap<T, number>, size: number): Uint8Array | null {
  if (values === undefined) return null;
  const allowed = new Uint8Array(size);
  for (const value of values) {
    const code = codes.get(value);
    if (code !== undefined) allowed[code] = 1;
  }
  return allowed;
}

export function compileFilter(index: FilterIndex, spec: FilterSpec = {}): CompiledFilter {
  const from = dateBounds(spec.dateFrom)?.[0] ?? -Infinity;
  const to = dateBounds(spec.dateTo)?.[1] ?? Infinity;
  const hideUndated = spec.hideUndated === true;
  const compiled: CompiledFilter = {
    active: false,
    kinds: table(spec.kinds, KIND_CODE, NODE_KINDS.length),
    relations: table(spec.relations, RELATION_CODE, RELATIONS.length),
    types: table(spec.allegationTypes, TYPE_CODE, ALLEGATION_TYPES.length),
    statuses: table(spec.statuses, STATUS_CODE, ALLEGATION_STATUSES.length),
    claimants: table(spec.claimants, index.claimantIndex, index.claimants.length),
    dated: from !== -Infinity || to !== Infinity || hideUndated,
    from,
    to,
    hideUndated,
  };
  const { kinds, relations, types, statuses, claimants, dated } = compiled;
  compiled.active = Boolean(kinds ?? relations ?? types ?? statuses ?? claimants) || dated;
  return compiled;
}

/** Kind and date groups for node `i` (0 = passes). */
export function nodeFails(index: FilterIndex, f: CompiledFilter, i: number): number {
  let fail = 0;
  if (f.kinds && !f.kinds[index.nodeKind[i] ?? 0]) fail |= FAIL.kind;
  if (f.dated) {
    const start = index.nodeDateStart[i] ?? 0;
    const end = index.nodeDateStart[i + 1] ?? 0;
    if (start === end) {
      if (f.hideUndated) fail |= FAIL.date;
    } else {
      let overlaps = false;
      for (let j = start; j < end && !overlaps; j++) {
        overlaps = (index.nodeDateLo[j] ?? 0) <= f.to && (index.nodeDateHi[j] ?? 0) >= f.from;
      }
      if (!overlaps) fail |= FAIL.date;
    }
  }
  return fail;
}

/** The groups edge `e` fails on its own attributes, ignoring its endpoints. */
export function edgeOwnFails(index: FilterIndex, f: CompiledFilter, e: number): number {
  let fail = 0;
  if (f.relations && !f.relations[index.edgeRelation[e] ?? 0]) fail |= FAIL.relation;
  const type = index.edgeType[e] ?? NO_ALLEGATION;
  // Edges without an allegation are outside the allegation groups: never hidden by them.
  if (type !== NO_ALLEGATION) {
    if (f.types && !f.types[type]) fail |= FAIL.type;
    if (f.statuses && !f.statuses[index.edgeStatus[e] ?? 0]) fail |= FAIL.status;
    if (f.claimants && !f.claimants[index.edgeClaimant[e] ?? 0]) fail |= FAIL.claimant;
  }
  if (f.dated) {
    const lo = index.edgeDateLo[e] ?? NaN;
    if (Number.isNaN(lo)) {
      if (f.hideUndated) fail |= FAIL.date;
    } else if (lo > f.to || (index.edgeDateHi[e] ?? 0) < f.from) {
      fail |= FAIL.date;
    }
  }
  return fail;
}

/**
 * Filters the view `nodes` (with the edges they induce). Rules, in the order a user sees them:
 * - a node is hidden when it fails the kind or date group;
 * - an edge is shown when it passes every group and both its ends are shown;
 * - a node that had edges in this view but has none left is hidden too: the filter has
 *   cut it off from the picture, and a scatter of unconnected dots only hides what is left;
 * - a node that never had an edge in the view is kept (if it passes its own groups): the
 *   user put it there on purpose, and the filter did not disconnect it;
 * - pinned nodes are never hidden, by any rule: a pin is the user saying "keep this".
 * Unknown ids are skipped, as in inducedView.
 */
export function filterView(index: FilterIndex, f: CompiledFilter, nodes: readonly string[], pinned: readonly string[] = []): FilterViewResult {
  const n = index.nodeIds.length;
  const inView = new Uint8Array(n);
  const isPinned = new Uint8Array(n);
  const viewNodes: number[] = [];
  for (const id of nodes) {
    const i = index.nodeIndex.get(id);
    if (i === undefined || inView[i]) continue;
    inView[i] = 1;
    viewNodes.push(i);
  }
  for (const id of pinned) {
    const i = index.nodeIndex.get(id);
    if (i !== undefined) isPinned[i] = 1;
  }
  const failed = new Uint8Array(n);
  if (f.active) for (const i of viewNodes) failed[i] = isPinned[i] ? 0 : nodeFails(index, f, i);

  const hadEdge = new Uint8Array(n);
  const hasEdge = new Uint8Array(n);
  const visibleEdges: string[] = [];
  let inducedEdges = 0;
  for (const u of viewNodes) {
    const end = index.outStart[u + 1] ?? 0;
    for (let j = index.outStart[u] ?? 0; j < end; j++) {
      const e = index.outEdge[j] ?? 0;
      const v = index.edgeTgt[e] ?? 0;
      if (!inView[v]) continue;
      inducedEdges++;
      hadEdge[u] = hadEdge[v] = 1;
      if (failed[u] || failed[v] || (f.active && edgeOwnFails(index, f, e))) continue;
      hasEdge[u] = hasEdge[v] = 1;
      visibleEdges.push(index.edgeIds[e] ?? '');
    }
  }

  const visibleNodes: string[] = [];
  for (const i of viewNodes) {
    if (isPinned[i] || (!failed[i] && (!hadEdge[i] || hasEdge[i]))) visibleNodes.push(index.nodeIds[i] ?? '');
  }
  return {
    visibleNodes,
    visibleEdges,
    hiddenNodes: viewNodes.length - visibleNodes.length,
    hiddenEdges: inducedEdges - visibleEdges.length,
  };
}

function record<K extends string>(names: readonly K[], present: Uint8Array, counts: Uint32Array): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  names.forEach((name, code) => {
    if (present[code]) out[name] = counts[code] ?? 0;
  });
  return out;
}

/**
 * Faceted counts over the whole graph in one pass: each edge's fail mask with one
 * group's bit cleared says whether the edge would pass if that group were dropped.
 * Kinds count nodes, with the same orphan rule as filterView (a node whose every edge
 * is filtered away does not count; a node that never had an edge does).
 */
export function filterFacets(index: FilterIndex, f: CompiledFilter): FilterFacets {
  const n = index.nodeIds.length;
  const m = index.edgeIds.length;
  const nodeFail = new Uint8Array(n);
  if (f.active) for (let i = 0; i < n; i++) nodeFail[i] = nodeFails(index, f, i);

  const present = {
    type: new Uint8Array(ALLEGATION_TYPES.length),
    status: new Uint8Array(ALLEGATION_STATUSES.length),
    relation: new Uint8Array(RELATIONS.length),
    kind: new Uint8Array(NODE_KINDS.length),
  };
  const count = {
    type: new Uint32Array(ALLEGATION_TYPES.length),
    status: new Uint32Array(ALLEGATION_STATUSES.length),
    claimant: new Uint32Array(index.claimants.length),
    relation: new Uint32Array(RELATIONS.length),
    kind: new Uint32Array(NODE_KINDS.length),
  };
  const linkedIgnoringKind = new Uint8Array(n);
  const linked = new Uint8Array(n);
  let matchingEdges = 0;
  for (let e = 0; e < m; e++) {
    const s = index.edgeSrc[e] ?? 0;
    const t = index.edgeTgt[e] ?? 0;
    const fail = f.active ? edgeOwnFails(index, f, e) | (nodeFail[s] ?? 0) | (nodeFail[t] ?? 0) : 0;
    const relation = index.edgeRelation[e] ?? 0;
    present.relation[relation] = 1;
    if ((fail & ~FAIL.relation) === 0) count.relation[relation] = (count.relation[relation] ?? 0) + 1;
    const type = index.edgeType[e] ?? NO_ALLEGATION;
    if (type !== NO_ALLEGATION) {
      const status = index.edgeStatus[e] ?? 0;
      const claimant = index.edgeClaimant[e] ?? 0;
      present.type[type] = present.status[status] = 1;
      if ((fail & ~FAIL.type) === 0) count.type[type] = (count.type[type] ?? 0) + 1;
      if ((fail & ~FAIL.status) === 0) count.status[status] = (count.status[status] ?? 0) + 1;
      if ((fail & ~FAIL.claimant) === 0) count.claimant[claimant] = (count.claimant[claimant] ?? 0) + 1;
    }
    if ((fail & ~FAIL.kind) === 0) linkedIgnoringKind[s] = linkedIgnoringKind[t] = 1;
    if (fail === 0) {
      linked[s] = linked[t] = 1;
      matchingEdges++;
    }
  }

  let matchingNodes = 0;
  for (let i = 0; i < n; i++) {
    const kind = index.nodeKind[i] ?? 0;
    const fail = nodeFail[i] ?? 0;
    const isolated = index.nodeDegree[i] === 0;
    present.kind[kind] = 1;
    if ((fail & ~FAIL.kind) === 0 && (isolated || linkedIgnoringKind[i])) count.kind[kind] = (count.kind[kind] ?? 0) + 1;
    if (fail === 0 && (isolated || linked[i])) matchingNodes++;
  }

  const order = index.claimants.map((_id, c) => c);
  const cited = (c: number) => count.claimant[c] ?? 0;
  order.sort((a, b) => cited(b) - cited(a) || (index.claimantRank[a] ?? 0) - (index.claimantRank[b] ?? 0));
  const claimants = order.map((c) => ({ id: index.claimants[c] ?? '', label: index.claimantLabels[c] ?? '', count: cited(c) }));
  return {
    allegationTypes: record<AllegationType>(ALLEGATION_TYPES, present.type, count.type),
    statuses: record<AllegationStatus>(ALLEGATION_STATUSES, present.status, count.status),
    claimants,
    kinds: record<NodeKind>(NODE_KINDS, present.kind, count.kind),
    relations: record<Relation>(RELATIONS, present.relation, count.relation),
    dateRange: index.dateRange,
    matching: { nodes: matchingNodes, edges: matchingEdges },
  };
}

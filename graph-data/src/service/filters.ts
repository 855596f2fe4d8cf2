// Investigator filters compiled over the FilterIndex: lookup tables per group, and what each
// node and edge fails on its own. filter-eval.ts applies the rules; filter-results.ts answers.
import type { FilterSpec } from '../contract.js';
import { attributeMasks, compileAttributes, type ColumnSource, type CompiledAttribute } from './attribute-filter.js';
import {
  ALLEGATION_STATUSES,
  NODE_KINDS,
  RELATIONS,
} from '../schema/vocabulary.js';
import {
  dateBounds,
  KIND_CODE,
  NO_ALLEGATION,
  RELATION_CODE,
  STATUS_CODE,
  type FilterIndex,
} from './filter-index.js';

/** One bit per filter group: an element's "fail mask" says which groups reject it. */
export const FAIL = { type: 1, status: 2, claimant: 4, relation: 8, kind: 16, date: 32, attribute: 64 } as const;

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
  /** Steps of surroundings shown around matching allegations (0–2). */
  context: number;
  /** Allegation groups hide only other allegations; plain relations stay. */
  keepRelations: boolean;
  /** Filters on any attribute (FilterSpec.attributes), in the spec's order. */
  attributes: CompiledAttribute[];
  /** What the attribute filters reject, by node / edge index (null: nothing). */
  nodeAttr: Uint8Array | null;
  edgeAttr: Uint8Array | null;
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

/** `columns` reads attribute values; required when the spec has attribute filters. */
export function compileFilter(index: FilterIndex, spec: FilterSpec = {}, columns?: ColumnSource): CompiledFilter {
  const attributes = compileAttributes(spec.attributes, columns);
  const masks = attributeMasks(attributes);
  const from = dateBounds(spec.dateFrom)?.[0] ?? -Infinity;
  const to = dateBounds(spec.dateTo)?.[1] ?? Infinity;
  const hideUndated = spec.hideUndated === true;
  const compiled: CompiledFilter = {
    active: false,
    kinds: table(spec.kinds, KIND_CODE, NODE_KINDS.length),
    relations: table(spec.relations, RELATION_CODE, RELATIONS.length),
    types: table(spec.allegationTypes, index.typeIndex, index.types.length),
    statuses: table(spec.statuses, STATUS_CODE, ALLEGATION_STATUSES.length),
    claimants: table(spec.claimants, index.claimantIndex, index.claimants.length),
    dated: from !== -Infinity || to !== Infinity || hideUndated,
    from,
    to,
    hideUndated,
    context: spec.context ?? 0,
    keepRelations: spec.keepRelations === true,
    attributes,
    nodeAttr: masks.node,
    edgeAttr: masks.edge,
  };
  return withActive(compiled);
}

/** Sets `active` from the groups that constrain something. */
export function withActive(compiled: CompiledFilter): CompiledFilter {
  const { kinds, relations, types, statuses, claimants, dated, nodeAttr, edgeAttr } = compiled;
  compiled.active = Boolean(kinds ?? relations ?? types ?? statuses ?? claimants ?? nodeAttr ?? edgeAttr) || dated;
  return compiled;
}

/** The filter with attribute filter `i` left open (its facet counts what it would show). */
export function withoutAttribute(f: CompiledFilter, i: number): CompiledFilter {
  const masks = attributeMasks(f.attributes, i);
  return withActive({ ...f, nodeAttr: masks.node, edgeAttr: masks.edge });
}

/** Kind and date groups for node `i` (0 = passes). */
export function nodeFails(index: FilterIndex, f: CompiledFilter, i: number): number {
  let fail = 0;
  if (f.kinds && !f.kinds[index.nodeKind[i] ?? 0]) fail |= FAIL.kind;
  if (f.nodeAttr?.[i]) fail |= FAIL.attribute;
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
  if (f.edgeAttr?.[e]) fail |= FAIL.attribute;
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

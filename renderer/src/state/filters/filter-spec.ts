// The FilterSpec as the filters panel and the chips see it: ticking values, "all" / "none", the
// date range, and one removable chip per constrained group. Pure: the service evaluates the spec.
import type { FilterSpec } from '../../../../graph-data/src/contract.js';
import { attributeName, describeAttributeFilter, isAttributeConstrained, removeAttributeFilter } from './attribute-filters.js';

/** The groups that are lists of values (OR within a group, AND across groups). */
export const LIST_GROUPS = ['allegationTypes', 'statuses', 'claimants', 'kinds', 'relations'] as const;
export type ListGroup = (typeof LIST_GROUPS)[number];

/** What a chip stands for: a list group, the date range, "hide undated", or how picked allegations show. */
export type ChipGroup = ListGroup | 'dates' | 'hideUndated' | 'context' | 'keepRelations' | 'attribute';

/** The allegation groups: narrowing any of them picks allegations ("show me that allegation"). */
export const ALLEGATION_GROUPS = ['allegationTypes', 'statuses', 'claimants'] as const;

export interface FilterChip {
  group: ChipGroup;
  label: string;
  /** With group 'attribute': which of FilterSpec.attributes. */
  index?: number;
}

/** How the chips name a group and its values, and which values the data has (for "not X" wording). */
export type ChipVocabulary = Record<ListGroup, { title: string; universe: readonly string[]; label(value: string): string }>;

export const EMPTY_FILTER: FilterSpec = {};

export function isFilterActive(spec: FilterSpec): boolean {
  return (
    LIST_GROUPS.some((g) => spec[g] !== undefined) ||
    spec.dateFrom !== undefined ||
    spec.dateTo !== undefined ||
    spec.hideUndated === true ||
    (spec.attributes ?? []).some(isAttributeConstrained)
  );
}

export function picksAllegations(spec: FilterSpec): boolean {
  return ALLEGATION_GROUPS.some((g) => spec[g] !== undefined);
}

/** Steps of context around picked allegations (0 when absent). */
export function setContext(spec: FilterSpec, steps: 0 | 1 | 2): FilterSpec {
  const next = without(spec, ['context']);
  if (steps > 0) next.context = steps;
  return next;
}

export function setKeepRelations(spec: FilterSpec, keep: boolean): FilterSpec {
  const next = without(spec, ['keepRelations']);
  if (keep) next.keepRelations = true;
  return next;
}

/**
 * Reset: every constraint goes, but how picked allegations are shown (context, keep other
 * relations) is the user's way of working and stays for the next pick.
 */
export function resetFilter(spec: FilterSpec): FilterSpec {
  const next: FilterSpec = {};
  if (spec.context) next.context = spec.context;
  if (spec.keepRelations) next.keepRelations = true;
  return next;
}

function values(spec: FilterSpec, group: ListGroup): readonly string[] | undefined {
  return spec[group];
}

/** An absent group matches everything, so every value counts as ticked. */
export function isTicked(spec: FilterSpec, group: ListGroup, value: string): boolean {
  const list = values(spec, group);
  return list === undefined || list.includes(value);
}

/**
 * The spec with `group` set to `chosen`, normalised: choosing every value the data has
 * is no constraint at all, so the group is dropped (and its chip disappears).
 */
export function setGroup(spec: FilterSpec, group: ListGroup, chosen: readonly string[], universe: readonly string[]): FilterSpec {
  const picked = new Set(chosen);
  if (universe.length > 0 && universe.every((v) => picked.has(v))) return without(spec, [group]);
  return { ...spec, [group]: [...universe.filter((v) => picked.has(v)), ...chosen.filter((v) => !universe.includes(v))] };
}

function without(spec: FilterSpec, keys: readonly (keyof FilterSpec)[]): FilterSpec {
  return Object.fromEntries(Object.entries(spec).filter(([k]) => !keys.includes(k as keyof FilterSpec))) as FilterSpec;
}

export function toggleValue(spec: FilterSpec, group: ListGroup, value: string, universe: readonly string[]): FilterSpec {
  const current = values(spec, group) ?? universe;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return setGroup(spec, group, next, universe);
}

export const tickAll = (spec: FilterSpec, group: ListGroup): FilterSpec => removeGroup(spec, group);
export const tickNone = (spec: FilterSpec, group: ListGroup): FilterSpec => ({ ...spec, [group]: [] });

function removeGroup(spec: FilterSpec, group: Exclude<ChipGroup, 'attribute'>): FilterSpec {
  return without(spec, group === 'dates' ? ['dateFrom', 'dateTo'] : [group]);
}

/** The year a missing bound stands for: the end of the data's span (a bound there is no bound). */
export type DateSpan = { min: number; max: number } | null;

/** The years a date slider spans, from the facets' date range ("1930/1939" and "2018-11-21" both start with a year). */
export function yearSpan(range: { min: string; max: string } | null): { min: number; max: number } | null {
  if (!range) return null;
  const min = Number(range.min.slice(0, 4));
  const max = Number(range.max.slice(0, 4));
  return Number.isFinite(min) && Number.isFinite(max) ? { min, max } : null;
}

/** The spec with a year range; a bound at the end of the data's span is no bound. */
export function setYears(spec: FilterSpec, from: number, to: number, span: { min: number; max: number }): FilterSpec {
  const next = removeGroup(spec, 'dates');
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  if (lo > span.min) next.dateFrom = String(lo);
  if (hi < span.max) next.dateTo = String(hi);
  return next;
}

export function setHideUndated(spec: FilterSpec, hide: boolean): FilterSpec {
  const next = removeGroup(spec, 'hideUndated');
  if (hide) next.hideUndated = true;
  return next;
}

function listLabel(chosen: readonly string[], universe: readonly string[], label: (v: string) => string): string {
  if (chosen.length === 0) return 'none';
  const left = universe.filter((v) => !chosen.includes(v));
  // Name the shorter side: "not Collusion" reads better than eight ticked types.
  const [prefix, named] = left.length > 0 && left.length < chosen.length ? ['not ', left] : ['', chosen];
  const shown = named.slice(0, 2).map(label).join(', ');
  return `${prefix}${shown}${named.length > 2 ? ` +${named.length - 2}` : ''}`;
}

/** One chip per constrained group, in panel order. `span` names the open end of a date range. */
export function filterChips(spec: FilterSpec, vocabulary: ChipVocabulary, span: DateSpan = null): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const group of LIST_GROUPS) {
    const chosen = values(spec, group);
    if (chosen !== undefined) {
      const { title, universe, label } = vocabulary[group];
      chips.push({ group, label: `${title}: ${listLabel(chosen, universe, label)}` });
    }
    // After the last allegation group: how the picked allegations are shown.
    if (group === 'claimants' && picksAllegations(spec)) {
      if (spec.keepRelations) chips.push({ group: 'keepRelations', label: 'Other relations kept' });
      else if (spec.context) chips.push({ group: 'context', label: `Context: ${spec.context} step${spec.context === 1 ? '' : 's'}` });
    }
  }
  if (spec.dateFrom !== undefined || spec.dateTo !== undefined) {
    const from = spec.dateFrom ?? (span ? String(span.min) : '…');
    const to = spec.dateTo ?? (span ? String(span.max) : '…');
    chips.push({ group: 'dates', label: `Dates: ${from} – ${to}` });
  }
  if (spec.hideUndated) chips.push({ group: 'hideUndated', label: 'Dated only' });
  (spec.attributes ?? []).forEach((a, index) => {
    const label = describeAttributeFilter(a);
    if (label) chips.push({ group: 'attribute', label, index });
  });
  return chips;
}

/** The spec without the constraint a chip stands for. */
export function removeChip(spec: FilterSpec, chip: Pick<FilterChip, 'group' | 'index'>): FilterSpec {
  if (chip.group === 'attribute') return removeAttributeFilter(spec, chip.index ?? -1);
  return removeGroup(spec, chip.group);
}

/** A history line for a filter change ("Filter: Allegation: not Collusion"). */
export function describeFilter(spec: FilterSpec, vocabulary: ChipVocabulary, span: DateSpan = null): string {
  const chips = filterChips(spec, vocabulary, span);
  if (chips.length > 0) return `Filter: ${chips.map((c) => c.label).join(' · ')}`;
  // An attribute just added to the panel hides nothing yet.
  const watched = (spec.attributes ?? []).map(attributeName);
  return watched.length > 0 ? `Filter on ${watched.join(', ')} (nothing hidden)` : 'Cleared the filters';
}

// The filter groups as data: title, test id prefix, which values the data has and their
// counts (from the service's facets), and how to name a value. The panel and the chips
// both read this registry, so a new group is one entry.
import type { FilterFacets } from '../../../../graph-data/src/contract.js';
import {
  ALLEGATION_STATUSES,
  NODE_KIND_LABELS,
  NODE_KINDS,
  RELATION_LABELS,
  RELATIONS,
} from '../../../../graph-data/src/schema/vocabulary.js';
import type { ChipVocabulary, ListGroup } from './filter-spec.js';
import { allegationTypeLabel } from '../../graph-view/allegation-types.js';

export interface GroupDefinition {
  group: ListGroup;
  title: string;
  /** data-testid of a value's checkbox is `filter-<prefix>-<value>`. */
  prefix: string;
  /** What the counts count, for screen readers and tooltips. */
  counts: 'edges' | 'nodes';
  /** Values present in the data, in display order, with their faceted counts. */
  options(facets: FilterFacets): { value: string; count: number }[];
  label(value: string, facets: FilterFacets | null): string;
}

function fromRecord<K extends string>(order: readonly K[], record: Partial<Record<K, number>>) {
  return order.filter((k) => record[k] !== undefined).map((value) => ({ value, count: record[value] ?? 0 }));
}

const claimantLabel = (id: string, facets: FilterFacets | null) => facets?.claimants.find((c) => c.id === id)?.label ?? id;

export const FILTER_GROUPS: readonly GroupDefinition[] = [
  {
    group: 'allegationTypes',
    title: 'Allegation',
    prefix: 'allegation',
    counts: 'edges',
    // Built-in types first, then the case's own, as the service lists them.
    options: (f) => fromRecord(Object.keys(f.allegationTypes), f.allegationTypes),
    label: (v) => allegationTypeLabel(v),
  },
  {
    group: 'statuses',
    title: 'Status',
    prefix: 'status',
    counts: 'edges',
    options: (f) => fromRecord(ALLEGATION_STATUSES, f.statuses),
    label: (v) => v,
  },
  {
    group: 'claimants',
    title: 'Claimed by',
    prefix: 'claimant',
    counts: 'edges',
    options: (f) => f.claimants.map((c) => ({ value: c.id, count: c.count })),
    label: claimantLabel,
  },
  {
    group: 'kinds',
    title: 'Kind',
    prefix: 'kind',
    counts: 'nodes',
    options: (f) => fromRecord(NODE_KINDS, f.kinds),
    label: (v) => NODE_KIND_LABELS[v as keyof typeof NODE_KIND_LABELS] ?? v,
  },
  {
    group: 'relations',
    title: 'Relation',
    prefix: 'relation',
    counts: 'edges',
    options: (f) => fromRecord(RELATIONS, f.relations),
    label: (v) => RELATION_LABELS[v as keyof typeof RELATION_LABELS] ?? v,
  },
];

/** Values of `group` present in the data: what "all" means for it. */
export function universe(facets: FilterFacets | null, group: ListGroup): string[] {
  const definition = FILTER_GROUPS.find((g) => g.group === group);
  return facets && definition ? definition.options(facets).map((o) => o.value) : [];
}

export function chipVocabulary(facets: FilterFacets | null): ChipVocabulary {
  const entries = FILTER_GROUPS.map((g) => [g.group, { title: g.title, universe: universe(facets, g.group), label: (v: string) => g.label(v, facets) }]);
  return Object.fromEntries(entries) as ChipVocabulary;
}

// The filter groups the panel draws from the service's facets, and the chips and history
// line that name an active filter. Facets written here; expected labels from the vocabulary.
import { describe, expect, it } from 'vitest';
import type { FilterFacets } from '../../../../graph-data/src/contract.js';
import { describeFilter, filterChips, isFilterActive, setGroup, setHideUndated, setYears, yearSpan } from './filter-spec.js';
import { chipVocabulary, FILTER_GROUPS, universe } from './groups.js';

const facets: FilterFacets = {
  allegationTypes: { red_notice_abuse: 4, bribery_corruption: 1 },
  statuses: { denied: 2, alleged: 3 },
  claimants: [{ id: 'bob', label: 'Bob Ray', count: 3 }, { id: 'cleo', label: 'Cleo', count: 1 }],
  kinds: { person: 5, agency: 1 },
  relations: { accuses: 3, member_of: 1 },
  dateRange: { min: '1930/1939', max: '2018-11-21' },
  matching: { nodes: 6, edges: 4 },
};

describe('filter groups', () => {
  it('offers each group in panel order with its title, values in vocabulary order, counts and labels', () => {
    const shown = FILTER_GROUPS.map((g) => ({ title: g.title, counts: g.counts, options: g.options(facets).map((o) => `${g.label(o.value, facets)}=${o.count}`) }));
    expect(shown).toEqual([
      { title: 'Allegation', counts: 'edges', options: ['Red notice abuse / political persecution=4', 'Bribery and corruption=1'] },
      { title: 'Status', counts: 'edges', options: ['alleged=3', 'denied=2'] },
      { title: 'Claimed by', counts: 'edges', options: ['Bob Ray=3', 'Cleo=1'] },
      { title: 'Kind', counts: 'nodes', options: ['Person=5', 'Agency=1'] },
      { title: 'Relation', counts: 'edges', options: ['member of=1', 'accuses=3'] },
    ]);
  });

  it('gives each group its filter key and test-id prefix', () => {
    expect(FILTER_GROUPS.map((g) => `${g.group}:${g.prefix}`)).toEqual(['allegationTypes:allegation', 'statuses:status', 'claimants:claimant', 'kinds:kind', 'relations:relation']);
  });

  it('names a value the vocabulary does not know by itself', () => {
    for (const g of FILTER_GROUPS) expect(g.label('zzz', null)).toBe('zzz');
  });

  it('knows which values "all" means, and none before the facets arrive', () => {
    expect(universe(facets, 'claimants')).toEqual(['bob', 'cleo']);
    expect(universe(null, 'kinds')).toEqual([]);
  });
});

describe('chips and history lines', () => {
  // Built inside each test: a failure here is then a failing test, which Stryker's Vitest
  // runner counts, not a file that fails to collect, which it does not.
  const vocab = () => chipVocabulary(facets);

  it('names the shorter side: the ticked values, or "not" the unticked ones', () => {
    expect(filterChips({ kinds: ['agency'] }, vocab())).toEqual([{ group: 'kinds', label: 'Kind: Agency' }]);
    expect(filterChips({ statuses: [] }, vocab())).toEqual([{ group: 'statuses', label: 'Status: none' }]);
    expect(filterChips({ claimants: ['bob', 'cleo', 'zed'] }, vocab())[0]?.label).toBe('Claimed by: Bob Ray, Cleo +1');
  });

  it('counts values past the first two, and writes "not" when fewer are left out', () => {
    const many = chipVocabulary({ ...facets, relations: { accuses: 1, member_of: 1, leads: 1, supports: 1 } });
    expect(filterChips({ relations: ['member_of', 'leads', 'supports'] }, many)[0]?.label).toBe('Relation: not accuses');
    expect(filterChips({ relations: ['accuses', 'member_of'] }, many)[0]?.label).toBe('Relation: accuses, member of');
    expect(filterChips({ relations: ['accuses', 'member_of', 'leads', 'supports', 'related_to'] }, many)[0]?.label).toBe('Relation: accuses, member of +3');
  });

  it('shows dates with open ends, and "Dated only"', () => {
    expect(filterChips({ dateTo: '2016' }, vocab())).toEqual([{ group: 'dates', label: 'Dates: … – 2016' }]);
    expect(filterChips({ dateFrom: '2010', hideUndated: true }, vocab())).toEqual([
      { group: 'dates', label: 'Dates: 2010 – …' },
      { group: 'hideUndated', label: 'Dated only' },
    ]);
  });

  it('describes a change for the history', () => {
    expect(describeFilter({}, vocab())).toBe('Cleared the filters');
    expect(describeFilter({ kinds: ['person'], dateFrom: '2010' }, vocab())).toBe('Filter: Kind: Person · Dates: 2010 – …');
  });

  it('counts any constraint as an active filter', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ hideUndated: false })).toBe(false);
    for (const spec of [{ kinds: [] }, { dateFrom: '2010' }, { dateTo: '2010' }, { hideUndated: true }]) expect(isFilterActive(spec), JSON.stringify(spec)).toBe(true);
  });
});

describe('editing the spec', () => {
  it('keeps values outside the data when they were chosen, and drops a group only when every known value is ticked', () => {
    expect(setGroup({}, 'kinds', ['agency', 'ghost', 'person'], ['person', 'agency'])).toEqual({});
    expect(setGroup({}, 'kinds', ['ghost', 'agency'], ['person', 'agency'])).toEqual({ kinds: ['agency', 'ghost'] });
    expect(setGroup({}, 'kinds', [], [])).toEqual({ kinds: [] });
  });

  it('spans the years of the data, and a bound at the end of the span is no bound', () => {
    const span = yearSpan(facets.dateRange);
    expect(span).toEqual({ min: 1930, max: 2018 });
    expect(yearSpan({ min: 'x', max: '2018' })).toBeNull();
    expect(yearSpan({ min: '1930', max: 'later' })).toBeNull();
    expect(yearSpan(null)).toBeNull();
    const s = span as { min: number; max: number };
    expect(setYears({ dateFrom: '1' }, 1930, 2018, s)).toEqual({});
    expect(setYears({}, 2016, 1990, s)).toEqual({ dateFrom: '1990', dateTo: '2016' });
  });

  it('sets and clears "Dated only"', () => {
    expect(setHideUndated({ kinds: ['person'] }, true)).toEqual({ kinds: ['person'], hideUndated: true });
    expect(setHideUndated({ hideUndated: true }, false)).toEqual({});
  });
});

describe('claimant names', () => {
  it('names a claimant the facets do not list by its id', () => {
    const claimants = FILTER_GROUPS.find((g) => g.group === 'claimants');
    expect(claimants?.label('ghost', facets)).toBe('ghost');
    expect(claimants?.label('bob', facets)).toBe('Bob Ray');
  });
});

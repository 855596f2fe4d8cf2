// Filter chips ↔ FilterSpec: ticking, normalising "all" away, chips naming each constraint, and × removing exactly it.
import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '../../../../graph-data/src/contract.js';
import {
  type ChipVocabulary,
  describeFilter,
  filterChips,
  isFilterActive,
  isTicked,
  removeChip,
  resetFilter,
  setContext,
  setKeepRelations,
  setHideUndated,
  setYears,
  tickAll,
  tickNone,
  toggleValue,
  yearSpan,
} from './filter-spec.js';

const TYPES = ['intelligence_ties', 'red_notice_abuse', 'collusion'];
const vocab: ChipVocabulary = {
  allegationTypes: { title: 'Allegation', universe: TYPES, label: (v) => v.toUpperCase() },
  statuses: { title: 'Status', universe: ['alleged', 'denied'], label: (v) => v },
  claimants: { title: 'Claimed by', universe: ['a', 'b', 'c', 'd'], label: (v) => `Claimant ${v}` },
  kinds: { title: 'Kind', universe: ['person', 'agency'], label: (v) => v },
  relations: { title: 'Relation', universe: ['accuses'], label: (v) => v },
};

describe('ticking values', () => {
  it('unticking one value of an unconstrained group keeps all the others', () => {
    const spec = toggleValue({}, 'allegationTypes', 'collusion', TYPES);
    expect(spec).toEqual({ allegationTypes: ['intelligence_ties', 'red_notice_abuse'] });
    expect(isTicked(spec, 'allegationTypes', 'collusion')).toBe(false);
    expect(isTicked(spec, 'allegationTypes', 'red_notice_abuse')).toBe(true);
    expect(isTicked({}, 'allegationTypes', 'collusion')).toBe(true);
  });

  it('ticking the last missing value drops the group: all is no constraint', () => {
    const spec = toggleValue({ allegationTypes: ['intelligence_ties', 'red_notice_abuse'] }, 'allegationTypes', 'collusion', TYPES);
    expect(spec).toEqual({});
    expect(isFilterActive(spec)).toBe(false);
  });

  it('"none" is an empty list (matches nothing) and "all" removes the group', () => {
    const none = tickNone({ statuses: ['alleged'] }, 'allegationTypes');
    expect(none).toEqual({ statuses: ['alleged'], allegationTypes: [] });
    expect(isFilterActive(none)).toBe(true);
    expect(tickAll(none, 'allegationTypes')).toEqual({ statuses: ['alleged'] });
  });

  it('keeps values in the data order whatever order they were ticked in', () => {
    let spec: FilterSpec = tickNone({}, 'allegationTypes');
    spec = toggleValue(spec, 'allegationTypes', 'collusion', TYPES);
    spec = toggleValue(spec, 'allegationTypes', 'intelligence_ties', TYPES);
    expect(spec.allegationTypes).toEqual(['intelligence_ties', 'collusion']);
  });
});

describe('dates', () => {
  it('reads the year span from partial dates and intervals', () => {
    expect(yearSpan({ min: '1930/1939', max: '2018-11-21' })).toEqual({ min: 1930, max: 2018 });
    expect(yearSpan(null)).toBeNull();
  });

  it('a bound at the edge of the data is no bound', () => {
    const span = { min: 1930, max: 2018 };
    expect(setYears({}, 1930, 2018, span)).toEqual({});
    expect(setYears({}, 2000, 2018, span)).toEqual({ dateFrom: '2000' });
    expect(setYears({ dateFrom: '2000' }, 2010, 1990, span)).toEqual({ dateFrom: '1990', dateTo: '2010' });
    expect(setHideUndated({ hideUndated: true }, false)).toEqual({});
  });
});

describe('chips', () => {
  it('is one chip per constrained group, naming the shorter side', () => {
    const spec: FilterSpec = {
      allegationTypes: ['intelligence_ties', 'red_notice_abuse'],
      claimants: ['a'],
      kinds: [],
      dateFrom: '2000',
      hideUndated: true,
    };
    expect(filterChips(spec, vocab)).toEqual([
      { group: 'allegationTypes', label: 'Allegation: not COLLUSION' },
      { group: 'claimants', label: 'Claimed by: Claimant a' },
      { group: 'kinds', label: 'Kind: none' },
      { group: 'dates', label: 'Dates: 2000 – …' },
      { group: 'hideUndated', label: 'Dated only' },
    ]);
    expect(filterChips({}, vocab)).toEqual([]);
  });

  it('names both years of a date range, the open end being the end of the data', () => {
    expect(filterChips({ dateFrom: '2014' }, vocab, { min: 1930, max: 2018 })).toEqual([{ group: 'dates', label: 'Dates: 2014 – 2018' }]);
    expect(filterChips({ dateTo: '2016' }, vocab, { min: 1930, max: 2018 })).toEqual([{ group: 'dates', label: 'Dates: 1930 – 2016' }]);
  });

  it('says how picked allegations show, after the allegation groups, only when allegations are picked', () => {
    expect(filterChips({ statuses: ['alleged'], kinds: ['person'], context: 2 }, vocab).map((c) => c.label)).toEqual(['Status: alleged', 'Context: 2 steps', 'Kind: person']);
    expect(filterChips({ allegationTypes: ['collusion'], keepRelations: true, context: 1 }, vocab).map((c) => c.group)).toEqual(['allegationTypes', 'keepRelations']);
    expect(filterChips({ kinds: ['person'], context: 1, keepRelations: true }, vocab).map((c) => c.group)).toEqual(['kinds']);
    expect(removeChip({ allegationTypes: ['collusion'], context: 1 }, { group: 'context' })).toEqual({ allegationTypes: ['collusion'] });
  });

  it('resets the constraints but keeps how picked allegations are shown', () => {
    expect(resetFilter({ allegationTypes: ['collusion'], kinds: [], context: 2, keepRelations: true })).toEqual({ context: 2, keepRelations: true });
    expect(setContext({ context: 2 }, 0)).toEqual({});
    expect(setKeepRelations({ keepRelations: true }, false)).toEqual({});
  });

  it('abbreviates long lists', () => {
    expect(filterChips({ claimants: ['a', 'b', 'c'] }, vocab)[0]?.label).toBe('Claimed by: not Claimant d');
    const many = { ...vocab, claimants: { ...vocab.claimants, universe: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] } };
    expect(filterChips({ claimants: ['a', 'b', 'c'] }, many)[0]?.label).toBe('Claimed by: Claimant a, Claimant b +1');
  });

  it('removing a chip removes that constraint and only that one', () => {
    const spec: FilterSpec = { allegationTypes: ['collusion'], dateFrom: '2000', dateTo: '2010', hideUndated: true };
    expect(removeChip(spec, { group: 'dates' })).toEqual({ allegationTypes: ['collusion'], hideUndated: true });
    expect(removeChip(spec, { group: 'allegationTypes' })).toEqual({ dateFrom: '2000', dateTo: '2010', hideUndated: true });
    expect(removeChip(spec, { group: 'hideUndated' })).toEqual({ allegationTypes: ['collusion'], dateFrom: '2000', dateTo: '2010' });
    // Every chip removed in turn leaves no filter.
    const cleared = filterChips(spec, vocab).reduce(removeChip, spec);
    expect(cleared).toEqual({});
  });

  it('describes a change for the history', () => {
    expect(describeFilter({ statuses: ['alleged'] }, vocab)).toBe('Filter: Status: alleged');
    expect(describeFilter({}, vocab)).toBe('Cleared the filters');
  });
});

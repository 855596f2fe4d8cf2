// Editing attribute filters in the spec, and how chips, history lines and export captions
// name them.
import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '../../../../graph-data/src/contract.js';
import { describeFilterSpec } from '../../export/describe-filter.js';
import { addAttributeFilter, describeAttributeFilter, removeAttributeFilter, setAttributeRange, toggleAttributeTerm } from './attribute-filters.js';
import { describeFilter, filterChips, isFilterActive, removeChip } from './filter-spec.js';
import { chipVocabulary } from './groups.js';

const vocabulary = chipVocabulary(null);

describe('attribute filters in the spec', () => {
  it('adds an attribute once, constraining nothing until a range or a term is set', () => {
    const added = addAttributeFilter({}, { element: 'node', key: 'authority' });
    expect(added).toEqual({ attributes: [{ element: 'node', key: 'authority' }] });
    expect(addAttributeFilter(added, { element: 'node', key: 'authority' })).toBe(added);
    expect(isFilterActive(added)).toBe(false);
    expect(filterChips(added, vocabulary)).toEqual([]);
    expect(describeFilter(added, vocabulary)).toBe('Filter on authority (nothing hidden)');
  });

  it('sets and clears a range, ticks and unticks terms, removes the filter', () => {
    let spec: FilterSpec = addAttributeFilter(addAttributeFilter({}, { element: 'node', key: 'authority' }), { element: 'edge', key: 'weight', builtin: true });
    spec = setAttributeRange(spec, 0, { min: 0.01, max: undefined });
    expect(spec.attributes?.[0]).toEqual({ element: 'node', key: 'authority', range: { min: 0.01 } });
    expect(isFilterActive(spec)).toBe(true);
    spec = setAttributeRange(spec, 0, { min: undefined, max: undefined });
    expect(spec.attributes?.[0]).toEqual({ element: 'node', key: 'authority' });
    spec = toggleAttributeTerm(spec, 1, '2');
    spec = toggleAttributeTerm(spec, 1, '3');
    expect(spec.attributes?.[1]).toEqual({ element: 'edge', key: 'weight', builtin: true, terms: ['2', '3'] });
    spec = toggleAttributeTerm(toggleAttributeTerm(spec, 1, '2'), 1, '3');
    expect(spec.attributes?.[1]).toEqual({ element: 'edge', key: 'weight', builtin: true });
    expect(removeAttributeFilter(removeAttributeFilter(spec, 1), 0)).toEqual({});
  });
});

describe('naming attribute filters', () => {
  const spec: FilterSpec = {
    kinds: ['person'],
    attributes: [
      { element: 'node', key: 'authority', range: { min: 0.01, max: 0.05 } },
      { element: 'edge', key: 'weight', builtin: true, range: { min: 2 } },
      { element: 'node', key: 'since', range: { max: '2018-11' } },
      { element: 'node', key: 'city', terms: ['Paris', 'Lyon', 'Nice', 'Metz'] },
      { element: 'node', key: 'idle' },
    ],
  };

  it('one chip per constrained attribute filter; × removes that one only', () => {
    const chips = filterChips(spec, vocabulary).filter((c) => c.group === 'attribute');
    expect(chips.map((c) => c.label)).toEqual(['authority: 0.01 – 0.05', 'Edge weight ≥ 2', 'since ≤ 2018-11', 'city: Paris, Lyon, Nice +1']);
    expect(chips.map((c) => c.index)).toEqual([0, 1, 2, 3]);
    const chip = chips[1];
    if (!chip) throw new Error('no chip');
    expect(removeChip(spec, chip).attributes?.map((a) => a.key)).toEqual(['authority', 'since', 'city', 'idle']);
  });

  it('says in an export caption what was filtered', () => {
    expect(describeFilterSpec(spec)).toEqual(['Kind: Person', 'authority: 0.01 – 0.05', 'Edge weight ≥ 2', 'since ≤ 2018-11', 'city: Paris, Lyon, Nice +1']);
    expect(describeAttributeFilter({ element: 'node', key: 'city', terms: [] })).toBe('city: none');
  });
});

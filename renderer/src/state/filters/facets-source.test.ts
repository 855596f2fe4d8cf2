import { describe, expect, it } from 'vitest';
import type { FilterFacets } from '../../../../graph-data/src/contract.js';
import { createFacetsSource } from './use-facets.js';

const facets = (claimant: string): FilterFacets => ({
  allegationTypes: {},
  statuses: { alleged: 2 },
  claimants: [{ id: 'c', label: claimant, count: 2 }],
  kinds: { person: 3 },
  relations: {},
  dateRange: null,
  matching: { nodes: 3, edges: 2 },
});

describe('the facets store', () => {
  it('tells its listeners of a new answer, not of one equal to the last, and gives answers for their graph only', () => {
    const source = createFacetsSource();
    let told = 0;
    const stop = source.subscribe(() => told++);
    expect(source.current('g')).toBeNull();
    source.set({ dataset: 'g', value: facets('Interpol') });
    expect(told).toBe(1);
    const first = source.latest();
    expect(first).toMatchObject({ dataset: 'g', value: { claimants: [{ label: 'Interpol' }] } });
    // A rename far from any claimant: the same counts again, as a new object.
    source.set({ dataset: 'g', value: facets('Interpol') });
    expect(told).toBe(1);
    expect(source.latest()).toBe(first);
    source.set({ dataset: 'g', value: facets('Renamed') });
    expect(told).toBe(2);
    expect(source.current('g')?.claimants[0]?.label).toBe('Renamed');
    // Another graph's answer is not this one's, and an equal value for another graph is news.
    expect(source.current('other')).toBeNull();
    source.set({ dataset: 'other', value: facets('Renamed') });
    expect(told).toBe(3);
    expect(source.current('g')).toBeNull();
    stop();
    source.set({ dataset: 'other', value: facets('Again') });
    expect(told).toBe(3);
  });
});

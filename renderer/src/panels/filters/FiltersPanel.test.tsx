// @vitest-environment happy-dom
// The filters sidebar as a whole: which sections a graph gets depends on what its data holds.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { FiltersPanel } from './FiltersPanel.js';

const imported: FilterFacets = {
  allegationTypes: {},
  statuses: {},
  claimants: [],
  kinds: { other: 40 },
  relations: { related_to: 90 },
  dateRange: null,
  matching: { nodes: 40, edges: 90 },
};
const withAllegations: FilterFacets = { ...imported, allegationTypes: { corruption: 3 }, statuses: { alleged: 3 } };

function show(facets: FilterFacets | null, filter: FilterSpec = {}, shown: { nodes: number; edges: number } | null = { nodes: 40, edges: 90 }) {
  render(<FiltersPanel filter={filter} facets={facets} theme="light" hidden={null} shown={shown} onChange={() => {}} onReset={() => {}} />);
}

afterEach(cleanup);

describe('FiltersPanel', () => {
  it('offers no "Picked allegations" choice for a graph without allegations', () => {
    show(imported);
    expect(screen.getByText('40 nodes · 90 edges on screen')).toBeTruthy();
    expect(screen.queryByText('Picked allegations')).toBeNull();
    expect(screen.queryByTestId('filter-context')).toBeNull();
  });

  it('counts what is on screen with thousands grouped and the noun agreeing', () => {
    show(imported, {}, { nodes: 1538, edges: 1 });
    expect(screen.getByTestId('filter-status').textContent).toBe('1,538 nodes · 1 edge on screen');
  });

  it('says there is nothing to filter when nothing is drawn (a graph opened on its overview), not "Counting…" for ever', () => {
    show(null, {}, null);
    expect(screen.getByTestId('filter-status').textContent).toBe('Nothing on screen to filter');
  });

  it('says it is counting while the first counts of a drawn view are on their way', () => {
    show(null);
    expect(screen.getByTestId('filter-status').textContent).toBe('Counting…');
  });

  it('offers it once the graph has allegations', () => {
    show(withAllegations);
    expect(screen.getByText('Picked allegations')).toBeTruthy();
    expect(screen.getByTestId('filter-keep-relations')).toBeTruthy();
  });

  it('keeps it while the filter still sets it, so it can be undone', () => {
    show(imported, { keepRelations: true });
    expect((screen.getByTestId('filter-keep-relations') as HTMLInputElement).checked).toBe(true);
  });
});

// @vitest-environment happy-dom
// One filter group as the user sees it: a box per value the data has, with its count and
// label; ticking and unticking tells the app the new filter; "all" / "none".
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { FILTER_GROUPS } from '../../state/filters/groups.js';
import { FilterGroup } from './FilterGroup.js';

const facets: FilterFacets = {
  allegationTypes: {},
  statuses: {},
  claimants: [],
  kinds: { person: 12, agency: 3, country: 1 },
  relations: { member_of: 4, located_in: 2 },
  dateRange: null,
  matching: { nodes: 16, edges: 6 },
};
const kinds = FILTER_GROUPS.find((g) => g.group === 'kinds');
if (!kinds) throw new Error('no kinds group');

function renderKinds(filter: FilterSpec, initiallyShown?: number) {
  const onChange = vi.fn<(next: FilterSpec) => void>();
  render(<FilterGroup definition={kinds as NonNullable<typeof kinds>} filter={filter} facets={facets} onChange={onChange} {...(initiallyShown ? { initiallyShown } : {})} />);
  return onChange;
}

afterEach(cleanup);

describe('FilterGroup', () => {
  it('lists the kinds the data has, in vocabulary order, with their labels and counts', () => {
    renderKinds({});
    const group = screen.getByRole('list', { name: 'Kind' });
    const rows = within(group).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual(['Person12', 'Agency3', 'Country1']);
    expect(within(group).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByText('all', { selector: '.filter-summary' })).toBeTruthy();
  });

  it('unticking one kind asks for the others only', () => {
    const onChange = renderKinds({});
    fireEvent.click(screen.getByTestId('filter-kind-agency'));
    expect(onChange).toHaveBeenCalledWith({ kinds: ['person', 'country'] });
  });

  it('ticking the last missing kind drops the constraint', () => {
    const onChange = renderKinds({ kinds: ['person', 'country'] });
    expect((screen.getByTestId('filter-kind-agency') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByTestId('filter-kind-agency'));
    expect(onChange).toHaveBeenCalledWith({});
  });

  it('keeps the other groups of the filter when it changes its own', () => {
    const onChange = renderKinds({ relations: ['member_of'], dateFrom: '2010' });
    fireEvent.click(screen.getByTestId('filter-kind-person'));
    expect(onChange).toHaveBeenCalledWith({ relations: ['member_of'], dateFrom: '2010', kinds: ['agency', 'country'] });
  });

  it('"none" unticks every kind, "all" ticks them again; each is disabled when it would do nothing', () => {
    const onChange = renderKinds({ kinds: ['person'] });
    fireEvent.click(screen.getByTestId('filter-kind-none'));
    expect(onChange).toHaveBeenLastCalledWith({ kinds: [] });
    fireEvent.click(screen.getByTestId('filter-kind-all'));
    expect(onChange).toHaveBeenLastCalledWith({});
    cleanup();
    renderKinds({});
    expect((screen.getByTestId('filter-kind-all') as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    renderKinds({ kinds: [] });
    expect((screen.getByTestId('filter-kind-none') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the first values and a "show all" for the rest', () => {
    renderKinds({}, 2);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.click(screen.getByText('show all 3'));
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByText('show fewer')).toBeTruthy();
  });

  it('renders nothing for a group the data does not have', () => {
    const { container } = render(<FilterGroup definition={kinds as NonNullable<typeof kinds>} filter={{}} facets={{ ...facets, kinds: {} }} onChange={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });
});

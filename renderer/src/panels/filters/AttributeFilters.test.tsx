// @vitest-environment happy-dom
// Attribute filters as the user works them: pick an attribute from the catalogue, type a range
// (applied on Enter, refused with a message when it is not a number or a date), tick values
// with their counts, remove the filter. Each change tells the app the new FilterSpec.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttributeCatalog, FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { AttributeFilters } from './AttributeFilters.js';

const catalog: AttributeCatalog = {
  graph: 'g#1',
  node: [
    { key: 'degree', builtin: true, type: 'number', count: 5, distinct: 3, min: 1, max: 4 },
    { key: 'authority', builtin: false, type: 'number', count: 5, distinct: 5, min: 0.001, max: 0.12 },
    { key: 'founded', builtin: false, type: 'date', count: 4, distinct: 4, min: '1990', max: '2018-11-21' },
    { key: 'city', builtin: false, type: 'string', count: 4, distinct: 2, values: [{ value: 'Paris', count: 3 }, { value: 'Lyon', count: 1 }] },
  ],
  edge: [{ key: 'weight', builtin: true, type: 'number', count: 6, distinct: 2, min: 1, max: 3 }],
};

const base: Omit<FilterFacets, 'attributes'> = { allegationTypes: {}, statuses: {}, claimants: [], kinds: {}, relations: {}, dateRange: null, matching: { nodes: 5, edges: 6 } };

function renderFilters(filter: FilterSpec, attributes?: FilterFacets['attributes']) {
  const onChange = vi.fn<(next: FilterSpec) => void>();
  const facets: FilterFacets = attributes ? { ...base, attributes } : base;
  render(<AttributeFilters filter={filter} facets={facets} catalog={catalog} onChange={onChange} />);
  return onChange;
}

afterEach(cleanup);

describe('AttributeFilters', () => {
  it('offers every attribute of nodes and edges with its type and count, and adds the one picked', () => {
    const onChange = renderFilters({});
    const add = screen.getByTestId('attribute-filter-add') as HTMLSelectElement;
    const groups = [...add.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groups).toEqual([
      ['Nodes', ['degree (number, 5)', 'authority (number, 5)', 'founded (date, 4)', 'city (text, 4)']],
      ['Edges', ['weight (number, 6)']],
    ]);
    const weight = [...add.options].find((o) => o.textContent === 'weight (number, 6)');
    fireEvent.change(add, { target: { value: weight?.value } });
    expect(onChange).toHaveBeenCalledWith({ attributes: [{ element: 'edge', key: 'weight', builtin: true }] });
  });

  it('a numeric range: shows the span and the counts, applies typed bounds on Enter', () => {
    const filter: FilterSpec = { kinds: ['person'], attributes: [{ element: 'node', key: 'authority' }] };
    const onChange = renderFilters(filter, [{ element: 'node', key: 'authority', shown: 5, withValue: 5, matching: 5, numeric: { min: 0.001, max: 0.12 } }]);
    const row = screen.getByTestId('attribute-filter');
    expect(within(row).getByTestId('attribute-filter-count').textContent).toBe('5 of 5 nodes');
    expect(row.textContent).toContain('Values here: 0.001 – 0.12');
    const min = within(row).getByTestId('attribute-filter-min') as HTMLInputElement;
    expect(min.placeholder).toBe('0.001');
    fireEvent.change(min, { target: { value: '0.01' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(min, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ kinds: ['person'], attributes: [{ element: 'node', key: 'authority', range: { min: 0.01 } }] });
  });

  it('a date range takes partial dates and refuses what is not one, naming it', () => {
    const onChange = renderFilters({ attributes: [{ element: 'node', key: 'founded' }] });
    const max = screen.getByTestId('attribute-filter-max') as HTMLInputElement;
    fireEvent.change(max, { target: { value: 'last year' } });
    fireEvent.blur(max);
    expect(screen.getByRole('alert').textContent).toBe('“last year” is not a date such as 2018, 2018-11 or 2018-11-21');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(max, { target: { value: '2018-11' } });
    fireEvent.blur(max);
    expect(onChange).toHaveBeenCalledWith({ attributes: [{ element: 'node', key: 'founded', range: { max: '2018-11' } }] });
  });

  it('terms: one box per value with its count; ticking keeps only those', () => {
    const filter: FilterSpec = { attributes: [{ element: 'node', key: 'city', terms: ['Lyon'] }] };
    const onChange = renderFilters(filter, [
      { element: 'node', key: 'city', shown: 5, withValue: 4, matching: 1, values: [{ value: 'Paris', count: 3 }, { value: 'Lyon', count: 1 }], distinct: 2 },
    ]);
    const boxes = screen.getAllByTestId('attribute-term') as HTMLInputElement[];
    expect(boxes.map((b) => [b.dataset.value, b.dataset.count, b.checked])).toEqual([
      ['Paris', '3', false],
      ['Lyon', '1', true],
    ]);
    expect(screen.getByTestId('attribute-filter-count').textContent).toBe('1 of 5 nodes');
    fireEvent.click(boxes[0] as HTMLInputElement);
    expect(onChange).toHaveBeenLastCalledWith({ attributes: [{ element: 'node', key: 'city', terms: ['Lyon', 'Paris'] }] });
    fireEvent.click(boxes[1] as HTMLInputElement);
    expect(onChange).toHaveBeenLastCalledWith({ attributes: [{ element: 'node', key: 'city' }] });
  });

  it('past the listed values, another one can be typed and picked', () => {
    const onChange = renderFilters({ attributes: [{ element: 'node', key: 'city' }] }, [
      { element: 'node', key: 'city', shown: 5, withValue: 4, matching: 5, values: [{ value: 'Paris', count: 3 }], distinct: 2 },
    ]);
    expect(screen.getByText('The 1 most frequent of 2 values; type another to pick it.')).toBeTruthy();
    const input = screen.getByTestId('attribute-term-input') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Lyon' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ attributes: [{ element: 'node', key: 'city', terms: ['Lyon'] }] });
  });

  it('× removes the filter, and an attribute already filtered is not offered again', () => {
    const onChange = renderFilters({ attributes: [{ element: 'node', key: 'city' }] });
    const options = [...(screen.getByTestId('attribute-filter-add') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).not.toContain('city (text, 4)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the filter on city' }));
    expect(onChange).toHaveBeenCalledWith({});
  });
});

// @vitest-environment happy-dom
// The data table as a user drives it, over a stand-in service of 10,000 rows: only a screenful
// of rows exists, headers sort (ascending, descending, off), the filter is sent and its count
// shown, hidden rows are marked, and clicks and keys select and open rows.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Args, TableColumn, TablePage } from '../../../../graph-data/src/contract.js';
import { NOTHING } from '../../state/selection/selection.js';
import { DataTable, type DataTableProps } from './DataTable.js';

const TOTAL = 10_000;
const COLUMNS: TableColumn[] = [
  { key: 'label', builtin: true, type: 'string' },
  { key: 'score', builtin: false, type: 'number' },
];
const ids = Array.from({ length: TOTAL }, (_, i) => `n${i}`);
const score = (i: number) => (i * 7919) % 1000;

/** A stand-in for the service's `table`: sorts by score, filters on the id, marks odd rows hidden. */
function fakeTable(args: Args<'table'>): Promise<TablePage> {
  let order = ids.map((_, i) => i);
  if (args.filter) order = order.filter((i) => ids[i]?.includes(args.filter ?? ''));
  if (args.sort?.key === 'score') order.sort((a, b) => (args.sort?.desc ? score(b) - score(a) : score(a) - score(b)) || a - b);
  const shown = new Set(args.visibleNodes);
  const rows = order.slice(args.offset, args.offset + args.limit).map((i) => ({ id: ids[i] as string, values: [`Node ${i}`, score(i)], hidden: !shown.has(ids[i] as string) }));
  return Promise.resolve({ graph: 'g#1', element: args.element, columns: COLUMNS, total: order.length, offset: args.offset, rows, ...(args.locate ? { located: order.indexOf(order.find((i) => ids[i] === args.locate) ?? -1) } : {}) });
}

beforeAll(() => {
  // happy-dom lays nothing out: give the scroller a size so the virtualiser has a window to fill.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 560 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 });
});
afterEach(cleanup);

function renderTable(overrides: Partial<DataTableProps> = {}) {
  const call = vi.fn(fakeTable);
  const props: DataTableProps = {
    call,
    graph: 'g#1',
    visibleNodes: ids.filter((_, i) => i % 2 === 0),
    visibleEdges: [],
    many: NOTHING,
    primary: null,
    onSelect: vi.fn(),
    onMany: vi.fn(),
    onOpenRow: vi.fn(),
    onExportCsv: vi.fn(),
    onSelectRows: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = render(<DataTable {...props} />);
  return { call, props, view };
}

const table = () => screen.getByTestId('data-table');
const rowEls = () => screen.queryAllByTestId('data-table-row');
const settle = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
});

describe('DataTable', () => {
  it('holds every row but draws a screenful, asking the service one page at a time', async () => {
    const { call } = renderTable();
    await settle();
    expect(table().getAttribute('data-rows')).toBe(String(TOTAL));
    expect(rowEls().length).toBeGreaterThan(10);
    expect(rowEls().length).toBeLessThan(60);
    expect(rowEls()[0]?.getAttribute('data-id')).toBe('n0');
    expect(call.mock.calls.every(([a]) => a.limit <= 200)).toBe(true);
    expect(screen.getByTestId('data-table-count').textContent).toBe('10,000 nodes');
  });

  it('marks rows the canvas does not draw as hidden', async () => {
    renderTable();
    await settle();
    const [first, second] = rowEls();
    expect(first?.getAttribute('data-hidden')).toBe('false');
    expect(second?.getAttribute('data-hidden')).toBe('true');
    expect(second?.textContent).toContain('hidden');
  });

  it('sorts by a header: ascending, descending, then the graph order', async () => {
    const { call } = renderTable();
    await settle();
    const header = () => screen.getAllByTestId('data-table-sort').find((b) => b.getAttribute('data-key') === 'score') as HTMLElement;
    fireEvent.click(header());
    await settle();
    expect(call.mock.lastCall?.[0].sort).toEqual({ key: 'score', builtin: false });
    expect(header().closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe('ascending');
    const lowest = ids.map((_, i) => i).sort((a, b) => score(a) - score(b) || a - b)[0];
    expect(rowEls()[0]?.getAttribute('data-id')).toBe(`n${lowest}`);
    fireEvent.click(header());
    await settle();
    expect(call.mock.lastCall?.[0].sort).toEqual({ key: 'score', builtin: false, desc: true });
    expect(header().closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(header());
    await settle();
    expect(call.mock.lastCall?.[0].sort).toBeUndefined();
    expect(rowEls()[0]?.getAttribute('data-id')).toBe('n0');
  });

  it('sends the filter and counts the rows it keeps', async () => {
    const { call } = renderTable();
    await settle();
    fireEvent.change(screen.getByTestId('data-table-filter'), { target: { value: 'n999' } });
    await settle();
    expect(call.mock.lastCall?.[0].filter).toBe('n999');
    // n999 and n9990…n9999
    expect(table().getAttribute('data-rows')).toBe('11');
    expect(rowEls()).toHaveLength(11);
  });

  it('selects with clicks (Ctrl toggles, Shift takes a range), shows the selection, moves with arrows and opens with Enter', async () => {
    const { props } = renderTable({ many: { nodes: ['n1', 'n3'], edges: [] } });
    await settle();
    expect(rowEls().filter((r) => r.getAttribute('aria-selected') === 'true').map((r) => r.getAttribute('data-id'))).toEqual(['n1', 'n3']);
    fireEvent.click(rowEls()[2] as HTMLElement);
    expect(props.onSelect).toHaveBeenLastCalledWith({ type: 'node', id: 'n2' });
    fireEvent.click(rowEls()[3] as HTMLElement, { ctrlKey: true });
    expect(props.onMany).toHaveBeenLastCalledWith({ nodes: ['n1'], edges: [] });
    fireEvent.click(rowEls()[5] as HTMLElement, { shiftKey: true });
    expect(props.onMany).toHaveBeenLastCalledWith({ nodes: ['n3', 'n4', 'n5'], edges: [] });
    const grid = screen.getByTestId('data-table-grid');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(props.onSelect).toHaveBeenLastCalledWith({ type: 'node', id: 'n6' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(props.onOpenRow).toHaveBeenLastCalledWith({ type: 'node', id: 'n6' });
  });

  it('exports what it shows: the CSV request carries the sort and filter', async () => {
    const { props } = renderTable();
    await settle();
    fireEvent.change(screen.getByTestId('data-table-filter'), { target: { value: 'n1' } });
    fireEvent.click(screen.getAllByTestId('data-table-sort')[0] as HTMLElement);
    await settle();
    fireEvent.click(screen.getByTestId('data-table-csv'));
    expect(props.onExportCsv).toHaveBeenCalledWith(expect.objectContaining({ element: 'node', filter: 'n1', sort: { key: 'label', builtin: true } }));
  });
});

// @vitest-environment happy-dom
// The path finder as the user drives it: pick two people by typing, Find, and read the
// answer; the request carries the chosen endpoints, the mode and the active filter.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FilterSpec, PathResult, RedthreadHost, SearchHit } from '../../../../graph-data/src/contract.js';
import { PathFinder } from './PathFinder.js';

const PEOPLE: SearchHit[] = [
  { id: 'anna', label: 'Anna Åberg', kind: 'person' },
  { id: 'bureau', label: 'The Bureau', kind: 'agency' },
];
const PATH: PathResult = {
  nodes: [PEOPLE[0] as SearchHit, PEOPLE[1] as SearchHit],
  hops: [{ edgeId: 'e1', from: PEOPLE[0] as SearchHit, to: PEOPLE[1] as SearchHit, relation: 'leads', forward: true, quote: 'Anna leads the Bureau.', sourceTitle: 'Daily Mail' }],
};

beforeAll(() => {
  const host = {
    search: ({ query }: { query: string }) => Promise.resolve({ ok: true, value: PEOPLE.filter((p) => p.label.toLowerCase().includes(query.toLowerCase())) }),
    edgeDetails: () => Promise.resolve({ ok: false, error: { code: 'unknown_edge', message: 'x' } }),
  };
  window.redthread = host as unknown as RedthreadHost;
});
afterEach(cleanup);

async function choose(testId: string, typed: string, label: string) {
  const input = screen.getByTestId(testId);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: typed } });
  const option = await screen.findByRole('option', { name: new RegExp(label) });
  fireEvent.mouseDown(option);
}

function renderFinder(filter: FilterSpec, answer: unknown) {
  const call = vi.fn(() => Promise.resolve(answer));
  const onShowPath = vi.fn();
  render(<PathFinder call={call as never} filter={filter} onShowPath={onShowPath} onSelectNode={vi.fn()} onOpenEvidence={vi.fn()} onResetFilters={vi.fn()} />);
  return { call, onShowPath };
}

describe('PathFinder', () => {
  it('waits for both ends before Find can run', async () => {
    renderFinder({}, { path: PATH });
    const find = screen.getByTestId('path-run') as HTMLButtonElement;
    expect(find.disabled).toBe(true);
    await choose('path-from', 'ann', 'Anna Åberg');
    expect(find.disabled).toBe(true);
    await choose('path-to', 'bur', 'The Bureau');
    expect(find.disabled).toBe(false);
  });

  it('asks for the shortest path between the chosen ends and shows it', async () => {
    const { call, onShowPath } = renderFinder({}, { path: PATH });
    await choose('path-from', 'ann', 'Anna Åberg');
    await choose('path-to', 'bur', 'The Bureau');
    await act(async () => fireEvent.click(screen.getByTestId('path-run')));
    expect(call).toHaveBeenCalledWith('shortestPath', { from: 'anna', to: 'bureau' });
    expect(screen.getByTestId('path-result').textContent).toContain('Shortest path: 1 hop');
    expect(onShowPath).toHaveBeenCalledWith(PATH, 'Anna Åberg → The Bureau');
    expect(screen.getByTestId('path-hop').getAttribute('data-from')).toBe('anna');
  });

  it('passes the active filter, with the length and cap for all paths', async () => {
    const filter: FilterSpec = { kinds: ['person'] };
    const { call } = renderFinder(filter, { paths: [], capped: false });
    await choose('path-from', 'ann', 'Anna Åberg');
    await choose('path-to', 'bur', 'The Bureau');
    fireEvent.click(screen.getByTestId('path-mode-all'));
    fireEvent.change(screen.getByTestId('path-max'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('path-cap'), { target: { value: '5' } });
    await act(async () => fireEvent.click(screen.getByTestId('path-run')));
    expect(call).toHaveBeenCalledWith('allPaths', { from: 'anna', to: 'bureau', maxLength: 3, limit: 5, filter });
    expect(screen.getByTestId('path-none').textContent).toContain('No path of at most 3 hops between Anna Åberg and The Bureau through the active filters.');
  });

  it('leaves the filter out when the user unticks "only through the active filters"', async () => {
    const { call } = renderFinder({ kinds: ['person'] }, { path: null });
    await choose('path-from', 'ann', 'Anna Åberg');
    await choose('path-to', 'bur', 'The Bureau');
    fireEvent.click(screen.getByTestId('path-through-filter'));
    await act(async () => fireEvent.click(screen.getByTestId('path-run')));
    expect(call).toHaveBeenCalledWith('shortestPath', { from: 'anna', to: 'bureau' });
    expect(screen.getByTestId('path-none').textContent).toContain('No path between Anna Åberg and The Bureau.');
  });
});

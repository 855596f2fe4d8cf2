// @vitest-environment happy-dom
// A restarted service: the page follows the graph it holds only when the user's could not be
// reopened, and says so as a restart (App then keeps the unsaved edits' journal to restore,
// whatever the user last answered to Save / Don't Save).
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenedGraph, ServiceEvent } from '../../../../graph-data/src/contract.js';
import { useServiceEvents } from './use-service-events.js';

let emit: (event: ServiceEvent) => void = () => undefined;
vi.mock('../../api/client.js', () => ({
  getApi: () => ({
    onServiceEvent: (listener: (event: ServiceEvent) => void) => {
      emit = listener;
      return () => undefined;
    },
  }),
}));

const interpol = { info: { id: 'g', name: 'Interpol 2018', format: 'json', nodeCount: 30, edgeCount: 40 }, warnings: [] } as unknown as OpenedGraph;

afterEach(cleanup);

describe('useServiceEvents', () => {
  it('reports the built-in graph a restart fell back to as opened by a restart, and keeps the notice', () => {
    const onOpened = vi.fn<(opened: OpenedGraph, names: string[], cause: 'restart') => void>();
    const { result } = renderHook(() => useServiceEvents({ current: onOpened }));
    act(() => emit({ kind: 'restarted', reason: 'crash', reopened: null, lost: { names: ['case.redthread'], message: 'stopped again' }, opened: interpol }));
    expect(onOpened).toHaveBeenCalledWith(interpol, ['Interpol 2018'], 'restart');
    expect(result.current.serviceEvent?.kind).toBe('restarted');
  });

  it('leaves the view alone when the user’s graph was reopened as it was', () => {
    const onOpened = vi.fn<(opened: OpenedGraph, names: string[], cause: 'restart') => void>();
    renderHook(() => useServiceEvents({ current: onOpened }));
    act(() => emit({ kind: 'restarted', reason: 'crash', reopened: ['witnesses.gexf'], lost: null, opened: interpol }));
    expect(onOpened).not.toHaveBeenCalled();
  });
});

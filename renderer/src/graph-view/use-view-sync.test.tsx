// @vitest-environment happy-dom
// The canvas with no view (a graph too large to draw opened on its overview): the last graph's
// elements leave the instance, so the new graph's stylesheet never restyles and redraws them unseen.
// A new graph, however small, goes in after the effect's own task.
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewState } from '../state/view-history.js';
import type { LayoutName } from './layouts.js';
import type { LayoutRunner } from './use-layout-runner.js';
import { useViewSync } from './use-view-sync.js';

afterEach(cleanup);

function runnerStub(): LayoutRunner {
  return {
    run: vi.fn(),
    stop: vi.fn(),
    forget: vi.fn(),
    cancel: vi.fn(),
    running: { current: null },
    afterLayout: { current: [] },
    ready: true,
    setReady: vi.fn(),
    state: 'settled',
    previewing: null,
    done: 0,
    notice: null,
    setNotice: vi.fn(),
  };
}

describe('useViewSync without a view', () => {
  it('empties a canvas that still holds the last graph, and forgets its layout', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'prokopchuk' } }, { data: { id: 'interpol' } }, { data: { id: 'e1', source: 'prokopchuk', target: 'interpol' } }] });
    const runner = runnerStub();
    renderHook(() => useViewSync(null, runner, { cy: { current: cy }, layout: { current: 'force' as LayoutName }, theme: { current: 'light' }, onPositions: { current: () => undefined } }));
    expect(cy.elements().length).toBe(0);
    expect(runner.forget).toHaveBeenCalledTimes(1);
  });
});

describe('useViewSync with a new graph', () => {
  const view: ViewState = {
    graph: 'interpol',
    nodes: [
      { id: 'prokopchuk', label: 'Alexander Prokopchuk', kind: 'person', degree: 1 },
      { id: 'interpol', label: 'Interpol', kind: 'agency', degree: 1 },
    ],
    edges: [{ id: 'e1', source: 'prokopchuk', target: 'interpol', relation: 'related_to' }],
    hidden: [],
    positions: { prokopchuk: { x: 0, y: 0 }, interpol: { x: 100, y: 50 } },
    reason: 'Opened',
    truncated: false,
    filter: {},
    pinned: [],
  };

  it('adds its elements in tasks after the effect, placed where the view has them, then says the canvas is ready', async () => {
    const cy = cytoscape({ headless: true });
    const runner = runnerStub();
    renderHook(() => useViewSync(view, runner, { cy: { current: cy }, layout: { current: 'force' as LayoutName }, theme: { current: 'light' }, onPositions: { current: () => undefined } }));
    // Styled and framed in the effect's task, the Interpol case's 184 elements made one of 85-120 ms at launch.
    expect(cy.elements().length).toBe(0);
    expect(runner.setReady).toHaveBeenLastCalledWith(false);
    await waitFor(() => expect(cy.elements().length).toBe(3));
    expect(cy.getElementById('interpol').position()).toEqual({ x: 100, y: 50 });
    expect(runner.setReady).toHaveBeenLastCalledWith(true);
    expect(runner.run).not.toHaveBeenCalled();
  });
});

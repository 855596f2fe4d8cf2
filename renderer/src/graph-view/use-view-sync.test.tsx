// @vitest-environment happy-dom
// The canvas with no view (a graph too large to draw opened on its overview): the last graph's
// elements leave the instance, so the new graph's stylesheet never restyles and redraws them unseen.
import { cleanup, renderHook } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    previewing: false,
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

// @vitest-environment happy-dom
// A large graph with places of its own, shown as dots at those places while its elements go into
// Cytoscape: when it is shown, what the user's pan and drops leave on the canvas, and that it goes.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import type { ViewNode } from '../../../graph-data/src/contract.js';
import type { ViewState } from '../state/view-history.js';
import type { PreviewProbe } from './layout-preview.js';
import { showPlacedPreview } from './placed-preview.js';

const node = (id: string): ViewNode => ({ id, label: id, kind: 'person', degree: 1 });
const view = (ids: string[], positions: ViewState['positions']): ViewState => ({
  graph: 'g',
  nodes: ids.map(node),
  edges: [],
  hidden: [],
  positions,
  reason: '',
  truncated: false,
  filter: {},
  pinned: [],
});
const defs = (v: ViewState): ElementDefinition[] => v.nodes.map((n) => ({ group: 'nodes', data: { id: n.id }, position: v.positions[n.id] }));

/** A headless instance with the graph's nodes, answering container() as the real canvas does. */
function canvasFor(v: ViewState): Core {
  document.body.innerHTML = '<div class="canvas-wrap"><div class="graph-canvas"></div></div>';
  const cy = cytoscape({ headless: true, minZoom: 0.05, maxZoom: 4 });
  cy.add(defs(v));
  const container = document.querySelector('.graph-canvas') as HTMLDivElement;
  return Object.assign(cy, { container: () => container });
}

const previewCanvas = () => document.querySelector('[data-testid="layout-preview"]') as HTMLCanvasElement | null;
const probe = () => (previewCanvas() as unknown as { _preview: PreviewProbe })._preview;
const pointer = (type: string, at: { x: number; y: number }) =>
  previewCanvas()?.dispatchEvent(new PointerEvent(type, { clientX: at.x, clientY: at.y, button: 0, pointerId: 1, bubbles: true }));

afterEach(() => {
  document.body.innerHTML = '';
  performance.clearMarks();
});

describe('placed preview', () => {
  const placed = view(['a', 'b', 'c'], { a: { x: 0, y: 0 }, b: { x: 100, y: 50 }, c: { x: -20, y: 5 } });

  it('shows every node at its own place at once, as the first picture', () => {
    const cy = canvasFor(placed);
    expect(showPlacedPreview(cy, placed, null, 'light')).not.toBeNull();
    expect(previewCanvas()).not.toBeNull();
    expect(probe().placeOf('b')).toEqual({ x: 100, y: 50 });
    expect(probe().placeOf('c')).toEqual({ x: -20, y: 5 });
    expect(performance.getEntriesByName('redthread:first-picture')).toHaveLength(1);
  });

  it('is not shown when a node has no place (a layout gives the first picture then)', () => {
    const v = view(['a', 'b'], { a: { x: 0, y: 0 } });
    expect(showPlacedPreview(canvasFor(v), v, null, 'light')).toBeNull();
    expect(previewCanvas()).toBeNull();
  });

  it('hands over untouched: the canvas frames the graph itself, nothing moved', () => {
    const cy = canvasFor(placed);
    const shown = showPlacedPreview(cy, placed, null, 'light');
    expect(shown?.finish(cy)).toEqual({ viewport: false, dropped: false });
    // Still up, no longer taking input, until Cytoscape's picture is ready.
    expect(previewCanvas()?.style.pointerEvents).toBe('none');
    shown?.close();
    expect(previewCanvas()).toBeNull();
    expect(cy.getElementById('b').position()).toEqual({ x: 100, y: 50 });
  });

  it('a node the user moved on the preview is there on the canvas, and the viewport is the one they left', () => {
    const cy = canvasFor(placed);
    const shown = showPlacedPreview(cy, placed, null, 'light');
    const from = probe().renderedPositionOf('b');
    if (!from) throw new Error('b is not drawn');
    pointer('pointerdown', from);
    pointer('pointermove', { x: from.x + 30, y: from.y + 10 });
    pointer('pointerup', { x: from.x + 30, y: from.y + 10 });
    const dropped = probe().placeOf('b');
    expect(dropped).not.toEqual({ x: 100, y: 50 });
    expect(shown?.finish(cy)).toEqual({ viewport: true, dropped: true });
    expect(cy.getElementById('b').position()).toEqual(dropped);
    expect(cy.getElementById('a').position()).toEqual({ x: 0, y: 0 });
  });

  it('goes when the view is replaced before its elements are all in', () => {
    const cy = canvasFor(placed);
    showPlacedPreview(cy, placed, null, 'dark')?.close();
    expect(previewCanvas()).toBeNull();
    expect(cy.container()?.parentElement?.classList.contains('previewing')).toBe(false);
  });
});

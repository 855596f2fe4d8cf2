// Adding thousands of elements to Cytoscape without freezing the window. Cytoscape computes an
// element's style, label size and bounds lazily, all at once at the next redraw or fit: 40,000
// new elements made one task of many seconds (profiled on a 10k/30k graph). Here each slice is
// added and its style and bounds computed at once (boundingBox() asks for both), in slices of
// about SLICE_MS, yielding between slices so input goes on; the slice size follows the cost.
// Cytoscape redraws everything already added at each animation frame in between, which made
// adding quadratic (a 10k/30k graph spent most of a minute redrawing half-added views), so
// frames are skipped while adding, but for one now and then that shows the graph growing.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';

/** Work per slice: under the 50 ms a task may take before the browser counts it as long. */
const SLICE_MS = 30;
const FIRST_SLICE = 400;

/** Least time between two redraws while elements are being added, and at least this many times the last redraw. */
const GROWING_REDRAW_MS = 1000;
const GROWING_REDRAW_SHARE = 5;

interface RenderLoop {
  skipFrame?: boolean;
  lastRedrawTime?: number;
}

/** Lets the browser handle input and paint: scheduler.yield where there is one, else a macrotask. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface Cancel {
  cancelled: boolean;
}

/**
 * Adds `defs` (nodes before edges, as planSync gives them) in slices. Resolves with the nodes
 * added, or null when `cancel` was set in between (another view replaced this one).
 */
export async function addInSlices(cy: Core, defs: ElementDefinition[], cancel: Cancel, sliceMs = SLICE_MS): Promise<NodeSingular[] | null> {
  const added: NodeSingular[] = [];
  let size = FIRST_SLICE;
  const loop = (cy as unknown as { renderer(): RenderLoop | undefined }).renderer() ?? {};
  let lastRedraw = performance.now();
  for (let at = 0; at < defs.length; ) {
    if (cancel.cancelled || cy.destroyed()) return null;
    const started = performance.now();
    const slice = defs.slice(at, at + size);
    const eles = cy.add(slice);
    eles.boundingBox({});
    eles.nodes().forEach((n) => {
      added.push(n);
    });
    at += slice.length;
    const spent = Math.max(performance.now() - started, 0.1);
    // Next slice sized to take about sliceMs at the rate this one ran, never jumping too far.
    size = Math.max(50, Math.min(size * 4, Math.floor((slice.length * sliceMs) / spent)));
    if (at < defs.length) {
      const now = performance.now();
      // Cytoscape's render loop skips the next frame when asked (and forgets the ask after it).
      if (now - lastRedraw < Math.max(GROWING_REDRAW_MS, GROWING_REDRAW_SHARE * (loop.lastRedrawTime ?? 0))) loop.skipFrame = true;
      else lastRedraw = now;
      await yieldToBrowser();
    }
  }
  return cancel.cancelled ? null : added;
}

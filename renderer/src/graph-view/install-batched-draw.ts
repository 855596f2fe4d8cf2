// Puts batched drawing (batched-draw.ts) in place of the drawing methods of a large view's
// Cytoscape canvas renderer, and keeps the plain elements' on-screen picture (plain-layer.ts).
// Everything but drawing (hit-testing, selection, dragging, styles, the render loop) stays
// Cytoscape's.
import type { Core } from 'cytoscape';
import { drawBatched, type Extent } from './batched-draw.js';
import { type CanvasRenderer, knowInteractive, type Styled } from './batched-looks.js';
import { PlainLayer, type PrepareTasks } from './plain-layer.js';

/** The kept picture of each instance drawn in batches, and whether batches are drawn now. */
const installed = new WeakMap<Core, { layer: PlainLayer; renderer: CanvasRenderer; enabled: () => boolean }>();

/**
 * Draws ahead, in tasks of their own, the plain elements' picture the next frame of `cy` will
 * want (plain-layer.ts, `prepare`); nothing when `cy` is not drawn in batches now.
 */
export async function prepareBatchedFrame(cy: Core, tasks: PrepareTasks): Promise<void> {
  const batched = installed.get(cy);
  if (!batched?.enabled()) return;
  // Not in the caller's task (a graph's hand-over from its preview: the effects that placed its labels and applied its looks).
  if (!(await tasks.pause())) return;
  // The picture is drawn in z-order: when Cytoscape has to sort again (elements added or restyled),
  // what the sort asks of each element is answered first, in slices (a file's own looks on eurosis.json
  // left the sort 150 of a 200 ms task).
  if (batched.renderer.cachedZSortedEles == null) {
    const all = cy.elements();
    if (!(await tasks.slices(all.length, (from, to) => all.slice(from, to).forEach(knowInteractive)))) return;
  }
  await batched.layer.prepare(batched.renderer, cy, tasks);
}

/**
 * Makes `cy`'s canvas renderer draw plain elements in batches while `enabled()`. Without a
 * canvas renderer (headless), nothing changes.
 */
export function installBatchedDraw(cy: Core, enabled: () => boolean): void {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  if (!renderer || typeof renderer.drawLayeredElements !== 'function' || typeof renderer.drawCachedNodes !== 'function' || typeof renderer.onUpdateEleCalcs !== 'function') return;
  // Cytoscape re-sorts every element by z-order when a label turns empty or not, as the label
  // grid's do on each placement: 0.13 s at 10k, for an order batched drawing does not follow
  // (its plain elements go by look, the rest after them). Kept for small views: the order is
  // brought up to date once they are drawn by Cytoscape again.
  let orderStale = false;
  const layer = new PlainLayer();
  installed.set(cy, { layer, renderer, enabled });
  // Where tests read what the layer did (its `stats`), as they reach the instance through the canvas element.
  (renderer as CanvasRenderer & { plainLayer?: PlainLayer }).plainLayer = layer;
  renderer.onUpdateEleCalcs((_willDraw, eles) => layer.changed(eles));
  const restoreOrder = () => {
    if (!orderStale || enabled()) return;
    orderStale = false;
    renderer.invalidateCachedZSortedEles();
  };
  const notify = renderer.notify;
  renderer.notify = function (this: CanvasRenderer, event: string, eles: unknown) {
    if (event === 'zorder' && enabled()) {
      orderStale = true;
      return;
    }
    restoreOrder();
    notify.call(this, event, eles);
  };
  const batched = (withEdges: boolean, original: CanvasRenderer['drawLayeredElements']) =>
    function (this: CanvasRenderer, context: CanvasRenderingContext2D, eles: Styled[], pxRatio: number, extent: unknown) {
      if (!enabled()) {
        layer.forget();
        restoreOrder();
        return original.call(this, context, eles, pxRatio, extent);
      }
      // Culled to what is on screen, and kept, only when drawing the screen: an export or the
      // texture moved while panning is drawn from the same call with the screen's extent.
      const onScreen = context === this.data.contexts[this.NODE];
      const rest =
        onScreen && withEdges
          ? layer.draw(this, context, eles, extent as Extent)
          : drawBatched(this, context, eles, withEdges, onScreen ? (extent as Extent) : null);
      for (const ele of rest) this.drawCachedElement(context, ele, pxRatio, extent);
    };
  renderer.drawLayeredElements = batched(true, renderer.drawLayeredElements);
  renderer.drawCachedNodes = batched(false, renderer.drawCachedNodes);
}

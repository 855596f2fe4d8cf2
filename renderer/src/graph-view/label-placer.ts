// Where a layout's landing asks the label grid (use-label-grid.ts) to place a large view's labels
// before the landing frame is drawn ahead (install-batched-draw.ts prepareBatchedFrame). Placed
// after that frame, the labels changed which nodes are plain, the picture drawn ahead was thrown
// away, and the next frame drew all 40,000 elements of a 10k view at once (352 ms, profiled at
// the end of a re-run layout).
import type { Core } from 'cytoscape';

const placers = new WeakMap<Core, () => void>();

/** The label grid of `cy` (null: none any more). */
export function setLabelPlacer(cy: Core, place: (() => void) | null): void {
  if (place) placers.set(cy, place);
  else placers.delete(cy);
}

/** Places the labels of `cy` now, for its current places and viewport, if it has a label grid. */
export function placeLabelsNow(cy: Core): void {
  placers.get(cy)?.();
}

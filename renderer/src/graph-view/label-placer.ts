// Where a layout's landing asks the label grid (use-label-grid.ts) to place a large view's labels
// before the landing frame is drawn ahead (install-batched-draw.ts prepareBatchedFrame). Placed
// after that frame, the labels changed which nodes are plain, the picture drawn ahead was thrown
// away, and the next frame drew all 40,000 elements of a 10k view at once (352 ms, profiled at
// the end of a re-run layout). A placement is steps (reading the nodes, choosing, showing): at
// 10k they took 60-110 ms together, in the same task as Cytoscape's z-order sort (65-75 ms).
import type { Core } from 'cytoscape';
import { finish, runSteps } from '../../../graph-data/src/steps.js';

type Placement = () => Generator<void, void>;

const placers = new WeakMap<Core, Placement>();

/** The label grid of `cy` (null: none any more). */
export function setLabelPlacer(cy: Core, place: Placement | null): void {
  if (place) placers.set(cy, place);
  else placers.delete(cy);
}

/** Places the labels of `cy` now, for its current places and viewport, if it has a label grid. */
export function placeLabelsNow(cy: Core): void {
  const place = placers.get(cy);
  if (place) finish(place());
}

/** The same, a step per task (`pause` between two); stops when `cancelled` turns true at a pause. */
export async function placeLabelsInSteps(cy: Core, pause: () => Promise<void>, cancelled: () => boolean): Promise<void> {
  const place = placers.get(cy);
  if (place) await runSteps(place(), pause, cancelled);
}

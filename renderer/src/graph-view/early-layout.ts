// A large view's layout started from the view itself, before its elements are in Cytoscape:
// adding 40,000 elements takes seconds, and the user should see the graph (quick places on the
// layout preview) at once and watch it take shape meanwhile. The preview colours nodes by kind,
// as the stylesheet does before any Appearance setting (preview-look.ts); the canvas takes over when the layout ends.
import type { ViewState } from '../state/view-history.js';
import type { LayoutInput } from './fa2-run.js';

/** The worker's input from the view, each node at its saved place (view.positions), if it has one. */
export function viewLayoutInput(view: ViewState): LayoutInput {
  const positions = new Float32Array(view.nodes.length * 2).fill(NaN);
  view.nodes.forEach(({ id }, i) => {
    const at = view.positions[id];
    if (!at) return;
    positions[2 * i] = at.x;
    positions[2 * i + 1] = at.y;
  });
  return placedLayoutInput(view, positions);
}

/**
 * The worker's input from the view and its nodes' places in view order (x, y; NaN for none),
 * which it keeps: for a graph placed by quickPlaces, no element definition is needed, so the
 * layout and its first picture start before the canvas plans its 40,000 elements.
 */
export function placedLayoutInput(view: ViewState, positions: Float32Array): LayoutInput {
  const ids = view.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = new Uint32Array(view.edges.length * 2);
  let k = 0;
  for (const e of view.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    edges[k++] = s;
    edges[k++] = t;
  }
  return { ids, positions, edges: edges.subarray(0, k), fixed: new Uint8Array(ids.length) };
}

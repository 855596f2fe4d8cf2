// Which elements one view changed from another, for the canvas: after an edit, a 10,000-node
// view differs from the one before it in a handful of nodes and edges, and the canvas's hooks
// revisit those instead of every element. Kept beside the views (a WeakMap), not in them: views
// are saved and compared, and a link to the view before would drag the whole history along.
import type { ViewState } from './view-history.js';

export interface ViewDelta {
  /** The view this one was made from. */
  from: ViewState;
  /** Node and edge ids (the graph's own) added, changed or removed. */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The positions may differ too (a layout's places saved into the view). */
  positions?: boolean;
}

const deltas = new WeakMap<ViewState, ViewDelta>();

/** Records that `next` differs from `delta.from` only in the delta's ids (and its reason and scope). */
export function withDelta(next: ViewState, delta: ViewDelta): ViewState {
  deltas.set(next, delta);
  return next;
}

/** The same elements with other positions (a layout's places saved): no element to revisit. */
export function sameElements(from: ViewState, next: ViewState): ViewState {
  return withDelta(next, { from, nodes: new Set(), edges: new Set(), positions: true });
}

/** A chain longer than this is followed no further: going over everything is then as cheap. */
const MAX_STEPS = 16;

/**
 * What changed from `previous` to `next`, when `next` was made from it by known steps (several,
 * if the canvas skipped some views); null when not known, and everything must be revisited.
 */
export function deltaSince(previous: ViewState | null, next: ViewState): ViewDelta | null {
  if (!previous) return null;
  if (previous === next) return { from: previous, nodes: new Set(), edges: new Set() };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  let positions = false;
  let at: ViewState = next;
  for (let step = 0; step < MAX_STEPS; step++) {
    const delta = deltas.get(at);
    if (!delta) return null;
    delta.nodes.forEach((id) => nodes.add(id));
    delta.edges.forEach((id) => edges.add(id));
    positions ||= delta.positions === true;
    if (delta.from === previous) return { from: previous, nodes, edges, positions };
    at = delta.from;
  }
  return null;
}

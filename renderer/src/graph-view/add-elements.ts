// Adding thousands of elements to Cytoscape without freezing the window. Cytoscape computes an
// element's style, label size and bounds lazily, all at once at the next redraw or fit: 40,000
// new elements made one task of many seconds (profiled on a 10k/30k graph). Here each slice is
// added and its style and bounds computed at once (boundingBox() asks for both), in slices of
// about SLICE_MS, yielding between slices so input goes on; the slice size follows the cost.
// Cytoscape redraws everything already added at each animation frame in between, which made
// adding quadratic (a 10k/30k graph spent most of a minute redrawing half-added views), so
// frames are skipped while adding, but for one now and then that shows the graph growing.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { knowInteractive, prepareLook } from './batched-looks.js';
import type { Definitions } from './elements.js';
import type { PrepareTasks } from './plain-layer.js';
import { yieldToBrowser } from '../yield-to-browser.js';

export { yieldToBrowser };

/** Work per slice: under the 50 ms a task may take before the browser counts it as long. */
const SLICE_MS = 30;
/** Small: the first elements styled pay for cold caches (400 took 146 ms at the start of a 10k graph, 100 of eurosis.json 67-92 ms). */
const FIRST_SLICE = 25;
/**
 * Smaller still for a restyle, which runs its first slice in the caller's task: a node given a
 * new size brings its edges, and 100 of Java.gexf's took 280 ms (profiled) in the effect that
 * applies a file's own looks.
 */
const FIRST_RESTYLE = 20;

/** Least time between two redraws while elements are being added, and at least this many times the last redraw. */
const GROWING_REDRAW_MS = 1000;
const GROWING_REDRAW_SHARE = 5;

interface RenderLoop {
  skipFrame?: boolean;
  lastRedrawTime?: number;
  /** Computes now what the next frame would: bounds and edge paths of what moved. */
  flushRenderedStyleQueue?: () => void;
  /** The elements in drawing order, sorted once and kept until elements are added or removed. */
  getCachedZSortedEles?: () => unknown;
}

export interface Cancel {
  cancelled: boolean;
}

/** Where each item's units of work start: `starts[i]`, and `starts[total]` is the whole. */
export function unitStarts(total: number, weight: (i: number) => number): Float64Array {
  const starts = new Float64Array(total + 1);
  for (let i = 0; i < total; i++) starts[i + 1] = (starts[i] ?? 0) + Math.max(1, weight(i));
  return starts;
}

/** The end of a slice that starts at item `at` and holds at most `units` of work, or one item. */
export function sliceEnd(starts: Float64Array, at: number, units: number): number {
  const limit = (starts[at] ?? 0) + units;
  let lo = at + 1;
  let hi = starts.length;
  // The first end past the limit; the slice stops one item before it.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(at + 1, lo - 1);
}

interface SliceOptions {
  /** Whether Cytoscape may draw in between (else its next frame is skipped). */
  redraw?: () => boolean;
  /** Units of work in the first slice. */
  first?: number;
  /** Work per item, as unitStarts gives it; else every item is one unit. */
  starts?: Float64Array;
  /**
   * Where the items change kind (nodes, then edges): no chunk crosses it, and the chunk after it
   * starts small again. A chunk sized from cheap nodes that ran into edges took 135 ms on eurosis.json.
   */
  boundary?: number;
}

/** Chunks of work per slice: the clock is read after each, so a slice overruns by a chunk at most. */
const CHUNKS_PER_SLICE = 4;

/**
 * Runs `work` over [0, total) in slices of about `sliceMs`, yielding between them. A slice is
 * a few chunks, each sized from the rate the last one ran at, and ends when the next chunk would
 * take it past `sliceMs`: sized whole from the last slice's rate, slices of 30 ms ran to 70-180 ms
 * on eurosis.json, as the rate changes along the list (nodes, then edges) and a garbage
 * collection lands in one. False when cancelled.
 */
async function inSlices(cy: Core, total: number, cancel: Cancel, sliceMs: number, work: (from: number, to: number) => void, options: SliceOptions = {}): Promise<boolean> {
  const { redraw = () => false, first = FIRST_SLICE, starts, boundary = total } = options;
  const loop = renderLoop(cy);
  const chunkMs = sliceMs / CHUNKS_PER_SLICE;
  let size = first;
  for (let at = 0; at < total; ) {
    if (cancel.cancelled || cy.destroyed()) return false;
    const started = performance.now();
    do {
      const chunkStart = performance.now();
      let to = starts ? sliceEnd(starts, at, size) : Math.min(total, at + size);
      if (at < boundary && to > boundary) to = boundary;
      work(at, to);
      const done = starts ? (starts[to] ?? 0) - (starts[at] ?? 0) : to - at;
      at = to;
      const spent = Math.max(performance.now() - chunkStart, 0.1);
      // The next chunk sized to take about chunkMs at this one's rate, at most twice this one.
      size = at === boundary ? first : Math.max(10, Math.min(size * 2, Math.floor((done * chunkMs) / spent)));
    } while (at < total && performance.now() - started + chunkMs <= sliceMs);
    if (at < total) {
      // Cytoscape's render loop skips the next frame when asked (and forgets the ask after it).
      if (!redraw()) loop.skipFrame = true;
      await yieldToBrowser();
    }
  }
  return !cancel.cancelled;
}

/**
 * Restyles many elements without a frame of seconds: `restyle(from, to)` changes the classes and
 * data of items [from, to), and each slice's styles, bounds and edge paths are computed at once
 * (else the next frame computes all of them). `weight(i)`: what restyling item i recomputes (a
 * node given a new size brings its edges), so a slice holding a hub holds little else: slices of
 * 20 items made a first slice of 3,900 edge paths on Java.gexf, 101 ms. False when cancelled.
 */
export async function restyleInSlices(cy: Core, total: number, cancel: Cancel, restyle: (from: number, to: number) => void, weight: (i: number) => number = () => 1): Promise<boolean> {
  const loop = renderLoop(cy);
  const work = (from: number, to: number) => {
    restyle(from, to);
    loop.flushRenderedStyleQueue?.();
  };
  // Not in the caller's task, which found what to restyle (Appearance's pass over the whole view:
  // with the first slice, one task of 126 ms opening eurosis.json, profiled on a loaded machine).
  await yieldToBrowser();
  return inSlices(cy, total, cancel, SLICE_MS, work, { first: FIRST_RESTYLE, starts: unitStarts(total, weight) });
}

/** Work spread over tasks of about SLICE_MS while Cytoscape draws nothing (plain-layer.ts, `prepare`). */
export function frameTasks(cy: Core, cancel: Cancel): PrepareTasks {
  return {
    slices: (total, work) => inSlices(cy, total, cancel, SLICE_MS, work),
    pause: async () => {
      renderLoop(cy).skipFrame = true;
      await yieldToBrowser();
      return !cancel.cancelled && !cy.destroyed();
    },
  };
}

function renderLoop(cy: Core): RenderLoop {
  return (cy as unknown as { renderer(): RenderLoop | undefined }).renderer() ?? {};
}

/**
 * Adds `defs` (nodes before edges) in slices. Resolves with the nodes
 * added, or null when `cancel` was set in between (another view replaced this one). Unless
 * `showGrowing` is false, the graph is redrawn now and then as it grows.
 */
export async function addInSlices(cy: Core, defs: Definitions, cancel: Cancel, options: { sliceMs?: number; showGrowing?: boolean } = {}): Promise<NodeSingular[] | null> {
  const { sliceMs = SLICE_MS, showGrowing = true } = options;
  const added: NodeSingular[] = [];
  const loop = renderLoop(cy);
  let lastRedraw = performance.now();
  // While a layout preview shows the graph (early-layout.ts), Cytoscape's half-added picture is never seen.
  const growing = () => {
    if (!showGrowing) return false;
    const now = performance.now();
    if (now - lastRedraw < Math.max(GROWING_REDRAW_MS, GROWING_REDRAW_SHARE * (loop.lastRedrawTime ?? 0))) return false;
    lastRedraw = now;
    return true;
  };
  // Not in the caller's task: opening a large graph already plans its elements there.
  await yieldToBrowser();
  if (cancel.cancelled || cy.destroyed()) return null;
  const finished = await inSlices(
    cy,
    defs.length,
    cancel,
    sliceMs,
    (from, to) => {
      const eles = cy.add(defs.slice(from, to));
      eles.boundingBox({});
      // And what the next frame would do for them (texture caches, edge paths): else the first
      // frame after the last slice does it for every element at once.
      loop.flushRenderedStyleQueue?.();
      eles.nodes().forEach((n) => {
        added.push(n);
      });
    },
    { redraw: growing, boundary: defs.edgesFrom },
  );
  return finished ? added : null;
}

/**
 * Moves `nodes` to `places` (x, y pairs in the same order) in slices, the same way: styles that
 * changed while the layout ran are computed first, then each slice's bounds and edge paths at
 * once, so the next frame only draws. Moving 10,000 nodes in one go left Cytoscape a frame of
 * a second or more. Resolves false when cancelled.
 */
export async function moveInSlices(cy: Core, nodes: NodeCollection, places: Float32Array, cancel: Cancel, sliceMs = SLICE_MS): Promise<boolean> {
  const loop = renderLoop(cy);
  const all = cy.elements();
  // A node's move costs its edges' paths: slices are sized by degree, or a hub (Java.gexf's
  // java.lang.Object, 900 edges) in a slice sized from leaves made a 110–150 ms task. Counted
  // here from the edges: Cytoscape's degree() took 37 ms for Java.gexf's 1,538 nodes.
  const index = new Map<string, number>();
  nodes.forEach((n, i) => void index.set(n.id(), i));
  const degree = new Uint32Array(nodes.length);
  const count = (id: unknown) => {
    const i = index.get(id as string);
    if (i !== undefined) degree[i] = (degree[i] ?? 0) + 1;
  };
  // The style, how batched drawing will draw each element (batched-draw.ts), and whether it
  // takes events, which Cytoscape's z-order sort below asks of every element.
  const restyled = await inSlices(cy, all.length, cancel, sliceMs, (from, to) => {
    all.slice(from, to).forEach((e) => {
      prepareLook(cy, e);
      knowInteractive(e);
      if (e.isEdge()) {
        count(e.data('source'));
        count(e.data('target'));
      }
    });
  });
  if (!restyled) return false;
  // The first move, often a hub's, in a task of its own.
  await yieldToBrowser();
  if (cancel.cancelled || cy.destroyed()) return false;
  const starts = unitStarts(nodes.length, (i) => 1 + (degree[i] ?? 0));
  const moved = await inSlices(cy, nodes.length, cancel, sliceMs, (from, to) => {
    nodes.slice(from, to).positions((_n, i) => ({ x: places[2 * (from + i)] as number, y: places[2 * (from + i) + 1] as number }));
    loop.flushRenderedStyleQueue?.();
  }, { starts });
  if (!moved) return false;
  // Cytoscape sorts every element by z-order for the first frame after elements were added
  // (80 ms at 10k): in a task of its own, not in that frame.
  await yieldToBrowser();
  if (cancel.cancelled || cy.destroyed()) return false;
  loop.getCachedZSortedEles?.();
  return true;
}

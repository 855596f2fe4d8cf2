// ForceAtlas2 in a Web Worker (fa2-worker.ts): the worker places the nodes that have no place,
// refines the picture and says when it has settled; the UI thread only copies the latest places
// into Cytoscape, once per animation frame. A node the user drags while the layout runs is held
// by the layout where it was dropped; the run ends when the picture stops moving, or on stop().
// On a large view the places are drawn by a preview (layout-preview.ts) and reach Cytoscape once, at the end.
import type { Core, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import { type Cancel, frameTasks, moveInSlices, yieldToBrowser } from './add-elements.js';
import { DEFAULT_CONVERGENCE, type Convergence } from './fa2-core.js';
import type { Fa2Message, Fa2Request } from './fa2-protocol.js';
import { takeLayoutWorker } from './fa2-worker-spare.js';
import { frameOn, framing } from './frame.js';
import { holdFrames } from './frame-hold.js';
import { placeLabelsInSteps } from './label-placer.js';
import { prepareBatchedFrame } from './install-batched-draw.js';
import type { RunningLayout } from './layout-run.js';
import { LayoutPreview, type PreviewLook } from './layout-preview.js';
import { previewLook } from './preview-look.js';
import { spreadPlaces } from './layout-spacing.js';

export interface Fa2Handlers {
  /** The first places are on the canvas (quick ones for nodes that had none). */
  onFirstPicture?(): void;
  /** Positions changed on the canvas. */
  onFrame?(): void;
  /** The layout ended by itself: `settled` when the picture stopped moving, `timeout` at the cap (never after stop()). */
  onStop(reason: 'settled' | 'timeout'): void;
  /** The worker failed; the nodes keep the places they have. */
  onError(message: string): void;
}

export interface Fa2Options {
  /** A first placement from quick places: pins are not held (nothing has a considered place yet). */
  randomize: boolean;
  /** Frame the graph while it moves, until the user pans, zooms or drags. */
  follow: boolean;
  convergence?: Convergence;
  /** Most iterations of the worker. */
  maxIterations?: number;
  /** Longest run, in ms, however few iterations the worker managed. */
  maxMs?: number;
  /** Draw the moving places on a preview, not in Cytoscape (views of more than a thousand elements). */
  preview?: boolean;
  /** The preview draws the edges too (a view drawn in full: a couple of thousand at most). */
  previewEdges?: boolean;
}

/** The view as typed arrays for the worker: places (NaN: none), edges as index pairs, held nodes. */
export interface LayoutInput {
  ids: string[];
  positions: Float32Array;
  edges: Uint32Array;
  fixed: Uint8Array;
}

/**
 * A large view laid out while its elements are still being added to Cytoscape (early-layout.ts):
 * input and look come from the view, and the nodes, in the order of `input.ids`, once all are in
 * (null if adding was cancelled).
 */
export interface EarlyStart {
  input: LayoutInput;
  look: PreviewLook;
  nodes: Promise<NodeCollection | null>;
}

export function layoutInput(cy: Core, holdPinned: boolean): LayoutInput {
  const nodes = cy.nodes();
  const ids: string[] = new Array<string>(nodes.length);
  const index = new Map<string, number>();
  const positions = new Float32Array(nodes.length * 2);
  const fixed = new Uint8Array(nodes.length);
  nodes.forEach((n, i) => {
    const id = n.id();
    ids[i] = id;
    index.set(id, i);
    const { x, y } = n.position();
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
    // A pinned node keeps its place when a layout refines the picture.
    if (holdPinned && (n.locked() || n.hasClass('pinned'))) fixed[i] = 1;
  });
  const edgeList = cy.edges();
  const edges = new Uint32Array(edgeList.length * 2);
  let k = 0;
  edgeList.forEach((e) => {
    const s = index.get(e.data('source') as string);
    const t = index.get(e.data('target') as string);
    if (s === undefined || t === undefined || s === t) return;
    edges[k++] = s;
    edges[k++] = t;
  });
  return { ids, positions, edges: edges.subarray(0, k), fixed };
}

export function runForceAtlas2(cy: Core, options: Fa2Options, handlers: Fa2Handlers, early?: EarlyStart): RunningLayout {
  const { ids, positions, edges, fixed } = early?.input ?? layoutInput(cy, !options.randomize);
  const nodes = cy.nodes();
  const nodesReady = early?.nodes ?? Promise.resolve(nodes);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const worker = takeLayoutWorker();
  let follow = options.follow;
  let ended = false;
  let first = true;
  let frame = 0;
  let latest: Extract<Fa2Message, { type: 'positions' }> | null = null;
  const grabbed = new Set<string>();
  /** Nodes dropped during the run: places computed before the worker heard of the drop must not move them back. */
  const held = new Map<string, { x: number; y: number }>();

  /** When the next places may be copied: a big view's redraw takes long, and input must get its turn between two. */
  let nextApply = 0;
  const renderer = (cy as unknown as { renderer(): { lastRedrawTime?: number } }).renderer();
  const cancel: Cancel = { cancelled: false };
  const container = cy.container();
  const look = (options.preview || early) && container ? (early?.look ?? previewLook(ids, nodes, options.previewEdges ? { pairs: edges, of: cy.edges() } : undefined)) : null;
  const zoomRange = { min: cy.minZoom(), max: cy.maxZoom() };
  const preview =
    look && container
      ? new LayoutPreview(container, look, { zoom: cy.zoom(), pan: cy.pan() }, zoomRange, {
          onUserViewport: () => {
            follow = false;
          },
          onDrop: (index, x, y) => {
            held.set(ids[index] as string, { x, y });
            if (!ended) worker.postMessage({ type: 'pin', index, x, y } satisfies Fa2Request);
          },
        })
      : null;
  /** What the worker says the places shown are to be spread by when they land (layout-spacing.ts). */
  let spread = 1;
  // Nothing of the old picture is drawn while the preview shows the new one: Cytoscape's frames
  // are held (from when all the elements are in, on an early start). Not a batch: the looks
  // applied meanwhile (Appearance, labels, filters) were all restyled at once when it ended, and
  // the next frame, held or not, computed every element (bitcoinalpha.csv: 24,186 edges, a task of
  // 400-510 ms) whenever the layout settled after the elements were all in.
  let releaseHold: (() => void) | null = null;
  const hold = () => {
    if (releaseHold || !preview || ended) return;
    releaseHold = holdFrames(cy);
  };
  if (early) void early.nodes.then(hold);
  else hold();
  const release = () => {
    releaseHold?.();
    releaseHold = null;
  };
  const apply = (places: Float32Array) => {
    const started = performance.now();
    if (preview) {
      // The dots as they will be once the places are spread at the end.
      preview.scaleDots(1 / spread);
      preview.show(places, follow);
      nextApply = performance.now() + 4 * (performance.now() - started);
      handlers.onFrame?.();
      return;
    }
    // One collection-wide update (one event, one redraw), not one per node.
    nodes.positions((n, i) => {
      const id = n.id();
      if (grabbed.has(id)) return n.position();
      const kept = held.get(id);
      if (kept) return kept;
      return { x: places[2 * i] as number, y: places[2 * i + 1] as number };
    });
    // Framed from the places themselves: cy.fit() measures every element's bounds (seconds at 10k).
    if (follow) frameOn(cy, places);
    const cost = performance.now() - started;
    // Read by `npm run bench`: the UI thread's share of the layout.
    performance.measure('redthread:fa2-apply', { start: started, duration: cost });
    // Copy and redraw at most a fifth of the time.
    nextApply = performance.now() + 4 * (cost + (renderer.lastRedrawTime ?? 0));
    handlers.onFrame?.();
  };

  const end = () => {
    ended = true;
    cancelAnimationFrame(frame);
    worker.terminate();
    detach();
  };
  /** Another view or run replaced this one: nothing is kept. */
  const abandon = () => {
    end();
    cancel.cancelled = true;
    preview?.destroy();
    release();
  };
  /**
   * The preview's places go into Cytoscape, in slices, then the layout reports its end. Cytoscape
   * draws nothing meanwhile: under the preview, each slice's frame redrew the whole graph with its
   * edges recomputed (a 100–150 ms task on Java.gexf's re-run layout).
   */
  const land = (reason: 'settled' | 'timeout') => {
    if (!preview) return;
    const drawn = preview.current();
    end();
    const releaseFrames = holdFrames(cy);
    release();
    // Spread as the preview drew the dots: the same picture on screen, the nodes at their own size.
    const factor = spread;
    const places = drawn && factor !== 1 ? spreadPlaces(drawn, factor) : drawn;
    const shown = preview.viewport();
    const viewport =
      places && shown.zoom / factor < zoomRange.min ? (framing(places, { width: cy.width(), height: cy.height() }, zoomRange) ?? shown) : { zoom: shown.zoom / factor, pan: shown.pan };
    void nodesReady.then(async (added) => {
      try {
        const moved = added !== null && (!places || (await moveInSlices(cy, added, places, cancel)));
        if (moved) {
          const tasks = frameTasks(cy, cancel);
          // Not in the task of moveInSlices's z-order sort (65-75 ms at 10k).
          if (await tasks.pause()) {
            cy.viewport(viewport);
            // Labels first: which nodes show one decides what the landing frame's picture holds.
            await placeLabelsInSteps(cy, yieldToBrowser, () => cancel.cancelled || cy.destroyed());
            // The landing frame's picture, drawn ahead in slices while the preview still shows.
            await prepareBatchedFrame(cy, tasks);
          }
        }
        preview.destroy();
        if (!moved || cancel.cancelled) return;
        handlers.onStop(reason);
      } finally {
        releaseFrames();
      }
    });
  };

  const tick = () => {
    frame = 0;
    const message = latest;
    if (ended || !message) return;
    if (performance.now() < nextApply && !message.done && !first) {
      frame = requestAnimationFrame(tick);
      return;
    }
    latest = null;
    spread = message.spread;
    apply(message.positions);
    if (first) {
      first = false;
      handlers.onFirstPicture?.();
    }
    if (message.done && preview) land(message.done);
    else if (message.done) {
      end();
      handlers.onStop(message.done);
    }
  };

  worker.onmessage = (event: MessageEvent<Fa2Message>) => {
    const message = event.data;
    if (ended) return;
    if (message.type === 'error') {
      abandon();
      handlers.onError(message.message);
      return;
    }
    // Only the newest places matter: a frame copies them once, however many arrived.
    latest = message;
    if (!frame) frame = requestAnimationFrame(tick);
  };
  worker.onerror = (event) => {
    if (ended) return;
    abandon();
    handlers.onError(`fa2-worker: ${event.message || 'the layout worker failed to start'}`);
  };

  // A dragged node leaves the layout's hands while held, and stays where it is dropped.
  const onGrab = (e: EventObject) => {
    grabbed.add((e.target as NodeSingular).id());
    follow = false;
  };
  const onFree = (e: EventObject) => {
    const node = e.target as NodeSingular;
    grabbed.delete(node.id());
    const index = indexOf.get(node.id());
    if (ended || index === undefined) return;
    const { x, y } = node.position();
    held.set(node.id(), { x, y });
    const pin: Fa2Request = { type: 'pin', index, x, y };
    worker.postMessage(pin);
  };
  const unfollow = () => {
    follow = false;
  };
  cy.on('grab', 'node', onGrab);
  cy.on('free', 'node', onFree);
  container?.addEventListener('wheel', unfollow, { passive: true });
  container?.addEventListener('pointerdown', unfollow);
  function detach() {
    cy.off('grab', 'node', onGrab);
    cy.off('free', 'node', onFree);
    container?.removeEventListener('wheel', unfollow);
    container?.removeEventListener('pointerdown', unfollow);
  }

  const start: Fa2Request = {
    type: 'start',
    positions,
    edges,
    fixed,
    // Drawn on a preview, the places are spread to the nodes' sizes, and overlaps pushed apart at the end.
    ...(look ? { sizes: look.sizes.slice() } : {}),
    convergence: options.convergence ?? DEFAULT_CONVERGENCE,
    maxIterations: options.maxIterations ?? 3_000,
    maxMs: options.maxMs ?? 30_000,
  };
  // The places the layout starts from (quick ones on a first placement) are the first picture.
  if (preview) {
    preview.show(positions.slice(), follow);
    first = false;
    handlers.onFirstPicture?.();
  }
  worker.postMessage(start, [positions.buffer, edges.buffer, fixed.buffer]);
  return {
    stop: abandon,
    // The stop control keeps what the preview shows; without a preview the places are already in Cytoscape.
    settle: preview
      ? () => {
          if (ended) return;
          if (latest) {
            spread = latest.spread;
            preview.scaleDots(1 / spread);
            preview.show(latest.positions, follow);
          }
          land('settled');
        }
      : undefined,
    zoomBy: preview
      ? (factor) => {
          follow = false;
          preview.zoomBy(factor);
        }
      : undefined,
    fit: preview ? () => preview.fit() : undefined,
  };
}

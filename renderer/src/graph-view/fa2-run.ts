// ForceAtlas2 in a Web Worker (graphology-layout-forceatlas2's supervisor): the UI thread
// only copies positions into Cytoscape, once per animation frame in one batch, so the
// window answers while a large graph settles. A node the user drags while the layout runs
// is fixed where it was dropped; the run ends when the picture stops moving, or on stop().
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { RunningLayout } from './layout-run.js';

export interface Fa2Handlers {
  /** Positions changed on the canvas (each frame while running). */
  onFrame?(): void;
  /** The layout ended by itself: `settled` when the picture stopped moving, `timeout` at the cap (never after stop()). */
  onStop(reason: 'settled' | 'timeout'): void;
}

export interface Fa2Options {
  /** Frame the graph while it moves, until the user pans, zooms or drags. */
  follow: boolean;
  /** Mean movement a frame, as a share of the picture's size, under which the layout has settled. */
  settleShare?: number;
  /** Frames in a row under that movement. */
  settleFrames?: number;
  /** Most iterations of the worker. */
  maxIterations?: number;
  /** Longest run, in ms, however few iterations the worker managed. */
  maxMs?: number;
}

/** The view's nodes and edges as a graphology graph, placed where Cytoscape has them. */
function toGraph(cy: Core): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    graph.addNode(n.id(), { x, y });
  });
  cy.edges().forEach((e) => {
    const s = e.data('source') as string;
    const t = e.data('target') as string;
    if (s !== t && graph.hasNode(s) && graph.hasNode(t)) graph.mergeEdge(s, t);
  });
  return graph;
}

export function runForceAtlas2(cy: Core, options: Fa2Options, handlers: Fa2Handlers): RunningLayout {
  const graph = toGraph(cy);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  let supervisor = new FA2Layout(graph, { settings });
  const settleShare = options.settleShare ?? 0.0015;
  const settleFrames = options.settleFrames ?? 8;
  const maxIterations = options.maxIterations ?? 1_000;
  const maxMs = options.maxMs ?? 60_000;
  // The supervisor writes each iteration's positions into the graph in one update.
  let iterations = 0;
  let applied = 0;
  graph.on('eachNodeAttributesUpdated', () => {
    iterations += 1;
  });
  const started = performance.now();
  let follow = options.follow;
  let calm = 0;
  let frame = 0;
  let ended = false;
  const previous = new Map<string, { x: number; y: number }>();
  const grabbed = new Set<string>();

  const nodes = cy.nodes();
  const apply = () => {
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    // One collection-wide update (one event, one redraw), not one per node.
    nodes.positions((n) => {
      const id = n.id();
      if (!graph.hasNode(id) || grabbed.has(id)) return n.position();
      const attr = graph.getNodeAttributes(id);
      const x = attr.x as number;
      const y = attr.y as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      const last = previous.get(id);
      if (last) moved += Math.hypot(x - last.x, y - last.y);
      previous.set(id, { x, y });
      return { x, y };
    });
    if (follow) cy.fit(undefined, 40);
    handlers.onFrame?.();
    const size = Math.max(maxX - minX, maxY - minY, 1);
    return graph.order === 0 ? 0 : moved / graph.order / size;
  };

  const end = (reason: 'settled' | 'stopped' | 'timeout') => {
    if (ended) return;
    ended = true;
    cancelAnimationFrame(frame);
    supervisor.kill();
    detach();
    // stop() leaves the nodes where they are drawn, and the caller decides what follows.
    if (reason === 'stopped') return;
    // The last positions the worker sent, so what is saved is what is drawn.
    apply();
    handlers.onStop(reason);
  };

  // Copying positions and the redraw that follows cost the UI thread time: on a big view they
  // run less often than every frame, so input is never kept waiting behind them.
  let nextApply = 0;
  const tick = () => {
    if (ended) return;
    const now = performance.now();
    // Nothing new from the worker: no copy, and no evidence that the picture stopped moving.
    if (now >= nextApply && iterations > applied) {
      applied = iterations;
      const share = apply();
      const cost = performance.now() - now;
      // Read by `npm run bench`: the UI thread's share of the layout.
      performance.measure('redthread:fa2-apply', { start: now, duration: cost });
      nextApply = performance.now() + cost * 3;
      calm = share < settleShare ? calm + 1 : 0;
    }
    if (calm >= settleFrames) end('settled');
    else if (iterations >= maxIterations || performance.now() - started > maxMs) end('timeout');
    else frame = requestAnimationFrame(tick);
  };

  // A dragged node leaves the layout's hands while held, and stays where it is dropped.
  const onGrab = (e: EventObject) => {
    grabbed.add((e.target as NodeSingular).id());
    follow = false;
  };
  const onFree = (e: EventObject) => {
    const node = e.target as NodeSingular;
    grabbed.delete(node.id());
    if (ended || !graph.hasNode(node.id())) return;
    const { x, y } = node.position();
    graph.mergeNodeAttributes(node.id(), { x, y, fixed: true });
    // The worker reads `fixed` when it starts: a fresh one continues from the current places.
    supervisor.kill();
    supervisor = new FA2Layout(graph, { settings });
    supervisor.start();
    calm = 0;
  };
  const unfollow = () => {
    follow = false;
  };
  const container = cy.container();
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

  supervisor.start();
  frame = requestAnimationFrame(tick);
  return { stop: () => end('stopped') };
}

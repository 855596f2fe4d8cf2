// Labels on a view of many nodes (`.grid`, detail.ts): the label grid (label-grid.ts) picks which
// nodes show theirs, and those are drawn at a steady screen size (font size set to fontPx / zoom),
// so a fitted 10,000-node graph shows its hubs' names instead of a pile of text. Recomputed when a pan or
// zoom ends, when the view, selection or highlight changes, and when a layout stops moving the
// nodes; never on every frame. While a layout runs, labels ride on their nodes: placing them
// again at 10k took the UI thread from the stop control when the user wanted it.
import type { Core, NodeSingular } from 'cytoscape';
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import type { ViewState } from '../state/view-history.js';
import type { ViewDelta } from '../state/view-delta.js';
import { useDeltaSince } from './use-delta.js';
import { changeLabelsOnly } from './label-only.js';
import { forEachNode } from './elements.js';
import { setLabelPlacer } from './label-placer.js';
import { runSteps } from '../../../graph-data/src/steps.js';
import { yieldToBrowser } from '../yield-to-browser.js';
import { chooseLabels, DEFAULT_LABEL_DENSITY, type LabelCandidate, MIN_LABEL_PX, PRIORITY } from './label-grid.js';

/** Label text size on screen, in pixels. */
const LABEL_PX = 12;
const LABEL_MAX_WIDTH_PX = 160;
/** Quiet time after the last viewport change before labels are placed again. */
const SETTLE_MS = 150;

function priority(n: NodeSingular): number {
  if (n.selected()) return PRIORITY.selected;
  if (n.hasClass('highlit')) return PRIORITY.highlighted;
  if (n.hasClass('pinned')) return PRIORITY.pinned;
  // A measure (use-measure-style.ts) sizes the node: it orders labels too; else degree does.
  const measure = n.hasClass('sized') ? Number(n.data('measure')) : NaN;
  return Number.isFinite(measure) ? measure * 1e6 : Number(n.data('degree') ?? 0);
}

/**
 * Places the labels of `cy`, in steps (reading the nodes, choosing, showing); returns the ids
 * labelled. The viewport is read at the first step: a pan in between asks for a placement anew.
 */
export function* placeLabels(cy: Core, density: number, previous: Set<string>): Generator<void, Set<string>> {
  const zoom = cy.zoom();
  let grid = false;
  const candidates: LabelCandidate[] = [];
  forEachNode(cy, (n) => {
    if (!n.hasClass('grid')) return;
    grid = true;
    if (n.hasClass('hidden') || n.hasClass('filtered') || n.hasClass('dimmed')) return;
    const p = n.renderedPosition();
    // Appearance's label attribute, or none (style.ts: .a-label, .a-nolabel).
    const label = n.hasClass('a-nolabel') ? '' : String(n.data(n.hasClass('a-label') ? 'alabel' : 'label') ?? '');
    if (!label) return;
    candidates.push({ id: n.id(), x: p.x, y: p.y + (n.renderedHeight() / 2 || 0) + 2, chars: label.length, priority: priority(n) });
  });
  if (!grid) {
    if (previous.size > 0) cy.batch(() => cy.nodes('.labelled').removeClass('labelled'));
    return new Set();
  }
  const screen = { width: cy.width(), height: cy.height() };
  yield;
  const chosen = new Set(chooseLabels(candidates, { ...screen, density, fontPx: LABEL_PX, maxWidthPx: LABEL_MAX_WIDTH_PX }));
  yield;
  if (cy.destroyed()) return chosen;
  const unlabel = [...previous].filter((id) => !chosen.has(id)).map((id) => cy.getElementById(id));
  const label = [...chosen].map((id) => cy.getElementById(id));
  changeLabelsOnly([...unlabel, ...label], () => {
    cy.batch(() => {
      for (const n of unlabel) n.removeClass('labelled');
      for (const n of label) showLabel(n, zoom);
    });
    // The grid's boxes are estimates from character counts; Cytoscape's own label sizes (a few
    // hundred labels, measured once) have the last word: a label touching one placed before it
    // goes.
    const dropped = overlapping(label);
    if (dropped.length > 0) {
      cy.batch(() => dropped.forEach((n) => n.removeClass('labelled')));
      dropped.forEach((n) => chosen.delete(n.id()));
    }
  });
  return chosen;
}

interface LabelSizes {
  labelX?: number;
  labelY?: number;
  labelWidth?: number;
  labelHeight?: number;
}

/**
 * The nodes of `shown` (in priority order) whose label overlaps one before it, by the sizes
 * Cytoscape measures. Read from its rendered style, not from the bounds boundingBox() returns:
 * a node whose label was empty until now keeps label bounds of NaN there, which overlap nothing
 * (airlines.graphml showed 106 labels with 408 overlapping pairs). Relies on `_private.rstyle`
 * (cytoscape 3.35); a node without those sizes counts as overlapping nothing.
 */
function overlapping(shown: readonly NodeSingular[]): NodeSingular[] {
  // Asking for a node's bounds computes its rendered style (a recalculateRenderedStyle of the
  // same nodes instead left 2,500 of Java.gexf's edge paths for the next frame after a zoom).
  for (const n of shown) n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const kept: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const dropped: NodeSingular[] = [];
  for (const n of shown) {
    const r = (n as unknown as { _private?: { rstyle?: LabelSizes } })._private?.rstyle;
    const [x, y, w, h] = [r?.labelX, r?.labelY, r?.labelWidth, r?.labelHeight];
    if (x === undefined || y === undefined || w === undefined || h === undefined || !Number.isFinite(x + y + w + h)) continue;
    // Drawn centred under the node (style.ts: text-valign bottom), with its outline; and the 2
    // units of margin Cytoscape's own label bounds add, so that those never overlap either.
    const pad = Number(n.data('labelOutline') ?? 0) + 2;
    const b = { x1: x - w / 2 - pad, y1: y - pad, x2: x + w / 2 + pad, y2: y + h + pad };
    if (kept.some((o) => b.x1 < o.x2 && b.x2 > o.x1 && b.y1 < o.y2 && b.y2 > o.y1)) dropped.push(n);
    else kept.push(b);
  }
  return dropped;
}

/** Shows a node's label at the steady screen size for this zoom. */
function showLabel(n: NodeSingular, zoom: number): void {
  const size = Math.max(LABEL_PX, MIN_LABEL_PX) / zoom;
  if (n.data('labelSize') !== size) {
    n.data({ labelSize: size, labelMax: LABEL_MAX_WIDTH_PX / zoom, labelOutline: 2 / zoom });
    // Cytoscape kept the label bounds of the old size and drew the label from a texture that
    // small, clipped at both ends (after a re-run on eurosis.json, about ten hubs' labels).
    (n as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
  }
  if (!n.hasClass('labelled')) n.addClass('labelled');
}

/**
 * After an edit, the nodes it touched (a new one, one renamed or relinked, one brought back by
 * undo) show their names at once, even where the grid would have left them out: the user is
 * looking at them. The next pan or zoom places every label again.
 */
export function labelTouched(cy: Core, delta: ViewDelta, previous: Set<string>): Set<string> {
  const zoom = cy.zoom();
  const next = new Set(previous);
  const shown: NodeSingular[] = [];
  for (const id of delta.nodes) {
    const n = cy.getElementById(id);
    if (n.empty() || !n.hasClass('grid') || n.hasClass('hidden') || n.hasClass('filtered') || n.hasClass('dimmed') || n.hasClass('a-nolabel')) continue;
    shown.push(n);
    next.add(id);
  }
  changeLabelsOnly(shown, () => cy.batch(() => shown.forEach((n) => showLabel(n, zoom))));
  return next;
}

/**
 * Where the nodes are and how the canvas shows them, as one string: a whole placement made for
 * the same string, with the same triggers, would place the same labels.
 */
export function placesSignature(cy: Core): string {
  let sum = 0;
  let count = 0;
  forEachNode(cy, (n) => {
    const p = n.position();
    count++;
    // Weighted by place in Cytoscape's order: two nodes trading places change the sum.
    sum += count * (p.x + 7.31 * p.y);
  });
  return `${count}|${sum}|${viewportKey(cy)}`;
}

/**
 * Runs a placement a step per task (reading the nodes, choosing, showing): at 10k, placed in one
 * go it took 60 ms of the task that follows a layout's end, after the effects of the graph's
 * drawing. A newer placement, started meanwhile, makes this one give way at its next step.
 */
function placeInTasks(steps: Generator<void, void>): void {
  void runSteps(steps, yieldToBrowser);
}

/** The pan, zoom and size of `cy`'s viewport, as one string. */
function viewportKey(cy: Core): string {
  const pan = cy.pan();
  return `${cy.zoom()}|${pan.x}|${pan.y}|${cy.width()}|${cy.height()}`;
}

/** What changes the labels' priorities or places (each compared by identity). */
export interface LabelTriggers {
  drawn: ViewState | null;
  selection: unknown;
  highlight: unknown;
  measure: unknown;
  visible: unknown;
  layoutsDone: number;
  /**
   * Restyles by the Appearance that ended in tasks of their own (a large view labelled by another
   * attribute): the labels' texts changed, and placed for the old ones they overlapped.
   */
  looks: number;
}

/**
 * `density` is the Appearance panel's label density (0–1); `running` while a layout moves the nodes.
 * While `handingOver` (a placed preview still up, use-view-sync.ts), a whole placement is left to
 * the hand-over, which places the labels in a task of their own before drawing the first picture
 * ahead (placeLabelsNow): placed here, they shared a task with the other effects of a graph just
 * drawn (eurosis.json: 110–140 ms).
 */
export function useLabelGrid(cyRef: RefObject<Core | null>, triggers: LabelTriggers, running: boolean, density = DEFAULT_LABEL_DENSITY, handingOver = false): void {
  const labelled = useRef(new Set<string>());
  // Read, not a trigger: the end of a hand-over changes nothing to place.
  const waiting = useRef(handingOver);
  useLayoutEffect(() => {
    waiting.current = handingOver;
  });
  const place = useRef<() => Generator<void, void>>(function* () {});
  const placements = useRef(0);
  /** The places the last whole placement was made for (placesSignature). */
  const placedFor = useRef<string | null>(null);
  /** The viewport the last whole placement was made for (viewportKey). */
  const placedAt = useRef<string | null>(null);
  /** The drawn view and triggers the effect last ran with. */
  const lastRun = useRef<{ drawn: ViewState | null; triggers: unknown[] } | null>(null);
  /** A placement asked for by a pan or zoom, waiting for the gesture to settle. */
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Listeners outlive renders; they read the latest density through the ref.
  useLayoutEffect(() => {
    place.current = function* () {
      // Any placement answers a pending one. While a large view is added or restyled in slices,
      // timers waited until the slices ended: the framing's placement then came after the picture
      // drawn ahead, changed which nodes are plain, and the next frame drew every element (eurosis.json: 149 ms).
      clearTimeout(pending.current);
      const cy = cyRef.current;
      if (!cy || cy.destroyed()) return;
      // A placement made while this one paused is newer: this one gives way.
      const generation = ++placements.current;
      const steps = placeLabels(cy, density, labelled.current);
      // Read by `npm run bench`: what placing labels costs the UI thread, its steps' time summed.
      let busy = 0;
      for (;;) {
        const started = performance.now();
        const step = steps.next();
        busy += performance.now() - started;
        if (step.done) {
          labelled.current = step.value;
          break;
        }
        yield;
        if (cy.destroyed() || placements.current !== generation) return;
      }
      placedFor.current = placesSignature(cy);
      placedAt.current = viewportKey(cy);
      performance.measure('redthread:label-grid', { start: performance.now() - busy, duration: busy });
    };
  });

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const later = () => {
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        // A gesture or animation that ends where the last placement was made (centring on a
        // search hit already in the middle) places nothing anew: at 10k that placement cost the
        // next edit 40 ms. Moved nodes and changed priorities ask through the effect below.
        if (!cy.destroyed() && viewportKey(cy) === placedAt.current) return;
        placeInTasks(place.current());
      }, SETTLE_MS);
    };
    cy.on('viewport', later);
    setLabelPlacer(cy, () => place.current());
    return () => {
      clearTimeout(pending.current);
      setLabelPlacer(cy, null);
      if (!cy.destroyed()) cy.off('viewport', later);
    };
  }, [cyRef]);

  const { drawn, selection, highlight, measure, visible, layoutsDone, looks } = triggers;
  const since = useDeltaSince();
  useEffect(() => {
    // Not while a layout runs: the places are about to change, a large view's layout draws on
    // its preview anyway, and placing 10k labels (styling every node to measure it) was the
    // longest task of opening a 10k graph. The layout's end places them.
    if (running) return;
    // An edit changed a few elements of the view and nothing else: the other labels stay where
    // they are until the next pan or zoom places them again (placing them all again costs a 10k
    // view a quarter of a second, for every edit), and the touched nodes show theirs.
    const delta = drawn ? since(drawn, [selection, highlight, measure, visible, layoutsDone, density, running, looks]) : null;
    const cy = cyRef.current;
    const triggers = [selection, highlight, measure, visible, density, looks];
    const last = lastRun.current;
    lastRun.current = { drawn, triggers };
    if (delta === null || delta.positions === true) {
      if (waiting.current) return;
      // A layout's end places the labels before its landing frame (label-placer.ts); the places
      // it saved into the view, and the layout's count going up, then asked for the same placement
      // twice more (116 and 28 ms at 10k). Nothing but places or layouts changed, and the places
      // are those the last placement saw: nothing to do.
      const sameTriggers = last !== null && last.triggers.every((t, i) => t === triggers[i]);
      const placesOnly = delta !== null && delta.nodes.size === 0 && delta.edges.size === 0;
      const layoutsOnly = delta === null && last?.drawn === drawn;
      if (cy && !cy.destroyed() && sameTriggers && (placesOnly || layoutsOnly) && placedFor.current === placesSignature(cy)) return;
      placeInTasks(place.current());
    } else if (cy && !cy.destroyed()) labelled.current = labelTouched(cy, delta, labelled.current);
  }, [cyRef, drawn, selection, highlight, measure, visible, layoutsDone, density, running, looks, since]);
}

// Keeps a Cytoscape instance in step with the current ViewState: an edit patches only what it
// touched (state/view-delta.ts); any other new view is diffed against the instance, new elements
// arrive with their place and classes (many over several frames, add-elements.ts), and what has
// no place yet is laid out, a large new graph from the view itself while its elements go in.
import type { Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { deltaSince } from '../state/view-delta.js';
import type { Positions, ViewState } from '../state/view-history.js';
import { addInSlices, type Cancel, yieldToBrowser } from './add-elements.js';
import { patchElements } from './canvas-patch.js';
import { type Detail, detailOf, elementClasses, sameDetail } from './detail.js';
import { markFirstGraph, markFirstPicture, quickPlaces, readPositions, seedNewNodes, setViewportLod } from './canvas-placement.js';
import { placedLayoutInput } from './early-layout.js';
import { type Definitions, listedDefinitions, planSync, viewDefinitions } from './elements.js';
import { frameNodes } from './frame.js';
import { holdFrames } from './frame-hold.js';
import { placeLabelsNow } from './label-placer.js';
import { type LayoutName, resolveLayout } from './layouts.js';
import type { Theme } from './palette.js';
import { type PlacedPreview, showPlacedPreview } from './placed-preview.js';
import { viewLook } from './preview-look.js';
import type { RunningLayout } from './layout-run.js';
import type { LayoutRunner } from './use-layout-runner.js';

/** More new elements than this are added over several frames (add-elements.ts). */
const SLICED_MIN_ELEMENTS = 1500;

interface Refs {
  cy: RefObject<Core | null>;
  layout: RefObject<LayoutName>;
  theme: RefObject<Theme>;
  onPositions: RefObject<(positions: Positions) => void>;
}

export interface ViewSync {
  /** The view whose elements are all on the canvas (null while a view is being added). */
  drawn: ViewState | null;
  /** Whether the drawn view is large: drawn with level of detail, and in batches. */
  large: RefObject<boolean>;
  /**
   * A large graph's placed preview is still up over a canvas that holds its frames: the canvas
   * draws its first picture ahead, then calls `endHandOver` (GraphCanvas).
   */
  handingOver: boolean;
  endHandOver(): void;
}

/** However the canvas fails to settle, the preview goes and Cytoscape draws after this long. */
const HAND_OVER_MAX_MS = 8000;

export function useViewSync(view: ViewState | null, runner: LayoutRunner, refs: Refs): ViewSync {
  const { cy: cyRef, layout, theme, onPositions } = refs;
  const lodOn = useRef(false);
  /** The level of detail of the elements on the canvas (detail.ts). */
  const detailOn = useRef<Detail>({ lod: false, grid: false });
  /** The graph whose elements the instance holds (ViewState.graph). */
  const drawnGraph = useRef<string | null>(null);
  const [drawn, setDrawn] = useState<ViewState | null>(null);
  const drawnView = useRef<ViewState | null>(null);
  const [handingOver, setHandingOver] = useState(false);
  const handOver = useRef<(() => void) | null>(null);
  const endHandOver = () => {
    handOver.current?.();
    handOver.current = null;
    setHandingOver(false);
  };
  /** Keeps `placed` up and Cytoscape's frames held until endHandOver. */
  const beginHandOver = (cy: Core, placed: PlacedPreview) => {
    const release = holdFrames(cy);
    const fallback = setTimeout(() => {
      // The labels wait for the hand-over (use-label-grid.ts).
      placeLabelsNow(cy);
      endHandOver();
    }, HAND_OVER_MAX_MS);
    handOver.current = () => {
      clearTimeout(fallback);
      release();
      placed.close();
    };
    setHandingOver(true);
  };

  /**
   * After an edit (a view made from the drawn one by known steps, state/view-delta.ts): only the
   * elements it changed are synced, classed and placed. False when the whole view must be synced.
   */
  const patchCanvas = (cy: Core, next: ViewState): boolean => {
    const delta = deltaSince(drawnView.current, next);
    if (!delta) return false;
    const detail = detailOf(next);
    if (!sameDetail(detail, detailOn.current)) return false;
    const { lod } = detail;
    const fresh = patchElements(cy, next, delta, detail);
    if (!fresh) return false;
    drawnView.current = next;
    setDrawn(next);
    const unplaced = fresh.filter((n) => !next.positions[n.id()]);
    if (unplaced.length === 0) return true;
    seedNewNodes(cy, unplaced, next.positions);
    // A large view is not laid out again for one new node: it starts beside its neighbour, and stays.
    if (lod) onPositions.current(readPositions(cy));
    else runner.run(cy, { randomize: false, large: lod });
    return true;
  };

  // Keep the instance in step with the view: diff elements, then place what is new. Elements
  // are the same only within one graph: a view of another graph replaces every element, and an
  // element whose data changed is redrawn with the new data. Many new elements are added over
  // several frames; GraphCanvas's hooks style the view once it is all drawn (`drawn`).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (!view) {
      // Nothing to show (a graph opened on its overview): the last graph's elements go. Kept
      // unseen, they were restyled and redrawn for the new graph's stylesheet: 184 elements of the
      // Interpol case made a main-thread task of 160 ms while a 200k graph opened.
      if (cy.elements().nonempty()) {
        runner.forget();
        cy.batch(() => cy.elements().remove());
      }
      drawnGraph.current = null;
      drawnView.current = null;
      return;
    }
    if (drawnGraph.current === view.graph && patchCanvas(cy, view)) return;
    drawnView.current = null;
    const cancel: Cancel = { cancelled: false };
    const before = cy.elements().length;
    if (drawnGraph.current !== view.graph) {
      runner.forget();
      cy.batch(() => cy.elements().remove());
      drawnGraph.current = view.graph;
    }
    const total = view.nodes.length + view.edges.length;
    const detail = detailOf(view);
    const { lod } = detail;
    const hidden = new Set(view.hidden);
    const firstPlacement = cy.nodes().empty() && view.nodes.length > 0 && view.nodes.every((n) => !view.positions[n.id]);
    const quick = firstPlacement ? quickPlaces(view.nodes.length) : null;
    // On an empty canvas every element of the view is new: whether they go in slices is known before planning them.
    const earlyLayout = quick !== null && cy.elements().empty() && total > SLICED_MIN_ELEMENTS && lod && resolveLayout(layout.current, total) === 'forceatlas2';
    let nodesAdded: (nodes: NodeCollection | null) => void = () => undefined;
    let adding = true;
    let placed: PlacedPreview | null = null;
    let earlyRun: RunningLayout | null = null;

    const placeAll = (fresh: NodeSingular[]) => {
      // New nodes came with their place and classes; the others may have moved or been hidden.
      const isFresh = new Set(fresh.map((n) => n.id()));
      cy.batch(() => {
        // Only what lacks it: new elements came with the class, and toggling 40,000 cost 0.1 s.
        if (lodOn.current !== lod) cy.elements().filter((e) => e.hasClass('lod') !== lod).toggleClass('lod', lod);
        if (detailOn.current.grid !== detail.grid) cy.nodes().filter((n) => n.hasClass('grid') !== detail.grid).toggleClass('grid', detail.grid);
        cy.nodes().forEach((n) => {
          if (isFresh.has(n.id())) return;
          const known = view.positions[n.id()];
          if (known) {
            const at = n.position();
            if (at.x !== known.x || at.y !== known.y) n.position(known);
          }
          n.toggleClass('hidden', hidden.has(n.id()));
        });
      });
      if (lodOn.current !== lod) setViewportLod(cy, lod);
      lodOn.current = lod;
      detailOn.current = detail;
      drawnView.current = view;
      setDrawn(view);
      const after = cy.elements().length;
      const unplaced = fresh.filter((n) => !view.positions[n.id()]);
      if (unplaced.length === 0) {
        const user = placed?.finish(cy);
        // The preview stays up while the canvas draws its first picture of the whole graph ahead:
        // drawn in a frame, it was a task of 233 ms on eurosis.json.
        if (placed) beginHandOver(cy, placed);
        if (user?.dropped) onPositions.current(readPositions(cy));
        // Frame the whole view when its elements changed; a new history entry with the same
        // elements (positions saved, a node hidden) keeps the user's zoom, and any framing asked for.
        if (!user?.viewport && (fresh.length > 0 || after !== before)) {
          if (lod) frameNodes(cy);
          else cy.fit(undefined, 40);
        }
        runner.setReady(true);
        markFirstPicture();
        markFirstGraph();
        return;
      }
      placed?.close();
      if (!firstPlacement) seedNewNodes(cy, unplaced, view.positions);
      // Started already, from the view, unless another layout replaced it on the way (it saw only part of the graph).
      if (!earlyRun || runner.running.current !== earlyRun) runner.run(cy, { randomize: firstPlacement, large: lod });
    };

    /** A new element's place and classes; `index` is a node's place in view.nodes when the canvas was empty. */
    const finish = (def: ElementDefinition, index: number) => {
      const classes = elementClasses(detail, def.group === 'nodes', def.group === 'nodes' && hidden.has(def.data.id as string));
      if (classes) def.classes = classes;
      if (def.group !== 'nodes') return;
      const known = view.positions[def.data.id as string];
      if (known) def.position = { ...known };
      else if (quick) def.position = { x: quick[2 * index] as number, y: quick[2 * index + 1] as number };
    };

    /** Works out the elements to add and adds them, each with its place and classes: nothing to restyle once they are in. */
    const sync = () => {
      let defs: Definitions;
      const empty = cy.elements().empty();
      // A canvas with nothing on it lacks every element: their definitions are made slice by slice.
      if (empty) defs = viewDefinitions(view, finish);
      else {
        let missing: ElementDefinition[] = [];
        cy.batch(() => {
          missing = planSync(cy, view);
        });
        // (A quick placement needs an empty canvas, so `index` is not read here.)
        missing.forEach((def) => finish(def, -1));
        defs = listedDefinitions(missing);
      }
      // A new graph goes in slices however small: the first elements styled pay for cold code, and
      // the Interpol case's 184, added and framed at once, were a task of 85-120 ms at launch.
      const sliced = defs.length > SLICED_MIN_ELEMENTS || (empty && defs.length > 0);
      // A large new graph with places of its own is shown at once as dots at those places.
      placed = sliced && lod && !earlyLayout && cy.nodes().empty() ? showPlacedPreview(cy, view, quick, theme.current) : null;
      if (!sliced) {
        adding = false;
        placeAll(cy.add(defs.slice(0, defs.length)).nodes().toArray() as NodeSingular[]);
        return;
      }
      runner.setReady(false);
      void addInSlices(cy, defs, cancel, { showGrowing: !earlyLayout && !placed }).then((fresh) => {
        adding = false;
        nodesAdded(fresh ? inViewOrder(cy, view) : null);
        if (fresh) placeAll(fresh);
      });
    };

    if (earlyLayout) {
      // A large graph without places is laid out at once from the view, its first picture drawn
      // from the quick places; the canvas plans its elements in the next task (at 10k, 135 ms
      // that the first picture no longer waits for). The layout's input, the layout's start (its
      // preview's first picture) and the planning are three tasks: at 10k the first two shared
      // this effect's task with the old graph's removal, 125 ms.
      const nodes = new Promise<NodeCollection | null>((resolve) => {
        nodesAdded = resolve;
      });
      void (async () => {
        await yieldToBrowser();
        if (cancel.cancelled) return;
        const input = placedLayoutInput(view, quick.slice());
        await yieldToBrowser();
        if (cancel.cancelled) return;
        runner.run(cy, { randomize: true, large: lod }, { input, look: viewLook(view, theme.current), nodes });
        earlyRun = runner.running.current;
        await yieldToBrowser();
        if (!cancel.cancelled) sync();
      })();
    } else sync();
    return () => {
      cancel.cancelled = true;
      if (adding) placed?.close();
      // Another view came before the canvas's first picture was ready: it is drawn in a frame, as before.
      if (handOver.current) endHandOver();
      // A layout started from this view for elements that will never all be in goes with it.
      if (earlyRun && adding) {
        runner.cancel();
        nodesAdded(null);
      }
    };
    // Runs per view: patchCanvas and the runner read refs and setters only, which never go stale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  return { drawn, large: lodOn, handingOver, endHandOver };
}

/** The view's nodes on the canvas, in the view's order (the order of an early layout's places). */
function inViewOrder(cy: Core, view: ViewState): NodeCollection {
  const nodes = cy.collection();
  for (const n of view.nodes) nodes.merge(cy.getElementById(n.id));
  return nodes as NodeCollection;
}

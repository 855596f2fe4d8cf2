// The graph view: owns the Cytoscape instance (in a ref, never in React state),
// keeps it in step with the current ViewState, and reports user gestures upward.
import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, type ReactNode, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { deltaSince } from '../state/view-delta.js';
import { type Positions, type ViewState, visibleCounts, type VisibleSets, withForced } from '../state/view-history.js';
import { addInSlices, type Cancel } from './add-elements.js';
import { patchElements } from './canvas-patch.js';
import { graphIdOf, planSync } from './elements.js';
import { installBatchedDraw } from './install-batched-draw.js';
import { markFirstGraph, markFirstPicture, quickPlaces, readPositions, seedNewNodes, setViewportLod, watchOnlyStyleAttributes } from './canvas-placement.js';
import { type EarlyStart, runForceAtlas2 } from './fa2-run.js';
import { viewLayoutInput } from './early-layout.js';
import { viewLook } from './preview-look.js';
import { type PlacedPreview, showPlacedPreview } from './placed-preview.js';
import { centreOn, fitVisible, frameNodes, zoomAtCentre } from './frame.js';
import { fallbackNotice, type LayoutHandlers, runFallback, runLayoutWithFallback, type RunningLayout } from './layout-run.js';
import { type LayoutName, resolveLayout } from './layouts.js';
import type { Theme } from './palette.js';
import { graphStyle } from './style.js';
import { ZoomControls } from './ZoomControls.js';
import { type AppearanceDraw, useAppearanceStyle } from './use-appearance-style.js';
import { useFilterClasses, useFitOnFilter } from './use-filter-classes.js';
import { type Highlight, useHighlight } from './use-highlight.js';
import { useHoverHighlight } from './use-hover-highlight.js';
import { useLabelGrid } from './use-label-grid.js';
import { webglWanted } from './gpu.js';
import { type MeasureStyle, useMeasureStyle } from './use-measure-style.js';
import { useSelection } from './use-selection.js';
import type { ManySelection } from '../state/selection/selection.js';

cytoscape.use(fcose);

/** Views with more elements than this are drawn with level of detail (style.ts, `.lod`). */
const LOD_MIN_ELEMENTS = 2000;
/** More new elements than this are added over several frames (add-elements.ts). */
const SLICED_MIN_ELEMENTS = 1500;

export type Selection = { type: 'node' | 'edge'; id: string } | null;

export interface GraphCanvasHandle {
  /** The live instance, for exports (read-only use: they draw what is on screen). */
  core(): Core | null;
  fit(): void;
  zoomBy(factor: number): void;
  center(id: string): void;
}

interface Props {
  view: ViewState | null;
  layout: LayoutName;
  /** Bumped to re-run the layout on the whole view. */
  layoutRun: number;
  theme: Theme;
  onSelect(selection: Selection): void;
  /** Everything selected (Shift/Ctrl+click, Shift+drag a box, table rows); onSelect reports a plain click. */
  many: ManySelection;
  onMany(many: ManySelection): void;
  onExpand(id: string): void;
  onPositions(positions: Positions): void;
  /** What the filter leaves visible (null: everything) and whether the answer for this view is still coming. */
  visible: VisibleSets | null;
  filterPending: boolean;
  highlight: Highlight | null;
  measureStyle: MeasureStyle;
  /** Shown on the canvas when nothing is visible, instead of the default hint. */
  empty?: ReactNode;
  /** Elements to frame once they are in the view and placed (a path the user asked for); a new `key` asks again. */
  frame?: { ids: string[]; key: number } | null;
  /** How the Appearance settings draw this view (null: the stylesheet's defaults). */
  appearance?: AppearanceDraw | null;
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas(props, ref) {
  const { view, layout, layoutRun, theme, onSelect, onExpand, onPositions } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect, onExpand, onPositions });
  const layoutRef = useRef(layout);
  const themeRef = useRef(theme);
  /** The graph whose elements the instance holds (ViewState.graph). */
  const drawnGraph = useRef<string | null>(null);
  const running = useRef<RunningLayout | null>(null);
  /** Waiting for the running layout to finish (framing a path). */
  const afterLayout = useRef<(() => void)[]>([]);
  const [ready, setReady] = useState(false);
  /** A layout failed and another placed the graph: said on the canvas until dismissed. */
  const [notice, setNotice] = useState<string | null>(null);
  /** Layouts finished on this canvas: lets tests and the bench wait for the next one. */
  const [layoutsDone, setLayoutsDone] = useState(0);
  const [layoutState, setLayoutState] = useState<'running' | 'settled'>('settled');
  /** The running layout draws on its preview, which leaves edges out: said beside the spinner. */
  const [previewing, setPreviewing] = useState(false);
  /** Ends the running layout as if it had settled (the stop control). */
  const finishRunning = useRef<(() => void) | null>(null);
  // Cytoscape's listeners outlive renders; they read the latest props through refs.
  useLayoutEffect(() => {
    callbacks.current = { onSelect, onExpand, onPositions };
    layoutRef.current = layout;
    themeRef.current = theme;
  });

  useEffect(() => {
    const webgl = webglWanted();
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(theme),
      pixelRatio: 1,
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
      // Only on a hardware GPU (gpu.ts): on a software rasteriser WebGL is far slower than canvas.
      webgl,
    });
    cyRef.current = cy;
    watchOnlyStyleAttributes(cy);
    // A GPU draws large views itself; batched drawing is the canvas renderer's stand-in for one.
    if (!webgl) installBatchedDraw(cy, () => lodOn.current);
    cy.on('tap', (e: EventObject) => {
      const mouse = e.originalEvent as MouseEvent | undefined;
      // With Shift, Ctrl or Cmd Cytoscape adds or takes out the element itself (use-selection.ts reports it).
      if (mouse?.shiftKey || mouse?.ctrlKey || mouse?.metaKey) return;
      if (e.target === cy) callbacks.current.onSelect(null);
      else callbacks.current.onSelect({ type: e.target.isNode() ? 'node' : 'edge', id: graphIdOf(e.target) });
    });
    cy.on('dbltap', 'node', (e: EventObject) => callbacks.current.onExpand(e.target.id()));
    cy.on('dragfree', 'node', () => callbacks.current.onPositions(readPositions(cy)));
    return () => {
      running.current?.stop();
      cy.destroy();
      cyRef.current = null;
    };
    // The instance is created once; theme changes restyle it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useHoverHighlight(cyRef);


  /** `early`: a large view laid out from the view itself while its elements are being added (early-layout.ts). */
  const runLayout = (cy: Core, randomize: boolean, early?: EarlyStart) => {
    setReady(false);
    running.current?.stop();
    running.current = null;
    performance.mark('redthread:layout-start');
    const elementCount = early ? early.input.ids.length + early.input.edges.length / 2 : cy.elements().length;
    const chosen = early ? 'forceatlas2' : resolveLayout(layoutRef.current, elementCount);
    // A stopped layout (another graph opened, another run) never reports: its places are stale.
    let done = false;
    // ForceAtlas2 draws a large view on its preview (layout-preview.ts); other layouts of a large view move it without edges.
    const preview = (early !== undefined || lodOn.current) && chosen === 'forceatlas2';
    const hideEdges = lodOn.current && !preview;
    const finish = () => {
      if (done) return;
      done = true;
      if (hideEdges) cy.batch(() => cy.edges('.moving').removeClass('moving'));
      running.current = null;
      finishRunning.current = null;
      callbacks.current.onPositions(readPositions(cy));
      setReady(true);
      setLayoutState('settled');
      setLayoutsDone((n) => n + 1);
      markFirstPicture();
      markFirstGraph();
      afterLayout.current.splice(0).forEach((f) => f());
    };
    const handlers: LayoutHandlers = {
      onStop: finish,
      onFallback: (failed, used, message) => setNotice(fallbackNotice(failed, used, message)),
    };
    setLayoutState('running');
    setPreviewing(preview);
    if (hideEdges) cy.batch(() => cy.edges().addClass('moving'));
    let run: RunningLayout;
    if (chosen === 'forceatlas2') {
      // The quick places given when the elements were added are the first picture (the preview frames its own).
      if (randomize && !preview) frameNodes(cy);
      if (!preview) markFirstPicture();
      const fallback = (message: string) => {
        const next = runFallback(cy, 'forceatlas2', message, { randomize, elementCount }, handlers);
        if (!done) running.current = next;
      };
      try {
        run = runForceAtlas2(
          cy,
          { randomize, follow: randomize, preview },
          { onStop: finish, onError: fallback, onFirstPicture: markFirstPicture },
          early,
        );
      } catch (error) {
        run = runFallback(cy, 'forceatlas2', error instanceof Error ? error.message : String(error), { randomize, elementCount }, handlers);
      }
    } else {
      run = runLayoutWithFallback(cy, chosen, { randomize, elementCount }, handlers);
    }
    // A synchronous layout has already finished by now.
    if (!done) {
      running.current = run;
      finishRunning.current = finish;
    }
  };

  /** The stop control: the nodes stay where they are drawn, and are kept. */
  const stopLayout = () => {
    const run = running.current;
    if (run?.settle) return run.settle();
    run?.stop();
    finishRunning.current?.();
  };

  /**
   * After an edit (a view made from the drawn one by known steps, state/view-delta.ts): only the
   * elements it changed are synced, classed and placed. False when the whole view must be synced.
   */
  const patchCanvas = (cy: Core, next: ViewState): boolean => {
    const delta = deltaSince(drawnView.current, next);
    if (!delta) return false;
    const lod = next.nodes.length + next.edges.length > LOD_MIN_ELEMENTS;
    if (lod !== lodOn.current) return false;
    const fresh = patchElements(cy, next, delta, lod);
    if (!fresh) return false;
    drawnView.current = next;
    setDrawn(next);
    const unplaced = fresh.filter((n) => !next.positions[n.id()]);
    if (unplaced.length === 0) return true;
    seedNewNodes(cy, unplaced, next.positions);
    // A large view is not laid out again for one new node: it starts beside its neighbour, and stays.
    if (lod) callbacks.current.onPositions(readPositions(cy));
    else runLayout(cy, false);
    return true;
  };

  // Keep the instance in step with the view: diff elements, then place what is new. Elements
  // are the same only within one graph: a view of another graph replaces every element, and an
  // element whose data changed is redrawn with the new data. Many new elements are added over
  // several frames; the hooks below style the view once it is all drawn (`drawn`).
  const [drawn, setDrawn] = useState<ViewState | null>(null);
  /** The view whose elements are all on the canvas (null while a view is being added). */
  const drawnView = useRef<ViewState | null>(null);
  const lodOn = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    if (drawnGraph.current === view.graph && patchCanvas(cy, view)) return;
    drawnView.current = null;
    const cancel: Cancel = { cancelled: false };
    const before = cy.elements().length;
    let missing: ElementDefinition[] = [];
    cy.batch(() => {
      if (drawnGraph.current !== view.graph) {
        running.current?.stop();
        running.current = null;
        finishRunning.current = null;
        setLayoutState('settled');
        afterLayout.current = [];
        setNotice(null);
        cy.elements().remove();
        drawnGraph.current = view.graph;
      }
      missing = planSync(cy, view);
    });
    const lod = view.nodes.length + view.edges.length > LOD_MIN_ELEMENTS;
    const hidden = new Set(view.hidden);
    const firstPlacement = cy.nodes().empty() && missing.length > 0 && view.nodes.every((n) => !view.positions[n.id]);
    const quick = firstPlacement ? quickPlaces(view.nodes.length) : null;
    let q = 0;
    // New elements come with their place and classes: nothing to restyle once they are in.
    for (const def of missing) {
      const classes = [lod ? 'lod' : '', def.group === 'nodes' && hidden.has(def.data.id as string) ? 'hidden' : ''].filter(Boolean);
      if (classes.length) def.classes = classes.join(' ');
      if (def.group !== 'nodes') continue;
      const known = view.positions[def.data.id as string];
      if (known) def.position = { ...known };
      else if (quick) {
        def.position = { x: quick[2 * q] as number, y: quick[2 * q + 1] as number };
        q += 1;
      }
    }
    // A large graph without places is laid out at once from the view, while its elements go in.
    const sliced = missing.length > SLICED_MIN_ELEMENTS;
    const earlyLayout = sliced && firstPlacement && lod && resolveLayout(layoutRef.current, view.nodes.length + view.edges.length) === 'forceatlas2';
    let nodesAdded: (nodes: NodeCollection | null) => void = () => undefined;
    let adding = true;
    let earlyRun: RunningLayout | null = null;
    if (earlyLayout) {
      const input = viewLayoutInput(view, missing);
      const nodes = new Promise<NodeCollection | null>((resolve) => {
        nodesAdded = resolve;
      });
      runLayout(cy, true, { input, look: viewLook(view, themeRef.current), nodes });
      earlyRun = running.current;
    }
    // A large new graph with places of its own is shown at once as dots at those places.
    const placed: PlacedPreview | null = sliced && lod && !earlyLayout && cy.nodes().empty() ? showPlacedPreview(cy, view, missing, themeRef.current) : null;
    const placeAll = (fresh: NodeSingular[]) => {
      // New nodes came with their place and classes; the others may have moved or been hidden.
      const isFresh = new Set(fresh.map((n) => n.id()));
      cy.batch(() => {
        // Only what lacks it: new elements came with the class, and toggling 40,000 cost 0.1 s.
        if (lodOn.current !== lod) cy.elements().filter((e) => e.hasClass('lod') !== lod).toggleClass('lod', lod);
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
      drawnView.current = view;
      setDrawn(view);
      const after = cy.elements().length;
      const unplaced = fresh.filter((n) => !view.positions[n.id()]);
      if (unplaced.length === 0) {
        const user = placed?.finish(cy);
        if (user?.dropped) callbacks.current.onPositions(readPositions(cy));
        // Frame the whole view when its elements changed; a new history entry with the same
        // elements (positions saved, a node hidden) keeps the user's zoom, and any framing asked for.
        if (!user?.viewport && (fresh.length > 0 || after !== before)) {
          if (lod) frameNodes(cy);
          else cy.fit(undefined, 40);
        }
        setReady(true);
        markFirstPicture();
        markFirstGraph();
        return;
      }
      placed?.cancel();
      if (!firstPlacement) seedNewNodes(cy, unplaced, view.positions);
      // Started already, from the view, unless another layout replaced it on the way (it saw only part of the graph).
      if (!earlyRun || running.current !== earlyRun) runLayout(cy, firstPlacement);
    };
    if (!sliced) {
      placeAll(cy.add(missing).nodes().toArray() as NodeSingular[]);
      return;
    }
    setReady(false);
    void addInSlices(cy, missing, cancel, { showGrowing: !earlyLayout && !placed }).then((fresh) => {
      adding = false;
      nodesAdded(fresh ? inViewOrder(cy, view) : null);
      if (fresh) placeAll(fresh);
    });
    return () => {
      cancel.cancelled = true;
      if (adding) placed?.cancel();
      // A layout started from this view for elements that will never all be in goes with it.
      if (earlyLayout && adding) {
        running.current?.stop();
        running.current = null;
        nodesAdded(null);
      }
    };
    // Runs per view: patchCanvas and runLayout read refs and setters only, which never go stale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && layoutRun > 0 && cy.nodes().nonempty()) runLayout(cy, false);
  }, [layoutRun]);

  const selectedNodes = useSelection(cyRef, drawn, props.many, props.onMany);

  const forced = useMemo(() => new Set([...(props.highlight?.nodes ?? []), ...(props.highlight?.edges ?? [])]), [props.highlight]);
  useFilterClasses(cyRef, drawn, props.visible, forced, props.filterPending);
  useFitOnFilter(cyRef, drawn, props.visible, props.filterPending);

  // Framing waits until every asked element is drawn, and for a running layout to place them.
  const framedKey = useRef(0);
  useEffect(() => {
    const cy = cyRef.current;
    const request = props.frame;
    if (!cy || !request || framedKey.current === request.key) return;
    const wanted = new Set(request.ids);
    const eles = cy.nodes().filter((n) => wanted.has(n.id()));
    if (eles.length < wanted.size) return;
    framedKey.current = request.key;
    const fit = () => cy.animate({ fit: { eles, padding: 60 } }, { duration: 250 });
    if (running.current) afterLayout.current.push(fit);
    else fit();
  }, [drawn, props.frame]);
  useHighlight(cyRef, drawn, props.highlight);
  useMeasureStyle(cyRef, drawn, props.measureStyle, theme);
  useLabelGrid(cyRef, { drawn, selection: props.many, highlight: props.highlight, measure: props.measureStyle, visible: props.visible, layoutsDone }, layoutState === 'running', props.appearance?.labelDensity);
  // The stylesheet follows the theme and the Appearance settings (after the elements are in step with the view).
  useAppearanceStyle(cyRef, drawn, props.appearance ?? null, theme);

  const fit = () => {
    const run = running.current;
    if (run?.fit) run.fit();
    else if (cyRef.current) fitVisible(cyRef.current, lodOn.current);
  };
  const zoomBy = (factor: number) => {
    const run = running.current;
    if (run?.zoomBy) run.zoomBy(factor);
    else if (cyRef.current) zoomAtCentre(cyRef.current, factor);
  };
  useImperativeHandle(ref, () => ({
    core: () => cyRef.current,
    fit,
    zoomBy,
    center: (id) => {
      if (cyRef.current) centreOn(cyRef.current, id);
    },
  }));

  // Counted once per view and filter answer, not on every render (40,000 elements at 10k).
  const counts = useMemo(() => (view ? visibleCounts(view, withForced(props.visible, props.highlight)) : { nodes: 0, edges: 0 }), [view, props.visible, props.highlight]);
  const isReady = ready && view !== null && drawn === view && !props.filterPending;
  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-ready={isReady ? 'true' : 'false'}
        data-visible-nodes={counts.nodes}
        data-layouts-done={layoutsDone}
        data-layout={layoutState}
        data-visible-edges={counts.edges}
        data-selected-nodes={selectedNodes.length}
        // Which nodes the canvas shows selected, for tests; left out for large selections.
        data-selected={selectedNodes.length <= 200 ? selectedNodes.join(' ') : undefined}
        role="application"
        aria-label={`Graph: ${counts.nodes} nodes, ${counts.edges} edges`}
      />
      {!isReady && (
        <div className="canvas-progress" role="status">
          <span className="spinner" aria-hidden /> {view ? 'Laying out…' : 'Loading the graph…'}
          {layoutState === 'running' && previewing && (
            <span className="layout-note" data-testid="layout-preview-note">
              edges and labels appear when it stops
            </span>
          )}
          {layoutState === 'running' && (
            <button type="button" className="layout-stop" data-testid="layout-stop" onClick={stopLayout} title="Stop the layout: nodes stay where they are">
              Stop
            </button>
          )}
        </div>
      )}
      {notice && (
        <div className="canvas-notice" role="status" data-testid="layout-notice">
          {notice}
          <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      <ZoomControls onZoom={zoomBy} onFit={fit} />
      {isReady && counts.nodes === 0 && (props.empty ?? <div className="canvas-empty">Nothing to show: use Reset or search for someone.</div>)}
    </div>
  );
});

/** The view's nodes on the canvas, in the view's order (the order of an early layout's places). */
function inViewOrder(cy: Core, view: ViewState): NodeCollection {
  const nodes = cy.collection();
  for (const n of view.nodes) nodes.merge(cy.getElementById(n.id));
  return nodes as NodeCollection;
}

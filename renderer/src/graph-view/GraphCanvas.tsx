// The graph view: owns the Cytoscape instance (in a ref, never in React state), keeps it in step
// with the current ViewState (use-view-sync.ts) and its layouts running (use-layout-runner.ts),
// styles it through the hooks below, and reports user gestures upward.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, type ReactNode, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import { type Positions, type ViewState, visibleCounts, type VisibleSets, withForced } from '../state/view-history.js';
import type { ManySelection } from '../state/selection/selection.js';
import { readPositions, watchOnlyStyleAttributes } from './canvas-placement.js';
import { graphIdOf } from './elements.js';
import { centreOn, fitVisible, zoomAtCentre } from './frame.js';
import { webglWanted } from './gpu.js';
import { installStyleCacheFix } from './cytoscape-style-cache.js';
import { installBatchedDraw, prepareBatchedFrame } from './install-batched-draw.js';
import { installLabelEllipsis } from './label-ellipsis.js';
import { type Cancel, frameTasks, yieldToBrowser } from './add-elements.js';
import type { LayoutName } from './layouts.js';
import type { Theme } from './palette.js';
import { graphStyle } from './style.js';
import { type AppearanceDraw, useAppearanceStyle } from './use-appearance-style.js';
import { useFilterClasses, useFitOnFilter } from './use-filter-classes.js';
import { type Highlight, useHighlight } from './use-highlight.js';
import { useHoverHighlight } from './use-hover-highlight.js';
import { useLabelGrid } from './use-label-grid.js';
import { placeLabelsInSteps } from './label-placer.js';
import { useLayoutRunner } from './use-layout-runner.js';
import { type MeasureStyle, useMeasureStyle } from './use-measure-style.js';
import { useSelection } from './use-selection.js';
import { useViewSync } from './use-view-sync.js';
import { ZoomControls } from './ZoomControls.js';

cytoscape.use(fcose);
installStyleCacheFix();

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
  const onPositionsRef = useRef(onPositions);
  const runner = useLayoutRunner(layoutRef, onPositionsRef);
  // Cytoscape's listeners outlive renders; they read the latest props through refs.
  useLayoutEffect(() => {
    callbacks.current = { onSelect, onExpand, onPositions };
    onPositionsRef.current = onPositions;
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
    installLabelEllipsis(cy);
    // A GPU draws large views itself; batched drawing is the canvas renderer's stand-in for one.
    if (!webgl) installBatchedDraw(cy, () => large.current);
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
      runner.running.current?.stop();
      cy.destroy();
      cyRef.current = null;
    };
    // The instance is created once; theme changes restyle it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useHoverHighlight(cyRef);
  const { drawn, large, handingOver, endHandOver } = useViewSync(view, runner, { cy: cyRef, layout: layoutRef, theme: themeRef, onPositions: onPositionsRef });

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && layoutRun > 0 && cy.nodes().nonempty()) runner.run(cy, { randomize: false, large: large.current, frame: true });
    // Only when asked again: the runner's methods and `large` read refs, never stale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    if (runner.running.current) runner.afterLayout.current.push(fit);
    else fit();
    // runner.running and runner.afterLayout are refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawn, props.frame]);
  useHighlight(cyRef, drawn, props.highlight);
  useMeasureStyle(cyRef, drawn, props.measureStyle, theme);
  // The stylesheet follows the theme and the Appearance settings (after the elements are in step with the view).
  const { restyling, busy: restyleBusy, finished: restylesFinished } = useAppearanceStyle(cyRef, drawn, props.appearance ?? null, theme);
  // After the looks, whose label texts it measures.
  const labelTriggers = { drawn, selection: props.many, highlight: props.highlight, measure: props.measureStyle, visible: props.visible, layoutsDone: runner.done, looks: restylesFinished };
  useLabelGrid(cyRef, labelTriggers, runner.state === 'running', props.appearance?.labelDensity, handingOver);

  const fit = () => {
    const run = runner.running.current;
    if (run?.fit) run.fit();
    else if (cyRef.current) fitVisible(cyRef.current, large.current);
  };
  const zoomBy = (factor: number) => {
    const run = runner.running.current;
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
  const lookPending = props.appearance?.pending === true;
  const settled = runner.ready && view !== null && drawn === view && !props.filterPending && !restyling;
  // A placed preview still up: once the looks are applied, the labels are placed (in a task of
  // their own) and the first picture is drawn ahead in slices; then the preview goes (use-view-sync.ts).
  useEffect(() => {
    const cy = cyRef.current;
    // Looks that came after the first picture restyled every node in the frame after it, and their
    // labels were placed for the texts before (airlines.graphml, labelled from an attribute: 250-330 ms).
    // This commit's looks may have only just started to go on in tasks of their own (`restyling` is a render behind).
    if (!handingOver || !settled || lookPending || restyleBusy.current || !cy) return;
    const cancel: Cancel = { cancelled: false };
    const tasks = frameTasks(cy, cancel);
    void (async () => {
      if (!(await tasks.pause())) return;
      await placeLabelsInSteps(cy, yieldToBrowser, () => cancel.cancelled || cy.destroyed());
      await prepareBatchedFrame(cy, tasks);
      if (!cancel.cancelled) endHandOver();
    })();
    return () => {
      cancel.cancelled = true;
    };
    // endHandOver reads refs and a state setter only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [handingOver, settled, lookPending, restylesFinished]);
  const isReady = settled && !handingOver;
  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-ready={isReady ? 'true' : 'false'}
        data-visible-nodes={counts.nodes}
        data-layouts-done={runner.done}
        data-layout={runner.state}
        data-visible-edges={counts.edges}
        data-selected-nodes={selectedNodes.length}
        // Which nodes the canvas shows selected, for tests; left out for large selections.
        data-selected={selectedNodes.length <= 200 ? selectedNodes.join(' ') : undefined}
        role="application"
        aria-label={`Graph: ${counts.nodes} nodes, ${counts.edges} edges`}
      />
      {!isReady && (
        <div className="canvas-progress" role="status">
          <span className="spinner" aria-hidden /> {!view ? 'Loading the graph…' : runner.ready && restyling ? 'Applying the appearance…' : 'Laying out…'}
          {runner.state === 'running' && runner.previewing && (
            <span className="layout-note" data-testid="layout-preview-note">
              {runner.previewing.edges ? 'labels appear when it stops' : 'edges and labels appear when it stops'}
            </span>
          )}
          {runner.state === 'running' && (
            <button type="button" className="layout-stop" data-testid="layout-stop" onClick={runner.stop} title="Stop the layout: nodes stay where they are">
              Stop
            </button>
          )}
        </div>
      )}
      {runner.notice && (
        <div className="canvas-notice" role="status" data-testid="layout-notice">
          {runner.notice}
          <button type="button" onClick={() => runner.setNotice(null)} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      <ZoomControls onZoom={zoomBy} onFit={fit} />
      {isReady && counts.nodes === 0 && (props.empty ?? <div className="canvas-empty">Nothing to show: use Reset or search for someone.</div>)}
    </div>
  );
});

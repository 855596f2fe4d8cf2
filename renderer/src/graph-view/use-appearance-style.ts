// Draws the Appearance settings on the canvas: the stylesheet's scale and edge-label mode,
// and each element's own look as data the stylesheet maps (style.ts: node.a-fill → afill,
// node.a-size → asize, node.a-label → alabel, node.a-shape → ashape; edge.a-color → acolor,
// edge.a-width → awidth, edge.a-elabel → elabel).
import type { Core, SingularElementArgument } from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { pick } from '../state/id-index.js';
import { keepIfSame } from '../state/same-map.js';
import { type Cancel, frameTasks, restyleInSlices, yieldToBrowser } from './add-elements.js';
import { finish, runSteps } from '../../../graph-data/src/steps.js';
import { prepareBatchedFrame } from './install-batched-draw.js';
import { framesHeld } from './frame-hold.js';
import type { ViewState } from '../state/view-history.js';
import { useCustomAllegationTypes } from './allegation-types.js';
import { canvasElement } from './elements.js';
import { useDeltaSince } from './use-delta.js';
import type { Theme } from './palette.js';
import { graphStyle, type StyleOptions } from './style.js';

/** What the canvas draws from the Appearance settings, worked out for the current view. */
export interface AppearanceDraw {
  style: StyleOptions;
  /** node id → fill; null: kinds colour the nodes. */
  nodeColours: ReadonlyMap<string, string> | null;
  /** node id → diameter (model units); null: sized by degree in the stylesheet. */
  nodeSizes: ReadonlyMap<string, number> | null;
  /** node id → label; null: the node's own label. '' hides a label. */
  nodeLabels: ReadonlyMap<string, string> | null;
  /** edge id → colour (the file's own); allegation colours still win in the stylesheet. */
  edgeColours: ReadonlyMap<string, string> | null;
  /** edge id → width (model units). */
  edgeWidths: ReadonlyMap<string, number> | null;
  /** 0..1: how many labels show (style.ts minLabelPixels: fewer, hubs first, as it falls). */
  labelDensity: number;
  /** Some of these looks are still on their way (use-appearance.ts): a large graph's first picture waits for them. */
  pending?: boolean;
}

/** More elements to restyle than this are restyled in slices. */
const SLICED_RESTYLE = 1500;
/** Elements looked over per task to find what a restyle changes: about 25 ms at 10k (16 µs each). */
const DRY_RUN_STEP = 1500;

/**
 * How many elements a restyle recomputes: the restyled ones, and the edges of nodes that may
 * change size, whose ends move with them (1,285 resized nodes of eurosis.json made one frame of
 * 0.6 s, for their 7,500 edges).
 */
export function restyleWeight(nodes: readonly { degree: number }[], edges: number, sizes: boolean): number {
  let weight = edges;
  for (const n of nodes) weight += nodeWeight(n, sizes);
  return weight;
}

/** What restyling one node recomputes: itself, and its edges when its size may change. */
function nodeWeight(node: { degree: number }, sizes: boolean): number {
  return sizes ? 1 + node.degree : 1;
}

export interface AppearanceRestyle {
  /** Elements are being restyled in tasks of their own (the canvas is not ready meanwhile). */
  restyling: boolean;
  /**
   * The same, known in the commit that starts it: `restyling` turns true one render later, and an
   * effect of that first commit (a large graph's hand-over, GraphCanvas) would think the looks applied.
   */
  busy: RefObject<boolean>;
  /** Goes up when a restyle that `busy` announced ends. */
  finished: number;
}

export function useAppearanceStyle(cyRef: RefObject<Core | null>, view: ViewState | null, draw: AppearanceDraw | null, theme: Theme): AppearanceRestyle {
  const style = draw?.style;
  const { unit, sizeMin, sizeMax, edgeLabels } = style ?? { unit: 1, sizeMin: 18, sizeMax: 46, edgeLabels: 'hover' as const };
  const labelDensity = draw?.labelDensity ?? 1;
  // A type the case adds gets its colour in the stylesheet.
  const customTypes = useCustomAllegationTypes();
  useEffect(() => {
    cyRef.current?.style(graphStyle(theme, { unit, sizeMin, sizeMax, edgeLabels, labelDensity }));
  }, [cyRef, theme, unit, sizeMin, sizeMax, edgeLabels, labelDensity, customTypes]);

  const nodeColours = draw?.nodeColours ?? null;
  const nodeSizes = draw?.nodeSizes ?? null;
  const nodeLabels = draw?.nodeLabels ?? null;
  const edgeColours = draw?.edgeColours ?? null;
  const edgeWidths = draw?.edgeWidths ?? null;
  const since = useDeltaSince();
  /** The maps last applied: one rebuilt with the same entries (as after most edits) counts as unchanged. */
  const applied = useRef<readonly (ReadonlyMap<string, unknown> | null)[]>([]);
  /** A restyle in slices was cut short (another view or setting came): the next one revisits everything. */
  const unfinished = useRef(false);
  const [restyling, setRestyling] = useState(false);
  // Counts restyles that ended after the commit that began them: `restyling` may turn true and back
  // to false before React renders in between (slices yield ahead of its render task), and then
  // nothing would tell a waiting effect that the looks are on.
  const [finished, setFinished] = useState(0);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    const inputs = [nodeColours, nodeSizes, nodeLabels, edgeColours, edgeWidths].map((map, i) => keepIfSame(applied.current[i] ?? null, map));
    applied.current = inputs;
    const known = since(view, inputs);
    const delta = unfinished.current ? null : known;
    // Only what changed: a new history entry (positions saved after a layout) changes nothing here,
    // and every data or class write would restyle the element. With `dryRun`, only tells whether
    // the element would change (written without throwaway arrays: a whole view's dry run is 9,000
    // elements on eurosis.json, and ran cold in the task that placed the labels).
    const syncNode = (node: ViewState['nodes'][number], dryRun: boolean): boolean => {
      const el = cy.getElementById(node.id);
      if (el.empty()) return false;
      const fill = nodeColours?.get(node.id);
      const size = nodeSizes?.get(node.id);
      const label = nodeLabels?.get(node.id);
      let changed = setClass(el, 'a-fill', fill !== undefined, dryRun);
      changed = setClass(el, 'a-size', size !== undefined, dryRun) || changed;
      changed = setClass(el, 'a-label', label !== undefined && label !== '', dryRun) || changed;
      changed = setClass(el, 'a-nolabel', label === '', dryRun) || changed;
      changed = setClass(el, 'a-shape', node.shape !== undefined, dryRun) || changed;
      changed = setData(el, 'afill', fill, dryRun) || changed;
      changed = setData(el, 'asize', size, dryRun) || changed;
      changed = setData(el, 'alabel', label || undefined, dryRun) || changed;
      return setData(el, 'ashape', node.shape, dryRun) || changed;
    };
    const syncEdge = (edge: ViewState['edges'][number], dryRun: boolean): boolean => {
      const el = canvasElement(cy, 'edge', edge.id);
      if (el.empty()) return false;
      const colour = edgeColours?.get(edge.id);
      const width = edgeWidths?.get(edge.id);
      let changed = setClass(el, 'a-color', colour !== undefined, dryRun);
      changed = setClass(el, 'a-width', width !== undefined, dryRun) || changed;
      changed = setClass(el, 'a-elabel', edge.label !== undefined, dryRun) || changed;
      changed = setData(el, 'acolor', colour, dryRun) || changed;
      changed = setData(el, 'awidth', width, dryRun) || changed;
      return setData(el, 'elabel', edge.label, dryRun) || changed;
    };
    /**
     * What would change, found without writing anything (most elements, on most runs, nothing), in
     * steps of DRY_RUN_STEP elements: a whole 10k view's pass was one task of 85–150 ms. After an
     * edit, only its elements, found by the view's id index: a pass over the whole view to test
     * each id against the delta was 2-3 ms of every edit at 10k nodes / 30k edges.
     */
    const shown = view;
    function* changedSteps(): Generator<void, { nodes: ViewState['nodes']; edges: ViewState['edges'] }> {
      const nodes: ViewState['nodes'] = [];
      const edges: ViewState['edges'] = [];
      const nodeList = delta ? pick(shown.nodes, delta.nodes) : shown.nodes;
      const edgeList = delta ? pick(shown.edges, delta.edges) : shown.edges;
      for (let i = 0; i < nodeList.length + edgeList.length; i++) {
        if (i > 0 && i % DRY_RUN_STEP === 0) yield;
        if (i < nodeList.length) {
          const node = nodeList[i] as ViewState['nodes'][number];
          if (syncNode(node, true)) nodes.push(node);
        } else {
          const edge = edgeList[i - nodeList.length] as ViewState['edges'][number];
          if (syncEdge(edge, true)) edges.push(edge);
        }
      }
      return { nodes, edges };
    }
    /** `later`: not in the effect's own task. */
    const apply = ({ nodes, edges }: { nodes: ViewState['nodes']; edges: ViewState['edges'] }, cancel: Cancel, later: boolean) => {
      const restyle = (from: number, to: number) =>
        cy.batch(() => {
          for (let i = from; i < to; i++) {
            if (i < nodes.length) syncNode(nodes[i] as ViewState['nodes'][number], false);
            else syncEdge(edges[i - nodes.length] as ViewState['edges'][number], false);
          }
        });
      const total = nodes.length + edges.length;
      if (restyleWeight(nodes, edges.length, nodeSizes !== null) <= SLICED_RESTYLE) {
        restyle(0, total);
        unfinished.current = false;
        setRestyling(false);
        if (later) setFinished((n) => n + 1);
        return;
      }
      // A whole large view (a file's own colours arriving after its elements: 9,500 restyled in one
      // frame of 0.64 s on Java.gexf) is restyled in slices, each computed at once.
      unfinished.current = true;
      setRestyling(true);
      const weight = (i: number) => (i < nodes.length ? nodeWeight(nodes[i] as ViewState['nodes'][number], nodeSizes !== null) : 1);
      void restyleInSlices(cy, total, cancel, restyle, weight).then(async (done) => {
        if (!done) return;
        unfinished.current = false;
        // The frame after would redraw every restyled plain element at once (Java.gexf: 0.2 s):
        // its picture is drawn ahead, in slices, as at a layout's end. Not while frames are held
        // (a graph's hand-over from its preview): the holder draws it ahead once the labels are placed.
        if (!framesHeld(cy)) await prepareBatchedFrame(cy, frameTasks(cy, cancel));
        if (cancel.cancelled) return;
        setRestyling(false);
        setFinished((n) => n + 1);
      });
    };
    const cancel: Cancel = { cancelled: false };
    // A whole large view is looked over in tasks of its own: with the label placement of a graph
    // just drawn, one task of 209 ms on eurosis.json (55 of them this pass).
    if (delta === null && view.nodes.length + view.edges.length > SLICED_RESTYLE) {
      unfinished.current = true;
      setRestyling(true);
      const stopped = () => cancel.cancelled || cy.destroyed();
      void yieldToBrowser().then(async () => {
        const changed = stopped() ? null : await runSteps(changedSteps(), yieldToBrowser, stopped);
        if (changed && !stopped()) apply(changed, cancel, true);
      });
    } else apply(finish(changedSteps()), cancel, false);
    return () => {
      cancel.cancelled = true;
    };
  }, [cyRef, view, nodeColours, nodeSizes, nodeLabels, edgeColours, edgeWidths, since]);
  return { restyling, busy: unfinished, finished };
}

/** Sets or clears a class unless it already is so (`dryRun`: only says whether it would change). */
function setClass(el: SingularElementArgument, name: string, on: boolean, dryRun: boolean): boolean {
  if (el.hasClass(name) === on) return false;
  if (!dryRun) el.toggleClass(name, on);
  return true;
}

/** Writes a defined value unless the element already has it (`dryRun`: only says whether it would change). */
function setData(el: SingularElementArgument, key: string, value: unknown, dryRun: boolean): boolean {
  if (value === undefined || el.data(key) === value) return false;
  if (!dryRun) el.data(key, value);
  return true;
}

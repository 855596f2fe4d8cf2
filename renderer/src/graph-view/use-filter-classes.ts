// Applies the service's filter answer to the canvas: one batch of class toggles, never
// per-element decisions of its own. Pinned nodes carry a marker class.
import type { Core } from 'cytoscape';
import { type RefObject, useEffect, useRef } from 'react';
import type { FilterSpec } from '../../../graph-data/src/contract.js';
import type { ViewState, VisibleSets } from '../state/view-history.js';
import { graphIdOf } from './elements.js';
import { elementsOf, setClass, useDeltaSince } from './use-delta.js';

/** `forced` elements (a highlighted path) stay on screen whatever the filter says. */
export function useFilterClasses(cyRef: RefObject<Core | null>, view: ViewState | null, visible: VisibleSets | null, forced: ReadonlySet<string>, pending: boolean): void {
  const since = useDeltaSince();
  /** Whether some element may carry `filtered` or `pinned` (new elements never come with them). */
  const marked = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    // While the answer for this view is on its way, the previous classes stay: no flash of everything.
    if (!cy || !view || pending) return;
    const pinned = new Set(view.pinned);
    const delta = since(view, [visible, forced]);
    // No filter, no pin, and no element left marked: nothing to visit (at 10k, 40,000 elements in
    // the task that follows the graph's drawing).
    const marking = visible !== null || pinned.size > 0;
    if (!marking && !marked.current) return;
    marked.current = marking;
    cy.batch(() => {
      (delta ? elementsOf(cy, delta) : cy.elements()).forEach((el) => {
        const id = graphIdOf(el);
        const shown = !visible || forced.has(id) || (el.isNode() ? visible.nodes.has(id) : visible.edges.has(id));
        setClass(el, 'filtered', !shown);
        if (el.isNode()) setClass(el, 'pinned', pinned.has(id));
      });
    });
  }, [cyRef, view, visible, forced, pending, since]);
}

/**
 * After the filter changes (a box, a chip, Reset, or Back to another filter), the view frames
 * what stays, once the service's answer is applied: a filter that leaves a corner of the graph
 * must not leave the user looking at empty space.
 */
export function useFitOnFilter(cyRef: RefObject<Core | null>, view: ViewState | null, visible: VisibleSets | null, pending: boolean): void {
  const framed = useRef<{ graph: string; filter: FilterSpec } | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view || pending) return;
    const last = framed.current;
    framed.current = { graph: view.graph, filter: view.filter };
    // A new graph is framed when it is placed; only a change of filter within one graph frames here.
    if (!last || last.graph !== view.graph || last.filter === view.filter) return;
    const shown = cy.elements(':visible');
    if (shown.nonempty()) cy.animate({ fit: { eles: shown, padding: 40 } }, { duration: 200 });
  }, [cyRef, view, visible, pending]);
}

// Applies the service's filter answer to the canvas: one batch of class toggles, never
// per-element decisions of its own. Pinned nodes carry a marker class.
import type { Core } from 'cytoscape';
import { type RefObject, useEffect } from 'react';
import type { ViewState, VisibleSets } from '../state/view-history.js';

/** `forced` elements (a highlighted path) stay on screen whatever the filter says. */
export function useFilterClasses(cyRef: RefObject<Core | null>, view: ViewState | null, visible: VisibleSets | null, forced: ReadonlySet<string>, pending: boolean): void {
  useEffect(() => {
    const cy = cyRef.current;
    // While the answer for this view is on its way, the previous classes stay: no flash of everything.
    if (!cy || !view || pending) return;
    const pinned = new Set(view.pinned);
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const id = el.id();
        const shown = !visible || forced.has(id) || (el.isNode() ? visible.nodes.has(id) : visible.edges.has(id));
        el.toggleClass('filtered', !shown);
        if (el.isNode()) el.toggleClass('pinned', pinned.has(id));
      });
    });
  }, [cyRef, view, visible, forced, pending]);
}

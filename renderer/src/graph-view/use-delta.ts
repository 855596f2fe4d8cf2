// The canvas's styling hooks after an edit: each hook remembers the view and inputs it last
// applied, and when only the view changed, by known steps (state/view-delta.ts), it revisits the
// few elements the edit changed instead of all 40,000 of a 10k view.
import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import { useCallback, useRef } from 'react';
import { deltaSince, type ViewDelta } from '../state/view-delta.js';
import type { ViewState } from '../state/view-history.js';
import { canvasElement } from './elements.js';

/**
 * Returns a function for the hook's effect: given the view and the hook's other inputs (compared
 * by identity), it answers what changed since its last call: null when everything must be
 * revisited (another input changed, or the view's story is not known).
 */
export function useDeltaSince(): (view: ViewState, inputs: readonly unknown[]) => ViewDelta | null {
  const last = useRef<{ view: ViewState; inputs: readonly unknown[] } | null>(null);
  // The same function on every render: hooks list it among their effect's dependencies.
  return useCallback((view: ViewState, inputs: readonly unknown[]) => {
    const before = last.current;
    last.current = { view, inputs };
    if (!before || before.inputs.length !== inputs.length || before.inputs.some((value, i) => value !== inputs[i])) return null;
    return deltaSince(before.view, view);
  }, []);
}

/** The canvas elements of a delta's ids that are drawn. */
export function elementsOf(cy: Core, delta: ViewDelta): CollectionReturnValue {
  // merge() adds to this collection in place: no copy per element.
  const found = cy.collection();
  for (const id of delta.nodes) found.merge(cy.getElementById(id));
  for (const id of delta.edges) found.merge(canvasElement(cy, 'edge', id));
  return found;
}

/**
 * Sets a class only where it changes: inside a batch Cytoscape restyles every element a class was
 * toggled on, changed or not, and a restyle after the frame costs a whole redraw.
 */
export function setClass(el: SingularElementArgument, name: string, on: boolean): void {
  if (el.hasClass(name) !== on) el.toggleClass(name, on);
}

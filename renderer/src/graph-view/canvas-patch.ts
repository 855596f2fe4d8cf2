// After an edit: the canvas takes only the elements the edit changed (state/view-delta.ts), with
// the classes and saved places a whole sync would give them.
import type { Core, NodeSingular } from 'cytoscape';
import type { ViewDelta } from '../state/view-delta.js';
import type { ViewState } from '../state/view-history.js';
import { moveToSaved } from './canvas-placement.js';
import { type Detail, elementClasses } from './detail.js';
import { planPatch } from './elements.js';

/** Syncs the delta's elements; returns the nodes added, or null when only a whole sync is exact. */
export function patchElements(cy: Core, next: ViewState, delta: ViewDelta, detail: Detail): NodeSingular[] | null {
  let fresh: NodeSingular[] | null = null;
  cy.batch(() => {
    const missing = planPatch(cy, next, delta);
    if (!missing) return;
    const hidden = new Set(next.hidden);
    for (const def of missing) {
      const classes = elementClasses(detail, def.group === 'nodes', def.group === 'nodes' && hidden.has(def.data.id as string));
      if (classes) def.classes = classes;
      const known = def.group === 'nodes' ? next.positions[def.data.id as string] : undefined;
      if (known) def.position = { ...known };
    }
    fresh = cy.add(missing).nodes().toArray() as NodeSingular[];
    // Saved places (Forward to a view laid out after the edit) are the view's, not the canvas's.
    if (delta.positions) moveToSaved(cy, next.positions);
  });
  return fresh;
}

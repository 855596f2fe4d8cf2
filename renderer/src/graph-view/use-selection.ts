// Selection of many on the canvas. Cytoscape owns the gestures (Shift/Ctrl+click toggles an
// element, Shift+drag on the background draws a selection box); this hook reports its selected
// set upward once per gesture and makes the canvas show a selection made elsewhere (table rows,
// select all / invert / neighbours).
import type { Core, SingularElementArgument } from 'cytoscape';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type ManySelection, sameSelection } from '../state/selection/selection.js';
import type { ViewState } from '../state/view-history.js';
import { canvasElement, graphIdOf } from './elements.js';
import { elementsOf, useDeltaSince } from './use-delta.js';

/**
 * What the canvas shows selected. One loop over one collection, not the selectors
 * `:selected:visible` per group: over a 10k view's 40,000 elements those took 28-40 ms (46 ms of
 * the task after a layout lands, profiled), the loop 11-18 ms, most of it copying the collection.
 */
export function selectedOn(cy: Core): ManySelection {
  const nodes: string[] = [];
  const edges: string[] = [];
  const all = cy.elements();
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as SingularElementArgument;
    if (!el.selected() || !el.visible()) continue;
    if (el.isNode()) nodes.push(el.id());
    else edges.push(graphIdOf(el));
  }
  return { nodes, edges };
}

/** The part of a selection the canvas can show: elements drawn and not hidden. */
function drawn(cy: Core, many: ManySelection): { on: ManySelection; off: ManySelection } {
  const shows = (type: 'node' | 'edge') => (id: string) => {
    const el = canvasElement(cy, type, id);
    return el.nonempty() && el.visible();
  };
  const split = (type: 'node' | 'edge', ids: readonly string[]) => {
    const test = shows(type);
    return [ids.filter(test), ids.filter((id) => !test(id))] as const;
  };
  const [nodesOn, nodesOff] = split('node', many.nodes);
  const [edgesOn, edgesOff] = split('edge', many.edges);
  return { on: { nodes: nodesOn, edges: edgesOn }, off: { nodes: nodesOff, edges: edgesOff } };
}

/** Returns the node ids the canvas shows selected (for its automation attributes). */
export function useSelection(cyRef: RefObject<Core | null>, view: ViewState | null, many: ManySelection, onMany: (many: ManySelection) => void): string[] {
  const [drawnNodes, setDrawnNodes] = useState<string[]>([]);
  const report = useRef(onMany);
  const latest = useRef(many);
  useLayoutEffect(() => {
    report.current = onMany;
    latest.current = many;
  });

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.boxSelectionEnabled(true);
    // A box or a select-all fires one event per element: report the set once, after them all.
    let queued = false;
    const onChange = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (cy.destroyed()) return;
        // Rows picked in the table that the canvas does not draw stay selected.
        const { off } = drawn(cy, latest.current);
        const on = selectedOn(cy);
        setDrawnNodes([...on.nodes]);
        report.current({ nodes: [...on.nodes, ...off.nodes], edges: [...on.edges, ...off.edges] });
      });
    };
    cy.on('select unselect', onChange);
    return () => {
      if (!cy.destroyed()) cy.off('select unselect', onChange);
    };
  }, [cyRef]);

  const since = useDeltaSince();
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    const delta = since(view, [many]);
    if (delta) {
      // After an edit only the changed elements can be out of step (a removed one left the
      // selection with it); reading the whole canvas's selection costs a 10k view 30 ms.
      const wanted = { node: new Set(many.nodes), edge: new Set(many.edges) };
      cy.batch(() =>
        elementsOf(cy, delta).forEach((el) => {
          if (!el.selected() && wanted[el.isNode() ? 'node' : 'edge'].has(graphIdOf(el)) && el.visible()) el.select();
        }),
      );
      return;
    }
    const { on } = drawn(cy, many);
    if (sameSelection(selectedOn(cy), on)) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      for (const id of on.nodes) canvasElement(cy, 'node', id).select();
      for (const id of on.edges) canvasElement(cy, 'edge', id).select();
    });
  }, [cyRef, view, many, since]);
  return drawnNodes;
}

// Highlights a set of elements (a path, two compared nodes and what links them) and fades
// the rest. Its own classes, so the hover highlight cannot clear it.
import type { Core } from 'cytoscape';
import { type RefObject, useEffect, useRef } from 'react';
import type { ViewState } from '../state/view-history.js';
import { graphIdOf } from './elements.js';
import { elementsOf, setClass, useDeltaSince } from './use-delta.js';

export interface Highlight {
  nodes: string[];
  edges: string[];
  /** What is highlighted, for an export's caption ("Path from A to B highlighted (2 hops)"). */
  caption?: string;
}

export function useHighlight(cyRef: RefObject<Core | null>, view: ViewState | null, highlight: Highlight | null): void {
  const since = useDeltaSince();
  /** Whether some element may carry `highlit` or `dimmed` (new elements never come with them). */
  const marked = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    const ids = new Set([...(highlight?.nodes ?? []), ...(highlight?.edges ?? [])]);
    const delta = since(view, [highlight]);
    // Nothing highlighted (every view that opens) and nothing left so: no element to visit (at
    // 10k, 40,000 in the task that follows the graph's drawing).
    if (highlight === null && !marked.current) return;
    marked.current = highlight !== null;
    cy.batch(() => {
      (delta ? elementsOf(cy, delta) : cy.elements()).forEach((el) => {
        const on = highlight !== null && ids.has(graphIdOf(el));
        setClass(el, 'highlit', on);
        setClass(el, 'dimmed', highlight !== null && !on);
      });
    });
  }, [cyRef, view, highlight, since]);
}

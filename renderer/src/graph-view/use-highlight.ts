// Highlights a set of elements (a path, two compared nodes and what links them) and fades
// the rest. Its own classes, so the hover highlight cannot clear it.
import type { Core } from 'cytoscape';
import { type RefObject, useEffect } from 'react';
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
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    const ids = new Set([...(highlight?.nodes ?? []), ...(highlight?.edges ?? [])]);
    const delta = since(view, [highlight]);
    cy.batch(() => {
      (delta ? elementsOf(cy, delta) : cy.elements()).forEach((el) => {
        // Nothing highlighted (every view that opens): no id to work out for each of 40,000 elements.
        const on = highlight !== null && ids.has(graphIdOf(el));
        setClass(el, 'highlit', on);
        setClass(el, 'dimmed', highlight !== null && !on);
      });
    });
  }, [cyRef, view, highlight, since]);
}

// Node size from a measure and colour from a community, as data fields the stylesheet maps
// (style.ts: node.sized → mapData(measure), node.coloured → data(community)).
import type { Core } from 'cytoscape';
import { type RefObject, useEffect } from 'react';
import type { ViewState } from '../state/view-history.js';
import { communityColour, type Theme } from './palette.js';
import { elementsOf, setClass, useDeltaSince } from './use-delta.js';

export interface MeasureStyle {
  /** Node id → size weight in 0–1; null: sizes by degree as usual. */
  sizes: Record<string, number> | null;
  /** Node id → community number; null: colours by kind as usual. */
  communities: Record<string, number> | null;
}

export function useMeasureStyle(cyRef: RefObject<Core | null>, view: ViewState | null, style: MeasureStyle, theme: Theme): void {
  const { sizes, communities } = style;
  const since = useDeltaSince();
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    const delta = since(view, [sizes, communities, theme]);
    cy.batch(() => {
      (delta ? elementsOf(cy, delta).nodes() : cy.nodes()).forEach((n) => {
        const id = n.id();
        const size = sizes?.[id];
        setClass(n, 'sized', size !== undefined);
        if (size !== undefined && n.data('measure') !== size) n.data('measure', size);
        const community = communities?.[id];
        setClass(n, 'coloured', community !== undefined);
        if (community !== undefined && n.data('community') !== communityColour(theme, community)) n.data('community', communityColour(theme, community));
      });
    });
  }, [cyRef, view, sizes, communities, theme, since]);
}

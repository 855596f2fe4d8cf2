// Faceted counts for the filters panel, refreshed with every filter change; the last
// answer stays on screen while the next one is computed, so the boxes do not flicker.
import { useEffect, useState } from 'react';
import type { FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { sameData } from '../same-data.js';
import type { FacetScope } from './facet-scope.js';
import type { useExplorer } from '../use-explorer.js';

type Call = ReturnType<typeof useExplorer>['call'];

/**
 * `dataset` changes when another graph is opened: the old facets are then wrong, not just old.
 * Counts are within `scope` (the view's nodes the user did not hide, and the pins: facet-scope.ts),
 * so a box's count is what ticking it would show on screen.
 */
export function useFacets(call: Call, filter: FilterSpec | null, dataset: string | null, scope: FacetScope | null): FilterFacets | null {
  const [facets, setFacets] = useState<{ dataset: string | null; value: FilterFacets } | null>(null);
  useEffect(() => {
    if (!filter || !scope) return;
    let stale = false;
    void call('filterFacets', { filter, ...scope }).then((value) => {
      // The same answer (a rename far from any claimant) keeps the last one: no render of the window for it.
      if (!stale && value) setFacets((last) => (last && last.dataset === dataset && sameData(last.value, value) ? last : { dataset, value }));
    });
    return () => {
      stale = true;
    };
  }, [call, filter, dataset, scope]);
  return facets && facets.dataset === dataset ? facets.value : null;
}

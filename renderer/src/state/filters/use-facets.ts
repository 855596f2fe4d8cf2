// Faceted counts for the filters panel, refreshed with every filter change and every edit; the
// last answer stays on screen while the next one is computed, so the boxes do not flicker.
//
// The answer lives in a small store, not in the window's state: at 10k nodes it lists thousands of
// claimants and changes with most edits, and as App state each answer rendered the whole window
// again (about 100 components) for the three places that show it. Those subscribe through
// `WithFacets`; everything else reads the latest answer when it needs it (`current`).
import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import type { FilterFacets, FilterSpec } from '../../../../graph-data/src/contract.js';
import { sameData } from '../same-data.js';
import type { FacetScope } from './facet-scope.js';
import type { useExplorer } from '../use-explorer.js';

type Call = ReturnType<typeof useExplorer>['call'];

interface Answer {
  dataset: string | null;
  value: FilterFacets;
}

export interface FacetsSource {
  /** The latest answer for `dataset`; null before the first, or when it was about another graph. */
  current(dataset: string | null): FilterFacets | null;
  subscribe(onChange: () => void): () => void;
  /** The latest answer whatever its graph (for useSyncExternalStore: a stable snapshot). */
  latest(): Answer | null;
}

/** A store of one answer; a new answer equal to the last (a rename far from any claimant) keeps the last, so nobody renders for it. */
export function createFacetsSource(): FacetsSource & { set(answer: Answer): void } {
  let answer: Answer | null = null;
  const listeners = new Set<() => void>();
  return {
    current: (dataset) => (answer && answer.dataset === dataset ? answer.value : null),
    latest: () => answer,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    set(next) {
      if (answer && answer.dataset === next.dataset && sameData(answer.value, next.value)) return;
      answer = next;
      for (const listener of listeners) listener();
    },
  };
}

/**
 * `dataset` changes when another graph is opened: the old facets are then wrong, not just old.
 * Counts are within `scope` (the view's nodes the user did not hide, and the pins: facet-scope.ts),
 * so a box's count is what ticking it would show on screen.
 */
export function useFacets(call: Call, filter: FilterSpec | null, dataset: string | null, scope: FacetScope | null): FacetsSource {
  const [source] = useState(createFacetsSource);
  useEffect(() => {
    if (!filter || !scope) return;
    let stale = false;
    void call('filterFacets', { filter, ...scope }).then((value) => {
      if (!stale && value) source.set({ dataset, value });
    });
    return () => {
      stale = true;
    };
  }, [call, filter, dataset, scope, source]);
  return source;
}

/** The facets of `dataset`, rendering again whenever a new answer arrives. */
export function useFacetsOf(source: FacetsSource, dataset: string | null): FilterFacets | null {
  const answer = useSyncExternalStore(source.subscribe, source.latest);
  return answer && answer.dataset === dataset ? answer.value : null;
}

/** Renders `children` with the facets of `dataset`: only this part of the window renders again for a new answer. */
export function WithFacets({ source, dataset, children }: { source: FacetsSource; dataset: string | null; children: (facets: FilterFacets | null) => ReactNode }) {
  return children(useFacetsOf(source, dataset));
}

// Asks the service what the current view's filter leaves visible, and says when the answer
// is not in yet (the canvas is not "ready" until the filter of the view it shows is applied).
import { useEffect, useMemo, useState } from 'react';
import type { FilterViewResult } from '../../../../graph-data/src/contract.js';
import type { useExplorer } from '../use-explorer.js';
import type { ViewState, VisibleSets } from '../view-history.js';
import { isFilterActive } from './filter-spec.js';

type Call = ReturnType<typeof useExplorer>['call'];

export interface FilterOutcome {
  /** Null: nothing filtered, everything in the view is visible. */
  visible: VisibleSets | null;
  /** The service's counts of what the filter hid; null when nothing is filtered. */
  hidden: { nodes: number; edges: number } | null;
  pending: boolean;
}

/**
 * `forced` are nodes an overlay must show whatever the filter says (a path the user asked
 * for): they are sent as pins, so their edges count and they are never orphaned.
 */
export function useFilterResult(call: Call, view: ViewState | null, forced: readonly string[]): FilterOutcome {
  const active = view !== null && isFilterActive(view.filter);
  const forcedKey = forced.join('\u0000');
  // Keyed by what the answer depends on, not by the view object: saving positions makes a
  // new view object with the same nodes, filter and pins, and must not re-ask the service.
  const nodes = view?.nodes;
  const filter = view?.filter;
  const pins = view?.pinned;
  const [answer, setAnswer] = useState<{ key: unknown[]; result: FilterViewResult | null } | null>(null);

  useEffect(() => {
    if (!nodes || !filter || !pins || !active) return;
    let stale = false;
    const pinned = [...new Set([...pins, ...forcedKey.split('\u0000').filter(Boolean)])];
    void call('filterView', { filter, nodes: nodes.map((n) => n.id), pinned }).then((result) => {
      // A failed call shows everything rather than leaving the canvas waiting forever (the error is reported by `call`).
      if (!stale) setAnswer({ key: [nodes, filter, pins, forcedKey], result });
    });
    return () => {
      stale = true;
    };
  }, [call, nodes, filter, pins, active, forcedKey]);

  return useMemo(() => {
    if (!active) return { visible: null, hidden: null, pending: false };
    const key = [nodes, filter, pins, forcedKey];
    const current = answer && answer.key.every((part, i) => part === key[i]) ? answer : null;
    if (!current) return { visible: null, hidden: null, pending: true };
    const { result } = current;
    if (!result) return { visible: null, hidden: null, pending: false };
    return {
      visible: { nodes: new Set(result.visibleNodes), edges: new Set(result.visibleEdges) },
      hidden: { nodes: result.hiddenNodes, edges: result.hiddenEdges },
      pending: false,
    };
  }, [active, answer, nodes, filter, pins, forcedKey]);
}

// The explorer's actions over the view history: every call to the service that
// changes the canvas goes through here, and its failures become one error message.
import { useCallback, useMemo, useReducer, useState } from 'react';
import type { Args, ContractResults, GraphView, Method, Result } from '../../../graph-data/src/contract.js';
import { getApi } from '../api/client.js';
import {
  currentView,
  emptyHistory,
  hideNodes,
  historyReducer,
  mergeView,
  type Positions,
  removeNodes,
  showAll,
  viewFrom,
} from './view-history.js';

export function useExplorer() {
  const [history, dispatch] = useReducer(historyReducer, emptyHistory);
  const [error, setError] = useState<string | null>(null);
  const view = currentView(history);

  const call = useCallback(async <M extends Method>(method: M, args: Args<M>): Promise<ContractResults[M] | null> => {
    const fn = getApi()[method] as (a: Args<M>) => Promise<Result<ContractResults[M]>>;
    const result = await fn(args);
    if (result.ok) return result.value;
    setError(result.error.message);
    return null;
  }, []);

  const actions = useMemo(() => {
    const push = (graph: GraphView | null, reason: string, base = view) => {
      if (!graph) return;
      dispatch({ type: 'push', view: base ? mergeView(base, graph, reason) : viewFrom(graph, reason) });
    };
    const visibleIds = () => view?.nodes.map((n) => n.id) ?? [];
    return {
      async start() {
        const graph = await call('initialView', {});
        if (graph) dispatch({ type: 'push', view: viewFrom(graph, 'Opened the dataset') });
      },
      async reset() {
        const graph = await call('initialView', {});
        if (graph) dispatch({ type: 'push', view: viewFrom(graph, 'Reset the view') });
      },
      async expand(id: string, label: string) {
        push(await call('expand', { id, visible: visibleIds() }), `Expanded ${label}`);
      },
      async focus(id: string, label: string, depth: 1 | 2 | 3) {
        push(await call('ego', { id, depth }), `Focused on ${label} (depth ${depth})`);
      },
      /** Brings a node into the view (with its neighbours) when it is not there yet. */
      async reveal(id: string, label: string) {
        if (view?.nodes.some((n) => n.id === id)) {
          if (view.hidden.includes(id)) dispatch({ type: 'push', view: { ...view, hidden: view.hidden.filter((h) => h !== id), reason: `Showed ${label}` } });
          return;
        }
        push(await call('expand', { id, visible: visibleIds() }), `Added ${label}`);
      },
      hide(ids: string[], label: string) {
        if (view) dispatch({ type: 'push', view: hideNodes(view, ids, `Hid ${label}`) });
      },
      remove(ids: string[], label: string) {
        if (view) dispatch({ type: 'push', view: removeNodes(view, ids, `Removed ${label}`) });
      },
      showHidden() {
        if (view && view.hidden.length > 0) dispatch({ type: 'push', view: showAll(view, 'Showed hidden nodes') });
      },
      back: () => dispatch({ type: 'back' }),
      forward: () => dispatch({ type: 'forward' }),
      savePositions: (positions: Positions) => dispatch({ type: 'positions', positions }),
    };
  }, [call, view]);

  return {
    view,
    canGoBack: history.index > 0,
    canGoForward: history.index < history.entries.length - 1,
    error,
    clearError: () => setError(null),
    call,
    actions,
  };
}

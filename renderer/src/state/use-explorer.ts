// The explorer's actions over the view history: every call to the service that
// changes the canvas goes through here, and its failures become one error message.
import { useCallback, useMemo, useReducer, useState } from 'react';
import type { Args, ContractResults, FilterSpec, GraphView, Method, Result } from '../../../graph-data/src/contract.js';
import { getApi } from '../api/client.js';
import { savedPositions } from './saved-layout.js';
import { type EditChange, patchRequest } from './view-patch.js';
import {
  currentView,
  emptyHistory,
  graphOrigin,
  hideNodes,
  historyReducer,
  mergeView,
  type Positions,
  removeNodes,
  setPinned,
  showAll,
  viewFrom,
  type ViewOrigin,
  type ViewState,
  withFilter,
} from './view-history.js';
import { byId } from './id-index.js';

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
    const push = (graph: GraphView | null, reason: string, base = view, origin?: ViewOrigin) => {
      if (!graph) return;
      const next = base ? mergeView(base, graph, reason) : viewFrom(graph, reason);
      // A new origin (a focus) starts the caption's story afresh.
      dispatch({ type: 'push', view: origin ? { ...next, scope: { origin, changes: [] } } : next });
    };
    const visibleIds = () => view?.nodes.map((n) => n.id) ?? [];
    return {
      async start() {
        const graph = await call('initialView', {});
        if (graph) dispatch({ type: 'push', view: viewFrom(graph, 'Opened the dataset', savedPositions(graph), undefined, graphOrigin(graph)) });
      },
      /** After another graph was opened: its initial view, with a fresh history, no filter and no pins. */
      async load(reason: string) {
        const graph = await call('initialView', {});
        if (graph) dispatch({ type: 'replace', view: viewFrom(graph, reason, savedPositions(graph), undefined, graphOrigin(graph)) });
      },
      /** Empties the canvas and its history (a graph opened on its overview draws nothing at first). */
      clear() {
        dispatch({ type: 'clear' });
      },
      /** A fresh history starting at `graph` (a community brought in from the overview). */
      replace(graph: GraphView, reason: string) {
        dispatch({ type: 'replace', view: viewFrom(graph, reason, {}, undefined, graphOrigin(graph)) });
      },
      async reset() {
        const graph = await call('initialView', {});
        // A reset view keeps the active filter and pins: resetting the filter is its own action.
        if (graph) dispatch({ type: 'push', view: viewFrom(graph, 'Reset the view', savedPositions(graph), view ?? undefined, graphOrigin(graph)) });
      },
      async expand(id: string, label: string) {
        push(await call('expand', { id, visible: visibleIds() }), `Expanded ${label}`);
      },
      /** Expands every node of a selection, as one history entry. */
      async expandMany(ids: string[], label: string) {
        let visible = visibleIds();
        let last: GraphView | null = null;
        for (const id of ids) {
          const graph = await call('expand', { id, visible });
          if (!graph) break;
          last = graph;
          visible = graph.nodes.map((n) => n.id);
        }
        push(last, `Expanded ${label}`);
      },
      /** Shows only these nodes (and the edges among them): focus on a selection. */
      async focusOn(ids: string[], label: string) {
        push(await call('view', { ids }), `Focused on ${label}`);
      },
      async focus(id: string, label: string, depth: 1 | 2 | 3) {
        push(await call('ego', { id, depth }), `Focused on ${label} (depth ${depth})`, view, { kind: 'focus', label, depth });
      },
      /** Brings a node into the view (with its neighbours) when it is not there yet. */
      async reveal(id: string, label: string) {
        if (view && byId(view.nodes, id) !== undefined) {
          if (view.hidden.includes(id)) dispatch({ type: 'push', view: { ...showAll(view, `Showed ${label}`), hidden: view.hidden.filter((h) => h !== id) } });
          return;
        }
        push(await call('expand', { id, visible: visibleIds() }), `Added ${label}`);
      },
      /**
       * Makes sure `ids` are in the view and not hidden by the user (one history entry,
       * none when they already are): paths, rankings and shared neighbours bring in what they name.
       */
      async include(ids: string[], reason: string) {
        if (!view) {
          // Nothing drawn yet (a graph shown as its overview): the named nodes start the view.
          const graph = await call('view', { ids });
          if (graph) dispatch({ type: 'push', view: viewFrom(graph, reason) });
          return;
        }
        const present = new Set(view.nodes.map((n) => n.id));
        const missing = ids.filter((id) => !present.has(id));
        const wanted = new Set(ids);
        const unhidden = view.hidden.filter((id) => !wanted.has(id));
        if (missing.length === 0) {
          if (unhidden.length !== view.hidden.length) dispatch({ type: 'push', view: { ...showAll(view, reason), hidden: unhidden } });
          return;
        }
        const graph = await call('view', { ids: [...visibleIds(), ...missing] });
        if (graph) dispatch({ type: 'push', view: { ...mergeView(view, graph, reason), hidden: unhidden } });
      },
      setFilter(filter: FilterSpec, reason: string) {
        if (view) dispatch({ type: 'push', view: withFilter(view, filter, reason) });
      },
      pin(ids: string[], label: string, pinned: boolean) {
        if (view) dispatch({ type: 'push', view: setPinned(view, ids, pinned, `${pinned ? 'Pinned' : 'Unpinned'} ${label}`) });
      },
      /** Replaces the view with a whole stored one (a saved view), as one history entry. */
      open(state: ViewState) {
        dispatch({ type: 'push', view: state });
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
      /**
       * After an edit: the same view drawn again from the changed graph, with `ids` brought in (what
       * was deleted drops out). Given what the edit changed, only that is asked for and redrawn.
       * Resolves to the step that shows it, so the caller can show the edit's other answers (its
       * status, the dataset's counts) in the same render: one render of the window per edit.
       */
      async refresh(ids: string[], reason: string, change?: EditChange): Promise<() => void> {
        const asked = view && change ? patchRequest(view, change) : null;
        if (view && change && asked) {
          const answer = await call('view', { ids: asked });
          return () => answer && dispatch({ type: 'patch', answer, change, asked, reason });
        }
        const graph = await call('view', { ids: [...new Set([...visibleIds(), ...ids])] });
        return () => push(graph, reason);
      },
    };
  }, [call, view]);

  return {
    view,
    canGoBack: history.index > 0,
    canGoForward: history.index < history.entries.length - 1,
    error,
    clearError: () => setError(null),
    /** A failure from outside the contract's calls (a host function) shows in the same banner. */
    reportError: setError,
    call,
    actions,
  };
}

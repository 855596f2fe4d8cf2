// View history: every change to what is on the canvas is a new entry, so Back and
// Forward restore exactly the earlier view (elements, hidden nodes, positions).
import type { GraphView, ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';

export type Positions = Record<string, { x: number; y: number }>;

export interface ViewState {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Node ids hidden by the user but still part of the view. */
  hidden: string[];
  /** Where each node was drawn, once laid out; absent nodes get laid out. */
  positions: Positions;
  /** What produced this view, shown in the toolbar ("Expanded Bill Browder"). */
  reason: string;
  truncated: boolean;
}

export interface History {
  entries: ViewState[];
  index: number;
}

export const MAX_HISTORY = 100;

export type HistoryAction =
  | { type: 'push'; view: ViewState }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'positions'; positions: Positions };

export const emptyHistory: History = { entries: [], index: -1 };

export function viewFrom(graph: GraphView, reason: string, positions: Positions = {}): ViewState {
  return { nodes: graph.nodes, edges: graph.edges, hidden: [], positions, reason, truncated: graph.truncated };
}

export function currentView(history: History): ViewState | null {
  return history.entries[history.index] ?? null;
}

export function historyReducer(history: History, action: HistoryAction): History {
  switch (action.type) {
    case 'push': {
      // A new view drops the forward branch, as in a browser.
      const entries = [...history.entries.slice(0, history.index + 1), action.view].slice(-MAX_HISTORY);
      return { entries, index: entries.length - 1 };
    }
    case 'back':
      return history.index > 0 ? { ...history, index: history.index - 1 } : history;
    case 'forward':
      return history.index < history.entries.length - 1 ? { ...history, index: history.index + 1 } : history;
    case 'positions': {
      const current = currentView(history);
      if (!current) return history;
      const entries = history.entries.slice();
      entries[history.index] = { ...current, positions: action.positions };
      return { ...history, entries };
    }
  }
}

/** The view without `ids`, and without edges that touched them. */
export function removeNodes(view: ViewState, ids: string[], reason: string): ViewState {
  const gone = new Set(ids);
  return {
    ...view,
    nodes: view.nodes.filter((n) => !gone.has(n.id)),
    edges: view.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
    hidden: view.hidden.filter((id) => !gone.has(id)),
    reason,
  };
}

export function hideNodes(view: ViewState, ids: string[], reason: string): ViewState {
  return { ...view, hidden: [...new Set([...view.hidden, ...ids])], reason };
}

export function showAll(view: ViewState, reason: string): ViewState {
  return { ...view, hidden: [], reason };
}

/** A graph view merged into an existing one, keeping the positions already known. */
export function mergeView(view: ViewState, graph: GraphView, reason: string): ViewState {
  const present = new Set(graph.nodes.map((n) => n.id));
  return { ...viewFrom(graph, reason, view.positions), hidden: view.hidden.filter((id) => present.has(id)) };
}

export function visibleCounts(view: ViewState): { nodes: number; edges: number } {
  const hidden = new Set(view.hidden);
  return {
    nodes: view.nodes.filter((n) => !hidden.has(n.id)).length,
    edges: view.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)).length,
  };
}

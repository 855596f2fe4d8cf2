// View history: every change to what is on the canvas is a new entry, so Back and
// Forward restore exactly the earlier view (elements, hidden nodes, positions, filter, pins).
import type { FilterSpec, GraphView, ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import { sameElements } from './view-delta.js';
import { applyPatch, type EditChange } from './view-patch.js';

export type Positions = Record<string, { x: number; y: number }>;

/** Where a view started, as plain data (an export's caption names it). */
export type ViewOrigin =
  /** The graph's opening view: all of it, or its `shown` best-connected of `total` nodes. */
  | { kind: 'graph'; shown: number; total: number }
  | { kind: 'focus'; label: string; depth: number }
  | { kind: 'saved'; name: string };

/** The origin and the changes made to it since ("Expanded Bill Browder"), oldest first. */
export interface ViewScope {
  origin: ViewOrigin;
  changes: string[];
}

export interface ViewState {
  /** The open graph these elements belong to (GraphView.graph): the canvas starts over when it changes. */
  graph: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Node ids hidden by the user but still part of the view. */
  hidden: string[];
  /** Where each node was drawn, once laid out; absent nodes get laid out. */
  positions: Positions;
  /** What produced this view, shown in the toolbar ("Expanded Bill Browder"). */
  reason: string;
  truncated: boolean;
  /** The investigator's filter, evaluated by the service over this view's nodes. */
  filter: FilterSpec;
  /** Nodes the user pinned: never hidden by a filter. */
  pinned: string[];
  /** What the view shows, for captions; absent when not known (e.g. an older saved view). */
  scope?: ViewScope;
}

/** What a filter (plus forced nodes) leaves visible; null when nothing is filtered. */
export interface VisibleSets {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
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
  | { type: 'positions'; positions: Positions }
  /** A new graph was opened: its first view starts a fresh history (Back cannot reach the old graph's ids). */
  | { type: 'replace'; view: ViewState }
  /** Nothing on the canvas (a graph too large to draw opens on its overview). */
  | { type: 'clear' }
  /** After an edit: the current view with what the edit touched drawn again (view-patch.ts). */
  | { type: 'patch'; answer: GraphView; change: EditChange; asked: readonly string[]; reason: string };

export const emptyHistory: History = { entries: [], index: -1 };

/** A fresh view; `keep` carries the filter and pins over from the view it replaces (new views keep the active filter). */
export function viewFrom(graph: GraphView, reason: string, positions: Positions = {}, keep?: Pick<ViewState, 'filter' | 'pinned'>, origin?: ViewOrigin): ViewState {
  return {
    graph: graph.graph,
    ...(origin ? { scope: { origin, changes: [] } } : {}),
    nodes: graph.nodes,
    edges: graph.edges,
    hidden: [],
    positions,
    reason,
    truncated: graph.truncated,
    filter: keep?.filter ?? {},
    pinned: keep?.pinned ?? [],
  };
}

/** The opening view's origin: the whole graph, or the part of it that fits. */
export const graphOrigin = (graph: GraphView): ViewOrigin => ({ kind: 'graph', shown: graph.nodes.length, total: graph.truncated ? graph.requestedNodes : graph.nodes.length });

/** The view's scope with one more change; none when the scope is not known. */
function changed(view: ViewState, reason: string): Pick<ViewState, 'scope'> {
  return view.scope ? { scope: { ...view.scope, changes: [...view.scope.changes, reason] } } : {};
}

export function currentView(history: History): ViewState | null {
  return history.entries[history.index] ?? null;
}

export function historyReducer(history: History, action: HistoryAction): History {
  switch (action.type) {
    case 'push': {
      // Only 'replace' moves to another graph: a late answer about the graph open before is dropped.
      const current = currentView(history);
      if (current && current.graph !== action.view.graph) return history;
      // A new view drops the forward branch, as in a browser.
      const entries = [...history.entries.slice(0, history.index + 1), action.view].slice(-MAX_HISTORY);
      return { entries, index: entries.length - 1 };
    }
    case 'replace':
      return { entries: [action.view], index: 0 };
    case 'clear':
      return emptyHistory;
    case 'back':
      return history.index > 0 ? { ...history, index: history.index - 1 } : history;
    case 'forward':
      return history.index < history.entries.length - 1 ? { ...history, index: history.index + 1 } : history;
    case 'positions': {
      const current = currentView(history);
      if (!current) return history;
      const entries = history.entries.slice();
      entries[history.index] = sameElements(current, { ...current, positions: action.positions });
      return { ...history, entries };
    }
    case 'patch': {
      const current = currentView(history);
      if (!current || current.graph !== action.answer.graph) return history;
      return historyReducer(history, { type: 'push', view: applyPatch(current, action.answer, action.change, action.asked, action.reason) });
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
    ...changed(view, reason),
  };
}

export function hideNodes(view: ViewState, ids: string[], reason: string): ViewState {
  return { ...view, hidden: [...new Set([...view.hidden, ...ids])], reason, ...changed(view, reason) };
}

export function showAll(view: ViewState, reason: string): ViewState {
  return { ...view, hidden: [], reason, ...changed(view, reason) };
}

/**
 * A graph view merged into an existing one, keeping the positions already known. A view of
 * another graph shares nothing with this one, even where ids coincide: it starts afresh.
 */
export function mergeView(view: ViewState, graph: GraphView, reason: string): ViewState {
  if (graph.graph !== view.graph) return viewFrom(graph, reason);
  const present = new Set(graph.nodes.map((n) => n.id));
  return { ...viewFrom(graph, reason, view.positions, view), hidden: view.hidden.filter((id) => present.has(id)), ...changed(view, reason) };
}

export function withFilter(view: ViewState, filter: FilterSpec, reason: string): ViewState {
  return { ...view, filter, reason };
}

export function setPinned(view: ViewState, ids: string[], pinned: boolean, reason: string): ViewState {
  const next = new Set(view.pinned);
  for (const id of ids) {
    if (pinned) next.add(id);
    else next.delete(id);
  }
  return { ...view, pinned: [...next], reason };
}

/** What is on screen: the filter's visible sets (all when null) minus the nodes the user hid, and their edges. */
export function visibleCounts(view: ViewState, visible: VisibleSets | null = null): { nodes: number; edges: number } {
  // Nothing filtered or hidden (the usual case, and a 40,000-element pass at 10k otherwise).
  if (!visible && view.hidden.length === 0) return { nodes: view.nodes.length, edges: view.edges.length };
  const hidden = new Set(view.hidden);
  const showsNode = (id: string) => !hidden.has(id) && (!visible || visible.nodes.has(id));
  return {
    nodes: view.nodes.filter((n) => showsNode(n.id)).length,
    edges: view.edges.filter((e) => showsNode(e.source) && showsNode(e.target) && (!visible || visible.edges.has(e.id))).length,
  };
}

/** The filter's visible sets plus what an overlay (a path, a comparison) forces on screen. */
export function withForced(visible: VisibleSets | null, forced: { nodes: readonly string[]; edges: readonly string[] } | null): VisibleSets | null {
  if (!visible || !forced || (forced.nodes.length === 0 && forced.edges.length === 0)) return visible;
  return { nodes: new Set([...visible.nodes, ...forced.nodes]), edges: new Set([...visible.edges, ...forced.edges]) };
}

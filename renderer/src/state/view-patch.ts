// After an edit, the view drawn again from what the edit touched alone. Asking the service for
// the whole view again sent 10,000 ids and took back 40,000 elements at 10k, and the canvas then
// went over all of them; a patch asks for the touched nodes and the ends of the touched edges,
// keeps every other node and edge object as it was, and says which ids changed (view-delta.ts).
import type { GraphView, ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import { edited, positionOf } from './id-index.js';
import { type ViewDelta, withDelta } from './view-delta.js';
import type { ViewState } from './view-history.js';

/** What an edit changed (EditOutcome.touched and createdNodes), and what the user wants brought into the view. */
export interface EditChange {
  nodes: readonly string[];
  edges: readonly string[];
  /** Nodes at the ends of edges added or removed: their degree changed. */
  ends: readonly string[];
  created: readonly string[];
  /** Existing nodes to bring into the view (a claim's subject and object). */
  bring: readonly string[];
}

/**
 * The node ids to ask the service for (`view`), or null when a patch could miss something: a
 * node brought in from outside the view may have edges to it that the edit did not touch, and
 * only a whole refresh finds those.
 */
export function patchRequest(view: ViewState, change: EditChange): string[] | null {
  const created = new Set(change.created);
  for (const id of [...change.bring, ...change.nodes]) if (!created.has(id) && positionOf(view.nodes, id) < 0) return null;
  const ids = new Set([...change.nodes, ...change.ends, ...change.created, ...change.bring]);
  // An edge changed or removed in the view: its ends are asked for, so the answer holds it (if it is still there).
  for (const id of change.edges) {
    const edge = view.edges[positionOf(view.edges, id)];
    if (!edge) continue;
    ids.add(edge.source);
    ids.add(edge.target);
  }
  return [...ids];
}

/**
 * The view after the edit: `answer` is the service's view of `patchRequest`'s ids. Nodes and edges
 * the edit did not touch keep their objects, and a list the edit did not touch keeps its identity
 * (a rename leaves the 30,000 edges of a 10k view as they were); the delta lists the ids that
 * changed. Found through the lists' id indexes: the work is the edit's size, not the view's,
 * unless a node leaves the view (its edges are then looked for among all of them).
 */
export function applyPatch(view: ViewState, answer: GraphView, change: EditChange, asked: readonly string[], reason: string): ViewState {
  const fresh = new Map(answer.nodes.map((n) => [n.id, n]));
  const changedNodes = new Set<string>();
  const removed = new Set<string>();
  const replacedNodes = new Map<number, ViewNode>();
  for (const id of new Set(asked)) {
    const at = positionOf(view.nodes, id);
    if (at < 0) continue;
    changedNodes.add(id);
    const now = fresh.get(id);
    if (now) replacedNodes.set(at, now);
    else removed.add(id);
  }
  // New nodes come in when the edit made them or the user brought them; an end alone stays out.
  const added = new Map<string, ViewNode>();
  for (const id of new Set([...change.created, ...change.bring, ...change.nodes])) {
    const now = fresh.get(id);
    if (!now || changedNodes.has(id)) continue;
    added.set(id, now);
    changedNodes.add(id);
  }
  const nodes = edited(view.nodes, { replaced: replacedNodes, removed, added: [...added.values()] });
  // The answer's edges run between asked-for nodes only: an end is in the view after the edit
  // when it was before and stays, or just came in.
  const present = (id: string) => added.has(id) || (!removed.has(id) && positionOf(view.nodes, id) >= 0);
  const endsIn = (edge: ViewEdge) => present(edge.source) && present(edge.target);

  const freshEdges = new Map(answer.edges.map((e) => [e.id, e]));
  const touchedEdges = new Set(change.edges);
  const changedEdges = new Set<string>();
  const replacedEdges = new Map<number, ViewEdge>();
  const dropped = new Set<string>();
  const revisit = (edge: ViewEdge, at: number) => {
    changedEdges.add(edge.id);
    const now = freshEdges.get(edge.id);
    if (now && endsIn(now)) replacedEdges.set(at, now);
    else dropped.add(edge.id);
  };
  if (removed.size > 0) {
    // A node left: every edge that touched it goes, listed by the edit or not.
    view.edges.forEach((edge, at) => {
      if (removed.has(edge.source) || removed.has(edge.target) || touchedEdges.has(edge.id)) revisit(edge, at);
    });
  } else {
    for (const id of touchedEdges) {
      const at = positionOf(view.edges, id);
      if (at >= 0) revisit(view.edges[at] as ViewEdge, at);
    }
  }
  const addedEdges: ViewEdge[] = [];
  for (const edge of answer.edges) {
    // An edge the edit did not touch is in the view already (a view holds every edge among its
    // nodes, and a node new to it is new to the graph: patchRequest sees to that).
    if (!touchedEdges.has(edge.id) || positionOf(view.edges, edge.id) >= 0 || !endsIn(edge)) continue;
    addedEdges.push(edge);
    changedEdges.add(edge.id);
  }
  const edges = edited(view.edges, { replaced: replacedEdges, removed: dropped, added: addedEdges });

  const next: ViewState = {
    ...view,
    nodes,
    edges,
    hidden: removed.size > 0 ? view.hidden.filter((id) => !removed.has(id)) : view.hidden,
    reason,
    ...(view.scope ? { scope: { ...view.scope, changes: [...view.scope.changes, reason] } } : {}),
  };
  const delta: ViewDelta = { from: view, nodes: changedNodes, edges: changedEdges };
  return withDelta(next, delta);
}

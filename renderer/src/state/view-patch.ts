// After an edit, the view drawn again from what the edit touched alone. Asking the service for
// the whole view again sent 10,000 ids and took back 40,000 elements at 10k, and the canvas then
// went over all of them; a patch asks for the touched nodes and the ends of the touched edges,
// keeps every other node and edge object as it was, and says which ids changed (view-delta.ts).
import type { GraphView, ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
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
  // Only the few ids in question are looked for: no set of the whole view's 10,000 ids.
  const created = new Set(change.created);
  const outside = new Set([...change.bring, ...change.nodes].filter((id) => !created.has(id)));
  for (const node of view.nodes) outside.delete(node.id);
  if (outside.size > 0) return null;
  const ids = new Set([...change.nodes, ...change.ends, ...change.created, ...change.bring]);
  // An edge changed or removed in the view: its ends are asked for, so the answer holds it (if it is still there).
  const touchedEdges = new Set(change.edges);
  for (const edge of view.edges) {
    if (!touchedEdges.has(edge.id)) continue;
    ids.add(edge.source);
    ids.add(edge.target);
  }
  return [...ids];
}

/**
 * The view after the edit: `answer` is the service's view of `patchRequest`'s ids. Nodes and edges
 * the edit did not touch keep their objects; the delta lists the ids that changed.
 */
export function applyPatch(view: ViewState, answer: GraphView, change: EditChange, asked: readonly string[], reason: string): ViewState {
  const askedIds = new Set(asked);
  const fresh = new Map(answer.nodes.map((n) => [n.id, n]));
  const changedNodes = new Set<string>();
  /** Asked-for nodes that are in the view after the edit; a node not asked for stays as it was. */
  const present = new Set<string>();
  const removed = new Set<string>();
  const nodes: ViewNode[] = [];
  for (const node of view.nodes) {
    if (!askedIds.has(node.id)) {
      nodes.push(node);
      continue;
    }
    const now = fresh.get(node.id);
    changedNodes.add(node.id);
    if (!now) {
      removed.add(node.id);
      continue;
    }
    nodes.push(now);
    present.add(node.id);
  }
  // New nodes come in when the edit made them or the user brought them; an end alone stays out.
  for (const id of new Set([...change.created, ...change.bring, ...change.nodes])) {
    const now = fresh.get(id);
    if (!now || present.has(id)) continue;
    nodes.push(now);
    present.add(id);
    changedNodes.add(id);
  }
  // The answer's edges run between asked-for nodes only.
  const endsIn = (edge: ViewEdge) => present.has(edge.source) && present.has(edge.target);

  const freshEdges = new Map(answer.edges.map((e) => [e.id, e]));
  const touchedEdges = new Set(change.edges);
  const changedEdges = new Set<string>();
  const edges: ViewEdge[] = [];
  const seen = new Set<string>();
  for (const edge of view.edges) {
    const gone = removed.has(edge.source) || removed.has(edge.target);
    if (!gone && !touchedEdges.has(edge.id)) {
      edges.push(edge);
      continue;
    }
    seen.add(edge.id);
    changedEdges.add(edge.id);
    const now = freshEdges.get(edge.id);
    if (now && endsIn(now)) edges.push(now);
  }
  for (const edge of answer.edges) {
    // An edge the edit did not touch is in the view already (a view holds every edge among its
    // nodes, and a node new to it is new to the graph: patchRequest sees to that).
    if (seen.has(edge.id) || !touchedEdges.has(edge.id) || !endsIn(edge)) continue;
    edges.push(edge);
    changedEdges.add(edge.id);
  }

  const next: ViewState = {
    ...view,
    nodes,
    edges,
    hidden: view.hidden.filter((id) => !removed.has(id)),
    reason,
    ...(view.scope ? { scope: { ...view.scope, changes: [...view.scope.changes, reason] } } : {}),
  };
  const delta: ViewDelta = { from: view, nodes: changedNodes, edges: changedEdges };
  return withDelta(next, delta);
}

// What a filter leaves visible in a set of nodes: one evaluation shared by filterView, the
// faceted counts and filtered path searches, so the three never disagree. The rules are the
// ones the Filters panel's help text states (renderer/src/panels/filters/FilterHelp.tsx).
import type { FilterIndex } from './filter-index.js';
import { NO_ALLEGATION } from './filter-index.js';
import { type CompiledFilter, edgeOwnFails, nodeFails } from './filters.js';

/** The nodes a filter looks at: the view (deduplicated, unknown ids dropped) and its pins. */
export interface Scope {
  nodes: number[];
  inScope: Uint8Array;
  pinned: Uint8Array;
}

export function scopeOf(index: FilterIndex, ids: readonly string[] | null, pinnedIds: readonly string[] = []): Scope {
  const n = index.nodeIds.length;
  const inScope = new Uint8Array(n);
  const pinned = new Uint8Array(n);
  const nodes: number[] = [];
  if (ids === null) {
    inScope.fill(1);
    for (let i = 0; i < n; i++) nodes.push(i);
  } else {
    for (const id of ids) {
      const i = index.nodeIndex.get(id);
      if (i === undefined || inScope[i]) continue;
      inScope[i] = 1;
      nodes.push(i);
    }
  }
  for (const id of pinnedIds) {
    const i = index.nodeIndex.get(id);
    if (i !== undefined) pinned[i] = 1;
  }
  return { nodes, inScope, pinned };
}

export interface Evaluation {
  /** 1 for each node of the scope that stays visible. */
  nodeOn: Uint8Array;
  /** Edges (indices) that stay visible, in index order per source node. */
  edges: number[];
  visibleNodes: number;
  /** Edges of the scope's induced sub-graph, shown or not. */
  inducedEdges: number;
}

/**
 * "Show me that allegation": some allegation group (type, status, claimant) is narrowed and
 * the user did not ask to keep the other relations.
 */
export function allegationMode(f: CompiledFilter): boolean {
  return Boolean(f.types ?? f.statuses ?? f.claimants) && !f.keepRelations;
}

export function evaluate(index: FilterIndex, f: CompiledFilter, scope: Scope): Evaluation {
  const n = index.nodeIds.length;
  const { nodes, inScope, pinned } = scope;
  const failed = new Uint8Array(n);
  if (f.active) for (const i of nodes) failed[i] = pinned[i] ? 0 : nodeFails(index, f, i);
  const focused = allegationMode(f);

  // Each induced edge: may it show at all (walkable), and is it a matching allegation (seed)?
  const walkable = new Uint8Array(index.edgeIds.length);
  const seeds: number[] = [];
  const hadEdge = new Uint8Array(n);
  const hasEdge = new Uint8Array(n);
  let inducedEdges = 0;
  for (const u of nodes) {
    const end = index.outStart[u + 1] ?? 0;
    for (let j = index.outStart[u] ?? 0; j < end; j++) {
      const e = index.outEdge[j] ?? 0;
      const v = index.edgeTgt[e] ?? 0;
      if (!inScope[v]) continue;
      inducedEdges++;
      hadEdge[u] = hadEdge[v] = 1;
      if (failed[u] || failed[v]) continue;
      const own = f.active ? edgeOwnFails(index, f, e) : 0;
      if (own !== 0) continue;
      walkable[e] = 1;
      hasEdge[u] = hasEdge[v] = 1;
      if (focused && index.edgeType[e] !== NO_ALLEGATION) seeds.push(e);
    }
  }

  const nodeOn = new Uint8Array(n);
  const edges: number[] = [];
  if (!focused) {
    for (const i of nodes) if (pinned[i] || (!failed[i] && (!hadEdge[i] || hasEdge[i]))) nodeOn[i] = 1;
    for (const u of nodes) {
      const end = index.outStart[u + 1] ?? 0;
      for (let j = index.outStart[u] ?? 0; j < end; j++) {
        const e = index.outEdge[j] ?? 0;
        if (walkable[e]) edges.push(e);
      }
    }
  } else {
    // The matching allegations and the actors at their ends, then `context` steps around them
    // over what may show (never through another allegation: those are hidden).
    let frontier: number[] = [];
    for (const e of seeds) {
      for (const x of [index.edgeSrc[e] ?? 0, index.edgeTgt[e] ?? 0]) {
        if (!nodeOn[x]) {
          nodeOn[x] = 1;
          frontier.push(x);
        }
      }
    }
    for (let step = 0; step < f.context && frontier.length > 0; step++) {
      const next: number[] = [];
      for (const u of frontier) {
        const end = index.adjStart[u + 1] ?? 0;
        for (let j = index.adjStart[u] ?? 0; j < end; j++) {
          const v = index.adjNode[j] ?? 0;
          if (nodeOn[v] || !walkable[index.adjEdge[j] ?? 0]) continue;
          nodeOn[v] = 1;
          next.push(v);
        }
      }
      frontier = next;
    }
    if (f.context === 0) {
      for (const e of seeds) walkable[e] = 2;
    }
    const wanted = f.context === 0 ? 2 : 1;
    for (const u of nodes) {
      const end = index.outStart[u + 1] ?? 0;
      for (let j = index.outStart[u] ?? 0; j < end; j++) {
        const e = index.outEdge[j] ?? 0;
        if ((walkable[e] ?? 0) >= wanted && nodeOn[u] && nodeOn[index.edgeTgt[e] ?? 0]) edges.push(e);
      }
    }
    // A pin keeps its node on screen; it does not bring its links (they are not what was asked for).
    for (const i of nodes) if (pinned[i]) nodeOn[i] = 1;
  }
  let visibleNodes = 0;
  for (const i of nodes) visibleNodes += nodeOn[i] ?? 0;
  return { nodeOn, edges, visibleNodes, inducedEdges };
}

// Chains between two actors ("who is connected to whom, through what, on whose word"): shortest path, all short simple paths, and shared neighbours.
//
// Paths ignore edge direction: "A accuses B" and "B accuses A" both connect A and B,
// and an investigator following a chain reads it either way. Each hop says whether the
// walk follows the edge's direction (`forward`). A bundle of parallel edges between
// the same two nodes is one step; the hop reports the first edge (in graph order) that
// passes the filter, and whyConnected lists all of them.
import type { FilterSpec, NodeRef, PathHop, PathResult, ViewEdge, WhyConnected } from '../contract.js';
import type { Dataset } from './dataset.js';
import { fail } from './errors.js';
import type { FilterIndex } from './filter-index.js';
import { evaluate, scopeOf } from './filter-eval.js';
import { compileFilter } from './filters.js';
import type { ColumnSource } from './attribute-filter.js';
import { toViewEdge } from './views.js';

/** Edge inspections an allPaths call may spend before it stops and reports `capped`. */
export const PATH_SEARCH_BUDGET = 2_000_000;

interface Context {
  dataset: Dataset;
  index: FilterIndex;
  /** Attribute values for attribute filters (absent: a spec with them is refused). */
  columns?: ColumnSource;
}

/** May the walk cross edge `e` into node `v`? */
type Step = (e: number, v: number) => boolean;

function nodeIndexOf(index: FilterIndex, id: string, origin: string): number {
  const i = index.nodeIndex.get(id);
  if (i === undefined) fail('unknown_node', origin, `unknown node "${id}"`);
  return i;
}

/**
 * The filter as a step predicate: a walk crosses only edges the filter would show in the
 * whole graph (filter-eval.ts, so "show me that allegation" walks only those allegations,
 * plus their context). The two endpoints the user asked about are exempt from the node
 * groups (kind, date), as pinned nodes are in filterView: asking for a path from an agency
 * while showing only people still means "from this agency".
 */
function stepper({ index, columns }: Context, spec: FilterSpec | undefined, s: number, t: number): Step {
  const f = compileFilter(index, spec, columns);
  if (!f.active) return () => true;
  const scope = scopeOf(index, null, [index.nodeIds[s] ?? '', index.nodeIds[t] ?? '']);
  const shown = new Uint8Array(index.edgeIds.length);
  for (const e of evaluate(index, f, scope).edges) shown[e] = 1;
  return (e) => shown[e] === 1;
}

function nodeRef({ dataset, index }: Context, i: number): NodeRef {
  const id = index.nodeIds[i] ?? '';
  const attrs = dataset.graph.getNodeAttributes(id);
  return { id, label: attrs.label, kind: attrs.kind };
}

function hop(ctx: Context, from: number, to: number, e: number): PathHop {
  const { dataset, index } = ctx;
  const edgeId = index.edgeIds[e] ?? '';
  const attrs = dataset.graph.getEdgeAttributes(edgeId);
  const evidence = attrs.evidence?.[0];
  const result: PathHop = {
    edgeId,
    from: nodeRef(ctx, from),
    to: nodeRef(ctx, to),
    relation: attrs.relation,
    forward: index.edgeSrc[e] === from,
    quote: evidence?.quote ?? '',
    sourceTitle: (evidence && dataset.sources.get(evidence.source)?.title) ?? evidence?.source ?? '',
  };
  if (attrs.allegation) {
    const { claimant } = attrs.allegation;
    const claimantLabel = dataset.graph.hasNode(claimant) ? dataset.graph.getNodeAttribute(claimant, 'label') : claimant;
    result.allegation = { ...attrs.allegation, claimantLabel };
  }
  return result;
}

function toPath(ctx: Context, nodes: readonly number[], edges: readonly number[]): PathResult {
  return {
    nodes: nodes.map((i) => nodeRef(ctx, i)),
    hops: edges.map((e, k) => hop(ctx, nodes[k] ?? 0, nodes[k + 1] ?? 0, e)),
  };
}

/**
 * Bidirectional BFS with an edge predicate. graphology-shortest-path's bidirectional
 * search walks the graph as stored (here: directed) and takes no edge filter, so a
 * filtered, direction-blind search would need a filtered undirected copy per call,
 * which is what the index exists to avoid. Expanding the smaller frontier one whole
 * level at a time keeps it a few milliseconds at 10k nodes; the first meeting found
 * is a shortest path because every meeting in the first meeting level has the same length.
 */
function bidirectional(index: FilterIndex, s: number, t: number, step: Step): { nodes: number[]; edges: number[] } | null {
  if (s === t) return { nodes: [s], edges: [] };
  const n = index.nodeIds.length;
  const side = () => ({ dist: new Int32Array(n).fill(-1), pred: new Int32Array(n), predEdge: new Int32Array(n) });
  const fwd = side();
  const bwd = side();
  fwd.dist[s] = 0;
  bwd.dist[t] = 0;
  let frontF = [s];
  let frontB = [t];
  while (frontF.length > 0 && frontB.length > 0) {
    const forward = frontF.length <= frontB.length;
    const [me, other, front] = forward ? [fwd, bwd, frontF] : [bwd, fwd, frontB];
    const next: number[] = [];
    let meet = -1;
    for (const u of front) {
      const end = index.adjStart[u + 1] ?? 0;
      for (let j = index.adjStart[u] ?? 0; j < end; j++) {
        const v = index.adjNode[j] ?? 0;
        if (me.dist[v] !== -1) continue;
        const e = index.adjEdge[j] ?? 0;
        if (!step(e, v)) continue;
        me.dist[v] = (me.dist[u] ?? 0) + 1;
        me.pred[v] = u;
        me.predEdge[v] = e;
        next.push(v);
        if (other.dist[v] !== -1) {
          meet = v;
          break;
        }
      }
      if (meet >= 0) break;
    }
    if (meet >= 0) {
      const nodes = [meet];
      const edges: number[] = [];
      for (let v = meet; v !== s; v = fwd.pred[v] ?? s) {
        nodes.unshift(fwd.pred[v] ?? s);
        edges.unshift(fwd.predEdge[v] ?? 0);
      }
      for (let v = meet; v !== t; v = bwd.pred[v] ?? t) {
        nodes.push(bwd.pred[v] ?? t);
        edges.push(bwd.predEdge[v] ?? 0);
      }
      return { nodes, edges };
    }
    if (forward) frontF = next;
    else frontB = next;
  }
  return null;
}

export function shortestPath(ctx: Context, from: string, to: string, spec?: FilterSpec): PathResult | null {
  const s = nodeIndexOf(ctx.index, from, 'shortestPath');
  const t = nodeIndexOf(ctx.index, to, 'shortestPath');
  const found = bidirectional(ctx.index, s, t, stepper(ctx, spec, s, t));
  return found && toPath(ctx, found.nodes, found.edges);
}

/** Hop distance of every node to `t` up to `limit` (-1 beyond it or unreachable): a lower bound that prunes the path search. */
function distancesTo(index: FilterIndex, t: number, limit: number, step: Step): Int32Array {
  const dist = new Int32Array(index.nodeIds.length).fill(-1);
  dist[t] = 0;
  let front = [t];
  for (let d = 1; d <= limit && front.length > 0; d++) {
    const next: number[] = [];
    for (const u of front) {
      const end = index.adjStart[u + 1] ?? 0;
      for (let j = index.adjStart[u] ?? 0; j < end; j++) {
        const v = index.adjNode[j] ?? 0;
        if (dist[v] !== -1 || !step(index.adjEdge[j] ?? 0, v)) continue;
        dist[v] = d;
        next.push(v);
      }
    }
    front = next;
  }
  return dist;
}

/**
 * Simple paths (no node twice) of at most `maxLength` hops, shortest first, at most
 * `limit` of them. A depth-first search per exact length, pruned by the distance to
 * the target, so a capped answer holds the shortest chains rather than whatever a
 * single deep search met first. `capped` says more paths exist than were returned,
 * or that the search spent its budget (PATH_SEARCH_BUDGET) before it could tell.
 */
export function allPaths(
  ctx: Context,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
  spec?: FilterSpec,
): { paths: PathResult[]; capped: boolean } {
  const { index } = ctx;
  const s = nodeIndexOf(index, from, 'allPaths');
  const t = nodeIndexOf(index, to, 'allPaths');
  if (s === t) return { paths: [toPath(ctx, [s], [])], capped: false };
  const step = stepper(ctx, spec, s, t);
  const distT = distancesTo(index, t, maxLength, step);
  const shortest = distT[s] ?? -1;
  if (shortest < 0) return { paths: [], capped: false };

  const found: PathResult[] = [];
  const onPath = new Uint8Array(index.nodeIds.length);
  const nodes = [s];
  const edges: number[] = [];
  onPath[s] = 1;
  let budget = PATH_SEARCH_BUDGET;
  let capped = false;

  // Returns true to stop the whole search.
  const visit = (u: number, length: number): boolean => {
    const depth = edges.length + 1;
    let last = -1;
    const end = index.adjStart[u + 1] ?? 0;
    for (let j = index.adjStart[u] ?? 0; j < end; j++) {
      const v = index.adjNode[j] ?? 0;
      if (v === last || onPath[v]) continue;
      if (--budget < 0) return (capped = true);
      const e = index.adjEdge[j] ?? 0;
      if (!step(e, v)) continue;
      last = v;
      if (v === t) {
        if (depth !== length) continue;
        if (found.length === limit) return (capped = true);
        found.push(toPath(ctx, [...nodes, t], [...edges, e]));
        continue;
      }
      const rest = distT[v] ?? -1;
      if (rest < 0 || depth + rest > length) continue;
      onPath[v] = 1;
      nodes.push(v);
      edges.push(e);
      const stop = visit(v, length);
      onPath[v] = 0;
      nodes.pop();
      edges.pop();
      if (stop) return true;
    }
    return false;
  };
  for (let length = shortest; length <= maxLength; length++) {
    if (visit(s, length)) break;
  }
  return { paths: found, capped };
}

/** Shared neighbours of `a` and `b` (either direction), the edges that reach them, and the edges directly between the two. */
export function whyConnected(ctx: Context, a: string, b: string): WhyConnected {
  const { dataset, index } = ctx;
  const ia = nodeIndexOf(index, a, 'whyConnected');
  const ib = nodeIndexOf(index, b, 'whyConnected');
  const each = (u: number, visit: (v: number, e: number) => void) => {
    const end = index.adjStart[u + 1] ?? 0;
    for (let j = index.adjStart[u] ?? 0; j < end; j++) visit(index.adjNode[j] ?? 0, index.adjEdge[j] ?? 0);
  };
  const mark = new Uint8Array(index.nodeIds.length); // bit 1: next to a, bit 2: next to b
  each(ia, (v) => (mark[v] = (mark[v] ?? 0) | 1));
  each(ib, (v) => (mark[v] = (mark[v] ?? 0) | 2));
  mark[ia] = mark[ib] = 0;
  const view = (e: number) => toViewEdge(dataset.graph, index.edgeIds[e] ?? '');
  const direct: ViewEdge[] = [];
  each(ia, (v, e) => v === ib && direct.push(view(e)));
  const sharedEdges: ViewEdge[] = [];
  for (const u of [ia, ib]) each(u, (v, e) => mark[v] === 3 && sharedEdges.push(view(e)));
  const shared: NodeRef[] = [];
  mark.forEach((bits, i) => bits === 3 && shared.push(nodeRef(ctx, i)));
  return { shared: shared.sort((x, y) => x.label.localeCompare(y.label)), direct, sharedEdges };
}

// Who matters in the graph: degree, betweenness, PageRank and Louvain communities, computed at most once per dataset and cached.
//
// Conventions, chosen to match how paths are read (direction ignored):
// - degree: the number of edges at a node, parallel edges counted (the same number as
//   ViewNode.degree). graphology-metrics' degreeCentrality divides it by n − 1, which
//   tells an investigator less than "12 documented ties".
// - betweenness: undirected and unnormalised over the simple undirected graph (parallel
//   edges count once), so on the path a–b–c b scores 1. graphology-metrics on a directed
//   graph would only count paths that follow edge direction (a→b←c gives b 0).
//   Exact up to EXACT_BETWEENNESS_MAX_NODES nodes; above that, or when a sample is
//   asked for, a seeded estimate (see betweenness-sample.ts).
// - pagerank: graphology-metrics on the directed graph, every edge weight 1. Rank flows
//   the way relations read ("X member_of Y", "X accuses Y"), which is what PageRank is
//   for: it points at whom relations converge on, unlike the undirected measures.
// - communities: graphology-communities-louvain on the simple undirected graph with
//   edge weight = number of parallel edges, seeded, numbered largest first.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Communities, MeasureName, MeasureResult, NodeRef } from '../contract.js';
import { seededRandom } from '../util/seeded-random.js';
import { brandesBetweenness, simpleAdjacency, type SimpleAdjacency } from './betweenness-sample.js';
import type { Dataset } from './dataset.js';
import type { FilterIndex } from './filter-index.js';

export const EXACT_BETWEENNESS_MAX_NODES = 2000;
/** Sources of the default estimate on large graphs: a few hundred milliseconds at 10k nodes. */
export const DEFAULT_BETWEENNESS_SAMPLE = 200;
const SEED = 20181121;
const TOP = 50;

export interface BetweennessOptions {
  sample?: number;
  /** Done fraction 0–1, for a host that wants to show progress of a long exact run. */
  onProgress?: (fraction: number) => void;
}

/** Betweenness by the policy above; the synchronous contract call uses it without progress. */
export function betweenness(adj: SimpleAdjacency, options: BetweennessOptions = {}): { values: Float64Array; exact: boolean; sampleSize: number } {
  const n = adj.start.length - 1;
  const sources = options.sample ?? (n <= EXACT_BETWEENNESS_MAX_NODES ? n : DEFAULT_BETWEENNESS_SAMPLE);
  const run: Parameters<typeof brandesBetweenness>[1] = { sources, seed: SEED };
  if (options.onProgress) run.onProgress = options.onProgress;
  return brandesBetweenness(adj, run);
}

export interface Measures {
  measure(name: MeasureName, sample?: number): MeasureResult;
  communities(): Communities;
  /** The simple undirected adjacency measures run on (built on first use). */
  adjacency(): SimpleAdjacency;
}

export function createMeasures(dataset: Dataset, index: FilterIndex, onProgress?: (fraction: number) => void): Measures {
  const { graph } = dataset;
  const cache = new Map<string, MeasureResult>();
  let adj: SimpleAdjacency | null = null;
  let communities: Communities | null = null;
  const adjacency = () => (adj ??= simpleAdjacency(index.adjStart, index.adjNode));

  const result = (measure: MeasureName, values: ArrayLike<number>, exact: boolean): MeasureResult => {
    const record: Record<string, number> = {};
    const order: number[] = [];
    index.nodeIds.forEach((id, i) => {
      record[id] = values[i] ?? 0;
      order.push(i);
    });
    const label = (i: number) => graph.getNodeAttribute(index.nodeIds[i] ?? '', 'label');
    order.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || label(a).localeCompare(label(b)));
    const top = order.slice(0, TOP).map((i) => {
      const id = index.nodeIds[i] ?? '';
      const attrs = graph.getNodeAttributes(id);
      const node: NodeRef = { id, label: attrs.label, kind: attrs.kind };
      return { node, value: values[i] ?? 0 };
    });
    return { measure, values: record, top, exact };
  };

  const compute = (name: MeasureName, sample?: number): MeasureResult => {
    if (name === 'degree') return result(name, index.nodeDegree, true);
    if (name === 'pagerank') {
      if (graph.order === 0) return result(name, [], true);
      const ranks = pagerank(graph, { getEdgeWeight: null });
      return result(name, index.nodeIds.map((id) => ranks[id] ?? 0), true);
    }
    const options: BetweennessOptions = {};
    if (sample !== undefined) options.sample = sample;
    if (onProgress) options.onProgress = onProgress;
    const b = betweenness(adjacency(), options);
    const measured = result(name, b.values, b.exact);
    if (!b.exact) measured.sampleSize = b.sampleSize;
    return measured;
  };

  return {
    adjacency,
    measure(name, sample) {
      const key = name === 'betweenness' ? `${name}:${sample ?? ''}` : name;
      let cached = cache.get(key);
      if (!cached) {
        cached = compute(name, sample);
        cache.set(key, cached);
      }
      return cached;
    },
    communities() {
      communities ??= detectCommunities(index, (id) => {
        const attrs = graph.getNodeAttributes(id);
        return { id, label: attrs.label, kind: attrs.kind };
      });
      return communities;
    },
  };
}

function detectCommunities(index: FilterIndex, ref: (id: string) => NodeRef): Communities {
  const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of index.nodeIds) simple.addNode(id);
  index.edgeIds.forEach((_id, e) => {
    const s = index.nodeIds[index.edgeSrc[e] ?? 0] ?? '';
    const t = index.nodeIds[index.edgeTgt[e] ?? 0] ?? '';
    if (s !== t) simple.updateEdge(s, t, (attrs) => ({ weight: (attrs.weight ?? 0) + 1 }));
  });
  const detailed = louvain.detailed(simple, { getEdgeWeight: 'weight', rng: seededRandom(SEED) });
  // Renumber largest community first, so colours and legends are stable and meaningful.
  const sizes = new Map<number, number>();
  for (const c of Object.values(detailed.communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes.keys()].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a - b);
  const rename = new Map(ranked.map((c, i) => [c, i]));
  const assignment: Record<string, number> = {};
  for (const id of index.nodeIds) assignment[id] = rename.get(detailed.communities[id] ?? 0) ?? 0;
  // Louvain reports NaN modularity for a graph without edges, where it is undefined; 0 crosses JSON.
  const modularity = Number.isFinite(detailed.modularity) ? detailed.modularity : 0;
  return { assignment, count: ranked.length, modularity, groups: leaders(simple, assignment, ranked.length, index, ref) };
}

/**
 * Each community's most central member: the most ties (parallel edges counted) to other
 * members; then the most ties overall; then the label, so the choice is stable.
 */
function leaders(simple: UndirectedGraph<Record<string, never>, { weight: number }>, assignment: Record<string, number>, count: number, index: FilterIndex, ref: (id: string) => NodeRef): Communities['groups'] {
  const best: { id: string; inside: number; degree: number; label: string }[] = [];
  const sizes = new Array<number>(count).fill(0);
  index.nodeIds.forEach((id, i) => {
    const c = assignment[id] ?? 0;
    sizes[c] = (sizes[c] ?? 0) + 1;
    let inside = 0;
    simple.forEachEdge(id, (_e, attrs, s, t) => {
      if (assignment[s === id ? t : s] === c) inside += attrs.weight;
    });
    const degree = index.nodeDegree[i] ?? 0;
    const label = ref(id).label;
    const cur = best[c];
    if (!cur || inside > cur.inside || (inside === cur.inside && (degree > cur.degree || (degree === cur.degree && label.localeCompare(cur.label) < 0)))) best[c] = { id, inside, degree, label };
  });
  return sizes.map((size, c) => ({ size, leader: ref(best[c]?.id ?? '') }));
}

// The overview of a graph too large to draw: its largest communities as aggregate nodes
// (sized by members, linked by the number of edges between them), and the members of one
// community as an ordinary view, best-connected first. Communities come from louvain-csr
// over the filter index, computed once per graph on first use.
import type { NodeKind } from '../schema/vocabulary.js';
import { NODE_KINDS } from '../schema/vocabulary.js';
import type { Overview, OverviewGroup, OverviewLink } from '../contract.js';
import type { RedthreadGraph } from './dataset.js';
import { fail } from './errors.js';
import type { FilterIndex } from './filter-index.js';
import { louvainCsr, type CsrCommunities } from './louvain-csr.js';
import { inducedView, type SubGraph } from './views.js';

/** Aggregates drawn at most: beyond a few dozen circles an overview stops being one. */
export const DEFAULT_OVERVIEW_GROUPS = 60;
/** Members a community brings into the canvas at once (best-connected first). */
export const DEFAULT_MEMBER_LIMIT = 500;
const SEED = 20181121;

export interface OverviewService {
  overview(maxGroups?: number): Omit<Overview, 'graph'>;
  members(group: number, limit?: number): SubGraph;
  /** The partition itself (computed on first use), for other measures to reuse. */
  communities(): CsrCommunities;
}

/**
 * Node indexes by degree, highest first, ties in node order: a counting sort, since a comparison
 * sort of 1M indexes through a comparator took 3.5 s of the 1M overview.
 */
export function byDegreeDescending(degree: Uint32Array): Uint32Array {
  let max = 0;
  for (const d of degree) if (d > max) max = d;
  // start[d]: where the first node of degree d goes, counting from the highest degree.
  const start = new Uint32Array(max + 2);
  for (const d of degree) start[max - d + 1] = (start[max - d + 1] ?? 0) + 1;
  for (let k = 1; k < start.length; k++) start[k] = (start[k] ?? 0) + (start[k - 1] ?? 0);
  const order = new Uint32Array(degree.length);
  for (let i = 0; i < degree.length; i++) {
    const slot = max - (degree[i] ?? 0);
    order[start[slot] ?? 0] = i;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  return order;
}

export function createOverview(graph: RedthreadGraph, index: FilterIndex, onProgress?: (fraction: number) => void): OverviewService {
  let found: CsrCommunities | null = null;
  let memberLists: Uint32Array[] | null = null;
  const communities = () => {
    found ??= louvainCsr(index.adjStart, index.adjNode, { seed: SEED, ...(onProgress && { onProgress }) });
    return found;
  };
  // Members of every community, each list best-connected first (then by node order).
  const members = () => {
    if (memberLists) return memberLists;
    const { community, sizes } = communities();
    const lists = sizes.map((size) => new Uint32Array(size));
    const fill = new Uint32Array(sizes.length);
    for (const i of byDegreeDescending(index.nodeDegree)) {
      const c = community[i] ?? 0;
      const list = lists[c] as Uint32Array;
      list[fill[c] ?? 0] = i;
      fill[c] = (fill[c] ?? 0) + 1;
    }
    memberLists = lists;
    return lists;
  };

  return {
    communities,
    overview(maxGroups = DEFAULT_OVERVIEW_GROUPS) {
      const { community, sizes, modularity } = communities();
      const lists = members();
      const shown = Math.min(maxGroups, sizes.length);
      const groups: OverviewGroup[] = [];
      const kindCounts = Array.from({ length: shown }, () => new Uint32Array(NODE_KINDS.length));
      for (let i = 0; i < community.length; i++) {
        const c = community[i] ?? 0;
        if (c >= shown) continue;
        const counts = kindCounts[c] as Uint32Array;
        const k = index.nodeKind[i] ?? 0;
        counts[k] = (counts[k] ?? 0) + 1;
      }
      const inside = new Float64Array(shown);
      const linkCount = new Map<number, number>();
      for (let e = 0; e < index.edgeSrc.length; e++) {
        const a = community[index.edgeSrc[e] ?? 0] ?? 0;
        const b = community[index.edgeTgt[e] ?? 0] ?? 0;
        if (a >= shown || b >= shown) continue;
        if (a === b) inside[a] = (inside[a] ?? 0) + 1;
        else {
          const key = Math.min(a, b) * shown + Math.max(a, b);
          linkCount.set(key, (linkCount.get(key) ?? 0) + 1);
        }
      }
      let shownNodes = 0;
      for (let c = 0; c < shown; c++) {
        const size = sizes[c] ?? 0;
        shownNodes += size;
        const leaderId = index.nodeIds[(lists[c] as Uint32Array)[0] ?? 0] ?? '';
        const attrs = graph.getNodeAttributes(leaderId);
        const kinds: Partial<Record<NodeKind, number>> = {};
        (kindCounts[c] as Uint32Array).forEach((n, k) => {
          if (n > 0) kinds[NODE_KINDS[k] as NodeKind] = n;
        });
        groups.push({ id: c, size, leader: { id: leaderId, label: attrs.label, kind: attrs.kind }, edgesInside: inside[c] ?? 0, kinds });
      }
      const links: OverviewLink[] = [...linkCount].map(([key, edges]) => ({ source: Math.floor(key / shown), target: key % shown, edges }));
      links.sort((a, b) => b.edges - a.edges || a.source - b.source || a.target - b.target);
      return {
        nodeCount: graph.order,
        edgeCount: graph.size,
        communityCount: sizes.length,
        modularity,
        groups,
        links,
        shownNodes,
      };
    },
    members(group, limit = DEFAULT_MEMBER_LIMIT) {
      const lists = members();
      const list = lists[group];
      if (!list) fail('bad_arguments', 'overview', `unknown community ${group} (the graph has ${lists.length})`);
      const ids: string[] = [];
      for (let i = 0; i < Math.min(limit, list.length); i++) ids.push(index.nodeIds[list[i] ?? 0] ?? '');
      const view = inducedView(graph, ids);
      return { ...view, truncated: list.length > ids.length, requestedNodes: list.length };
    },
  };
}

// What the filter panel's counts are counted over: the view's nodes the user did not hide, plus
// the pins (and whatever an overlay forces on screen). A view that holds the whole graph with
// nothing hidden is sent as no list at all (the service then counts over the graph): at 10k
// nodes the list was 79 KB posted to the service after every edit.
import type { DatasetInfo, ViewNode } from '../../../../graph-data/src/contract.js';

export interface FacetScope {
  /** Absent: every node of the graph. */
  nodes?: string[];
  pinned: string[];
}

export function facetScope(
  view: { graph: string; nodes: readonly ViewNode[]; hidden: readonly string[]; pinned: readonly string[] },
  info: Pick<DatasetInfo, 'graph' | 'nodeCount'> | null,
  forced: readonly string[],
): FacetScope {
  const pinned = [...new Set([...view.pinned, ...forced])];
  // A view's nodes are distinct nodes of its graph: as many as the graph has is all of them.
  if (view.hidden.length === 0 && info?.graph === view.graph && view.nodes.length === info.nodeCount) return { pinned };
  const gone = new Set(view.hidden);
  return { nodes: view.nodes.filter((n) => !gone.has(n.id)).map((n) => n.id), pinned };
}

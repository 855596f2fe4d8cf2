// Brings the filter index up to date after an edit that added or dropped nodes and edges (a new
// claim, a deleted claim or node, a merge, their undo), without reading the rest of the graph:
// the typed arrays are copied without the dropped elements and with the added ones at the end —
// where graphology puts them, so the index stays in the graph's order — and the adjacency is
// rebuilt from the edges' ends alone. Where the result could differ from a full build (the data's
// date range would shrink, the order does not match the graph's), it answers
// false and the caller rebuilds.
import type { RedthreadGraph } from './dataset.js';
import { adjacency, dateBounds, type FilterIndex, internAllegation, KIND_CODE, NO_ALLEGATION, nodeIntervals, rankClaimants, RELATION_CODE } from './filter-index.js';

function sameOrder(ids: string[], graphIds: string[]): boolean {
  if (ids.length !== graphIds.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== graphIds[i]) return false;
  return true;
}

function grow<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(old: T, keep: readonly number[], extra: number, make: (n: number) => T): T {
  const next = make(keep.length + extra);
  keep.forEach((from, to) => (next[to] = old[from] ?? 0));
  return next;
}

/**
 * The id → position map after the drops and appends, changed from the first dropped position on
 * (only the appended entries when nothing was dropped): a 30k-entry map is not built again for one edit.
 */
function reindex(map: Map<string, number>, ids: string[], dropped: ReadonlySet<number>, before: string[]): Map<string, number> {
  let from = before.length;
  for (const at of dropped) {
    from = Math.min(from, at);
    map.delete(before[at] as string);
  }
  for (let i = from; i < ids.length; i++) map.set(ids[i] as string, i);
  return map;
}

/** Whether the edge at `e` moved or went: not in the graph any more, or between other nodes. */
export function edgeChanged(index: FilterIndex, graph: RedthreadGraph, id: string): boolean {
  const e = index.edgeIndex.get(id);
  if (e === undefined) return graph.hasEdge(id);
  return !graph.hasEdge(id) || graph.source(id) !== index.nodeIds[index.edgeSrc[e] ?? 0] || graph.target(id) !== index.nodeIds[index.edgeTgt[e] ?? 0];
}

export function restructureFilterIndex(index: FilterIndex, graph: RedthreadGraph, nodes: readonly string[], edges: readonly string[]): boolean {
  const range = index.dateRange ? { lo: dateBounds(index.dateRange.min)?.[0] ?? -Infinity, hi: dateBounds(index.dateRange.max)?.[1] ?? Infinity } : null;
  const atExtreme = (lo: number, hi: number) => range !== null && (lo <= range.lo || hi >= range.hi);

  // What goes: every dropped element must leave the date range and the claimant list as they are.
  const dropEdge = new Set<number>();
  for (const id of edges) {
    const e = index.edgeIndex.get(id);
    if (e === undefined || !edgeChanged(index, graph, id)) continue;
    if (!Number.isNaN(index.edgeDateLo[e] ?? NaN) && atExtreme(index.edgeDateLo[e] ?? 0, index.edgeDateHi[e] ?? 0)) return false;
    dropEdge.add(e);
  }
  // Claimants are listed in the order their first edge comes, and only while an edge cites them.
  let claimantsMoved = false;
  for (const e of dropEdge) if ((index.edgeClaimant[e] ?? -1) >= 0) claimantsMoved = true;
  const dropNode = new Set<number>();
  for (const id of nodes) {
    const i = index.nodeIndex.get(id);
    if (i === undefined || graph.hasNode(id)) continue;
    // A dated node may hold an end of the date range: only a full build knows what is left.
    if ((index.nodeDateStart[i + 1] ?? 0) > (index.nodeDateStart[i] ?? 0)) return false;
    dropNode.add(i);
  }

  // What comes, in the order given (checked against the graph's at the end).
  const addNodes = [...new Set(nodes)].filter((id) => graph.hasNode(id) && !index.nodeIndex.has(id));
  const addEdges = [...new Set(edges)].filter((id) => graph.hasEdge(id) && (!index.edgeIndex.has(id) || dropEdge.has(index.edgeIndex.get(id) ?? -1)));

  // Nodes: kept ones in order, then the new ones.
  const keepNodes: number[] = [];
  const newPlace = new Int32Array(index.nodeIds.length).fill(-1);
  for (let i = 0; i < index.nodeIds.length; i++) {
    if (dropNode.has(i)) continue;
    newPlace[i] = keepNodes.push(i) - 1;
  }
  const nodeIds = [...keepNodes.map((i) => index.nodeIds[i] as string), ...addNodes];
  if (!sameOrder(nodeIds, graph.nodes())) return false;
  const n = nodeIds.length;
  const nodeIndex = reindex(index.nodeIndex, nodeIds, dropNode, index.nodeIds);
  const nodeKind = grow(index.nodeKind, keepNodes, addNodes.length, (k) => new Uint8Array(k));
  const nodeDegree = grow(index.nodeDegree, keepNodes, addNodes.length, (k) => new Uint32Array(k));
  let dateRange = index.dateRange;
  let lo = range?.lo ?? Infinity;
  let hi = range?.hi ?? -Infinity;
  // As the full build notes each date written: a new element widens the range, never narrows it.
  // The full build notes nodes before edges and keeps the first of equal ends: a new node whose date
  // ties an end written otherwise ("2014-01" against "2014") is shown there only if that end came
  // from an edge, which the range does not record. `tied` then sends the caller to a full build.
  let tied = false;
  const note = (text: string | undefined, node = false) => {
    const b = dateBounds(text);
    if (!b || text === undefined) return;
    const [from = text, to = text] = [text.split('/')[0], text.split('/').at(-1)];
    if (node && ((b[0] === lo && from !== dateRange?.min) || (b[1] === hi && to !== dateRange?.max))) tied = true;
    if (b[0] < lo) [lo, dateRange] = [b[0], { min: from, max: dateRange?.max ?? to }];
    if (b[1] > hi) [hi, dateRange] = [b[1], { min: dateRange?.min ?? text, max: to }];
  };
  // Dropped nodes held no dates (checked above): the kept intervals stay where they are, only the starts close up.
  const added = addNodes.map((id, j) => {
    const attrs = graph.getNodeAttributes(id);
    nodeKind[keepNodes.length + j] = KIND_CODE.get(attrs.kind) ?? 0;
    note(attrs.date, true);
    for (const role of attrs.roles ?? []) {
      note(role.start, true);
      note(role.end, true);
    }
    return nodeIntervals(attrs);
  });
  if (tied) return false;
  const kept = index.nodeDateStart[index.nodeIds.length] ?? 0;
  const total = kept + added.reduce((sum, list) => sum + list.length, 0);
  const nodeDateStart = new Uint32Array(n + 1);
  keepNodes.forEach((from, to) => (nodeDateStart[to] = index.nodeDateStart[from] ?? 0));
  nodeDateStart[keepNodes.length] = kept;
  const nodeDateLo = new Float64Array(total);
  const nodeDateHi = new Float64Array(total);
  nodeDateLo.set(index.nodeDateLo.subarray(0, kept));
  nodeDateHi.set(index.nodeDateHi.subarray(0, kept));
  added.forEach((list, j) => {
    const at = nodeDateStart[keepNodes.length + j] ?? 0;
    list.forEach(([a, b], k) => ((nodeDateLo[at + k] = a), (nodeDateHi[at + k] = b)));
    nodeDateStart[keepNodes.length + j + 1] = at + list.length;
  });

  // Edges: kept ones in order (their ends renumbered), then the new ones.
  const keepEdges: number[] = [];
  for (let e = 0; e < index.edgeIds.length; e++) if (!dropEdge.has(e)) keepEdges.push(e);
  const edgeIds = [...keepEdges.map((e) => index.edgeIds[e] as string), ...addEdges];
  if (!sameOrder(edgeIds, graph.edges())) return false;
  const m = edgeIds.length;
  const edgeSrc = new Uint32Array(m);
  const edgeTgt = new Uint32Array(m);
  keepEdges.forEach((from, to) => {
    edgeSrc[to] = newPlace[index.edgeSrc[from] ?? 0] ?? 0;
    edgeTgt[to] = newPlace[index.edgeTgt[from] ?? 0] ?? 0;
  });
  const edgeRelation = grow(index.edgeRelation, keepEdges, addEdges.length, (k) => new Uint8Array(k));
  const edgeType = grow(index.edgeType, keepEdges, addEdges.length, (k) => new Uint8Array(k));
  const edgeStatus = grow(index.edgeStatus, keepEdges, addEdges.length, (k) => new Uint8Array(k));
  const edgeClaimant = grow(index.edgeClaimant, keepEdges, addEdges.length, (k) => new Int32Array(k));
  const edgeDateLo = grow(index.edgeDateLo, keepEdges, addEdges.length, (k) => new Float64Array(k));
  const edgeDateHi = grow(index.edgeDateHi, keepEdges, addEdges.length, (k) => new Float64Array(k));
  const { types, typeIndex, claimants, claimantIndex, claimantLabels } = index;
  const tables = { types, typeIndex, claimants, claimantIndex, edgeType, edgeStatus, edgeClaimant };
  let newClaimants = false;
  addEdges.forEach((id, j) => {
    const e = keepEdges.length + j;
    const attrs = graph.getEdgeAttributes(id);
    edgeSrc[e] = nodeIndex.get(graph.source(id)) ?? 0;
    edgeTgt[e] = nodeIndex.get(graph.target(id)) ?? 0;
    edgeRelation[e] = RELATION_CODE.get(attrs.relation) ?? 0;
    edgeType[e] = edgeStatus[e] = NO_ALLEGATION;
    edgeClaimant[e] = -1;
    const allegation = attrs.allegation;
    if (allegation && internAllegation(tables, e, allegation)) {
      claimantLabels.push(graph.hasNode(allegation.claimant) ? graph.getNodeAttribute(allegation.claimant, 'label') : allegation.claimant);
      newClaimants = true;
    }
    const date = dateBounds(attrs.date);
    [edgeDateLo[e], edgeDateHi[e]] = date ?? [NaN, NaN];
    note(attrs.date);
  });

  let claimantRank = index.claimantRank;
  if (claimantsMoved || newClaimants) {
    const remap = new Int32Array(claimants.length).fill(-1);
    const ids: string[] = [];
    const labels: string[] = [];
    for (let e = 0; e < m; e++) {
      const c = edgeClaimant[e] ?? -1;
      if (c < 0) continue;
      if (remap[c] === -1) {
        remap[c] = ids.push(claimants[c] as string) - 1;
        labels.push(claimantLabels[c] as string);
      }
      edgeClaimant[e] = remap[c] ?? -1;
    }
    claimants.splice(0, claimants.length, ...ids);
    claimantLabels.splice(0, claimantLabels.length, ...labels);
    claimantIndex.clear();
    ids.forEach((id, c) => claimantIndex.set(id, c));
    claimantRank = rankClaimants(labels);
  }

  // Degrees of every end that gained or lost an edge, as the graph counts them.
  const ends = new Set<string>(addNodes);
  for (const e of dropEdge) for (const end of [index.edgeSrc[e], index.edgeTgt[e]]) if (end !== undefined && newPlace[end] !== -1) ends.add(index.nodeIds[end] as string);
  for (const id of addEdges) ends.add(graph.source(id)).add(graph.target(id));
  for (const id of ends) nodeDegree[nodeIndex.get(id) ?? 0] = graph.degree(id);

  Object.assign(index, {
    nodeIds, nodeIndex, nodeKind, nodeDegree, nodeDateStart, nodeDateLo, nodeDateHi,
    edgeIds, edgeIndex: reindex(index.edgeIndex, edgeIds, dropEdge, index.edgeIds), edgeSrc, edgeTgt, edgeRelation, edgeType, edgeStatus, edgeClaimant, edgeDateLo, edgeDateHi,
    ...adjacency(n, edgeSrc, edgeTgt),
    dateRange,
    claimantRank,
  } satisfies Partial<FilterIndex>);
  return true;
}

// Typed-array index of everything filters and path searches test, built once per dataset so a filter change is a scan over numbers, never a sub-graph copy.
import {
  ALLEGATION_STATUSES,
  ALLEGATION_TYPES,
  DATE_PATTERN,
  NODE_KINDS,
  RELATIONS,
  type AllegationStatus,
  type AllegationType,
  type NodeKind,
  type Relation,
} from '../schema/vocabulary.js';
import type { Role } from '../schema/model.js';
import type { GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';

/** Code of "no allegation" in `edgeType` / `edgeStatus`. */
export const NO_ALLEGATION = 255;

export interface FilterIndex {
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  nodeKind: Uint8Array;
  /** Total degree in the whole graph (parallel edges and self-loops counted), for the orphan rule. */
  nodeDegree: Uint32Array;
  /** CSR of each node's date intervals (its own date and its role dates): intervals of node i are [dateStart[i], dateStart[i+1]). */
  nodeDateStart: Uint32Array;
  nodeDateLo: Float64Array;
  nodeDateHi: Float64Array;

  edgeIds: string[];
  edgeIndex: Map<string, number>;
  edgeSrc: Uint32Array;
  edgeTgt: Uint32Array;
  edgeRelation: Uint8Array;
  edgeType: Uint8Array;
  edgeStatus: Uint8Array;
  /** Claimant code (index into `claimants`), -1 when the edge carries no allegation. */
  edgeClaimant: Int32Array;
  /** Edge date as a closed interval; NaN when undated. */
  edgeDateLo: Float64Array;
  edgeDateHi: Float64Array;
  /** Allegation types by code: the built-in ones, then those a case added, as the edges use them. */
  types: string[];
  typeIndex: Map<string, number>;
  claimants: string[];
  claimantIndex: Map<string, number>;
  /** Claimant labels (the node's label, or the id when the claimant is not a node) and their alphabetical rank, so facets sort by numbers. */
  claimantLabels: string[];
  claimantRank: Uint32Array;

  /** Out-edges per node (CSR), for induced views of a node set. */
  outStart: Uint32Array;
  outEdge: Uint32Array;
  /**
   * Undirected adjacency (CSR) without self-loops, each node's entries sorted by
   * neighbour then edge so parallel edges sit together: path searches ignore
   * direction and treat a bundle of parallel edges as one step.
   */
  adjStart: Uint32Array;
  adjNode: Uint32Array;
  adjEdge: Uint32Array;

  /** The earliest and latest date written anywhere in the data, as written. */
  dateRange: { min: string; max: string } | null;
}

export const KIND_CODE = new Map<NodeKind, number>(NODE_KINDS.map((k, i) => [k, i]));
export const RELATION_CODE = new Map<Relation, number>(RELATIONS.map((r, i) => [r, i]));
export const TYPE_CODE = new Map<AllegationType, number>(ALLEGATION_TYPES.map((t, i) => [t, i]));
export const STATUS_CODE = new Map<AllegationStatus, number>(ALLEGATION_STATUSES.map((s, i) => [s, i]));

/**
 * Codes edge e's allegation (type, status, claimant), adding a type or claimant the tables do not
 * have yet; true when the claimant is new (a caller keeping claimant labels adds one).
 */
export function internAllegation(
  index: Pick<FilterIndex, 'types' | 'typeIndex' | 'claimants' | 'claimantIndex' | 'edgeType' | 'edgeStatus' | 'edgeClaimant'>,
  e: number,
  allegation: NonNullable<GraphEdgeAttributes['allegation']>,
): boolean {
  let t = index.typeIndex.get(allegation.type);
  if (t === undefined) {
    // Past 254 types (255 means none) the rest share the last code.
    t = Math.min(index.types.push(allegation.type) - 1, NO_ALLEGATION - 1);
    index.typeIndex.set(allegation.type, t);
  }
  index.edgeType[e] = t;
  index.edgeStatus[e] = STATUS_CODE.get(allegation.status) ?? 0;
  const known = index.claimantIndex.get(allegation.claimant);
  const c = known ?? index.claimants.push(allegation.claimant) - 1;
  if (known === undefined) index.claimantIndex.set(allegation.claimant, c);
  index.edgeClaimant[e] = c;
  return known === undefined;
}

// ---- dates ----------------------------------------------------------------------
// A partial date becomes the closed range of days it covers, written as the sortable
// number yyyymmdd: "2018" → [20180101, 20181231], "2018-10" → [20181001, 20181031].
// Day 31 in a 30-day month is harmless: the numbers are only compared, never counted.

function bounds(single: string): [number, number] {
  const [y = '0', m, d] = single.split('-');
  const year = Number(y) * 10000;
  if (m === undefined) return [year + 101, year + 1231];
  const month = year + Number(m) * 100;
  if (d === undefined) return [month + 1, month + 31];
  return [month + Number(d), month + Number(d)];
}

/**
 * Range of a partial date or an interval "1930/1939". Absent or malformed dates (graphs
 * imported from other tools are not schema-checked) give null: the element is undated.
 */
export function dateBounds(date: string | undefined): [number, number] | null {
  if (!date || !DATE_PATTERN.test(date)) return null;
  const [from = date, to] = date.split('/');
  const lo = bounds(from);
  return [lo[0], to === undefined ? lo[1] : bounds(to)[1]];
}

/**
 * What we know of when a role was held. An open end is open only for a current
 * role; a role with one known bound and no "current" flag is dated by that bound
 * alone, because how long it lasted is unknown and guessing would show it in
 * periods the sources never mention.
 */
function roleInterval(role: Role): [number, number] | null {
  const start = dateBounds(role.start);
  const end = dateBounds(role.end);
  if (start && end) return [start[0], end[1]];
  if (start) return role.current ? [start[0], Infinity] : start;
  return end;
}

/** The date intervals a node is known by: its own date, then its roles'. */
export function nodeIntervals(attrs: Pick<GraphNodeAttributes, 'date' | 'roles'>): [number, number][] {
  const own: [number, number][] = [];
  const date = dateBounds(attrs.date);
  if (date) own.push(date);
  for (const role of attrs.roles ?? []) {
    const r = roleInterval(role);
    if (r) own.push(r);
  }
  return own;
}

/** Alphabetical rank of each claimant label, so facets sort by numbers. */
export function rankClaimants(labels: string[]): Uint32Array {
  const collator = new Intl.Collator();
  const rank = new Uint32Array(labels.length);
  labels
    .map((_id, c) => c)
    .sort((a, b) => collator.compare(labels[a] ?? '', labels[b] ?? ''))
    .forEach((c, r) => (rank[c] = r));
  return rank;
}

// ---- building -----------------------------------------------------------------------

function csr(n: number, count: Uint32Array): Uint32Array {
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] ?? 0) + (count[i] ?? 0);
  return start;
}

export function buildFilterIndex(graph: RedthreadGraph): FilterIndex {
  // One pass over each of nodes and edges, with the attributes and ends graphology hands the
  // callback: at 1M nodes / 3M edges, looking each id up again (attributes, source, target, degree)
  // and a tuple per entry for the id maps were most of the build and of its garbage.
  const n = graph.order;
  const nodeIds = new Array<string>(n);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(n);
  const nodeDateStart = new Uint32Array(n + 1);
  const lows: number[] = [];
  const highs: number[] = [];
  const span = { lo: Infinity, min: '', hi: -Infinity, max: '' };
  const note = (text: string | undefined) => {
    const b = dateBounds(text);
    if (!b || text === undefined) return;
    if (b[0] < span.lo) [span.lo, span.min] = [b[0], text.split('/')[0] ?? text];
    if (b[1] > span.hi) [span.hi, span.max] = [b[1], text.split('/').at(-1) ?? text];
  };

  let i = 0;
  graph.forEachNode((id, attrs) => {
    nodeIds[i] = id;
    nodeIndex.set(id, i);
    nodeKind[i] = KIND_CODE.get(attrs.kind) ?? 0;
    if (attrs.date !== undefined || attrs.roles) {
      note(attrs.date);
      for (const role of attrs.roles ?? []) {
        note(role.start);
        note(role.end);
      }
      for (const [lo, hi] of nodeIntervals(attrs)) {
        lows.push(lo);
        highs.push(hi);
      }
    }
    nodeDateStart[++i] = lows.length;
  });
  const nodeDateLo = Float64Array.from(lows);
  const nodeDateHi = Float64Array.from(highs);

  const m = graph.size;
  const edgeIds = new Array<string>(m);
  const edgeSrc = new Uint32Array(m);
  const edgeTgt = new Uint32Array(m);
  const edgeRelation = new Uint8Array(m);
  const edgeType = new Uint8Array(m).fill(NO_ALLEGATION);
  const edgeStatus = new Uint8Array(m).fill(NO_ALLEGATION);
  const edgeClaimant = new Int32Array(m).fill(-1);
  const edgeDateLo = new Float64Array(m).fill(NaN);
  const edgeDateHi = new Float64Array(m).fill(NaN);
  // Degree as graphology counts it (a self-loop twice), from the ends rather than a lookup a node.
  const nodeDegree = new Uint32Array(n);
  const claimants: string[] = [];
  const claimantIndex = new Map<string, number>();
  const types: string[] = [...ALLEGATION_TYPES];
  const typeIndex = new Map<string, number>(types.map((t, k) => [t, k]));
  const tables = { types, typeIndex, claimants, claimantIndex, edgeType, edgeStatus, edgeClaimant };

  let e = 0;
  graph.forEachEdge((id, attrs, source, target) => {
    const s = nodeIndex.get(source) ?? 0;
    const t = nodeIndex.get(target) ?? 0;
    edgeIds[e] = id;
    edgeSrc[e] = s;
    edgeTgt[e] = t;
    nodeDegree[s] = (nodeDegree[s] ?? 0) + 1;
    nodeDegree[t] = (nodeDegree[t] ?? 0) + 1;
    edgeRelation[e] = RELATION_CODE.get(attrs.relation) ?? 0;
    if (attrs.allegation) internAllegation(tables, e, attrs.allegation);
    if (attrs.date !== undefined) {
      const date = dateBounds(attrs.date);
      if (date) [edgeDateLo[e], edgeDateHi[e]] = date;
      note(attrs.date);
    }
    e++;
  });

  const { outStart, outEdge, adjStart, adjNode, adjEdge } = adjacency(n, edgeSrc, edgeTgt);

  const claimantLabels = claimants.map((id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id));
  const claimantRank = rankClaimants(claimantLabels);

  return {
    nodeIds, nodeIndex, nodeKind, nodeDegree, nodeDateStart, nodeDateLo, nodeDateHi,
    edgeIds, edgeIndex: new LazyIdIndex(edgeIds), edgeSrc, edgeTgt, edgeRelation, edgeType, edgeStatus, edgeClaimant,
    edgeDateLo, edgeDateHi, types, typeIndex, claimants, claimantIndex, claimantLabels, claimantRank,
    outStart, outEdge, adjStart, adjNode, adjEdge,
    dateRange: span.min ? { min: span.min, max: span.max } : null,
  };
}

/**
 * Position of each id, filled on first use: only edits look edges up by id, and at 3M edges the
 * map is seconds and hundreds of megabytes that opening a graph to read it never needs.
 */
class LazyIdIndex extends Map<string, number> {
  private pending: readonly string[] | null;

  constructor(ids: readonly string[]) {
    super();
    this.pending = ids;
  }

  private fill(): void {
    const ids = this.pending;
    if (!ids) return;
    this.pending = null;
    for (let k = 0; k < ids.length; k++) super.set(ids[k] as string, k);
  }

  override get(id: string) {
    this.fill();
    return super.get(id);
  }
  override has(id: string) {
    this.fill();
    return super.has(id);
  }
  override set(id: string, at: number) {
    this.fill();
    return super.set(id, at);
  }
  override delete(id: string) {
    this.fill();
    return super.delete(id);
  }
  override clear() {
    this.pending = null;
    super.clear();
  }
  override get size() {
    this.fill();
    return super.size;
  }
  override forEach(fn: (at: number, id: string, map: Map<string, number>) => void, thisArg?: unknown) {
    this.fill();
    super.forEach(fn, thisArg);
  }
  override entries() {
    this.fill();
    return super.entries();
  }
  override keys() {
    this.fill();
    return super.keys();
  }
  override values() {
    this.fill();
    return super.values();
  }
  override [Symbol.iterator]() {
    this.fill();
    return super[Symbol.iterator]();
  }
}

/** The out-edge and undirected CSR arrays of `n` nodes from the edges' ends (see FilterIndex). */
export function adjacency(n: number, edgeSrc: Uint32Array, edgeTgt: Uint32Array): Pick<FilterIndex, 'outStart' | 'outEdge' | 'adjStart' | 'adjNode' | 'adjEdge'> {
  const m = edgeSrc.length;
  const outCount = new Uint32Array(n);
  const adjCount = new Uint32Array(n);
  for (let e = 0; e < m; e++) {
    const s = edgeSrc[e] ?? 0;
    const t = edgeTgt[e] ?? 0;
    outCount[s] = (outCount[s] ?? 0) + 1;
    if (s !== t) {
      adjCount[s] = (adjCount[s] ?? 0) + 1;
      adjCount[t] = (adjCount[t] ?? 0) + 1;
    }
  }
  const outStart = csr(n, outCount);
  const outEdge = new Uint32Array(m);
  const adjStart = csr(n, adjCount);
  const adjNode = new Uint32Array(adjStart[n] ?? 0);
  const adjEdge = new Uint32Array(adjStart[n] ?? 0);
  const outFill = outStart.slice(0, n);
  const adjFill = adjStart.slice(0, n);
  const put = (u: number, v: number, e: number) => {
    const at = adjFill[u] ?? 0;
    adjNode[at] = v;
    adjEdge[at] = e;
    adjFill[u] = at + 1;
  };
  for (let e = 0; e < m; e++) {
    const s = edgeSrc[e] ?? 0;
    const t = edgeTgt[e] ?? 0;
    const at = outFill[s] ?? 0;
    outEdge[at] = e;
    outFill[s] = at + 1;
    if (s !== t) {
      put(s, t, e);
      put(t, s, e);
    }
  }
  sortAdjacency(n, adjStart, adjNode, adjEdge);
  return { outStart, outEdge, adjStart, adjNode, adjEdge };
}

/** Sorts each node's adjacency slice by (neighbour, edge): one packed key per entry, sorted in place. */
function sortAdjacency(n: number, start: Uint32Array, node: Uint32Array, edge: Uint32Array): void {
  // Keys for one slice at a time: one array for all of them was 48 MB at 3M edges, and new
  // typed-array memory sets off a full garbage collection of the graph's whole heap.
  let widest = 0;
  for (let i = 0; i < n; i++) widest = Math.max(widest, (start[i + 1] ?? 0) - (start[i] ?? 0));
  const keys = new Float64Array(widest);
  for (let i = 0; i < n; i++) {
    const from = start[i] ?? 0;
    const length = (start[i + 1] ?? 0) - from;
    if (length < 2) continue;
    // neighbour * 2^32 + edge stays an exact integer in a double for any graph that fits in memory.
    for (let j = 0; j < length; j++) keys[j] = (node[from + j] ?? 0) * 4294967296 + (edge[from + j] ?? 0);
    const sorted = keys.subarray(0, length).sort();
    for (let j = 0; j < length; j++) {
      const key = sorted[j] ?? 0;
      node[from + j] = Math.floor(key / 4294967296);
      edge[from + j] = key % 4294967296;
    }
  }
}

// The typed contract of the graph service: method → arguments → result, and the
// error shape that crosses every boundary. Both hosts (Electron IPC, Web Worker)
// validate arguments with these schemas before they reach the service.
import { z } from 'zod';
import type { Method } from './contract-methods.js';
import {
  ALLEGATION_STATUSES,
  ALLEGATION_TYPES,
  NODE_KINDS,
  RELATIONS,
  type AllegationStatus,
  type AllegationType,
  type NodeKind,
  type Relation,
} from './schema/vocabulary.js';

export { METHODS, SESSION_METHODS, channelFor } from './contract-methods.js';
export type { Method, ServiceMethod, SessionMethod } from './contract-methods.js';

export const ERROR_CODES = [
  'unknown_node',
  'unknown_edge',
  'unknown_source',
  'bad_arguments',
  'no_graph',
  'bad_sender',
  'bad_file',
  'too_large',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ServiceError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

const id = z.string().min(1).max(1024);
const limit = z.number().int().min(1).max(100_000);
const ids = z.array(id).max(100_000);

/**
 * What the investigator filters on, evaluated by the service. Every field is optional:
 * absent means "no constraint"; a present but empty list matches nothing (OR of no
 * values). Groups combine with AND, values within a group with OR.
 * - allegationTypes / statuses / claimants constrain only edges that carry an
 *   allegation; plain edges are never hidden by them.
 * - dateFrom / dateTo (partial ISO dates, inclusive: dateTo "2018" runs to 2018-12-31)
 *   keep elements whose event date, role dates or edge date overlap the range.
 *   Undated elements stay unless hideUndated.
 */
export interface FilterSpec {
  allegationTypes?: AllegationType[];
  statuses?: AllegationStatus[];
  /** Node ids of claimants. */
  claimants?: string[];
  kinds?: NodeKind[];
  relations?: Relation[];
  dateFrom?: string;
  dateTo?: string;
  hideUndated?: boolean;
}

const filterDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a date such as 2018, 2018-11 or 2018-11-21');

export const filterSpecSchema = z.strictObject({
  allegationTypes: z.array(z.enum(ALLEGATION_TYPES)).max(ALLEGATION_TYPES.length).optional(),
  statuses: z.array(z.enum(ALLEGATION_STATUSES)).max(ALLEGATION_STATUSES.length).optional(),
  claimants: ids.optional(),
  kinds: z.array(z.enum(NODE_KINDS)).max(NODE_KINDS.length).optional(),
  relations: z.array(z.enum(RELATIONS)).max(RELATIONS.length).optional(),
  dateFrom: filterDate.optional(),
  dateTo: filterDate.optional(),
  hideUndated: z.boolean().optional(),
}) satisfies z.ZodType<FilterSpec>;

export const IMPORT_FORMATS = ['redthread', 'graphology-json', 'gexf', 'graphml', 'cytoscape-json', 'csv', 'ftm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const DEFAULT_MAX_IMPORT_BYTES = 512 * 1024 ** 2;

/** Which CSV columns mean what; absent columns are auto-detected. */
const column = z.string().min(1).max(200);
export const csvMappingSchema = z.strictObject({
  delimiter: z.enum([',', ';', '\t', '|', ' ']).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  nodes: z.strictObject({ id: column.optional(), label: column.optional(), kind: column.optional() }).optional(),
  edges: z
    .strictObject({ source: column.optional(), target: column.optional(), relation: column.optional(), label: column.optional() })
    .optional(),
});
export type CsvMapping = z.infer<typeof csvMappingSchema>;

export const MEASURES = ['degree', 'betweenness', 'pagerank'] as const;
export type MeasureName = (typeof MEASURES)[number];

export const argsSchemas = {
  datasetInfo: z.strictObject({}),
  initialView: z.strictObject({ maxNodes: limit.optional() }),
  search: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(100).optional() }),
  nodeDetails: z.strictObject({ id }),
  edgeDetails: z.strictObject({ id }),
  expand: z.strictObject({ id, visible: z.array(id).max(100_000), limit: limit.optional() }),
  ego: z.strictObject({ id, depth: z.union([z.literal(1), z.literal(2), z.literal(3)]), limit: limit.optional() }),
  view: z.strictObject({ ids: z.array(id).max(100_000) }),
  source: z.strictObject({ id }),
  filterView: z.strictObject({ filter: filterSpecSchema, nodes: ids, pinned: ids.optional() }),
  filterFacets: z.strictObject({ filter: filterSpecSchema }),
  shortestPath: z.strictObject({ from: id, to: id, filter: filterSpecSchema.optional() }),
  allPaths: z.strictObject({
    from: id,
    to: id,
    maxLength: z.number().int().min(1).max(8),
    limit: z.number().int().min(1).max(1000).optional(),
    filter: filterSpecSchema.optional(),
  }),
  whyConnected: z.strictObject({ a: id, b: id }),
  // `sample`: number of source nodes for a betweenness estimate; ignored by the other measures.
  measures: z.strictObject({ measure: z.enum(MEASURES), sample: z.number().int().min(1).max(1_000_000).optional() }),
  communities: z.strictObject({}),
  openGraph: z.strictObject({
    // One file for most formats; a CSV nodes table and edges table make two.
    files: z.array(z.strictObject({ name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) })).min(1).max(2),
    format: z.enum(IMPORT_FORMATS).optional(),
    csv: csvMappingSchema.optional(),
    /** Refuse files larger than this many bytes (default DEFAULT_MAX_IMPORT_BYTES). */
    maxBytes: z.number().int().min(1).max(4 * 1024 ** 3).optional(),
  }),
  openDefault: z.strictObject({}),
  cancelOpen: z.strictObject({}),
} satisfies Record<Method, z.ZodType>;

export type Args<M extends Method> = z.infer<(typeof argsSchemas)[M]>;

// ---- result types -------------------------------------------------------------

export interface ViewNode {
  id: string;
  label: string;
  kind: NodeKind;
  degree: number;
  date?: string;
}

export interface AllegationView {
  type: AllegationType;
  status: AllegationStatus;
  claimant: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  allegation?: AllegationView;
}

/** A sub-graph for the renderer. `truncated` says a limit cut it short. */
export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
  /** Nodes that the request would have returned without the limit. */
  requestedNodes: number;
}

export interface DatasetInfo {
  id: string;
  name: string;
  format: ImportFormat;
  nodeCount: number;
  edgeCount: number;
  kinds: Partial<Record<NodeKind, number>>;
  relations: Partial<Record<Relation, number>>;
  allegationTypes: Partial<Record<AllegationType, number>>;
  sources: { id: string; title: string; publisher: string; date: string }[];
}

export interface SearchHit {
  id: string;
  label: string;
  kind: NodeKind;
  /** The alias that matched, when the label did not. */
  matchedAlias?: string;
}

export interface NodeRef {
  id: string;
  label: string;
  kind: NodeKind;
}

export interface EvidenceView {
  source: string;
  sourceTitle: string;
  quote: string;
  /** Character offset of the quote in the source text (-1 when not found). */
  offset: number;
}

export interface RoleView {
  title: string;
  organisation?: NodeRef;
  start?: string;
  end?: string;
  current?: boolean;
}

export interface NeighbourGroup {
  relation: Relation;
  direction: 'out' | 'in';
  items: (NodeRef & { edgeId: string })[];
}

export interface NodeDetails extends NodeRef {
  description: string;
  aliases: string[];
  roles: RoleView[];
  date?: string;
  degree: number;
  evidence: EvidenceView[];
  neighbours: NeighbourGroup[];
}

export interface EdgeDetails {
  id: string;
  source: NodeRef;
  target: NodeRef;
  relation: Relation;
  allegation?: { type: AllegationType; status: AllegationStatus; claimant: NodeRef };
  date?: string;
  evidence: EvidenceView[];
}

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  date: string;
  cites: string[];
  text: string;
}

/** The renderer's view after a filter: ids to show, and how much the filter hid. */
export interface FilterViewResult {
  visibleNodes: string[];
  visibleEdges: string[];
  hiddenNodes: number;
  hiddenEdges: number;
}

/**
 * Faceted counts over the whole graph. Each group's counts apply every OTHER group's
 * constraints (so a box's count says what ticking it would add); values present in
 * the data are listed even when their count is 0. Type, status, claimant and relation
 * count edges; kinds count nodes.
 */
export interface FilterFacets {
  allegationTypes: Partial<Record<AllegationType, number>>;
  statuses: Partial<Record<AllegationStatus, number>>;
  /** Most-cited first. */
  claimants: { id: string; label: string; count: number }[];
  kinds: Partial<Record<NodeKind, number>>;
  relations: Partial<Record<Relation, number>>;
  /** Earliest and latest date in the data, as written ("1930", "2018-11-21"); null when nothing is dated. */
  dateRange: { min: string; max: string } | null;
  /** What the whole filter leaves visible in the whole graph. */
  matching: { nodes: number; edges: number };
}

export interface PathHop {
  edgeId: string;
  /** The node the walk leaves… */
  from: NodeRef;
  /** …and the node it reaches. */
  to: NodeRef;
  relation: Relation;
  /** True when the edge points from → to along the walk (paths ignore direction). */
  forward: boolean;
  allegation?: AllegationView & { claimantLabel: string };
  /** First evidence quote of the edge. */
  quote: string;
  sourceTitle: string;
}

export interface PathResult {
  nodes: NodeRef[];
  hops: PathHop[];
}

export interface WhyConnected {
  /** Nodes adjacent to both, in either direction, by label. */
  shared: NodeRef[];
  /** Edges directly between the two, both directions. */
  direct: ViewEdge[];
  /** Edges linking either of the two to a shared neighbour, so the view can show "through what". */
  sharedEdges: ViewEdge[];
}

export interface MeasureResult {
  measure: MeasureName;
  values: Record<string, number>;
  /** The 50 highest values, highest first. */
  top: { node: NodeRef; value: number }[];
  /** False when the values are a sampled estimate. */
  exact: boolean;
  /** Number of sampled sources when not exact. */
  sampleSize?: number;
}

export interface Communities {
  assignment: Record<string, number>;
  count: number;
  modularity: number;
}

export interface ContractResults {
  datasetInfo: DatasetInfo;
  initialView: GraphView;
  search: SearchHit[];
  nodeDetails: NodeDetails;
  edgeDetails: EdgeDetails;
  expand: GraphView;
  ego: GraphView;
  view: GraphView;
  source: SourceDocument;
  filterView: FilterViewResult;
  filterFacets: FilterFacets;
  shortestPath: { path: PathResult | null };
  allPaths: { paths: PathResult[]; capped: boolean };
  whyConnected: WhyConnected;
  measures: MeasureResult;
  communities: Communities;
  openGraph: OpenedGraph;
  openDefault: OpenedGraph;
  cancelOpen: { cancelled: boolean };
}

/** What a host exposes to the renderer: one named async function per method. */
/** What opening a graph produced: its summary and what the importer changed or dropped. */
export interface OpenedGraph {
  info: DatasetInfo;
  warnings: string[];
}

/** Progress of a long task, pushed by the host (not a method: a subscription). */
export interface ProgressEvent {
  task: 'open' | 'export' | 'measure';
  phase: string;
  done: number;
  /** 0 when the total is unknown. */
  total: number;
}

export type RedthreadApi = {
  [M in Method]: (args: Args<M>) => Promise<Result<ContractResults[M]>>;
};

/** What the renderer finds on window.redthread (or the Web Worker stand-in): the API plus subscriptions. */
export interface RedthreadHost extends RedthreadApi {
  /** Returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

// The typed contract of the graph service: method → arguments → result, and the
// error shape that crosses every boundary. Both hosts (Electron IPC, Web Worker)
// validate arguments with these schemas before they reach the service.
import { z } from 'zod';
import type { Method } from './contract-methods.js';
import {
  ALLEGATION_STATUSES,
  ALLEGATION_TYPE_ID,
  NODE_KINDS,
  RELATIONS,
  type AllegationStatus,
  type NodeKind,
  type Relation,
} from './schema/vocabulary.js';

export { EDIT_METHODS, METHODS, SESSION_METHODS, channelFor } from './contract-methods.js';
export type { EditMethod, Method, ServiceMethod, SessionMethod } from './contract-methods.js';
import { editCommandSchema } from './case/commands-schema.js';
export type * from './contract-results.js';
export type * from './contract-host.js';
export type * from './contract-table.js';
export type { ExtractedSource, SourceFileKind, SourceMetadata } from './io/source-files/types.js';
export { MAX_SOURCE_FILE_BYTES } from './io/source-files/types.js';
import { tableArgs, tableCsvArgs, tableIdsArgs } from './contract-table.js';
import type { TableIds, TablePage } from './contract-table.js';
import type {
  AttributeCatalog,
  AttributeValue,
  Communities,
  DatasetInfo,
  EdgeDetails,
  DeletePreview,
  DuplicateSuggestion,
  EditOutcome,
  EditStatus,
  ExportedFile,
  FileInspection,
  JournalReplay,
  SavedCase,
  FilterFacets,
  FilterViewResult,
  GraphView,
  MeasureResult,
  NodeDetails,
  OpenedGraph,
  Overview,
  PathResult,
  SearchHit,
  SourceDocument,
  SourceList,
  WhyConnected,
} from './contract-results.js';
import type { ExtractedSource } from './io/source-files/types.js';

export const ERROR_CODES = [
  'unknown_node',
  'unknown_edge',
  'unknown_source',
  /** Deleting a source that claims still cite (case/delete.ts): ask again with cascade. */
  'source_cited',
  /** An edit of a read-only graph (the shipped case): "Save a copy" makes an editable one. */
  'read_only',
  'bad_arguments',
  'no_graph',
  'bad_sender',
  'bad_file',
  'too_large',
  /** A file read as a source has no text (empty, or a scanned PDF without a text layer). */
  'no_text',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ServiceError {
  code: ErrorCode;
  message: string;
  /** With `too_large` from an import: which budget the file went over, so the user can raise it for that file. */
  limit?: LimitExceeded;
  /**
   * With `too_large` from an Electron host-side open (dialog or recent entry): an opaque id
   * main keeps the refused files under, so `openRecent({ id, limits })` can open them again
   * with a raised budget. The page never holds their paths.
   */
  retryId?: string;
}

/**
 * Budgets every import runs on (see io/import/context.ts): elements, attribute values kept,
 * edges made by expansion (hyperedges, FollowTheMoney cross products), XML/JSON nesting, bytes.
 */
export const IMPORT_LIMIT_NAMES = ['maxNodes', 'maxEdges', 'maxAttributeCells', 'maxExpandedEdges', 'maxDepth', 'maxBytes'] as const;
export type ImportLimitName = (typeof IMPORT_LIMIT_NAMES)[number];

/** A budget an import went over: its name, its value, and how many the file had (at least). */
export interface LimitExceeded {
  name: ImportLimitName;
  limit: number;
  found: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

const id = z.string().min(1).max(1024);
const limit = z.number().int().min(1).max(100_000);
const ids = z.array(id).max(100_000);

/**
 * What the investigator filters on, evaluated by the service. Every field is optional:
 * absent means "no constraint"; a present but empty list matches nothing (OR of no
 * values). Groups combine with AND, values within a group with OR.
 * - kinds and dates decide which nodes may show; relations and dates which edges may
 *   show (an edge also needs both its ends).
 * - allegationTypes / statuses / claimants pick allegations: when any is present, only the
 *   matching allegation edges and the nodes at their ends show, plus `context` steps
 *   (0–2, default 0) of what may show around those nodes. With keepRelations they only
 *   hide the other allegations and every plain edge stays (then a node whose every edge
 *   was hidden goes too).
 * - dateFrom / dateTo (partial ISO dates, inclusive: dateTo "2018" runs to 2018-12-31)
 *   keep elements whose event date, role dates or edge date overlap the range.
 *   Undated elements stay unless hideUndated.
 */
export interface FilterSpec {
  /** Built-in allegation types, or a case's own (ids). */
  allegationTypes?: string[];
  statuses?: AllegationStatus[];
  /** Node ids of claimants. */
  claimants?: string[];
  kinds?: NodeKind[];
  relations?: Relation[];
  dateFrom?: string;
  dateTo?: string;
  hideUndated?: boolean;
  /** Steps of surroundings around the matching allegations (absent: 0). */
  context?: FilterContext;
  keepRelations?: boolean;
  /** Filters on any attribute, combined with AND with each other and with the groups above. */
  attributes?: AttributeFilter[];
}

/**
 * A filter on one attribute (an `extra` key, or a built-in field with `builtin`), read with the
 * file's declared defaults. Node attribute filters decide which nodes may show, edge attribute
 * filters which edges may show (an edge also needs both its ends, as with kinds and relations).
 * - range: numbers, or partial ISO dates compared as dateFrom / dateTo are (inclusive: max
 *   "2018" runs to 2018-12-31); either bound may be absent.
 * - terms: the value written as text ("1", "true") is one of them; a list passes when one of
 *   its items does. A present but empty list matches nothing.
 * With both, a value must pass both. An element without a value fails a constrained filter.
 * An entry with neither constrains nothing: the panel keeps it to show the attribute's counts.
 */
export interface AttributeFilter {
  element: 'node' | 'edge';
  key: string;
  builtin?: boolean;
  range?: { min?: number; max?: number } | { min?: string; max?: string };
  terms?: string[];
}

/** Bounds on attribute filters, so a spec stays small enough for history and saved views. */
export const ATTRIBUTE_FILTER_LIMITS = { filters: 32, terms: 1000, termLength: 1024 } as const;

export const FILTER_CONTEXTS = [0, 1, 2] as const;
export type FilterContext = (typeof FILTER_CONTEXTS)[number];

const filterDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a date such as 2018, 2018-11 or 2018-11-21');

const attributeFilterSchema = z.strictObject({
  element: z.enum(['node', 'edge']),
  key: z.string().min(1).max(1024),
  builtin: z.boolean().optional(),
  range: z
    .union([
      z.strictObject({ min: z.number().finite().optional(), max: z.number().finite().optional() }),
      z.strictObject({ min: filterDate.optional(), max: filterDate.optional() }),
    ])
    .optional(),
  terms: z.array(z.string().max(ATTRIBUTE_FILTER_LIMITS.termLength)).max(ATTRIBUTE_FILTER_LIMITS.terms).optional(),
}) satisfies z.ZodType<AttributeFilter>;

export const filterSpecSchema = z.strictObject({
  allegationTypes: z.array(z.string().regex(ALLEGATION_TYPE_ID)).max(1_000).optional(),
  statuses: z.array(z.enum(ALLEGATION_STATUSES)).max(ALLEGATION_STATUSES.length).optional(),
  claimants: ids.optional(),
  kinds: z.array(z.enum(NODE_KINDS)).max(NODE_KINDS.length).optional(),
  relations: z.array(z.enum(RELATIONS)).max(RELATIONS.length).optional(),
  dateFrom: filterDate.optional(),
  dateTo: filterDate.optional(),
  hideUndated: z.boolean().optional(),
  context: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  keepRelations: z.boolean().optional(),
  attributes: z.array(attributeFilterSchema).max(ATTRIBUTE_FILTER_LIMITS.filters).optional(),
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

// One file for most formats; a CSV nodes table and edges table make two.
const importFiles = z.array(z.strictObject({ name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) })).min(1).max(2);

export const DATA_EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type DataExportFormat = (typeof DATA_EXPORT_FORMATS)[number];
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const point = z.strictObject({ x: z.number().finite(), y: z.number().finite() });

export const MEASURES = ['degree', 'betweenness', 'pagerank'] as const;
export type MeasureName = (typeof MEASURES)[number];

const budget = z.number().int().min(1).max(1_000_000_000);
export const importLimitsSchema = z.strictObject({
  maxNodes: budget.optional(),
  maxEdges: budget.optional(),
  maxAttributeCells: budget.optional(),
  maxExpandedEdges: budget.optional(),
  maxDepth: z.number().int().min(1).max(100_000).optional(),
});
export type ImportLimitOverrides = z.infer<typeof importLimitsSchema>;

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
  /** Every source (query: only those whose title, publisher, author or text has it). */
  sourceList: z.strictObject({ query: z.string().max(200).optional() }),
  filterView: z.strictObject({ filter: filterSpecSchema, nodes: ids, pinned: ids.optional() }),
  /** `nodes`: count within this view (absent: the whole graph); `pinned` as in filterView. */
  filterFacets: z.strictObject({ filter: filterSpecSchema, nodes: ids.optional(), pinned: ids.optional() }),
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
  /** The attributes of the open graph's nodes and edges, typed, with counts (AttributeCatalog). */
  attributes: z.strictObject({}),
  /** One attribute's value for each of `ids` (values[i] belongs to ids[i]; null when absent or unknown). */
  attributeValues: z.strictObject({
    element: z.enum(['node', 'edge']),
    key: z.string().min(1).max(1024),
    builtin: z.boolean().optional(),
    ids: z.array(id).max(1_000_000),
  }),
  /** The largest `maxGroups` communities as aggregates (default 60). */
  overview: z.strictObject({ maxGroups: z.number().int().min(1).max(500).optional() }),
  /** A community's members, best-connected first, at most `limit` (default 500). */
  overviewMembers: z.strictObject({ group: z.number().int().min(0).max(100_000_000), limit: limit.optional() }),
  exportData: z.strictObject({
    format: z.enum(DATA_EXPORT_FORMATS),
    /** The view's node ids (edges among them come along); absent = the whole graph. */
    nodes: ids.optional(),
    /** With `nodes`: only these of the edges among them (a filter can hide edges between shown nodes). */
    edges: ids.optional(),
    /** Screen positions, written where the format has a place for them. */
    positions: z.record(id, point).optional(),
    /** The screen palette, for formats that carry colour (GEXF viz). */
    colors: z
      .strictObject({
        kinds: z.partialRecord(z.enum(NODE_KINDS), hexColour).optional(),
        /** By allegation type: the built-in ones and the case's own. */
        allegations: z
          .record(z.string().regex(ALLEGATION_TYPE_ID), hexColour)
          .refine((r) => Object.keys(r).length <= 1_000, 'at most 1,000 allegation types')
          .optional(),
        edge: hexColour.optional(),
        /** Each drawn node's colour on screen (the Appearance settings): wins over the kind's. */
        nodes: z.record(id, hexColour).optional(),
        /** Each drawn edge's colour on screen, where it is not the default. */
        edges: z.record(id, hexColour).optional(),
      })
      .optional(),
  }),
  table: tableArgs,
  tableIds: tableIdsArgs,
  tableCsv: tableCsvArgs,
  openGraph: z.strictObject({
    files: importFiles,
    format: z.enum(IMPORT_FORMATS).optional(),
    csv: csvMappingSchema.optional(),
    /** Refuse files larger than this many bytes (default DEFAULT_MAX_IMPORT_BYTES). */
    maxBytes: z.number().int().min(1).max(4 * 1024 ** 3).optional(),
    /** Raised budgets for this one open (after a too_large answer the user chose to override). */
    limits: importLimitsSchema.optional(),
  }),
  openDefault: z.strictObject({}),
  cancelOpen: z.strictObject({}),
  // What the open dialog needs before opening: the detected format and, for CSV, columns to map.
  inspectFiles: z.strictObject({ files: importFiles, format: z.enum(IMPORT_FORMATS).optional() }),
  cancelExport: z.strictObject({}),
  edit: z.strictObject({ command: editCommandSchema }),
  undo: z.strictObject({}),
  redo: z.strictObject({}),
  editState: z.strictObject({}),
  /** The renderer's own blocks, saved with the graph: positions, saved views, appearance. */
  /**
   * `markSaved: false` (the Electron host): build the bytes only; the host calls markSaved once
   * they are on disk, so a failed write leaves the case unsaved.
   */
  saveCase: z.strictObject({ positions: z.record(id, point).optional(), views: z.unknown().optional(), appearance: z.unknown().optional(), markSaved: z.boolean().optional() }),
  /** What deleting a node or a source would take with it (one of the two). */
  deletePreview: z.strictObject({ node: id.optional(), source: id.optional() }),
  /** `node`: only the pairs that include it. */
  suggestDuplicates: z.strictObject({ limit: z.number().int().min(1).max(1000).optional(), node: id.optional() }),
  /** A journal (case/journal.ts) to replay onto the open graph, which must be the one it started from. */
  replayJournal: z.strictObject({ journal: z.string().max(512 * 1024 ** 2) }),
  /** Replaces the open graph with an empty, editable case (default name "Untitled case"). */
  newCase: z.strictObject({ name: z.string().min(1).max(200).optional() }),
  /** The open read-only graph becomes an editable case under a new name (default: "<name> (copy)"), unsaved. */
  saveCopy: z.strictObject({ name: z.string().min(1).max(200).optional() }),
  /** The bytes of saveCase({ markSaved: false }) at `revision` are on disk with SHA-256 `base`. */
  markSaved: z.strictObject({ revision: z.number().int().min(0), base: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** A file to read as a source; nothing is added until the dialog sends addSource. */
  readSourceFile: z.strictObject({ file: z.strictObject({ name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }), maxBytes: z.number().int().min(1).max(1024 ** 3).optional() }),
} satisfies Record<Method, z.ZodType>;

export type Args<M extends Method> = z.infer<(typeof argsSchemas)[M]>;

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
  sourceList: SourceList;
  filterView: FilterViewResult;
  filterFacets: FilterFacets;
  shortestPath: { path: PathResult | null };
  allPaths: { paths: PathResult[]; capped: boolean };
  whyConnected: WhyConnected;
  measures: MeasureResult;
  communities: Communities;
  attributes: AttributeCatalog;
  attributeValues: { values: AttributeValue[] };
  overview: Overview;
  overviewMembers: GraphView;
  exportData: ExportedFile;
  table: TablePage;
  tableIds: TableIds;
  tableCsv: ExportedFile;
  openGraph: OpenedGraph;
  openDefault: OpenedGraph;
  cancelOpen: { cancelled: boolean };
  cancelExport: { cancelled: boolean };
  inspectFiles: FileInspection;
  edit: EditOutcome;
  undo: EditOutcome;
  redo: EditOutcome;
  editState: EditStatus;
  saveCase: SavedCase;
  deletePreview: DeletePreview;
  suggestDuplicates: DuplicateSuggestion[];
  replayJournal: JournalReplay;
  newCase: OpenedGraph;
  saveCopy: EditStatus;
  markSaved: EditStatus;
  readSourceFile: ExtractedSource;
}

/** What a host exposes to the renderer: one named async function per method. */
export type RedthreadApi = {
  [M in Method]: (args: Args<M>) => Promise<Result<ContractResults[M]>>;
};

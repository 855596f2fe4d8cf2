// The result types of the graph service's contract: the plain, serialisable views
// that cross every boundary. contract.ts maps each method to one of these.
import type { CsvMapping, ImportFormat, MeasureName } from './contract.js';
import type { NodeShape } from './schema/shapes.js';
import type { AllegationStatus, NodeKind, Relation } from './schema/vocabulary.js';
import type { AttributeType, AttributeValue } from './contract-attributes.js';
export * from './contract-attributes.js';
export type * from './contract-overview.js';
export type * from './contract-case.js';

export interface ViewNode {
  id: string;
  label: string;
  kind: NodeKind;
  degree: number;
  date?: string;
  /**
   * Where the graph itself places the node (a dataset's saved layout, or a file's own
   * layout such as Gephi's viz:position), y pointing down; absent when it has none.
   */
  x?: number;
  y?: number;
  /** The file's own look (GEXF viz, yEd, Cytoscape style, graphology attributes), when it has one. */
  color?: string;
  /** The file's node size (a radius in its own units: viz:size, half a yEd box's side). */
  size?: number;
  shape?: NodeShape;
}

export interface AllegationView {
  /** A built-in type, or one the case added (DatasetInfo.customAllegationTypes). */
  type: string;
  status: AllegationStatus;
  claimant: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  allegation?: AllegationView;
  /** The file gave this edge no direction: drawn without an arrow, listed once for both ends. */
  undirected?: true;
  /** The file's own edge colour, weight and label, when it has them. */
  color?: string;
  weight?: number;
  label?: string;
}

/** A sub-graph for the renderer. `truncated` says a limit cut it short. */
export interface GraphView {
  /**
   * Which open graph the view belongs to (DatasetInfo.graph): a new value for every graph
   * the session opens, even the same file twice, so the renderer never mixes the
   * elements of two graphs whose ids overlap ("0", "1", … are the norm in real files).
   */
  graph: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
  /** Nodes that the request would have returned without the limit. */
  requestedNodes: number;
}

export interface DatasetInfo {
  id: string;
  /** Identity of this open graph (see GraphView.graph). */
  graph: string;
  name: string;
  format: ImportFormat;
  nodeCount: number;
  edgeCount: number;
  kinds: Partial<Record<NodeKind, number>>;
  relations: Partial<Record<Relation, number>>;
  allegationTypes: Partial<Record<string, number>>;
  /** Allegation types the case added to the built-in ones, with their labels and colours (used or not). */
  customAllegationTypes: { id: string; label: string; color: string }[];
  sources: { id: string; title: string; publisher: string; date: string }[];
  /** Too many nodes to draw whole: the app opens it on its overview (communities) instead of a cut of it. */
  opensOnOverview?: boolean;
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
  /** 'none': undirected edges, one group whichever end this node is. */
  direction: 'out' | 'in' | 'none';
  items: (NodeRef & { edgeId: string })[];
}

/** One attribute of one element as the Details panel lists it (see AttributeInfo for `builtin`). */
export interface AttributeEntry {
  key: string;
  builtin?: true;
  type: AttributeType;
  value: AttributeValue;
}

export interface NodeDetails extends NodeRef {
  description: string;
  aliases: string[];
  roles: RoleView[];
  date?: string;
  degree: number;
  evidence: EvidenceView[];
  neighbours: NeighbourGroup[];
  /** Every file attribute (`extra`, with declared defaults), typed; empty for curated datasets. */
  attributes: AttributeEntry[];
}

export interface EdgeDetails {
  id: string;
  source: NodeRef;
  target: NodeRef;
  relation: Relation;
  allegation?: { type: string; status: AllegationStatus; claimant: NodeRef };
  undirected?: true;
  date?: string;
  evidence: EvidenceView[];
  /** Every change of the allegation's status, oldest first, with the passage that made it. */
  statusHistory?: StatusChangeView[];
  /** The edge's label and weight (built-ins) and every file attribute, typed. */
  attributes: AttributeEntry[];
}

export interface StatusChangeView {
  from: AllegationStatus;
  to: AllegationStatus;
  /** When it was recorded (ISO timestamp). */
  at: string;
  evidence?: EvidenceView;
}

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  date: string;
  cites: string[];
  text: string;
}

/** A source in the Sources list (service/source-list.ts). */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  /** Publication date (partial ISO), '' when unknown. */
  published: string;
  author?: string;
  url?: string;
  accessed?: string;
  /** Length of the stored text. */
  characters: number;
  /** SHA-256 of the stored text: what a cited passage rests on, unchanged since it was added. */
  sha256: string;
  /** Edges (claims) and nodes with a quote from it, and how many quotes. */
  citedBy: { edges: number; nodes: number; quotes: number };
  /** With a query: where it matched, and for the text, the words around the match. */
  match?: 'title' | 'publisher' | 'author' | 'text';
  snippet?: string;
}

export interface SourceList {
  sources: SourceSummary[];
  /** Sources in the case, whatever the query. */
  total: number;
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
  allegationTypes: Partial<Record<string, number>>;
  statuses: Partial<Record<AllegationStatus, number>>;
  /** Most-cited first. */
  claimants: { id: string; label: string; count: number }[];
  kinds: Partial<Record<NodeKind, number>>;
  relations: Partial<Record<Relation, number>>;
  /** Earliest and latest date in the data, as written ("1930", "2018-11-21"); null when nothing is dated. */
  dateRange: { min: string; max: string } | null;
  /** What the whole filter leaves visible in the whole graph. */
  matching: { nodes: number; edges: number };
  /** One per FilterSpec.attributes entry, in its order (absent when the spec has none). */
  attributes?: AttributeFacet[];
}

/**
 * Counts for one attribute filter, over the elements (of its type, in the scope) that would
 * show with this filter left open and every other filter as it is.
 */
export interface AttributeFacet {
  element: 'node' | 'edge';
  key: string;
  builtin?: true;
  /** Those elements… */
  shown: number;
  /** …those of them with a value… */
  withValue: number;
  /** …and those that pass this filter too (= shown when it constrains nothing). */
  matching: number;
  /** When every value is a number (or a numeric string): their span. */
  numeric?: { min: number; max: number };
  /** When every value is a date: the earliest and latest, as written. */
  dates?: { min: string; max: string };
  /**
   * Term filters only (no range): the values and how many shown elements carry each (list
   * items one by one), most frequent first, ties by value; at most 100 plus every chosen term.
   */
  values?: { value: string; count: number }[];
  /** Distinct values among them (when `values` is given). */
  distinct?: number;
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
  /**
   * One entry a community, in community order (largest first): its size and its most
   * central member (most ties inside the community), after whom the UI names it.
   */
  groups: { size: number; leader: NodeRef }[];
}

/** One CSV file as the column-mapping step shows it. */
export interface CsvFileInspection {
  name: string;
  /** What the file looks like: a nodes table (an id column) or an edges table (source and target). */
  role: 'nodes' | 'edges';
  delimiter: NonNullable<CsvMapping['delimiter']>;
  encoding: NonNullable<CsvMapping['encoding']>;
  columns: string[];
  /** The first rows (at most 5), one string per column. */
  preview: string[][];
}

/** What `inspectFiles` found: the format, and for CSV the columns and a suggested mapping. */
export interface FileInspection {
  format: ImportFormat;
  csv?: { files: CsvFileInspection[]; suggestion: CsvMapping };
}

/** A file made by an exporter, for the host to save. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** What opening a graph produced: its summary and what the importer changed or dropped. */
export interface OpenedGraph {
  info: DatasetInfo;
  warnings: string[];
  /** A `.redthread` case's own blocks, for the renderer to restore. */
  case?: OpenedCaseBlocks;
  /** SHA-256 of the opened file ("" for the built-in dataset): the base a journal of edits names. */
  base?: string;
}

export interface OpenedCaseBlocks {
  allegationTypes: { id: string; label: string; color: string; builtin?: boolean }[];
  positions?: Record<string, { x: number; y: number }>;
  views?: unknown;
  appearance?: unknown;
}

/**
 * The graph service's thread or worker stopped (a crash, out of memory) and the host is
 * bringing it back: `stopped` at once, `restarted` once the new one holds a graph again.
 */
export type ServiceEvent =
  | { kind: 'stopped'; reason: string; restartInMs: number; crashes: number }
  | {
      kind: 'restarted';
      reason: string;
      /** The files of the graph that was open, reopened as they were; null when it was the built-in dataset. */
      reopened: string[] | null;
      /** The graph that could not be reopened, and why; the built-in dataset is open instead. */
      lost: { names: string[]; message: string } | null;
      /** What the service holds now; null when even the built-in dataset did not load. */
      opened: OpenedGraph | null;
    };

/** Progress of a long task, pushed by the host (not a method: a subscription). */
export interface TaskProgress {
  task: 'open' | 'export' | 'measure' | 'overview' | 'source';
  phase: string;
  done: number;
  /** 0 when the total is unknown. */
  total: number;
}

// The typed contract of the graph service: method → arguments → result, and the
// error shape that crosses every boundary. Both hosts (Electron IPC, Web Worker)
// validate arguments with these schemas before they reach the service.
import { z } from 'zod';
import type { Method } from './contract-methods.js';
import type {
  AllegationStatus,
  AllegationType,
  NodeKind,
  Relation,
} from './schema/vocabulary.js';

export { METHODS, channelFor } from './contract-methods.js';
export type { Method } from './contract-methods.js';

export const ERROR_CODES = [
  'unknown_node',
  'unknown_edge',
  'unknown_source',
  'bad_arguments',
  'no_graph',
  'bad_sender',
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
}

/** What a host exposes to the renderer: one named async function per method. */
export type RedthreadApi = {
  [M in Method]: (args: Args<M>) => Promise<Result<ContractResults[M]>>;
};

// The in-memory dataset the service answers from: a graphology graph whose
// attributes follow schema/model.ts, plus the source documents its evidence cites.
import type { MultiDirectedGraph } from 'graphology';
import type { ImportFormat } from '../contract.js';
import type { EdgeAttributes, NodeAttributes, SourceInfo } from '../schema/model.js';

/**
 * Attributes as the service holds them. Curated datasets satisfy the strict schema
 * (description and evidence required); graphs imported from other tools may lack
 * both, and keep the file's other attributes in `extra`.
 */
export type GraphNodeAttributes = Omit<NodeAttributes, 'description' | 'evidence'> & {
  description?: string;
  evidence?: NodeAttributes['evidence'];
  extra?: Record<string, unknown>;
  x?: number;
  y?: number;
  color?: string;
  size?: number;
};
export type GraphEdgeAttributes = Omit<EdgeAttributes, 'evidence' | 'allegation'> & {
  evidence?: EdgeAttributes['evidence'];
  /** A case may add its own allegation types (CaseExtras.allegationTypes): the type is a built-in id or one of those. */
  allegation?: Omit<NonNullable<EdgeAttributes['allegation']>, 'type'> & { type: string };
  extra?: Record<string, unknown>;
  label?: string;
  weight?: number;
  color?: string;
  /** The file says this edge has no direction (GEXF type="undirected", GraphML directed="false"…). */
  undirected?: true;
  /** Every change of the allegation's status, oldest first: the status it had at first is the first `from` (case/commands). */
  statusHistory?: StatusChange[];
};

/** One change of an allegation's status: what it was, what it became, and the passage that changed it. */
export interface StatusChange {
  from: NonNullable<EdgeAttributes['allegation']>['status'];
  to: NonNullable<EdgeAttributes['allegation']>['status'];
  /** When the investigator recorded it (ISO timestamp). */
  at: string;
  evidence?: NonNullable<EdgeAttributes['evidence']>[number];
}

export type RedthreadGraph = MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>;

export interface GraphAttributes {
  name?: string;
  source?: string;
  /**
   * Attribute defaults the file declared (GEXF/GraphML `<default>`), kept once per key rather than
   * copied onto every element; an element's `extra` lacks the key when it takes the default.
   * Readers apply them with `extraValue` (io/extra.ts).
   */
  defaults?: { node?: Record<string, ExtraValue>; edge?: Record<string, ExtraValue> };
}

/** A plain attribute value kept in `extra`. */
export type ExtraValue = string | number | boolean | (string | number | boolean)[];

export interface LoadedSource extends SourceInfo {
  text: string;
  author?: string;
  /** When the investigator read it (ISO date); `date` is when it was published. */
  accessed?: string;
}

export interface Dataset {
  id: string;
  name: string;
  /** The file format it was read from ('redthread' for a curated dataset folder). */
  format: ImportFormat;
  graph: RedthreadGraph;
  sources: Map<string, LoadedSource>;
  /** What a case adds to a graph (case/state.ts): allegation types, layout, views, appearance. */
  case?: CaseExtras;
  /** The shipped case: every edit is refused (`read_only`) until saveCopy makes an editable copy. */
  readOnly?: boolean;
}

/** Opaque blocks the renderer owns, kept in the case file as they are. */
export interface CaseExtras {
  /** Per-case allegation types with colours (the built-in ones first). */
  allegationTypes: { id: string; label: string; color: string; builtin?: boolean }[];
  positions?: Record<string, { x: number; y: number }>;
  views?: unknown;
  appearance?: unknown;
}

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
export type GraphEdgeAttributes = Omit<EdgeAttributes, 'evidence'> & {
  evidence?: EdgeAttributes['evidence'];
  extra?: Record<string, unknown>;
  label?: string;
  weight?: number;
  color?: string;
  /** The file says this edge has no direction (GEXF type="undirected", GraphML directed="false"…). */
  undirected?: true;
};

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
}

export interface Dataset {
  id: string;
  name: string;
  /** The file format it was read from ('redthread' for a curated dataset folder). */
  format: ImportFormat;
  graph: RedthreadGraph;
  sources: Map<string, LoadedSource>;
}

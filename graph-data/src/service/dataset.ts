// The in-memory dataset the service answers from: a graphology graph whose
// attributes follow schema/model.ts, plus the source documents its evidence cites.
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, SourceInfo } from '../schema/model.js';

export type RedthreadGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphAttributes {
  name?: string;
  source?: string;
}

export interface LoadedSource extends SourceInfo {
  text: string;
}

export interface Dataset {
  id: string;
  name: string;
  graph: RedthreadGraph;
  sources: Map<string, LoadedSource>;
}

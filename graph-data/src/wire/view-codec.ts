// GraphView on the wire: what the service thread or worker sends instead of node and edge
// objects, and what the renderer's API layer turns back into a GraphView before anyone sees it
// (RedthreadApi's types are unchanged). Measured in `npm run bench` (transfer.*): a 100k-node
// view as objects costs seconds of structured clone; encoded, tens of milliseconds end to end.
//
// To add a field to ViewNode or ViewEdge, add its line to NODE_COLUMNS or EDGE_COLUMNS below
// (the compiler refuses to build until you do, and checks the kind against the field's type;
// see columns.ts for the kinds). A method whose result is a GraphView goes in VIEW_METHODS.
import type { GraphView, ViewEdge, ViewNode } from '../contract-results.js';
import type { Method } from '../contract-methods.js';
import { type Columns, decodeStrings, decodeTable, type EncodedStrings, type EncodedTable, encodeTable, StringTable, tableBuffers } from './columns.js';

export const NODE_COLUMNS: Columns<ViewNode> = {
  id: 'dict',
  label: 'string',
  kind: 'dict',
  degree: 'number',
  date: 'dict?',
  x: 'number?',
  y: 'number?',
};

export const EDGE_COLUMNS: Columns<ViewEdge> = {
  id: 'string',
  source: 'dict',
  target: 'dict',
  relation: 'dict',
  allegation: 'json?',
  undirected: 'boolean?',
};

/** Contract methods whose result is a GraphView, and so travel encoded. */
export const VIEW_METHODS = ['initialView', 'expand', 'ego', 'view'] as const satisfies readonly Method[];
export type ViewMethod = (typeof VIEW_METHODS)[number];

const VERSION = 'graph-view/1';

export interface EncodedView {
  wire: typeof VERSION;
  graph: string;
  truncated: boolean;
  requestedNodes: number;
  strings: EncodedStrings;
  nodes: EncodedTable;
  edges: EncodedTable;
}

export function isViewMethod(method: string): method is ViewMethod {
  return (VIEW_METHODS as readonly string[]).includes(method);
}

export function isEncodedView(value: unknown): value is EncodedView {
  return typeof value === 'object' && value !== null && (value as { wire?: unknown }).wire === VERSION;
}

export function encodeView(view: GraphView): EncodedView {
  const strings = new StringTable();
  // Nodes first, so edge ends find their ids already in the table.
  const nodes = encodeTable(view.nodes, NODE_COLUMNS, strings);
  const edges = encodeTable(view.edges, EDGE_COLUMNS, strings);
  return { wire: VERSION, graph: view.graph, truncated: view.truncated, requestedNodes: view.requestedNodes, strings: strings.encode(), nodes, edges };
}

export function decodeView(encoded: EncodedView): GraphView {
  const strings = decodeStrings(encoded.strings);
  return {
    graph: encoded.graph,
    nodes: decodeTable(encoded.nodes, NODE_COLUMNS, strings),
    edges: decodeTable(encoded.edges, EDGE_COLUMNS, strings),
    truncated: encoded.truncated,
    requestedNodes: encoded.requestedNodes,
  };
}

/** The buffers to move rather than copy when posting an encoded view. */
export function viewBuffers(encoded: EncodedView): ArrayBuffer[] {
  const buffers = [encoded.strings.ends.buffer, ...tableBuffers(encoded.nodes), ...tableBuffers(encoded.edges)];
  return [...new Set(buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))];
}

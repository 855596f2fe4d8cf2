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
import { finish } from '../steps.js';
import { type ColumnValues, type Columns, decodeStrings, decodeTableSteps, type EncodedStrings, type EncodedTable, encodeTable, StringTable, tableBuffers } from './columns.js';

// Ids and labels are mostly distinct: 'string' (joined) costs far less than looking each one up
// in the shared table (measured: 100k ids + 600k edge ends took 0.4 s of lookups, joined 0.05 s).
export const NODE_COLUMNS: Columns<ViewNode> = {
  id: 'string',
  label: 'string',
  kind: 'dict',
  degree: 'number',
  date: 'dict?',
  x: 'number?',
  y: 'number?',
  color: 'dict?',
  size: 'number?',
  shape: 'dict?',
};

export const EDGE_COLUMNS: Columns<ViewEdge> = {
  id: 'string',
  source: 'string',
  target: 'string',
  relation: 'dict',
  allegation: 'json?',
  undirected: 'boolean?',
  color: 'dict?',
  weight: 'number?',
  label: 'string?',
};

// The required fields as one object literal each (five times faster to decode than field by
// field); optional fields need no line here. A new required field fails to compile until added.
type Required_<T> = { [K in keyof T as object extends Pick<T, K> ? never : K]: T[K] };
const column = <V>(values: ColumnValues, key: string) => values[key] as readonly V[];
const NODE_BUILD = {
  keys: ['id', 'label', 'kind', 'degree'] as const,
  row(v: ColumnValues) {
    const [id, label, kind, degree] = [column<string>(v, 'id'), column<string>(v, 'label'), column<ViewNode['kind']>(v, 'kind'), column<number>(v, 'degree')];
    return (i: number): Required_<ViewNode> => ({ id: id[i] as string, label: label[i] as string, kind: kind[i] as ViewNode['kind'], degree: degree[i] as number });
  },
};
const EDGE_BUILD = {
  keys: ['id', 'source', 'target', 'relation'] as const,
  row(v: ColumnValues) {
    const [id, source, target, relation] = [column<string>(v, 'id'), column<string>(v, 'source'), column<string>(v, 'target'), column<ViewEdge['relation']>(v, 'relation')];
    return (i: number): Required_<ViewEdge> => ({ id: id[i] as string, source: source[i] as string, target: target[i] as string, relation: relation[i] as ViewEdge['relation'] });
  },
};

/** Contract methods whose result is a GraphView, and so travel encoded. */
export const VIEW_METHODS = ['initialView', 'expand', 'ego', 'view', 'overviewMembers'] as const satisfies readonly Method[];
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
  return finish(decodeViewSteps(encoded));
}

/** decodeView in steps (decodeTableSteps), for a caller that lets other work in between. */
export function* decodeViewSteps(encoded: EncodedView): Generator<void, GraphView> {
  const strings = decodeStrings(encoded.strings);
  yield;
  const nodes = yield* decodeTableSteps(encoded.nodes, NODE_COLUMNS, strings, NODE_BUILD);
  yield;
  const edges = yield* decodeTableSteps(encoded.edges, EDGE_COLUMNS, strings, EDGE_BUILD);
  return { graph: encoded.graph, nodes, edges, truncated: encoded.truncated, requestedNodes: encoded.requestedNodes };
}

/** The buffers to move rather than copy when posting an encoded view. */
export function viewBuffers(encoded: EncodedView): ArrayBuffer[] {
  const buffers = [encoded.strings.ends.buffer, ...tableBuffers(encoded.nodes), ...tableBuffers(encoded.edges)];
  return [...new Set(buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))];
}

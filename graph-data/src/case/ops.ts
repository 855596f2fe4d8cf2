// The few primitive changes every edit is made of, each with an exact inverse: add or drop a
// node, edge or source, replace an element's attributes, replace the allegation types. An edit
// command (commands.ts) compiles to a list of these; undo applies their inverses in reverse.
// Attribute objects are never mutated in place: each op holds its own snapshots.
import type { CaseExtras, Dataset, GraphEdgeAttributes, GraphNodeAttributes, LoadedSource } from '../service/dataset.js';
import { builtinAllegationTypes } from './allegation-types.js';
import { trackEdge, trackNode } from './refs.js';

export type AllegationTypes = CaseExtras['allegationTypes'];

export type Op =
  | { op: 'addNode'; key: string; attributes: GraphNodeAttributes }
  | { op: 'dropNode'; key: string; attributes: GraphNodeAttributes }
  | { op: 'setNode'; key: string; before: GraphNodeAttributes; after: GraphNodeAttributes }
  | { op: 'addEdge'; key: string; source: string; target: string; attributes: GraphEdgeAttributes }
  | { op: 'dropEdge'; key: string; source: string; target: string; attributes: GraphEdgeAttributes }
  | { op: 'setEdge'; key: string; before: GraphEdgeAttributes; after: GraphEdgeAttributes }
  | { op: 'addSource'; source: LoadedSource }
  | { op: 'dropSource'; source: LoadedSource }
  /** Metadata only: commands never change a source's text. Map.set keeps the source's place. */
  | { op: 'setSource'; before: LoadedSource; after: LoadedSource }
  | { op: 'setTypes'; before: AllegationTypes; after: AllegationTypes };

export function invert(op: Op): Op {
  switch (op.op) {
    case 'addNode':
      return { ...op, op: 'dropNode' };
    case 'dropNode':
      return { ...op, op: 'addNode' };
    case 'setNode':
      return { op: 'setNode', key: op.key, before: op.after, after: op.before };
    case 'addEdge':
      return { ...op, op: 'dropEdge' };
    case 'dropEdge':
      return { ...op, op: 'addEdge' };
    case 'setEdge':
      return { op: 'setEdge', key: op.key, before: op.after, after: op.before };
    case 'addSource':
      return { op: 'dropSource', source: op.source };
    case 'dropSource':
      return { op: 'addSource', source: op.source };
    case 'setSource':
      return { op: 'setSource', before: op.after, after: op.before };
    case 'setTypes':
      return { op: 'setTypes', before: op.after, after: op.before };
  }
}

export function allegationTypesOf(dataset: Dataset): AllegationTypes {
  return dataset.case?.allegationTypes ?? builtinAllegationTypes();
}

export function applyOp(dataset: Dataset, op: Op): void {
  const { graph } = dataset;
  switch (op.op) {
    case 'addNode':
      graph.addNode(op.key, { ...op.attributes });
      trackNode(graph, op.key, undefined, op.attributes);
      return;
    case 'dropNode':
      // Commands drop a node's edges first: dropping one with edges would lose them unrecorded.
      if (graph.degree(op.key) > 0) throw new Error(`case/ops: node "${op.key}" still has edges`);
      trackNode(graph, op.key, graph.getNodeAttributes(op.key), undefined);
      graph.dropNode(op.key);
      return;
    case 'setNode':
      trackNode(graph, op.key, graph.getNodeAttributes(op.key), op.after);
      graph.replaceNodeAttributes(op.key, { ...op.after });
      return;
    case 'addEdge':
      graph.addDirectedEdgeWithKey(op.key, op.source, op.target, { ...op.attributes });
      trackEdge(graph, op.key, undefined, op.attributes);
      return;
    case 'dropEdge':
      trackEdge(graph, op.key, graph.getEdgeAttributes(op.key), undefined);
      graph.dropEdge(op.key);
      return;
    case 'setEdge':
      trackEdge(graph, op.key, graph.getEdgeAttributes(op.key), op.after);
      graph.replaceEdgeAttributes(op.key, { ...op.after });
      return;
    case 'addSource':
      dataset.sources.set(op.source.id, op.source);
      return;
    case 'dropSource':
      dataset.sources.delete(op.source.id);
      return;
    case 'setSource':
      dataset.sources.set(op.after.id, op.after);
      return;
    case 'setTypes':
      dataset.case = { ...(dataset.case ?? { allegationTypes: [] }), allegationTypes: op.after };
      return;
  }
}

/** Records ops as a command builds them, applying each at once so later steps see the result. */
export class OpRecorder {
  readonly ops: Op[] = [];
  constructor(readonly dataset: Dataset) {}

  push(op: Op): void {
    applyOp(this.dataset, op);
    this.ops.push(op);
  }

  setNode(key: string, change: (before: GraphNodeAttributes) => GraphNodeAttributes): void {
    const before = { ...this.dataset.graph.getNodeAttributes(key) };
    this.push({ op: 'setNode', key, before, after: change(before) });
  }

  setEdge(key: string, change: (before: GraphEdgeAttributes) => GraphEdgeAttributes): void {
    const before = { ...this.dataset.graph.getEdgeAttributes(key) };
    this.push({ op: 'setEdge', key, before, after: change(before) });
  }

  dropEdge(key: string): void {
    const { graph } = this.dataset;
    this.push({ op: 'dropEdge', key, source: graph.source(key), target: graph.target(key), attributes: { ...graph.getEdgeAttributes(key) } });
  }

  /** Undoes everything recorded so far (a command that fails half-way leaves no trace). */
  rollback(): void {
    for (let i = this.ops.length - 1; i >= 0; i--) applyOp(this.dataset, invert(this.ops[i] as Op));
    this.ops.length = 0;
  }
}

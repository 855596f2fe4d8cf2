// Converting service views into Cytoscape element definitions, and bringing an instance in
// step with a view of the same graph.
import type { CollectionReturnValue, Core, ElementDefinition, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import { RELATION_LABELS } from '../../../graph-data/src/schema/vocabulary.js';
import { pick, positionOf } from '../state/id-index.js';

export function nodeElement(node: ViewNode): ElementDefinition {
  return { group: 'nodes', data: { id: node.id, label: node.label, kind: node.kind, degree: node.degree } };
}

/**
 * Cytoscape has one id space for nodes and edges, files have two (Gephi numbers both from 0, and
 * Java.gexf has node "27" and edge "27"). An edge whose id a node of the view also has is drawn
 * under a suffixed id; `eid` always holds the graph's own id, which is what leaves the canvas.
 */
const EDGE_SUFFIX = '\u2063edge';
export const canvasEdgeId = (id: string, nodeIds: Pick<ReadonlySet<string>, 'has'>): string => (nodeIds.has(id) ? id + EDGE_SUFFIX : id);

/** The graph's id of a canvas element (an edge's may differ from its canvas id). */
export const graphIdOf = (el: SingularElementArgument): string => (el.isEdge() ? String(el.data('eid') ?? el.id()) : el.id());

/** The canvas element of a graph node or edge. */
export function canvasElement(cy: Core, type: 'node' | 'edge', id: string): SingularElementArgument {
  const el = cy.getElementById(id);
  if (type === 'node' || (el.nonempty() && el.isEdge())) return el;
  return cy.getElementById(id + EDGE_SUFFIX);
}

export function edgeElement(edge: ViewEdge, nodeIds: Pick<ReadonlySet<string>, 'has'> = new Set()): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: canvasEdgeId(edge.id, nodeIds),
      eid: edge.id,
      source: edge.source,
      target: edge.target,
      relation: edge.relation,
      relationLabel: RELATION_LABELS[edge.relation],
      allegationType: edge.allegation?.type,
      allegationStatus: edge.allegation?.status,
      undirected: edge.undirected === true,
    },
  };
}

/** Element definitions to add, nodes first, made when a slice asks for them (add-elements.ts). */
export interface Definitions {
  readonly length: number;
  /** Where the edges start. */
  readonly edgesFrom: number;
  slice(from: number, to: number): ElementDefinition[];
}

/** Definitions already made (planSync's). */
export function listedDefinitions(defs: readonly ElementDefinition[]): Definitions {
  const at = defs.findIndex((def) => def.group === 'edges');
  return { length: defs.length, edgesFrom: at < 0 ? defs.length : at, slice: (from, to) => defs.slice(from, to) };
}

/**
 * Every element of `view`, for a canvas that has none: each definition made, and given its
 * place and classes by `finish` (with its index: a node's is its place in view.nodes), only when
 * its slice is added. Made all at once, the 40,000 of a 10k graph were a task of their own.
 */
export function viewDefinitions(view: { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] }, finish: (def: ElementDefinition, index: number) => void): Definitions {
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  const count = view.nodes.length;
  return {
    length: count + view.edges.length,
    edgesFrom: count,
    slice(from, to) {
      const out: ElementDefinition[] = [];
      for (let i = from; i < to; i++) {
        const def = i < count ? nodeElement(view.nodes[i] as ViewNode) : edgeElement(view.edges[i - count] as ViewEdge, nodeIds);
        finish(def, i);
        out.push(def);
      }
      return out;
    },
  };
}

/**
 * Same view data (label, kind, relation…): nothing to redraw. Keys the view does not set
 * (measure sizes, community colours) belong to the styling hooks and are not compared.
 * Element definitions always carry the same keys, so a value that went away reads as undefined.
 */
function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).every((key) => current[key] === next[key]);
}

/**
 * Brings `cy` part of the way to the view: removes what left it and gives an element whose data
 * changed its new data (an edge whose ends changed is removed, as Cytoscape cannot move an edge).
 * Returns the definitions still to add, nodes first: adding is the costly part, which the
 * caller may spread over several frames (add-elements.ts).
 */
export function planSync(cy: Core, view: { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] }): ElementDefinition[] {
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  // A canvas with nothing on it (a graph just opened) lacks every element: no id is looked up,
  // each lookup being a new collection object (40,000 of them on the first picture of a 10k graph).
  if (cy.elements().empty()) return [...view.nodes.map(nodeElement), ...view.edges.map((edge) => edgeElement(edge, nodeIds))];
  const edgeIds = new Set(view.edges.map((e) => canvasEdgeId(e.id, nodeIds)));
  // Edges first: an edge drawn under an id that a node of this view now needs makes way for it.
  cy.edges()
    .filter((el) => !edgeIds.has(el.id()))
    .remove();
  cy.nodes()
    .filter((el) => !nodeIds.has(el.id()))
    .remove();
  const missing: ElementDefinition[] = [];
  for (const node of view.nodes) {
    const def = nodeElement(node);
    const el = cy.getElementById(node.id);
    if (el.empty()) missing.push(def);
    else if (!sameData(el.data() as Record<string, unknown>, def.data)) el.data(def.data);
  }
  for (const edge of view.edges) {
    const def = edgeElement(edge, nodeIds);
    const id = def.data.id as string;
    const el = cy.getElementById(id);
    if (el.nonempty() && (el.data('source') !== edge.source || el.data('target') !== edge.target)) el.remove();
    if (cy.getElementById(id).empty()) missing.push(def);
    else if (!sameData(el.data() as Record<string, unknown>, def.data)) el.data(def.data);
  }
  return missing;
}

/** Makes `cy` hold exactly the view's elements, in one go. Returns the nodes it added. */
export function syncElements(cy: Core, view: { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] }): NodeSingular[] {
  return cy.add(planSync(cy, view)).nodes().toArray() as NodeSingular[];
}

/**
 * Brings only the delta's elements in step with the view (after an edit: a handful out of tens of
 * thousands). Returns the definitions still to add, or null when a patch cannot be exact: a new
 * node takes an id an edge is drawn under, which moves that edge to another canvas id.
 */
export function planPatch(cy: Core, view: { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] }, delta: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): ElementDefinition[] | null {
  for (const id of delta.nodes) if (cy.getElementById(id).isEdge()) return null;
  // Looked up through the lists' indexes: the work is the delta's size, not the view's.
  const nodes = pick(view.nodes, delta.nodes);
  const edges = pick(view.edges, delta.edges);
  const viewNodeIds = { has: (id: string) => positionOf(view.nodes, id) >= 0 };
  const wanted = new Map(edges.map((e) => [e.id, e]));
  for (const id of delta.edges) {
    const el = canvasElement(cy, 'edge', id);
    const edge = wanted.get(id);
    if (el.nonempty() && (!edge || el.data('source') !== edge.source || el.data('target') !== edge.target)) el.remove();
  }
  const keep = new Set(nodes.map((n) => n.id));
  for (const id of delta.nodes) if (!keep.has(id)) cy.getElementById(id).remove();
  const missing: ElementDefinition[] = [];
  const sync = (def: ElementDefinition, el: SingularElementArgument) => {
    if (el.empty()) missing.push(def);
    else if (!sameData(el.data() as Record<string, unknown>, def.data)) el.data(def.data);
  };
  for (const node of nodes) sync(nodeElement(node), cy.getElementById(node.id));
  for (const edge of edges) sync(edgeElement(edge, viewNodeIds), canvasElement(cy, 'edge', edge.id));
  return missing;
}

/**
 * Visits every node of `cy` without the collections `cy.nodes(selector)` makes: at 10k, selecting
 * the `.lod` nodes copied and filtered 40,000 elements, 36-57 ms of the label grid's placement.
 * Reads Cytoscape's own element list (`mutableElements`, cytoscape 3.35; `visit` must not add or
 * remove elements), else a copy of it.
 */
export function forEachNode(cy: Core, visit: (node: NodeSingular) => void): void {
  const own = (cy as unknown as { mutableElements?: () => CollectionReturnValue }).mutableElements;
  const all = own ? own.call(cy) : cy.elements();
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as SingularElementArgument;
    if (el.isNode()) visit(el);
  }
}

// Builds the RedthreadGraph while a format reads its file: duplicate node ids keep the first,
// an edge whose ends are not declared yet waits until the end (it may name nodes declared
// later), and edges to nodes that never appear get placeholder nodes (as Gephi does) instead
// of silently vanishing.
import { MultiDirectedGraph } from 'graphology';
import type { GraphAttributes, RedthreadGraph } from '../../service/dataset.js';
import { hashAdjacency } from './adjacency-mode.js';
import type { ImportContext } from './context.js';
import { edgeAttributes, nodeAttributes, storedDefaults, type AttributeDefaults, type EdgeSpec, type NodeSpec } from './map-attributes.js';
import { whereText, type Where } from './where.js';

export interface BuilderOptions {
  /**
   * Nodes exist only as edge endpoints (an edge list): create them silently. Otherwise an
   * endpoint that no node declares gets a placeholder node and a warning.
   */
  implicitNodes?: boolean;
}


interface PendingEdge {
  id: string | undefined;
  source: string;
  target: string;
  attributes: ReturnType<typeof edgeAttributes>;
  where: Where;
}

const describe = (edge: PendingEdge) => `${edge.id ? `"${edge.id}" ` : ''}"${edge.source}" → "${edge.target}" ${whereText(edge.where)}`;

const BUILD_TICK = 5_000;
/** Refused inserts before every edge is checked first: an exception costs far more than a lookup. */
const OPTIMISTIC_REFUSALS = 64;

/** Attribute values an element keeps: its own fields plus its `extra` values (the budget counts these). */
function cellsOf(attributes: { extra?: Record<string, unknown> }): number {
  return 1 + (attributes.extra ? Object.keys(attributes.extra).length : 0);
}

export class GraphBuilder {
  readonly graph: RedthreadGraph = new MultiDirectedGraph<never, never, GraphAttributes>() as unknown as RedthreadGraph;
  /** Edges whose ends were not declared yet when they were read. */
  private readonly edges: PendingEdge[] = [];
  private generated = 0;
  /** Edges graphology refused (a dangling end, a reused id) while inserting without asking first. */
  private refusals = 0;
  private readonly options: BuilderOptions;
  private ctx: ImportContext;

  constructor(ctx: ImportContext, options: BuilderOptions = {}) {
    this.ctx = ctx;
    this.options = options;
  }

  /** Switches the file that messages name (several CSV tables build one graph). */
  useContext(ctx: ImportContext): void {
    this.ctx = ctx;
  }

  get nodeCount(): number {
    return this.graph.order;
  }

  get edgeCount(): number {
    return this.graph.size + this.edges.length;
  }

  /** Adds a node; returns false (and warns) when the id was already used. */
  addNode(spec: NodeSpec, where: Where): boolean {
    if (this.graph.order >= this.ctx.limits.maxNodes && !this.graph.hasNode(spec.id)) this.ctx.overLimit('maxNodes', this.graph.order + 1);
    // Ask first: a hostile file can repeat one id a million times, and a refused insert throws
    // (an Error with a stack each time) where a lookup costs nothing.
    if (this.graph.hasNode(spec.id)) {
      this.ctx.warnings.note('duplicateNode', () => `"${spec.id}" ${whereText(where)}`);
      return false;
    }
    const attributes = nodeAttributes(spec, this.ctx.warnings, where);
    this.ctx.addCells(cellsOf(attributes));
    this.graph.addNode(spec.id, attributes);
    hashAdjacency(this.graph, spec.id);
    return true;
  }

  addEdge(spec: EdgeSpec, where: Where): void {
    if (this.edgeCount >= this.ctx.limits.maxEdges) this.ctx.overLimit('maxEdges', this.edgeCount + 1);
    const attributes = edgeAttributes(spec, this.ctx.warnings, where);
    this.ctx.addCells(cellsOf(attributes));
    const edge: PendingEdge = { id: spec.id, source: spec.source, target: spec.target, attributes, where };
    if (this.options.implicitNodes) this.addMissingEnds(edge);
    // Edges usually follow their nodes: insert now, and keep for the end only those whose
    // ends are not (yet) declared, so a big file never holds a second copy of its edges.
    if (!this.insert(edge)) this.edges.push(edge);
  }

  /** Adds the edge under its id (renamed if taken); false when an end does not exist yet. */
  private insert(edge: PendingEdge): boolean {
    const { graph } = this;
    if (edge.id !== undefined && this.refusals < OPTIMISTIC_REFUSALS) {
      // Well-formed files first: graphology looks the id and both ends up anyway, so asking
      // beforehand would do each lookup twice (a sixth of a 300k-edge import).
      try {
        graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge.attributes);
        return true;
      } catch {
        this.refusals++;
      }
    }
    // Lookups, not exceptions: dangling ends and reused ids are what hostile files repeat.
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return false;
    let key = edge.id ?? `#${++this.generated}`;
    if (graph.hasEdge(key)) {
      if (key === edge.id) this.ctx.warnings.note('duplicateEdge', () => describe(edge));
      do key = `${edge.id ?? ''}#${++this.generated}`;
      while (graph.hasEdge(key));
    }
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
    return true;
  }

  private addMissingEnds(edge: PendingEdge): void {
    const { graph, ctx } = this;
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) return;
    const missing = [edge.source, edge.target].filter((end, k) => !graph.hasNode(end) && (k === 0 || end !== edge.source));
    if (!this.options.implicitNodes) ctx.warnings.note('danglingEdge', () => `${describe(edge)} needs ${missing.map((m) => `"${m}"`).join(' and ')}`);
    for (const end of missing) {
      if (graph.order >= ctx.limits.maxNodes) ctx.overLimit('maxNodes', graph.order + 1);
      graph.addNode(end, this.options.implicitNodes ? { label: end, kind: 'other' } : { label: end, kind: 'other', extra: { placeholder: true } });
      hashAdjacency(graph, end);
    }
  }

  /** Keeps the file's declared defaults once, on the graph (applied on read, never copied). */
  setDefaults(node: AttributeDefaults, edge: AttributeDefaults): void {
    const stored = { node: storedDefaults(node, 'node'), edge: storedDefaults(edge, 'edge') };
    if (!stored.node && !stored.edge) return;
    this.graph.setAttribute('defaults', { ...(stored.node && { node: stored.node }), ...(stored.edge && { edge: stored.edge }) });
  }

  /** Resolves the edges still waiting (placeholders for unknown ends) and returns the graph. */
  async finish(name: string): Promise<RedthreadGraph> {
    const { graph, ctx } = this;
    graph.setAttribute('name', name);
    const total = this.edges.length;
    for (let i = 0; i < total; i++) {
      const edge = this.edges[i] as PendingEdge;
      this.addMissingEnds(edge);
      this.insert(edge);
      if (i % BUILD_TICK === 0) await ctx.tick('build', i, total);
    }
    this.edges.length = 0;
    return graph;
  }
}

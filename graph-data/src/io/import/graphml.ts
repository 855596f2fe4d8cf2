// GraphML importer (yEd, Cytoscape desktop, networkx, igraph, Gephi) over the streaming XML
// reader: typed keys with defaults and for="node|edge|all", edgedefault and per-edge directed,
// any namespace prefix or none, yEd labels/geometry/colours, nested group graphs (flattened,
// parent kept), hyperedges (expanded to an edge per pair of endpoints, with a warning) and
// Maltego's entities and links (graphml-maltego.ts).
import { GraphBuilder } from './builder.js';
import type { ImportContext } from './context.js';
import { fileStem, type FormatResult } from './format.js';
import { MaltegoReader } from './graphml-maltego.js';
import { AttributeDefaults, type RawAttributes } from './map-attributes.js';
import { inferCell, parseBoolean, parseNumber, parseTyped, safeColor, type TypedValue } from './values.js';
import { elementName } from './where.js';
import { readXml, type XmlPosition, type XmlSink } from './xml-reader.js';

interface Key {
  name: string;
  type: string | undefined;
  yfiles: string | undefined;
  default?: TypedValue;
}

interface Element {
  kind: 'node' | 'edge' | 'hyperedge' | 'graph';
  id: string | undefined;
  /** An edge's place among the file's edges (1-based), to name one without an id. */
  ordinal?: number;
  attributes: RawAttributes;
  seen: Set<string>;
  where: number;
  label?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  source?: string;
  target?: string;
  undirected?: boolean;
  endpoints?: string[];
}

interface DataCapture {
  key: string;
  element: Element;
  text: string;
  children: boolean;
}

const MAX_HYPEREDGE_ENDPOINTS = 64;

class GraphmlSink implements XmlSink {
  private readonly keys = new Map<string, Key>();
  private declaring: { domain: string; id: string; key: Key } | null = null;
  private readonly stack: string[] = [];
  private readonly elements: Element[] = [];
  private readonly graphs: { undirected: boolean; parent: string | undefined }[] = [];
  private data: DataCapture | null = null;
  private labelText: string | null = null;
  private defaultText: string | null = null;
  private hyperedges = 0;
  private edges = 0;
  /** Depth of nested <data> (yEd nests its own elements inside). */
  private dataDepth = 0;
  private readonly maltego = new MaltegoReader();
  /** Declared defaults per domain, kept once: node, edge (and hyperedge) read them, "all" keys count for both. */
  readonly defaults = { node: new AttributeDefaults(), edge: new AttributeDefaults(), hyperedge: new AttributeDefaults(), graph: new AttributeDefaults() };
  graphSeen = false;
  name: string | undefined;

  constructor(
    private readonly ctx: ImportContext,
    private readonly builder: GraphBuilder,
    private readonly position: XmlPosition,
  ) {}

  open(name: string, attributes: Record<string, string>): void {
    this.stack.push(name);
    if (this.stack.length === 1 && name !== 'graphml') this.ctx.fail('bad_file', `is not a GraphML file: its root element is <${name}>, expected <graphml>`, this.position.where());
    if (this.data) {
      if (name === 'data') this.dataDepth++;
      return this.openInsideData(name, attributes);
    }
    const current = this.elements[this.elements.length - 1];
    switch (name) {
      case 'key':
        return this.declare(attributes);
      case 'default':
        if (this.declaring) this.defaultText = '';
        return;
      case 'graph': {
        this.graphSeen = true;
        const outer = this.graphs[this.graphs.length - 1];
        const edgedefault = attributes.edgedefault?.toLowerCase();
        this.graphs.push({ undirected: edgedefault === undefined ? (outer?.undirected ?? false) : edgedefault === 'undirected', parent: current?.kind === 'node' ? current.id : outer?.parent });
        this.elements.push(this.element('graph', attributes.id));
        return;
      }
      case 'node': {
        const element = this.element('node', attributes.id);
        const parent = this.graphs[this.graphs.length - 1]?.parent;
        if (parent !== undefined) element.attributes.parent = parent;
        this.elements.push(element);
        return;
      }
      case 'edge': {
        const element = this.element('edge', attributes.id);
        element.ordinal = ++this.edges;
        element.source = attributes.source;
        element.target = attributes.target;
        const directed = attributes.directed === undefined ? undefined : parseBoolean(attributes.directed);
        element.undirected = directed === undefined ? (this.graphs[this.graphs.length - 1]?.undirected ?? false) : !directed;
        this.elements.push(element);
        return;
      }
      case 'hyperedge': {
        const element = this.element('hyperedge', attributes.id);
        element.endpoints = [];
        this.elements.push(element);
        return;
      }
      case 'endpoint':
        if (current?.kind === 'hyperedge' && attributes.node !== undefined) current.endpoints?.push(attributes.node);
        return;
      case 'data':
        if (current && attributes.key !== undefined) this.data = { key: attributes.key, element: current, text: '', children: false };
        return;
    }
  }

  close(name: string): void {
    this.stack.pop();
    if (this.data) {
      if (name === 'data' && this.dataDepth > 0) this.dataDepth--;
      else if (name === 'data') this.finishData(this.data);
      else if ((name === 'NodeLabel' || name === 'EdgeLabel') && this.labelText !== null) {
        const label = this.labelText.trim();
        if (label && this.data.element.label === undefined) this.data.element.label = label;
        this.labelText = null;
      } else this.maltego.close(name, this.data.element);
      return;
    }
    if (name === 'default' && this.declaring && this.defaultText !== null) {
      const { domain, key } = this.declaring;
      key.default = parseTyped(key.type, this.defaultText.trim());
      this.defaultText = null;
      // A duplicate declaration's default does not count (the first declaration wins).
      if (this.keys.get(`${domain}:${this.declaring.id}`) === key) {
        for (const d of domain === 'all' ? (['node', 'edge', 'hyperedge', 'graph'] as const) : ([domain] as const)) {
          if (d in this.defaults) this.defaults[d as keyof typeof this.defaults].set(key.name, key.default.value);
        }
      }
    } else if (name === 'key') this.declaring = null;
    else if (name === 'graph' || name === 'node' || name === 'edge' || name === 'hyperedge') {
      const element = this.elements.pop();
      if (name === 'graph') this.graphs.pop();
      if (element) this.finishElement(element);
    }
  }

  text(text: string): void {
    if (this.labelText !== null) this.labelText += text;
    else if (this.maltego.text(text)) return;
    else if (this.data && !this.data.children) this.data.text += text;
    else if (this.defaultText !== null) this.defaultText += text;
  }

  private element(kind: Element['kind'], id: string | undefined): Element {
    return { kind, id, attributes: {}, seen: new Set(), where: this.position.line() };
  }

  private declare(attributes: Record<string, string>): void {
    const id = attributes.id;
    if (id === undefined) return;
    const domain = (attributes.for ?? 'all').toLowerCase();
    const key: Key = { name: attributes['attr.name'] ?? id, type: attributes['attr.type'], yfiles: attributes['yfiles.type'] };
    const slot = `${domain}:${id}`;
    this.declaring = { domain, id, key };
    if (this.keys.has(slot)) {
      this.ctx.warnings.note('duplicateKey', () => `"${id}" for ${domain} ${this.position.where()}`);
      return;
    }
    this.keys.set(slot, key);
  }

  private keyFor(domain: string, id: string): Key | undefined {
    return this.keys.get(`${domain}:${id}`) ?? this.keys.get(`all:${id}`);
  }

  /** yEd keeps labels, geometry and colours inside <data> as its own elements. */
  private openInsideData(name: string, attributes: Record<string, string>): void {
    const data = this.data as DataCapture;
    data.children = true;
    const element = data.element;
    if (this.maltego.open(name, attributes, element)) return;
    if (name === 'NodeLabel' || name === 'EdgeLabel') {
      if (element.label === undefined) this.labelText = '';
    } else if (name === 'Geometry' && element.x === undefined) {
      const [x, y, w, h] = [attributes.x, attributes.y, attributes.width, attributes.height].map((v) => (v === undefined ? undefined : parseNumber(v)));
      if (x !== undefined && y !== undefined && w !== undefined && h !== undefined && [x, y, w, h].every(Number.isFinite)) {
        // yEd stores the top-left corner; the centre is what a graph view positions.
        element.x = x + w / 2;
        element.y = y + h / 2;
        element.size = Math.max(w, h) / 2;
      }
    } else if ((name === 'Fill' || name === 'LineStyle') && element.color === undefined && attributes.color && attributes.transparent !== 'true') {
      element.color = safeColor(attributes.color);
    } else if (name === 'Shape' && attributes.type && element.attributes.shape === undefined) {
      // yEd's shape word ("roundrectangle", "ellipse"…), kept as the file wrote it; the view maps it.
      element.attributes.shape = attributes.type;
    }
  }

  private finishData(data: DataCapture): void {
    this.data = null;
    const { element } = data;
    const domain = element.kind === 'hyperedge' ? 'hyperedge' : element.kind;
    const key = this.keyFor(domain, data.key);
    if (key?.yfiles || data.children) return;
    const text = data.text.trim();
    if (!key) {
      this.ctx.warnings.note('undeclaredKey', () => `"${data.key}" on ${elementName(element)} ${this.position.where()}`);
      element.attributes[data.key] = inferCell(text);
      return;
    }
    const typed = parseTyped(key.type, text);
    if (typed.nonFinite) this.ctx.warnings.note('nonFiniteValue', () => `"${key.name}" = "${text}" on ${elementName(element)}`);
    element.attributes[key.name] = typed.value;
    element.seen.add(key.name);
  }

  private finishElement(element: Element): void {
    const where = element.where;
    if (element.kind === 'graph') {
      const title = ['name', 'title', 'label'].map((k) => element.attributes[k]).find((v) => typeof v === 'string' && v.trim());
      if (this.graphs.length === 0 && typeof title === 'string') this.name ??= title.trim();
      return;
    }
    const defaults = this.defaults[element.kind].size > 0 ? this.defaults[element.kind] : undefined;
    if (element.kind === 'node') {
      if (!element.id) return this.ctx.warnings.note('missingId', () => `<node> line ${element.where}`);
      const { x, y, size, color, label } = element;
      this.builder.addNode({ id: element.id, attributes: element.attributes, defaults, label, x, y, size, color }, where);
    } else if (element.kind === 'edge') {
      if (!element.source || !element.target) return this.ctx.warnings.note('missingEndpoint', () => `<edge${element.id ? ` id="${element.id}"` : ''}> line ${element.where}`);
      const { source, target, label, color, undirected } = element;
      this.builder.addEdge({ id: element.id || undefined, source, target, attributes: element.attributes, defaults, label, color, undirected }, where);
    } else this.expandHyperedge(element, defaults);
  }

  private expandHyperedge(element: Element, defaults: AttributeDefaults | undefined): void {
    const ends = element.endpoints ?? [];
    const name = element.id ?? `hyperedge ${++this.hyperedges}`;
    if (ends.length > MAX_HYPEREDGE_ENDPOINTS) return this.ctx.warnings.note('hugeHyperedge', () => `"${name}" line ${element.where}`);
    this.ctx.warnings.note('hyperedge', () => `"${name}" with ${ends.length} endpoints line ${element.where}`);
    // Pairs grow with the square of the endpoints: the budget is checked before any is made.
    this.ctx.addExpanded((ends.length * (ends.length - 1)) / 2);
    const attributes = { ...element.attributes, hyperedge: name };
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        this.builder.addEdge({ source: ends[i] as string, target: ends[j] as string, attributes, defaults, undirected: true }, element.where);
      }
    }
  }
}

export async function importGraphml(ctx: ImportContext, bytes: Uint8Array, encoding?: string): Promise<FormatResult> {
  const builder = new GraphBuilder(ctx);
  let sink: GraphmlSink | undefined;
  await readXml(ctx, bytes, (position) => (sink = new GraphmlSink(ctx, builder, position)), encoding);
  if (!sink?.graphSeen) ctx.warnings.add(`${ctx.file} has no <graph> element: the graph is empty.`);
  else if (builder.nodeCount === 0 && builder.edgeCount === 0) ctx.warnings.add(`${ctx.file} contains no nodes or edges.`);
  const name = sink?.name || fileStem(ctx.file);
  if (sink) builder.setDefaults(sink.defaults.node, sink.defaults.edge);
  return { graph: await builder.finish(name), name, format: 'graphml' };
}

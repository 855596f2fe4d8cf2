// GEXF 1.0–1.3 (Gephi) importer over the streaming XML reader: typed attributes with defaults
// and lists, viz colour/size/position, per-edge direction, nested (hierarchical) nodes, spells
// and start/end/timestamps as dates, INF/NaN handled, dynamic values collapsed to the last one.
import { GraphBuilder } from './builder.js';
import type { ImportContext } from './context.js';
import { fileStem, type FormatResult } from './format.js';
import { AttributeDefaults, type RawAttributes } from './map-attributes.js';
import { dateRange, parseNumber, parseTyped, rgbColor, safeColor, type TypedValue } from './values.js';
import { elementName } from './where.js';
import { readXml, type XmlPosition, type XmlSink } from './xml-reader.js';

interface Declaration {
  title: string;
  type: string | undefined;
  default?: TypedValue;
}

interface Times {
  start?: string;
  end?: string;
}

interface ElementRecord {
  kind: 'node' | 'edge';
  id: string | undefined;
  /** An edge's place among the file's edges (1-based), to name one without an id. */
  ordinal?: number;
  attributes: RawAttributes;
  /** Created on first use: most elements have neither spells nor repeated values. */
  times?: Times[];
  seen?: string[];
  label?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  weight?: number;
  source?: string;
  target?: string;
  undirected?: boolean;
  where: number;
}

const UNDIRECTED = new Set(['undirected', 'undir', 'mutual', 'double']);
const DATE_FORMATS = new Set(['date', 'datetime', 'xsd:date', 'xsd:datetime']);
const META_TEXT = new Set(['title', 'description', 'creator', 'keywords']);
/** Text kept from one <meta> field or <default>: enough for any title, bounded however the file nests. */
const MAX_CAPTURE = 64 * 1024;

function timesOf(attributes: Record<string, string>): Times | undefined {
  const start = attributes.start ?? attributes.startopen;
  const end = attributes.end ?? attributes.endopen;
  const stamp = attributes.timestamp;
  if (stamp !== undefined) return { start: stamp, end: stamp };
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined && { start }), ...(end !== undefined && { end }) };
}

class GexfSink implements XmlSink {
  private readonly stack: string[] = [];
  private readonly declarations = { node: new Map<string, Declaration>(), edge: new Map<string, Declaration>() };
  private declarationClass: 'node' | 'edge' | null = null;
  private declaration: Declaration | null = null;
  private readonly openElements: ElementRecord[] = [];
  private capture: string | null = null;
  /** Depth of the element that started the capture: text of nested elements joins it, their own capture does not restart it. */
  private captureDepth = 0;
  private edgeCount = 0;
  private buffer = '';
  private metaDepth = 0;
  private readonly defaultValues = { node: new AttributeDefaults(), edge: new AttributeDefaults() };
  private defaultUndirected = false;
  private dateTimes = false;
  private graphTimes: Times | undefined;
  graphSeen = false;
  readonly meta: Record<string, string> = {};

  constructor(
    private readonly ctx: ImportContext,
    private readonly builder: GraphBuilder,
    private readonly position: XmlPosition,
  ) {}

  open(name: string, attributes: Record<string, string>): void {
    this.stack.push(name);
    if (this.stack.length === 1 && name !== 'gexf') this.ctx.fail('bad_file', `is not a GEXF file: its root element is <${name}>, expected <gexf>`, this.position.where());
    const current = this.openElements[this.openElements.length - 1];
    if (name === 'meta') this.metaDepth++;
    switch (name) {
      case 'graph':
        if (this.graphSeen) return;
        this.graphSeen = true;
        this.defaultUndirected = UNDIRECTED.has((attributes.defaultedgetype ?? attributes.defaultedgestyle ?? '').toLowerCase());
        this.dateTimes = DATE_FORMATS.has((attributes.timeformat ?? '').toLowerCase());
        this.graphTimes = timesOf(attributes);
        return;
      case 'attributes':
        this.declarationClass = attributes.class === 'edge' ? 'edge' : attributes.class === 'node' ? 'node' : null;
        return;
      case 'attribute':
        return this.declare(attributes);
      case 'default':
        if (attributes.text !== undefined) this.setDefault(attributes.text);
        else this.startCapture('default');
        return;
      case 'node':
        return this.startElement('node', attributes, current);
      case 'edge':
        return this.startElement('edge', attributes, current);
      case 'attvalue':
        if (current) this.attvalue(current, attributes);
        return;
      case 'spell':
        if (current) this.spell(current, attributes);
        return;
      case 'color':
        if (current && this.parentIs('node', 'edge')) current.color = attributes.hex ? safeColor(attributes.hex) : rgbColor(attributes.r, attributes.g, attributes.b, attributes.a);
        return;
      case 'size':
      case 'thickness':
        if (current && this.parentIs('node', 'edge')) {
          const value = this.coordinate(current, attributes.value);
          if (value !== undefined) {
            if (name === 'size' && current.kind === 'node') current.size = value;
            else current.attributes.thickness = value;
          }
        }
        return;
      case 'position':
        if (current && this.parentIs('node')) {
          current.x = this.coordinate(current, attributes.x);
          // Gephi's y axis points up, the screen's down (the GEXF exporter flips it back).
          const y = this.coordinate(current, attributes.y);
          current.y = y === undefined ? undefined : -y;
        }
        return;
      case 'shape':
        if (current && this.parentIs('node', 'edge') && attributes.value) current.attributes.shape = attributes.value;
        return;
      default:
        if (this.metaDepth > 0 && this.capture === null && META_TEXT.has(name.toLowerCase())) {
          if (attributes.text !== undefined) this.meta[name.toLowerCase()] ??= attributes.text;
          else this.startCapture(name.toLowerCase());
        }
    }
  }

  close(name: string): void {
    const depth = this.stack.length;
    this.stack.pop();
    if (name === 'meta') this.metaDepth--;
    if (this.capture !== null && depth === this.captureDepth) {
      const text = this.buffer;
      this.capture = null;
      this.buffer = '';
      if (name === 'default') this.setDefault(text);
      else this.meta[name.toLowerCase()] ??= text.trim();
      return;
    }
    if (name === 'attribute') this.declaration = null;
    else if (name === 'attributes') this.declarationClass = null;
    else if ((name === 'node' || name === 'edge') && this.openElements[this.openElements.length - 1]?.kind === name) this.finishElement(this.openElements.pop() as ElementRecord);
  }

  text(text: string): void {
    if (this.capture !== null && this.buffer.length < MAX_CAPTURE) this.buffer += text.slice(0, MAX_CAPTURE - this.buffer.length);
  }

  private startCapture(what: string): void {
    this.capture = what;
    this.captureDepth = this.stack.length;
    this.buffer = '';
  }

  private parentIs(kind: string, other?: string): boolean {
    const parent = this.stack[this.stack.length - 2];
    return parent === kind || parent === other;
  }

  /** Declared defaults, kept once per attribute (the dataset's `defaults`). */
  defaultsOf(kind: 'node' | 'edge'): AttributeDefaults {
    return this.defaultValues[kind];
  }

  private declare(attributes: Record<string, string>): void {
    if (!this.declarationClass || attributes.id === undefined) return;
    const declarations = this.declarations[this.declarationClass];
    const declaration: Declaration = { title: attributes.title ?? attributes.id, type: attributes.type };
    if (declarations.has(attributes.id)) {
      this.ctx.warnings.note('duplicateKey', () => `"${attributes.id}" ${this.position.where()}`);
      this.declaration = null;
      return;
    }
    declarations.set(attributes.id, declaration);
    this.declaration = declaration;
  }

  private setDefault(text: string): void {
    if (!this.declaration || !this.declarationClass) return;
    this.declaration.default = parseTyped(this.declaration.type, text);
    this.defaultValues[this.declarationClass].set(this.declaration.title, this.declaration.default.value);
  }

  private coordinate(record: ElementRecord, text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const n = parseNumber(text);
    // Anything but a finite number is dropped, and said: "abc" as loudly as INF.
    if (n !== undefined && Number.isFinite(n)) return n;
    this.ctx.warnings.note('nonFiniteCoordinate', () => `${elementName(record)} ${this.position.where()} has "${text}"`);
    return undefined;
  }

  private startElement(kind: 'node' | 'edge', attributes: Record<string, string>, parent: ElementRecord | undefined): void {
    const record: ElementRecord = { kind, id: attributes.id, attributes: {}, where: this.position.line() };
    if (attributes.label !== undefined) record.label = attributes.label;
    const times = timesOf(attributes);
    if (times) record.times = [times];
    if (kind === 'node') {
      const parentId = parent?.kind === 'node' ? parent.id : attributes.pid;
      if (parentId !== undefined) record.attributes.parent = parentId;
    } else {
      record.ordinal = ++this.edgeCount;
      record.source = attributes.source;
      record.target = attributes.target;
      const type = attributes.type?.toLowerCase();
      record.undirected = type === undefined ? this.defaultUndirected : UNDIRECTED.has(type);
      if (attributes.kind !== undefined) record.attributes.kind = attributes.kind;
      if (attributes.weight !== undefined) {
        const weight = this.coordinate(record, attributes.weight);
        if (weight !== undefined) record.weight = weight;
      }
    }
    this.openElements.push(record);
  }

  private attvalue(record: ElementRecord, attributes: Record<string, string>): void {
    const key = attributes.for ?? attributes.id;
    if (key === undefined) return;
    const declaration = this.declarations[record.kind].get(key);
    if (!declaration) this.ctx.warnings.note('undeclaredKey', () => `"${key}" on ${elementName(record)} ${this.position.where()}`);
    const title = declaration?.title ?? key;
    // A handful of keys an element: a short array is cheaper to make and search than a Set.
    const seen = (record.seen ??= []);
    if (seen.includes(key)) this.ctx.warnings.note('dynamicValue', () => `"${title}" on ${elementName(record)}`);
    else seen.push(key);
    const typed = parseTyped(declaration?.type, attributes.value ?? '');
    if (typed.nonFinite) this.ctx.warnings.note('nonFiniteValue', () => `"${title}" = "${attributes.value}" on ${elementName(record)}`);
    record.attributes[title] = typed.value;
  }

  private spell(record: ElementRecord, attributes: Record<string, string>): void {
    const times = timesOf(attributes);
    if (times) (record.times ??= []).push(times);
  }

  private finishElement(record: ElementRecord): void {
    const where = record.where;
    const defaults = this.defaultValues[record.kind].size > 0 ? this.defaultValues[record.kind] : undefined;
    const times = record.times ?? (this.graphTimes ? [this.graphTimes] : []);
    const date = this.applyTimes(record, times);
    if (record.kind === 'node') {
      if (record.id === undefined || record.id === '') {
        this.ctx.warnings.note('missingId', () => `<node> line ${record.where}`);
        return;
      }
      this.builder.addNode({ id: record.id, attributes: record.attributes, defaults, label: record.label, date, x: record.x, y: record.y, size: record.size, color: record.color }, where);
      return;
    }
    if (!record.source || !record.target) {
      this.ctx.warnings.note('missingEndpoint', () => `<edge${record.id ? ` id="${record.id}"` : ''}> line ${record.where}`);
      return;
    }
    this.builder.addEdge(
      { id: record.id || undefined, source: record.source, target: record.target, attributes: record.attributes, defaults, label: record.label, undirected: record.undirected, date, weight: record.weight, color: record.color },
      where,
    );
  }

  /** Spells, start/end and timestamps: a date when the file's times are dates, else raw bounds in extra. */
  private applyTimes(record: ElementRecord, times: Times[]): string | undefined {
    if (times.length === 0) return undefined;
    const open = { start: times.some((t) => t.start === undefined), end: times.some((t) => t.end === undefined) };
    const starts = times.map((t) => t.start).filter((t): t is string => t !== undefined);
    const ends = times.map((t) => t.end).filter((t): t is string => t !== undefined);
    const order = this.dateTimes ? (a: string, b: string) => (a < b ? -1 : 1) : (a: string, b: string) => Number(a) - Number(b);
    const start = open.start ? undefined : starts.sort(order)[0];
    const end = open.end ? undefined : ends.sort(order)[ends.length - 1];
    if (this.dateTimes) {
      const date = dateRange(start, end);
      if (date) return date;
    }
    const value = (t: string) => parseNumber(t) ?? t;
    if (start !== undefined && start === end) record.attributes.timestamp = value(start);
    else {
      if (start !== undefined) record.attributes.start = value(start);
      if (end !== undefined) record.attributes.end = value(end);
    }
    return undefined;
  }
}

export async function importGexf(ctx: ImportContext, bytes: Uint8Array, encoding?: string): Promise<FormatResult> {
  const builder = new GraphBuilder(ctx);
  let sink: GexfSink | undefined;
  await readXml(ctx, bytes, (position) => (sink = new GexfSink(ctx, builder, position)), encoding);
  if (!sink?.graphSeen) ctx.fail('bad_file', 'has no <graph> element, so there is nothing to open');
  if (builder.nodeCount === 0 && builder.edgeCount === 0) ctx.warnings.add(`${ctx.file} contains no nodes or edges.`);
  const name = sink.meta.title || fileStem(ctx.file);
  builder.setDefaults(sink.defaultsOf('node'), sink.defaultsOf('edge'));
  return { graph: await builder.finish(name), name, format: 'gexf' };
}

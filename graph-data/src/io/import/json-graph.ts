// JSON graphs: graphology's serialisation (also a Redthread graph.json), sigma/d3-style
// {nodes, edges|links} with flat attributes or [source, target] pairs, and Cytoscape.js
// elements (array, {nodes, edges} or a Cytoscape desktop .cyjs with data/position).
import { GraphBuilder } from './builder.js';
import type { ImportContext } from './context.js';
import { fileStem, type FormatResult } from './format.js';
import type { RawAttributes } from './map-attributes.js';
import { safeColor } from './values.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
const TICK = 5_000;
const coordinate = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+(\.\d+)?(px)?$/.test(v.trim()) ? parseFloat(v) : undefined);

export type JsonShape = 'nodes-edges' | 'cytoscape' | 'ftm';

/** Which family a parsed JSON document belongs to, or undefined. */
export function jsonShape(doc: unknown): JsonShape | undefined {
  if (Array.isArray(doc)) {
    const first = doc.find(isObject);
    if (first && isObject(first.data)) return 'cytoscape';
    if (first && typeof first.schema === 'string') return 'ftm';
    return undefined;
  }
  if (!isObject(doc)) return undefined;
  if ('elements' in doc) return 'cytoscape';
  if (Array.isArray(doc.entities)) return 'ftm';
  if (Array.isArray(doc.nodes)) return 'nodes-edges';
  // One FtM entity on its own (a single record, as `ftm` tools write one).
  if (typeof doc.schema === 'string' && isObject(doc.properties)) return 'ftm';
  return undefined;
}

async function each<T>(ctx: ImportContext, list: T[], fn: (item: T, index: number) => void): Promise<void> {
  for (let i = 0; i < list.length; i++) {
    fn(list[i] as T, i);
    if (i % TICK === TICK - 1) await ctx.tick('build', i + 1, list.length);
  }
}

function without(object: Json, ...keys: string[]): RawAttributes {
  const out: RawAttributes = {};
  for (const [k, v] of Object.entries(object)) if (!keys.includes(k)) out[k] = v;
  return out;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** graphology serialisation and sigma/d3-style {nodes, edges | links}. */
export async function importNodesEdges(ctx: ImportContext, doc: unknown): Promise<FormatResult> {
  if (!isObject(doc) || !Array.isArray(doc.nodes)) return ctx.fail('bad_file', 'expected a JSON object with a "nodes" array');
  const rawEdges = doc.edges ?? doc.links ?? [];
  if (!Array.isArray(rawEdges)) return ctx.fail('bad_file', 'expected "edges" to be an array');
  const builder = new GraphBuilder(ctx);
  const graphAttributes = isObject(doc.attributes) ? doc.attributes : {};
  const undirectedGraph = isObject(doc.options) && doc.options.type === 'undirected';
  // sigma's demo keeps cluster colours in a side table.
  const clusterColors = new Map<string, string>();
  if (Array.isArray(doc.clusters)) {
    for (const cluster of doc.clusters) {
      const color = isObject(cluster) ? safeColor(cluster.color) : undefined;
      const key = isObject(cluster) ? idOf(cluster.key) : undefined;
      if (key && color) clusterColors.set(key, color);
    }
  }
  await each(ctx, doc.nodes, (node, i) => {
    const where = () => `nodes[${i}]`;
    const id = isObject(node) ? idOf(node.key ?? node.id) : idOf(node);
    if (id === undefined) return ctx.warnings.note('missingId', where);
    const attributes = isObject(node) ? (isObject(node.attributes) ? node.attributes : without(node, 'key', 'id')) : {};
    const cluster = idOf(attributes.cluster);
    const color = cluster ? clusterColors.get(cluster) : undefined;
    builder.addNode({ id, attributes, ...(color && !attributes.color && { color }) }, where);
  });
  await each(ctx, rawEdges, (edge, i) => {
    const where = () => `edges[${i}]`;
    if (Array.isArray(edge)) {
      const [source, target] = [idOf(edge[0]), idOf(edge[1])];
      if (!source || !target) return ctx.warnings.note('missingEndpoint', where);
      return builder.addEdge({ source, target, attributes: {}, undirected: undirectedGraph }, where);
    }
    if (!isObject(edge)) return ctx.warnings.note('badElement', where);
    const [source, target] = [idOf(edge.source), idOf(edge.target)];
    if (!source || !target) return ctx.warnings.note('missingEndpoint', where);
    const attributes = isObject(edge.attributes) ? edge.attributes : without(edge, 'key', 'id', 'source', 'target', 'undirected');
    // Unsaid stays unsaid: a Redthread export keeps the flag among the attributes instead.
    const undirected = typeof edge.undirected === 'boolean' ? edge.undirected : undirectedGraph || undefined;
    builder.addEdge({ id: idOf(edge.key ?? edge.id), source, target, attributes, undirected }, where);
  });
  const name = textOf(graphAttributes.name) ?? textOf(graphAttributes.title) ?? fileStem(ctx.file);
  return { graph: await builder.finish(name), name, format: 'graphology-json' };
}

/** Cytoscape.js elements: [..], {nodes, edges}, or a .cyjs document wrapping either. */
export async function importCytoscape(ctx: ImportContext, doc: unknown): Promise<FormatResult> {
  const elements = Array.isArray(doc) ? doc : isObject(doc) ? doc.elements : undefined;
  let list: { item: unknown; group: string | undefined; where: string }[];
  if (Array.isArray(elements)) list = elements.map((item, i) => ({ item, group: isObject(item) && typeof item.group === 'string' ? item.group : undefined, where: `elements[${i}]` }));
  else if (isObject(elements)) {
    const nodes = Array.isArray(elements.nodes) ? elements.nodes : [];
    const edges = Array.isArray(elements.edges) ? elements.edges : [];
    list = [...nodes.map((item, i) => ({ item, group: 'nodes', where: `elements.nodes[${i}]` })), ...edges.map((item, i) => ({ item, group: 'edges', where: `elements.edges[${i}]` }))];
  } else return ctx.fail('bad_file', 'expected Cytoscape.js "elements" (an array, or an object with "nodes" and "edges")');
  const builder = new GraphBuilder(ctx);
  await each(ctx, list, (entry) => {
    const where = () => entry.where;
    const { item } = entry;
    if (!isObject(item) || !isObject(item.data)) return ctx.warnings.note('badElement', where);
    const data = item.data;
    const isEdge = entry.group === 'edges' || (entry.group === undefined && data.source !== undefined && data.target !== undefined);
    const classes = Array.isArray(item.classes) ? item.classes.join(' ') : textOf(item.classes);
    const style = isObject(item.style) ? item.style : {};
    if (isEdge) {
      const [source, target] = [idOf(data.source), idOf(data.target)];
      if (!source || !target) return ctx.warnings.note('missingEndpoint', where);
      const attributes = without(data, 'id', 'source', 'target');
      if (classes) attributes.classes = classes;
      const color = safeColor(style['line-color']);
      return builder.addEdge({ id: idOf(data.id), source, target, attributes, ...(color && { color }) }, where);
    }
    const id = idOf(data.id);
    if (id === undefined) return ctx.warnings.note('missingId', where);
    const attributes = without(data, 'id');
    if (classes) attributes.classes = classes;
    const position = isObject(item.position) ? item.position : {};
    // A Cytoscape.js element's own style (cy.json() writes it as `style`): fill, size and shape.
    const color = safeColor(style['background-color']);
    const width = coordinate(style.width) ?? coordinate(style.height);
    if (typeof style.shape === 'string' && attributes.shape === undefined) attributes.shape = style.shape;
    // The position wins over data.x/data.y (Cytoscape desktop writes both).
    builder.addNode({ id, attributes, x: coordinate(position.x), y: coordinate(position.y), ...(color && { color }), ...(width !== undefined && width > 0 && { size: width / 2 }) }, where);
  });
  const meta = isObject(doc) && isObject(doc.data) ? doc.data : {};
  const name = textOf(meta.name) ?? textOf(meta.title) ?? fileStem(ctx.file);
  return { graph: await builder.finish(name), name, format: 'cytoscape-json' };
}

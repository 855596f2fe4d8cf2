// FollowTheMoney importer: entity streams (JSON lines: .ijson, .ftm.json), entity arrays and the
// Aleph/VIS diagram {entities, layout}. Things become nodes, interval schemata (Ownership,
// Membership, Payment…) become edges keeping their schema in extra, and sourceUrl/publisher
// become evidence citing one source per publisher or URL.
import type { LoadedSource } from '../../service/dataset.js';
import { GraphBuilder } from './builder.js';
import type { ImportContext } from './context.js';
import { fileStem, type FormatResult } from './format.js';
import { parseJsonText } from './json-read.js';
import type { RawAttributes } from './map-attributes.js';
import { FTM_EDGE_SCHEMATA, FTM_LABEL_PROPERTIES, FTM_NODE_KINDS, FTM_POINTERS, FTM_QUOTE_PROPERTIES, FTM_REFERENCE_EDGES, FTM_SOURCE_PROPERTIES } from './ftm-schema.js';
import { relationFor } from './vocab-map.js';
import { partialDate, safeColor } from './values.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  caption?: string;
  where: string;
}

const TICK = 5_000;

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' || typeof v === 'number').map(String);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return [];
}

function toEntity(raw: unknown, where: string): Entity | undefined {
  if (!isObject(raw) || typeof raw.schema !== 'string') return undefined;
  const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : '';
  if (!id) return undefined;
  const properties: Record<string, string[]> = {};
  if (isObject(raw.properties)) for (const [k, v] of Object.entries(raw.properties)) properties[k] = strings(v);
  const caption = typeof raw.caption === 'string' && raw.caption.trim() ? raw.caption.trim() : undefined;
  return { id, schema: raw.schema, properties, ...(caption && { caption }), where };
}

/** An FtM JSON-lines stream: one entity per line (a bad line is skipped, unless it is the first). */
export function isFtmLines(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline < 0 || text.slice(newline).trim() === '') return false;
  try {
    const first: unknown = JSON.parse(text.slice(0, newline));
    return isObject(first) && typeof first.schema === 'string';
  } catch {
    return false;
  }
}

export async function ftmEntitiesFromLines(ctx: ImportContext, text: string): Promise<Entity[]> {
  const entities: Entity[] = [];
  let line = 0;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    line++;
    const row = text.slice(at, end).trim();
    at = end + 1;
    if (!row) continue;
    const where = `line ${line}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row);
    } catch {
      if (entities.length === 0) parseJsonText(ctx, row, where);
      ctx.warnings.note('badJsonLine', () => where);
      continue;
    }
    const entity = toEntity(parsed, where);
    if (entity) entities.push(entity);
    else ctx.warnings.note('badElement', () => `${where} (not an FtM entity)`);
    if (line % TICK === 0) await ctx.tick('read', at, text.length);
  }
  return entities;
}

function flatten(properties: Record<string, string[]>, skip: string[]): RawAttributes {
  const out: RawAttributes = {};
  for (const [k, v] of Object.entries(properties)) {
    if (skip.includes(k) || v.length === 0) continue;
    out[k] = v.length === 1 ? v[0] : v;
  }
  return out;
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

class Sources {
  readonly map = new Map<string, LoadedSource>();
  private readonly byKey = new Map<string, string>();

  /** The evidence an entity's provenance properties give, creating its source on first use. */
  evidenceFor(entity: Entity, label: string): { source: string; quote: string }[] | undefined {
    const p = entity.properties;
    const publisher = p[FTM_SOURCE_PROPERTIES.publisher]?.[0];
    const url = FTM_SOURCE_PROPERTIES.url.map((k) => p[k]?.[0]).find(Boolean);
    if (!publisher && !url) return undefined;
    const key = `${publisher ?? ''}\u0000${url ?? ''}`;
    let id = this.byKey.get(key);
    if (!id) {
      id = `ftm-source-${this.map.size + 1}`;
      this.byKey.set(key, id);
      const host = hostOf(url);
      const date = FTM_SOURCE_PROPERTIES.date.map((k) => partialDate(p[k]?.[0])).find(Boolean) ?? '';
      this.map.set(id, { id, title: publisher ?? url ?? id, publisher: publisher ?? host ?? '', date, file: '', text: '', ...(url && { url }) });
    }
    const quote = FTM_QUOTE_PROPERTIES.map((k) => p[k]?.[0]).find((q) => q?.trim()) ?? label;
    return [{ source: id, quote }];
  }
}

interface Layout {
  x?: number;
  y?: number;
  color?: string;
}

function diagramLayout(doc: unknown): Map<string, Layout> {
  const layout = new Map<string, Layout>();
  const vertices = isObject(doc) && isObject(doc.layout) && Array.isArray(doc.layout.vertices) ? doc.layout.vertices : [];
  for (const v of vertices) {
    if (!isObject(v) || typeof v.entityId !== 'string') continue;
    const position = isObject(v.position) ? v.position : {};
    const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
    layout.set(v.entityId, { x: num(position.x), y: num(position.y), color: safeColor(v.color) });
  }
  return layout;
}

export async function importFtm(ctx: ImportContext, entities: Entity[], doc?: unknown): Promise<FormatResult> {
  const builder = new GraphBuilder(ctx);
  const sources = new Sources();
  const layout = diagramLayout(doc);
  const known = new Set(entities.filter((e) => !FTM_EDGE_SCHEMATA[e.schema]).map((e) => e.id));
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i] as Entity;
    const where = () => entity.where;
    const link = FTM_EDGE_SCHEMATA[entity.schema];
    const label = entity.caption ?? FTM_LABEL_PROPERTIES.map((k) => entity.properties[k]?.[0]).find((v) => v?.trim());
    if (link) {
      const attributes = { schema: entity.schema, ...flatten(entity.properties, [link.source, link.target]) };
      const edgeLabel = link.label.map((k) => entity.properties[k]?.[0]).find(Boolean);
      const evidence = sources.evidenceFor(entity, label ?? edgeLabel ?? entity.schema);
      const relation = (entity.schema === 'Family' && relationFor(edgeLabel)) || link.relation;
      const sourcesOf = entity.properties[link.source] ?? [];
      const targets = entity.properties[link.target] ?? [];
      if (sourcesOf.length === 0 || targets.length === 0) ctx.warnings.note('missingEndpoint', () => `${entity.schema} "${entity.id}" ${entity.where}`);
      // Several owners of several assets make every pair: a budget, checked before any is made.
      const pairs = sourcesOf.length * targets.length;
      if (pairs > 1) ctx.addExpanded(pairs);
      let n = 0;
      for (const source of sourcesOf) {
        for (const target of targets) {
          const id = n++ === 0 ? entity.id : `${entity.id}#${n}`;
          builder.addEdge({ id, source, target, attributes, relation, ...(edgeLabel && { label: edgeLabel }), ...(evidence && { evidence }) }, where);
          if (n % TICK === 0) await ctx.tick('build', i, entities.length);
        }
      }
    } else {
      const evidence = sources.evidenceFor(entity, label ?? entity.id);
      const kind = FTM_NODE_KINDS[entity.schema] ?? 'other';
      const place = layout.get(entity.id);
      const attributes = { schema: entity.schema, ...flatten(entity.properties, []) };
      const description = FTM_QUOTE_PROPERTIES.map((k) => entity.properties[k]?.[0]).find((v) => v?.trim());
      builder.addNode({ id: entity.id, attributes, kind, ...(label && { label }), ...(description && { description }), ...(evidence && { evidence }), ...place }, where);
      const references = [...Object.entries(FTM_REFERENCE_EDGES).map(([property, relation]) => ({ property, relation })), ...(FTM_POINTERS[entity.schema] ?? [])];
      for (const { property, relation } of references) {
        for (const target of entity.properties[property] ?? []) {
          if (known.has(target)) builder.addEdge({ source: entity.id, target, attributes: { property }, relation, ...(evidence && { evidence }) }, where);
          else ctx.warnings.note('danglingReference', () => `${property} "${target}" on ${entity.schema} "${entity.id}"`);
        }
      }
    }
    if (i % TICK === TICK - 1) await ctx.tick('build', i + 1, entities.length);
  }
  const name = fileStem(ctx.file);
  return { graph: await builder.finish(name), name, format: 'ftm', sources: sources.map };
}

/** Entities from a parsed JSON document: an array of entities, a diagram {entities: [...]} or one entity. */
export function ftmEntitiesFromDocument(ctx: ImportContext, doc: unknown): Entity[] {
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc.entities) ? doc.entities : isObject(doc) && typeof doc.schema === 'string' ? [doc] : [];
  const entities: Entity[] = [];
  list.forEach((raw, i) => {
    const entity = toEntity(raw, `entities[${i}]`);
    if (entity) entities.push(entity);
    else ctx.warnings.note('badElement', () => `entities[${i}] (not an FtM entity)`);
  });
  return entities;
}

// The attribute catalogue of the open graph: every key the file declared (kept in `extra`,
// file defaults applied) and the built-in fields, each typed and counted, so the Appearance,
// Filters and table panels offer what the graph really holds. `readAttribute` is the one way
// service code reads an attribute, so built-ins and defaults behave the same everywhere.
import type { AttributeCatalog, AttributeElement, AttributeInfo, AttributeType, AttributeValue } from '../contract.js';
import { defaultsOf } from '../io/extra.js';
import type { RedthreadGraph } from './dataset.js';

/** Distinct values are counted up to this many per attribute. */
export const DISTINCT_CAP = 10_000;
/** How many of the most frequent values a catalogue entry lists. */
export const TOP_VALUES = 100;

const NODE_BUILTINS = ['label', 'kind', 'date', 'degree', 'size'] as const;
const EDGE_BUILTINS = ['relation', 'label', 'weight', 'allegation'] as const;
// Listed even when no element has a value (every graph has them).
const ALWAYS: Record<AttributeElement, ReadonlySet<string>> = { node: new Set(['label', 'kind', 'degree']), edge: new Set(['relation']) };
const BUILTIN_TYPES: Record<string, AttributeType> = { date: 'date', degree: 'number', size: 'number', weight: 'number' };

type Plain = string | number | boolean;
const isPlain = (v: unknown): v is Plain =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';

/** A value as it may cross the contract: plain values and lists of them; anything else is absent. */
export function toAttributeValue(value: unknown): AttributeValue {
  if (isPlain(value)) return value;
  if (Array.isArray(value)) return value.filter(isPlain);
  return null;
}

function builtinValue(graph: RedthreadGraph, element: AttributeElement, key: string, id: string): AttributeValue {
  if (element === 'node') {
    const attrs = graph.getNodeAttributes(id);
    switch (key) {
      case 'label': return attrs.label;
      case 'kind': return attrs.kind;
      case 'date': return attrs.date ?? null;
      case 'degree': return graph.degree(id);
      case 'size': return toAttributeValue(attrs.size);
      default: return null;
    }
  }
  const attrs = graph.getEdgeAttributes(id);
  switch (key) {
    case 'relation': return attrs.relation;
    case 'label': return attrs.label ?? null;
    case 'weight': return toAttributeValue(attrs.weight);
    case 'allegation': return attrs.allegation?.type ?? null;
    default: return null;
  }
}

/** One element's value of one attribute (file default applied); null when absent or the element is unknown. */
export function readAttribute(graph: RedthreadGraph, element: AttributeElement, key: string, builtin: boolean, id: string): AttributeValue {
  const known = element === 'node' ? graph.hasNode(id) : graph.hasEdge(id);
  if (!known) return null;
  if (builtin) return builtinValue(graph, element, key, id);
  const attrs = element === 'node' ? graph.getNodeAttributes(id) : graph.getEdgeAttributes(id);
  const own = attrs.extra?.[key];
  return toAttributeValue(own !== undefined ? own : defaultsOf(graph, element)[key]);
}

/** A number from a number or a numeric string (as spreadsheets and GraphML often store them); else null. */
export function numericValue(value: AttributeValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return Number(value);
  return null;
}

const NUMERIC = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const URL_LIKE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** Gathers one attribute's values: type evidence, range, and frequencies. */
class Tally {
  count = 0;
  private readonly freq = new Map<string, number>();
  private capped = false;
  private allNumber = true;
  private allBoolean = true;
  private allDate = true;
  private allUrl = true;
  private anyList = false;
  private min = Infinity;
  private max = -Infinity;
  private minText: string | undefined;
  private maxText: string | undefined;

  add(value: AttributeValue, times = 1): void {
    if (value === null || times <= 0) return;
    if (Array.isArray(value)) {
      this.anyList = true;
      if (value.length === 0) return;
      this.count += times;
      for (const item of value) this.item(item, times);
      return;
    }
    this.count += times;
    this.item(value, times);
  }

  private item(value: Plain, times: number): void {
    const text = String(value);
    const number = typeof value === 'boolean' ? null : numericValue(value);
    if (number === null) this.allNumber = false;
    else {
      if (number < this.min) this.min = number;
      if (number > this.max) this.max = number;
    }
    if (typeof value !== 'boolean' && text !== 'true' && text !== 'false') this.allBoolean = false;
    if (typeof value === 'string' && DATE.test(value)) {
      if (this.minText === undefined || value < this.minText) this.minText = value;
      if (this.maxText === undefined || value > this.maxText) this.maxText = value;
    } else this.allDate = false;
    if (typeof value !== 'string' || !URL_LIKE.test(value)) this.allUrl = false;
    const seen = this.freq.get(text);
    if (seen !== undefined) this.freq.set(text, seen + times);
    else if (this.freq.size < DISTINCT_CAP) this.freq.set(text, times);
    else this.capped = true;
  }

  info(key: string, builtin: boolean, forced?: AttributeType): AttributeInfo {
    const type = forced ?? this.type();
    const info: AttributeInfo = { key, builtin, type, count: this.count, distinct: this.freq.size };
    if (this.capped) info.distinctCapped = true;
    if (type === 'number' && this.count > 0 && Number.isFinite(this.min)) {
      info.min = this.min;
      info.max = this.max;
    } else if (type === 'date' && this.minText !== undefined) {
      info.min = this.minText;
      info.max = this.maxText;
    } else if (type !== 'number' && type !== 'date') {
      info.values = [...this.freq]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, TOP_VALUES)
        .map(([value, count]) => ({ value, count }));
    }
    return info;
  }

  private type(): AttributeType {
    if (this.anyList) return 'list';
    if (this.count === 0) return 'string';
    if (this.allBoolean) return 'boolean';
    if (this.allNumber) return 'number';
    if (this.allDate) return 'date';
    if (this.allUrl) return 'url';
    return 'string';
  }
}

function catalogueOf(graph: RedthreadGraph, element: AttributeElement): AttributeInfo[] {
  const builtins = element === 'node' ? NODE_BUILTINS : EDGE_BUILTINS;
  const builtinTallies = new Map(builtins.map((key) => [key as string, new Tally()]));
  const extraTallies = new Map<string, Tally>();
  const ownCounts = new Map<string, number>();
  const visit = (id: string, extra: Record<string, unknown> | undefined) => {
    for (const [key, tally] of builtinTallies) tally.add(builtinValue(graph, element, key, id));
    if (!extra) return;
    for (const key in extra) {
      const value = extra[key];
      if (value === undefined) continue;
      let tally = extraTallies.get(key);
      if (!tally) extraTallies.set(key, (tally = new Tally()));
      tally.add(toAttributeValue(value));
      ownCounts.set(key, (ownCounts.get(key) ?? 0) + 1);
    }
  };
  if (element === 'node') graph.forEachNode((id, attrs) => visit(id, attrs.extra));
  else graph.forEachEdge((id, attrs) => visit(id, attrs.extra));

  // A declared default counts once for every element that does not set the key itself.
  const total = element === 'node' ? graph.order : graph.size;
  for (const [key, value] of Object.entries(defaultsOf(graph, element))) {
    let tally = extraTallies.get(key);
    if (!tally) extraTallies.set(key, (tally = new Tally()));
    tally.add(toAttributeValue(value), total - (ownCounts.get(key) ?? 0));
  }

  const out: AttributeInfo[] = [];
  for (const [key, tally] of builtinTallies) {
    if (tally.count > 0 || ALWAYS[element].has(key)) out.push(tally.info(key, true, BUILTIN_TYPES[key] ?? 'string'));
  }
  const extras = [...extraTallies].sort(([a], [b]) => a.localeCompare(b));
  for (const [key, tally] of extras) out.push(tally.info(key, false));
  return out;
}

export function attributeCatalog(graph: RedthreadGraph, graphId: string): AttributeCatalog {
  return { graph: graphId, node: catalogueOf(graph, 'node'), edge: catalogueOf(graph, 'edge') };
}

export function attributeValues(graph: RedthreadGraph, element: AttributeElement, key: string, builtin: boolean, ids: readonly string[]): AttributeValue[] {
  return ids.map((id) => readAttribute(graph, element, key, builtin, id));
}

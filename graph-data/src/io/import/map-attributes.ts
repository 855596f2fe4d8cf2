// One mapping from a file's own attributes to Redthread's node and edge attributes, used by every
// format: label/name/title, kind and relation through vocab-map, dates, position, colour, size and
// weight; everything else is kept in `extra` as plain values.
import { allegationSchema, evidenceSchema, roleSchema } from '../../schema/model.js';
import type { NodeKind, Relation } from '../../schema/vocabulary.js';
import { NODE_KINDS, RELATIONS } from '../../schema/vocabulary.js';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../service/dataset.js';
import { FULL_LABEL_MAX, LABEL_MAX } from './context.js';
import { kindFor, relationFor } from './vocab-map.js';
import { dateOrInterval, dateRange, partialDate, rgbColor, safeColor, type ExtraValue } from './values.js';
import type { Warnings } from './warnings.js';
import { whereText, type Where } from './where.js';
import { Consumer, type AttributeDefaults, type RawAttributes } from './attribute-reader.js';
import { plainAllegation, plainEvidence } from './plain-native.js';

export { AttributeDefaults, plainValue, type RawAttributes } from './attribute-reader.js';

/** What a format knows about a node beyond its plain attributes. */
export interface NodeSpec {
  id: string;
  attributes: RawAttributes;
  /** Declared defaults, read when the element lacks a key. */
  defaults?: AttributeDefaults;
  label?: string;
  /** Authoritative kind (e.g. from an FtM schema). */
  kind?: NodeKind;
  /** Fallback kind when no attribute names one (e.g. from an ICIJ file name). */
  kindHint?: NodeKind;
  date?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  description?: string;
  evidence?: GraphNodeAttributes['evidence'];
}

export interface EdgeSpec {
  id?: string;
  source: string;
  target: string;
  attributes: RawAttributes;
  defaults?: AttributeDefaults;
  label?: string;
  relation?: Relation;
  undirected?: boolean;
  date?: string;
  weight?: number;
  color?: string;
  evidence?: GraphEdgeAttributes['evidence'];
}

const LABEL_KEYS = ['label', 'name', 'title', 'caption'];
const KIND_KEYS = ['kind', 'type', 'category', 'schema', 'tag', 'class', 'node_type', 'nodetype', 'entity_type', 'labels', 'actor_type'];
const RELATION_KEYS = ['relation', 'relationship', 'rel_type', 'type', 'kind', 'interaction', 'link_type', 'edge_type', 'schema', 'role', 'label'];
const DESCRIPTION_KEYS = ['description', 'summary'];
const DATE_PAIRS: [string, string][] = [['start', 'end'], ['start_date', 'end_date'], ['startdate', 'enddate'], ['date_from', 'date_to']];
const DIRECTEDNESS: Record<string, boolean> = { directed: false, undirected: true, mutual: true, mixed: false };
/** Keys the mapper turns into Redthread fields when it can (so a default for one is not kept as an attribute). */
export const TAKEN_KEYS = {
  node: new Set([...LABEL_KEYS, ...DESCRIPTION_KEYS, 'date', ...DATE_PAIRS.flat(), 'x', 'y', 'size', 'color', 'r', 'g', 'b', 'evidence', 'roles', 'aliases']),
  edge: new Set(['label', 'date', ...DATE_PAIRS.flat(), 'weight', 'color', 'evidence', 'allegation', 'relation', 'undirected']),
};
const KIND_SET = new Set<string>(NODE_KINDS);
const RELATION_SET = new Set<string>(RELATIONS);

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.length > 0) return text(value[0]);
  return undefined;
}

function finite(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** Only for a label longer than LABEL_MAX. */
function shortLabel(label: string, warnings: Warnings, where: Where, extra: Record<string, ExtraValue>): string {
  warnings.note('longLabel', () => `${label.slice(0, 40)}… ${whereText(where)}`);
  if (label.length <= FULL_LABEL_MAX) extra.fullLabel = label;
  return `${label.slice(0, LABEL_MAX)}…`;
}

function dateOf(c: Consumer): string | undefined {
  const date = dateOrInterval(c.get('date'));
  if (date) {
    c.take('date');
    return date;
  }
  for (const [from, to] of DATE_PAIRS) {
    const start = text(c.get(from));
    const end = text(c.get(to));
    const range = dateRange(start, end);
    if (range) {
      // An end that is not a date ("never", "present") stays an attribute: it says something.
      if (start === undefined || partialDate(start)) c.take(from);
      if (end === undefined || partialDate(end)) c.take(to);
      return range;
    }
  }
  return undefined;
}

const AXES = ['x', 'y', 'size'] as const;

function visual(c: Consumer, target: { x?: number; y?: number; size?: number; color?: string }): void {
  for (const axis of AXES) {
    if (target[axis] !== undefined) continue;
    const n = finite(c.get(axis));
    if (n !== undefined) {
      c.take(axis);
      target[axis] = n;
    }
  }
  if (target.color === undefined) {
    const color = safeColor(c.get('color'));
    if (color) {
      c.take('color');
      target.color = color;
    } else if (finite(c.get('r')) !== undefined && finite(c.get('g')) !== undefined && finite(c.get('b')) !== undefined) {
      target.color = rgbColor(String(c.take('r')), String(c.take('g')), String(c.take('b')));
    }
  }
}

/**
 * Redthread's own fields, when a file written by Redthread (or by hand) carries them well-formed.
 * `plain` reads the common shape without zod; it never refuses, only leaves the rest to `parse`.
 */
function native<T>(c: Consumer, name: string, parse: (v: unknown) => { success: boolean; data?: T }, plain?: (v: unknown) => T | undefined): T | undefined {
  const value = c.get(name);
  if (value === undefined) return undefined;
  const read = plain?.(value);
  if (read !== undefined) {
    c.take(name);
    return read;
  }
  const parsed = parse(value);
  if (!parsed.success) return undefined;
  c.take(name);
  return parsed.data;
}

const evidenceList = evidenceSchema.array().min(1);
const roleList = roleSchema.array();
const aliasList = evidenceSchema.shape.quote.array();
const parseEvidence = (v: unknown) => evidenceList.safeParse(v);
const parseRoles = (v: unknown) => roleList.safeParse(v);
const parseAliases = (v: unknown) => aliasList.safeParse(v);
const parseAllegation = (v: unknown) => allegationSchema.safeParse(v);

/** The first of `keys` whose value reads as text. */
function firstText(c: Consumer, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = text(c.get(key));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Object.keys(object).length > 0, without making the array. */
function hasOwnKeys(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

/**
 * One reader serves every element (imports are synchronous per element): a reader per element
 * was a fifth of the garbage a 10k-node JSON import made.
 */
const reader = new Consumer({});

export function nodeAttributes(spec: NodeSpec, warnings: Warnings, where: Where): GraphNodeAttributes {
  const c = reader.reset(spec.attributes, spec.defaults);
  let label = spec.label;
  if (label === undefined) {
    for (const key of LABEL_KEYS) {
      const value = text(c.get(key));
      if (value !== undefined) {
        c.take(key);
        label = value;
        break;
      }
    }
  }
  let kind = spec.kind;
  if (!kind) {
    const own = c.get('kind');
    if (typeof own === 'string' && KIND_SET.has(own)) {
      kind = own as NodeKind;
      c.take('kind');
    } else for (const key of KIND_KEYS) if ((kind = kindFor(text(c.get(key))))) break;
  }
  const attrs: GraphNodeAttributes = { label: '', kind: kind ?? spec.kindHint ?? 'other' };
  const date = spec.date ?? dateOf(c);
  if (date) attrs.date = date;
  const description = spec.description ?? firstText(c, DESCRIPTION_KEYS);
  if (description) {
    for (const key of DESCRIPTION_KEYS) if (text(c.get(key)) === description) c.take(key);
    attrs.description = description;
  }
  if (spec.x !== undefined) attrs.x = spec.x;
  if (spec.y !== undefined) attrs.y = spec.y;
  if (spec.size !== undefined) attrs.size = spec.size;
  if (spec.color !== undefined) attrs.color = spec.color;
  visual(c, attrs);
  const evidence = spec.evidence ?? native(c, 'evidence', parseEvidence, plainEvidence);
  if (evidence) attrs.evidence = evidence;
  const roles = native(c, 'roles', parseRoles);
  if (roles) attrs.roles = roles;
  const aliases = native(c, 'aliases', parseAliases);
  if (aliases) attrs.aliases = aliases;
  let extra = c.extra();
  const fullLabel = label ?? spec.id;
  attrs.label = fullLabel.length > LABEL_MAX ? shortLabel(fullLabel, warnings, where, (extra ??= {})) : fullLabel;
  if (extra && hasOwnKeys(extra)) attrs.extra = extra;
  return attrs;
}

/** The declared defaults kept on the graph: those that did not become Redthread fields. */
export function storedDefaults(defaults: AttributeDefaults, type: 'node' | 'edge'): Record<string, ExtraValue> | undefined {
  return defaults.stored(TAKEN_KEYS[type]);
}

export function edgeAttributes(spec: EdgeSpec, warnings: Warnings, where: Where): GraphEdgeAttributes {
  const c = reader.reset(spec.attributes, spec.defaults);
  let undirected = spec.undirected;
  // A file written by Redthread (graphology JSON, CSV) carries the flag as an attribute.
  if (undirected === undefined && typeof c.get('undirected') === 'boolean') undirected = c.take('undirected') === true;
  let relation = spec.relation;
  if (!relation) {
    const own = c.get('relation');
    if (typeof own === 'string' && RELATION_SET.has(own)) {
      relation = own as Relation;
      c.take('relation');
    }
  }
  for (const key of RELATION_KEYS) {
    const value = text(c.get(key));
    if (value === undefined) continue;
    const direction = DIRECTEDNESS[value.toLowerCase()];
    if (direction !== undefined && key === 'type') {
      c.take(key);
      undirected ??= direction;
      continue;
    }
    relation ??= relationFor(value);
  }
  const attrs: GraphEdgeAttributes = { relation: relation ?? 'related_to' };
  const label = spec.label ?? text(c.take('label'));
  const date = spec.date ?? dateOf(c);
  if (date) attrs.date = date;
  const weight = spec.weight ?? finite(c.get('weight'));
  if (weight !== undefined) {
    if (spec.weight === undefined) c.take('weight');
    attrs.weight = weight;
  }
  const color = spec.color ?? safeColor(c.get('color'));
  if (color) {
    if (!spec.color) c.take('color');
    attrs.color = color;
  }
  const evidence = spec.evidence ?? native(c, 'evidence', parseEvidence, plainEvidence);
  if (evidence) attrs.evidence = evidence;
  const allegation = native(c, 'allegation', parseAllegation, plainAllegation);
  if (allegation) attrs.allegation = allegation;
  if (undirected) attrs.undirected = true;
  let extra = c.extra();
  if (label) attrs.label = label.length > LABEL_MAX ? shortLabel(label, warnings, where, (extra ??= {})) : label;
  if (extra && hasOwnKeys(extra)) attrs.extra = extra;
  return attrs;
}

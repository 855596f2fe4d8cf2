// Attribute filters in the FilterSpec as the panel edits them: add one from the catalogue,
// set its range or tick its terms, remove it; and how a chip or a caption names it. Pure: the
// service evaluates the spec (graph-data/src/service/attribute-filter.ts).
import type { AttributeFilter, FilterSpec } from '../../../../graph-data/src/contract.js';

export type AttributeRef = Pick<AttributeFilter, 'element' | 'key' | 'builtin'>;
export type Range = NonNullable<AttributeFilter['range']>;

export const sameAttribute = (a: AttributeRef, b: AttributeRef): boolean =>
  a.element === b.element && a.key === b.key && (a.builtin === true) === (b.builtin === true);

/** The spec with `list` as its attribute filters (the field goes when the list is empty). */
function withList(spec: FilterSpec, list: AttributeFilter[]): FilterSpec {
  const rest = { ...spec };
  delete rest.attributes;
  return list.length > 0 ? { ...rest, attributes: list } : rest;
}

/** Adds a filter on an attribute (constraining nothing yet); an attribute already there stays once. */
export function addAttributeFilter(spec: FilterSpec, ref: AttributeRef): FilterSpec {
  const list = spec.attributes ?? [];
  if (list.some((a) => sameAttribute(a, ref))) return spec;
  const entry: AttributeFilter = { element: ref.element, key: ref.key };
  if (ref.builtin) entry.builtin = true;
  return withList(spec, [...list, entry]);
}

export function removeAttributeFilter(spec: FilterSpec, index: number): FilterSpec {
  return withList(spec, (spec.attributes ?? []).filter((_a, i) => i !== index));
}

function update(spec: FilterSpec, index: number, change: (entry: AttributeFilter) => AttributeFilter): FilterSpec {
  return withList(spec, (spec.attributes ?? []).map((a, i) => (i === index ? change(a) : a)));
}

/** Sets or clears (both bounds absent) the range of filter `index`. */
export function setAttributeRange(spec: FilterSpec, index: number, range: Range): FilterSpec {
  return update(spec, index, ({ range: _old, ...entry }) => {
    const bounds = Object.fromEntries(Object.entries(range).filter(([, v]) => v !== undefined)) as Range;
    return Object.keys(bounds).length > 0 ? { ...entry, range: bounds } : entry;
  });
}

/**
 * Ticks or unticks a term. Nothing ticked is no constraint (every value shows); ticking values
 * keeps only the elements that carry one of them.
 */
export function toggleAttributeTerm(spec: FilterSpec, index: number, value: string): FilterSpec {
  return update(spec, index, ({ terms, ...entry }) => {
    const current = terms ?? [];
    const next = current.includes(value) ? current.filter((t) => t !== value) : [...current, value];
    return next.length > 0 ? { ...entry, terms: next } : entry;
  });
}

export function isAttributeConstrained(a: AttributeFilter): boolean {
  return a.terms !== undefined || (a.range !== undefined && (a.range.min !== undefined || a.range.max !== undefined));
}

/** The attribute's name as the panel shows it: edge attributes say so. */
export function attributeName(a: AttributeRef): string {
  return a.element === 'edge' ? `Edge ${a.key}` : a.key;
}

/** "weight: 2 – 5", "authority ≥ 0.01", "city: Paris, Lyon +2"; null when it constrains nothing. */
export function describeAttributeFilter(a: AttributeFilter): string | null {
  if (!isAttributeConstrained(a)) return null;
  const parts: string[] = [];
  const { min, max } = a.range ?? {};
  if (min !== undefined && max !== undefined) parts.push(`${min} – ${max}`);
  else if (min !== undefined) parts.push(`≥ ${min}`);
  else if (max !== undefined) parts.push(`≤ ${max}`);
  if (a.terms !== undefined) {
    const shown = a.terms.slice(0, 3).map((t) => (t === '' ? '(empty)' : t));
    parts.push(a.terms.length === 0 ? 'none' : `${shown.join(', ')}${a.terms.length > 3 ? ` +${a.terms.length - 3}` : ''}`);
  }
  const name = attributeName(a);
  const oneSided = a.terms === undefined && (min === undefined) !== (max === undefined);
  return oneSided ? `${name} ${parts.join('')}` : `${name}: ${parts.join(' · ')}`;
}

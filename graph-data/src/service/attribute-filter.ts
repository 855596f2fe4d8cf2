// Filters on any attribute (FilterSpec.attributes): a range over numbers or dates, or a set of
// terms. Values are read once per attribute through readAttribute (built-ins and the file's
// declared defaults behave as everywhere else) and kept as columns beside the FilterIndex, so a
// filter change is a scan over an array, never a walk of graphology attributes.
import type { AttributeElement, AttributeFilter, AttributeValue } from '../contract.js';
import { numericValue, readAttribute } from './attributes.js';
import type { RedthreadGraph } from './dataset.js';
import { dateBounds, type FilterIndex } from './filter-index.js';

/** One attribute's values in FilterIndex order (nodeIds or edgeIds). */
export type AttributeColumn = readonly AttributeValue[];
export type ColumnSource = (element: AttributeElement, key: string, builtin: boolean) => AttributeColumn;

/** Columns read on demand and kept for the few attributes a user filters on at a time. */
const KEPT_COLUMNS = 16;

export function createColumnSource(graph: RedthreadGraph, index: FilterIndex): ColumnSource {
  const kept = new Map<string, AttributeColumn>();
  return (element, key, builtin) => {
    const name = `${element}\u0000${builtin ? 1 : 0}\u0000${key}`;
    let column = kept.get(name);
    if (column) {
      kept.delete(name); // most recently used goes last
    } else {
      const ids = element === 'node' ? index.nodeIds : index.edgeIds;
      column = ids.map((id) => readAttribute(graph, element, key, builtin, id));
      if (kept.size >= KEPT_COLUMNS) kept.delete(kept.keys().next().value ?? '');
    }
    kept.set(name, column);
    return column;
  };
}

/** An entry with neither a bound nor a term list asks for counts only: it hides nothing. */
export function isConstrained(filter: Pick<AttributeFilter, 'range' | 'terms'>): boolean {
  return filter.terms !== undefined || (filter.range !== undefined && (filter.range.min !== undefined || filter.range.max !== undefined));
}

// A date attribute may carry a time ("2018-11-21T10:00:00Z"): its day is what a range compares.
const LEADING_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?/;

/** The inclusive day range a date value covers (see dateBounds), null when it is no date. */
export function dateValueBounds(value: string | number): [number, number] | null {
  const text = String(value).trim();
  const match = LEADING_DATE.exec(text);
  if (!match) return null;
  // "2018-11-21T…" and "2018-11-21 10:00" are that day; "20181" or "2018-1x" are not dates.
  const rest = text.slice(match[0].length);
  if (rest !== '' && !/^[T ]\d/.test(rest)) return null;
  return dateBounds(match[0]);
}

type Scalar = string | number | boolean;
type Test = (item: Scalar) => boolean;

function rangeTest(range: NonNullable<AttributeFilter['range']>): Test | null {
  const { min, max } = range;
  if (min === undefined && max === undefined) return null;
  if (typeof min === 'number' || typeof max === 'number') {
    const lo = typeof min === 'number' ? min : -Infinity;
    const hi = typeof max === 'number' ? max : Infinity;
    return (item) => {
      const n = numericValue(item);
      return n !== null && n >= lo && n <= hi;
    };
  }
  // Partial dates, inclusive at both ends, as dateFrom / dateTo: max "2018" runs to 31 December.
  const from = dateBounds(min)?.[0] ?? -Infinity;
  const to = dateBounds(max)?.[1] ?? Infinity;
  return (item) => {
    if (typeof item === 'boolean') return false;
    const b = dateValueBounds(item);
    return b !== null && b[0] <= to && b[1] >= from;
  };
}

/** The test one attribute filter puts to a value; null when it constrains nothing. */
export function valueTest(filter: Pick<AttributeFilter, 'range' | 'terms'>): ((value: AttributeValue) => boolean) | null {
  if (!isConstrained(filter)) return null;
  const tests: Test[] = [];
  const range = filter.range ? rangeTest(filter.range) : null;
  if (range) tests.push(range);
  if (filter.terms !== undefined) {
    const terms = new Set(filter.terms);
    tests.push((item) => terms.has(String(item)));
  }
  const passes = (item: Scalar) => tests.every((t) => t(item));
  // A list passes when one of its items does (OR within the element, as within a group).
  return (value) => (value === null ? false : Array.isArray(value) ? value.some(passes) : passes(value));
}

export interface CompiledAttribute {
  filter: AttributeFilter;
  element: AttributeElement;
  column: AttributeColumn;
  /** 1 for each element the filter rejects; null when it constrains nothing. */
  fails: Uint8Array | null;
}

export function compileAttributes(filters: readonly AttributeFilter[] | undefined, columns: ColumnSource | undefined): CompiledAttribute[] {
  if (!filters || filters.length === 0) return [];
  if (!columns) throw new Error('service/filters: attribute filters need the graph’s attribute columns');
  return filters.map((filter) => {
    const column = columns(filter.element, filter.key, filter.builtin === true);
    const test = valueTest(filter);
    if (!test) return { filter, element: filter.element, column, fails: null };
    const fails = new Uint8Array(column.length);
    column.forEach((value, i) => {
      if (!test(value)) fails[i] = 1;
    });
    return { filter, element: filter.element, column, fails };
  });
}

/** Every attribute filter's rejections per element type, leaving out `skip` (a facet's own filter). */
export function attributeMasks(list: readonly CompiledAttribute[], skip = -1): { node: Uint8Array | null; edge: Uint8Array | null } {
  const masks: { node: Uint8Array | null; edge: Uint8Array | null } = { node: null, edge: null };
  list.forEach(({ element, fails }, i) => {
    if (i === skip || !fails) return;
    const mask = masks[element];
    if (!mask) masks[element] = fails.slice();
    else for (let j = 0; j < fails.length; j++) mask[j] = (mask[j] ?? 0) | (fails[j] ?? 0);
  });
  return masks;
}

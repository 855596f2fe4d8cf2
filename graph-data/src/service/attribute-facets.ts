// Faceted counts for each attribute filter: what would show with that filter left open and
// every other as it is (like a box's count in the other groups), the values those elements
// carry with their counts, and their numeric or date span for a range's bounds.
import type { AttributeFacet } from '../contract.js';
import { dateValueBounds, type CompiledAttribute } from './attribute-filter.js';
import { numericValue } from './attributes.js';
import type { Evaluation, Scope } from './filter-eval.js';

/** Values listed per facet: the most frequent ones, plus every term the filter names. */
export const FACET_VALUES = 100;

type Scalar = string | number | boolean;

export function attributeFacet(a: CompiledAttribute, open: Evaluation, scope: Scope): AttributeFacet {
  const { filter, column, fails } = a;
  const ids: number[] = a.element === 'node' ? scope.nodes.filter((i) => open.nodeOn[i]) : open.edges;
  let withValue = 0;
  let matching = 0;
  let numeric: { min: number; max: number } | null = null;
  let allNumeric = true;
  let dates: { lo: number; min: string; hi: number; max: string } | null = null;
  let allDates = true;
  // A range filter's values are a span, not terms worth listing; skip the tally for it.
  const counts = filter.range === undefined ? new Map<string, number>() : null;
  const note = (item: Scalar) => {
    if (counts) {
      const k = String(item);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const n = typeof item === 'boolean' ? null : numericValue(item);
    if (n === null) allNumeric = false;
    else if (!numeric) numeric = { min: n, max: n };
    else {
      if (n < numeric.min) numeric.min = n;
      if (n > numeric.max) numeric.max = n;
    }
    const b = typeof item === 'boolean' ? null : dateValueBounds(item);
    if (!b) allDates = false;
    else {
      const text = String(item);
      if (!dates) dates = { lo: b[0], min: text, hi: b[1], max: text };
      else {
        if (b[0] < dates.lo) [dates.lo, dates.min] = [b[0], text];
        if (b[1] > dates.hi) [dates.hi, dates.max] = [b[1], text];
      }
    }
  };
  for (const i of ids) {
    const value = column[i] ?? null;
    if (!fails || !fails[i]) matching++;
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    withValue++;
    if (Array.isArray(value)) value.forEach(note);
    else note(value);
  }

  const facet: AttributeFacet = { element: a.element, key: filter.key, shown: ids.length, withValue, matching };
  if (filter.builtin) facet.builtin = true;
  const span = numeric as { min: number; max: number } | null;
  if (span && allNumeric) facet.numeric = span;
  const dateSpan = dates as { min: string; max: string } | null;
  if (dateSpan && allDates) facet.dates = { min: dateSpan.min, max: dateSpan.max };
  if (counts) {
    const ranked = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const values = ranked.slice(0, FACET_VALUES).map(([value, count]) => ({ value, count }));
    // A chosen term stays listed (at 0 when no shown element has it), so it can be unticked.
    for (const term of filter.terms ?? []) {
      if (!values.some((v) => v.value === term)) values.push({ value: term, count: counts.get(term) ?? 0 });
    }
    facet.values = values;
    facet.distinct = counts.size;
  }
  return facet;
}

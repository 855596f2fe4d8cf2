// Measure values → node size weights in 0–1 for the stylesheet's mapData.
//
// The square root of the share of the maximum: the stylesheet maps the weight to a node's
// width, so area grows with the value and a broker ten times as central does not swallow
// the screen. Zero stays zero; all-zero measures give every node the smallest size.
import { formatCount } from '../../state/plural.js';

const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const TWO_PLACES = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export function sizeWeights(values: Record<string, number>): Record<string, number> {
  let max = 0;
  for (const v of Object.values(values)) if (Number.isFinite(v) && v > max) max = v;
  const weights: Record<string, number> = {};
  for (const [id, v] of Object.entries(values)) weights[id] = max > 0 && Number.isFinite(v) && v > 0 ? Math.sqrt(v / max) : 0;
  return weights;
}

/** How a value reads in the ranking: integers as they are, small fractions with enough digits. */
export function formatMeasure(value: number): string {
  if (Number.isInteger(value)) return formatCount(value);
  if (Math.abs(value) >= 100) return WHOLE.format(value);
  if (Math.abs(value) >= 1) return TWO_PLACES.format(value);
  return value.toPrecision(3);
}

// How an attribute value reads in the Details panel: numbers grouped and rounded for the eye
// (the exact value stays in the tooltip), dates as written, booleans as yes / no, lists item by
// item, and which URLs may become links (only those the app's external-link policy would open).
import type { AttributeType, AttributeValue } from '../../../../graph-data/src/contract.js';

export type Scalar = string | number | boolean;

const numbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });

/** One value as text. Strings stay exactly as the file wrote them ("007" is not 7). */
export function formatScalar(value: Scalar, type: AttributeType): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    // Years and ids are numbers too, but "2,018" would misread them.
    if (Number.isInteger(value) && Math.abs(value) < 10000) return String(value);
    return type === 'date' ? String(value) : numbers.format(value);
  }
  return value;
}

/** The full value, for the tooltip and for copying: lists one item per line. */
export function fullText(value: AttributeValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.map(String).join('\n') : String(value);
}

/**
 * A URL the system browser may be asked to open. It mirrors main's policy
 * (electron/security/navigation.ts): https only, no credentials in it. Other addresses show
 * as text, since a click on them would be refused.
 */
export function linkTarget(value: Scalar): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username || url.password) return null;
  return url.href;
}

/** Values longer than this are cut, with the rest one click away. */
export const LONG_VALUE = 240;

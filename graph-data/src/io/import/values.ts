// Attribute values from text: typed numbers (with INF/NaN), booleans, GEXF/GraphML lists,
// partial ISO dates and colours. Pure functions shared by every format.
import { DATE_PATTERN } from '../../schema/vocabulary.js';

export type Primitive = string | number | boolean;
export type ExtraValue = Primitive | Primitive[];

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity, nan: NaN };

/** A number from text, including INF/-INF/NaN; undefined when not numeric. */
export function parseNumber(text: string): number | undefined {
  // Fast path for the common case (plain decimal digits); Number() alone would also take hex and "".
  const first = text.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 45) {
    const n = Number(text);
    if (n === n && !/[xXbBoO]/.test(text)) return n;
  }
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  const special = NON_FINITE[t.toLowerCase()];
  return special;
}

/** "true"/"1" and "false"/"0" (any case); undefined otherwise. */
export function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === '1' || t === 'yes') return true;
  if (t === 'false' || t === '0' || t === 'no') return false;
  return undefined;
}

const NUMERIC_TYPES = new Set(['integer', 'int', 'long', 'short', 'byte', 'float', 'double', 'bigdecimal', 'biginteger', 'number', 'real']);

export interface TypedValue {
  value: ExtraValue;
  /** The text was a number that is not finite (INF, NaN); `value` keeps the text. */
  nonFinite?: boolean;
}

function typedScalar(base: string, text: string): TypedValue {
  if (NUMERIC_TYPES.has(base)) {
    const n = parseNumber(text);
    if (n === undefined) return { value: text };
    if (!Number.isFinite(n)) return { value: text.trim(), nonFinite: true };
    // Integers beyond 2^53 would silently change: keep their digits.
    if (Number.isInteger(n) && !Number.isSafeInteger(n)) return { value: text.trim() };
    return { value: n };
  }
  if (base === 'boolean') {
    const b = parseBoolean(text);
    return { value: b ?? text };
  }
  return { value: text };
}

/** Parses a value of a declared GEXF/GraphML type (integer, double, boolean, liststring…). */
export function parseTyped(type: string | undefined, text: string): TypedValue {
  const t = (type ?? 'string').toLowerCase();
  if (t.startsWith('list')) {
    const base = t.slice(4);
    let nonFinite = false;
    const items = parseList(text).map((item) => {
      const typed = typedScalar(base, item);
      nonFinite ||= Boolean(typed.nonFinite);
      return typed.value as Primitive;
    });
    return nonFinite ? { value: items, nonFinite } : { value: items };
  }
  return typedScalar(t, text);
}

/** GEXF lists: "a|b|c", "a, b", "[a, b]", "['a', \"b\"]". */
export function parseList(text: string): string[] {
  let t = text.trim();
  if (t === '') return [];
  let separator = t.includes('|') ? '|' : ',';
  if (t.startsWith('[') && t.endsWith(']')) {
    t = t.slice(1, -1);
    separator = ',';
  }
  const items: string[] = [];
  let current = '';
  let quote = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string;
    if (quote) {
      if (ch === '\\' && i + 1 < t.length) current += t[++i];
      else if (ch === quote) quote = '';
      else current += ch;
    } else if ((ch === '"' || ch === "'") && current.trim() === '') {
      quote = ch;
      current = '';
    } else if (ch === separator) {
      items.push(current.trim());
      current = '';
    } else current += ch;
  }
  items.push(current.trim());
  return items;
}

const ISO = /^([+-]?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** A partial ISO date ("2018", "2018-10", "2018-11-21") from a date or date-time; undefined otherwise. */
export function partialDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 2999) return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (DATE_PATTERN.test(t) && !t.includes('/')) return validDate(t);
  const m = ISO.exec(t);
  if (!m || m[1]?.startsWith('-') || m[1]?.startsWith('+')) return undefined;
  return validDate([m[1], m[2], m[3]].filter(Boolean).join('-'));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function validDate(date: string): string | undefined {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day === undefined || month === undefined) return date;
  const days = month === 2 && leapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
  return day < 1 || day > days ? undefined : date;
}

/** A date or interval "A/B" for an element that exists from `start` to `end` (either may be missing). */
export function dateRange(start: string | undefined, end: string | undefined): string | undefined {
  const a = start === undefined ? undefined : partialDate(start);
  const b = end === undefined ? undefined : partialDate(end);
  if (a && b) return a === b ? a : a <= b ? `${a}/${b}` : `${b}/${a}`;
  return a ?? b;
}

/** A date field that may already be an interval "A/B". */
export function dateOrInterval(value: unknown): string | undefined {
  if (typeof value === 'string' && value.includes('/')) {
    const [a, b, more] = value.split('/');
    return more === undefined ? dateRange(a, b) : undefined;
  }
  return partialDate(value);
}

const clampByte = (n: number) => Math.max(0, Math.min(255, Math.round(n)));

/** "rgb(r,g,b)" or "rgba(r,g,b,a)" from viz components; undefined when they are not numbers. */
export function rgbColor(r?: string, g?: string, b?: string, a?: string): string | undefined {
  const [rn, gn, bn] = [Number(r), Number(g), Number(b)];
  if (![rn, gn, bn].every(Number.isFinite)) return undefined;
  const an = a === undefined ? undefined : Number(a);
  if (an !== undefined && Number.isFinite(an) && an < 1) return `rgba(${clampByte(rn)},${clampByte(gn)},${clampByte(bn)},${Math.max(0, an)})`;
  return `rgb(${clampByte(rn)},${clampByte(gn)},${clampByte(bn)})`;
}

/** A CSS-safe colour string (hex, rgb()/rgba(), or a plain colour name); undefined otherwise. */
export function safeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (/^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(t)) return t;
  if (/^rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*)?\)$/i.test(t)) return t.replace(/\s+/g, '');
  if (/^[a-z]{3,20}$/i.test(t)) return t.toLowerCase();
  return undefined;
}

/** A cell of a text table as a typed value: numbers (no leading zeros, safe range), booleans, else text. */
export function inferCell(text: string): Primitive {
  const t = text.trim();
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n))) return n;
  }
  const lower = t.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return text;
}

// Shared helpers of the source readers: decoding bytes to text, tidying whitespace into
// paragraphs, and reading dates written in the ways documents write them.
import { fail } from '../../service/errors.js';

const ORIGIN = 'sources';

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; Windows-1252 for old files that are not UTF-8. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // A NUL byte never occurs in text in these encodings: this is a binary file.
  if (head.includes(0)) fail('bad_file', ORIGIN, `"${name}" is not a text file (it holds binary data)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Line ends as \n, no trailing spaces on lines, at most one blank line between paragraphs. */
export function tidyParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whitespace runs inside a paragraph as single spaces. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as documents write it (2018-11-21T10:00:00Z, 2018/11/21, D:20181121…, 21 November 2018)
 * as a partial ISO date, or undefined when it is not one.
 */
export function partialIsoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(v);
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/.exec(v);
  const parts = pdf ?? iso;
  if (parts) {
    const [, y, m, d] = parts;
    const month = m ? Number(m) : 0;
    const day = d ? Number(d) : 0;
    if (month > 12 || day > 31) return undefined;
    return [y, month ? pad(month) : '', month && day ? pad(day) : ''].filter(Boolean).join('-');
  }
  // A time may follow the date (21 November 2018, 14:30; Wed, 21 Nov 2018 14:30:00 GMT).
  const time = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\b.*)?$`;
  const words = new RegExp(String.raw`^(?:\w+,?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})` + time).exec(v) ?? new RegExp(String.raw`^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})` + time).exec(v);
  if (words) {
    const [day, mon, year] = /^\d/.test(words[1] ?? '') ? [words[1], words[2], words[3]] : [words[2], words[1], words[3]];
    const month = MONTHS.indexOf((mon ?? '').toLowerCase()) + 1;
    if (month > 0 && Number(day) >= 1 && Number(day) <= 31) return `${year}-${pad(month)}-${pad(Number(day))}`;
  }
  return undefined;
}

/** The file name without its extension, as a last-resort title. */
export function titleFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return collapseSpaces(base.replace(/[_]+/g, ' ')) || name;
}

/** Only the fields that have a value, trimmed. */
export function present<T extends object>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields) as [keyof T, unknown][]) {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim() as T[keyof T];
  }
  return out;
}

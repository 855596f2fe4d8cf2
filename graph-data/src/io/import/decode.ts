// Bytes to text without trusting the file: byte-order marks, UTF-16 without a BOM, a cheap
// binary check, and UTF-8 that turns out invalid falls back to Windows-1252 (with a warning).
import type { ImportContext } from './context.js';

/** Any WHATWG encoding label; the CSV mapping step offers these four. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoding {
  encoding: string;
  /** Bytes to skip (a byte-order mark). */
  offset: number;
}

export const CHUNK_BYTES = 64 * 1024;

/** Thrown when bytes declared or assumed to be UTF-8 are not; the caller re-reads as Windows-1252. */
export class NotUtf8 extends Error {
  constructor(readonly byteOffset: number) {
    super(`invalid UTF-8 at byte ${byteOffset}`);
  }
}

export function sniffEncoding(bytes: Uint8Array): Decoding {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', offset: 2 };
  // UTF-16 without a BOM: ASCII text leaves every other byte zero.
  const n = Math.min(bytes.length & ~1, 512);
  if (n >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (bytes[i] === 0) evenZero++;
      if (bytes[i + 1] === 0) oddZero++;
    }
    const pairs = n / 2;
    if (oddZero > pairs * 0.7 && evenZero < pairs * 0.1) return { encoding: 'utf-16le', offset: 0 };
    if (evenZero > pairs * 0.7 && oddZero < pairs * 0.1) return { encoding: 'utf-16be', offset: 0 };
  }
  return { encoding: 'utf-8', offset: 0 };
}

/**
 * True when the start of the file is not text in a single-byte or UTF-8 encoding: NUL bytes,
 * many control characters, or (when `notUtf8`) mostly high bytes, as compressed or image data is.
 */
export function looksBinary(bytes: Uint8Array, decoding: Decoding, notUtf8 = false): boolean {
  if (decoding.encoding.startsWith('utf-16')) return false;
  const end = Math.min(bytes.length, decoding.offset + 64 * 1024);
  let control = 0;
  let high = 0;
  for (let i = decoding.offset; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
    else if (byte >= 0x80) high++;
  }
  const sample = Math.max(1, end - decoding.offset);
  return control > sample * 0.01 || (notUtf8 && high > sample * 0.25);
}

/** Offset of the first byte that breaks UTF-8 in [from, to), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > to) return to >= bytes.length ? i : -1; // a sequence cut by the chunk edge
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Line number (1-based) of a byte offset. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

// Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); undefined bytes map to
// the C1 control of the same value, as WHATWG says. Decoded here because Node's TextDecoder
// reads the "windows-1252" and "latin1" labels as ISO-8859-1, losing € and the curly quotes.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'ascii', 'us-ascii', 'iso_8859-1', 'cp819', 'ibm819']);

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const codes: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    codes.push(b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? b) : b);
    if (codes.length === 8192) {
      out += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  return out + String.fromCharCode(...codes);
}

interface Decoder {
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
}

export function isWindows1252(encoding: string): boolean {
  return WINDOWS_1252_LABELS.has(encoding.toLowerCase());
}

function decoderFor(ctx: ImportContext, encoding: string): Decoder {
  if (isWindows1252(encoding)) return { decode: decodeWindows1252 };
  try {
    return new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  } catch {
    return ctx.fail('bad_file', `declares the text encoding "${encoding}", which Redthread cannot read`);
  }
}

/** The bytes a WHATWG UTF-8 decoder accepts right after a lead byte (the rest are 80–BF). */
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

/**
 * Where a piece of UTF-8 ending at `end` should stop: before a character the piece cuts in two,
 * as far as its bytes so far are valid (exactly the bytes a streaming decoder would hold back).
 */
function completeUpTo(bytes: Uint8Array, from: number, end: number): number {
  if (end >= bytes.length) return end;
  for (let j = end - 1; j >= Math.max(from, end - 3); j--) {
    const byte = bytes[j] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 1;
    const cut = end - j < length && (end - j === 1 || secondByteFits(byte, bytes[j + 1] ?? 0));
    return cut ? j : end;
  }
  return end;
}

/**
 * Where fast UTF-8 decoding stopped: `at` is the piece it could not decode (the file's length
 * when it decoded them all), `from` the first byte of that piece's text (before `at` when the
 * previous piece ended inside a character).
 */
interface Utf8Progress {
  at: number;
  from: number;
}

/**
 * Decodes UTF-8 in pieces of whole characters, each on its own: Node's TextDecoder leaves its
 * fast path for ICU's converter for good once asked to stream (8.5 MB: 150 → 45 ms). Stops at
 * the first piece that is not valid UTF-8, so the caller can read on from there the old way.
 */
async function decodeUtf8Pieces(ctx: ImportContext, bytes: Uint8Array, start: number, pieceBytes: number, fn: (text: string) => void): Promise<Utf8Progress> {
  const total = bytes.length;
  // A byte-order mark is stripped at the start of the text only, as one streaming decoder does.
  const first = new TextDecoder('utf-8', { fatal: true });
  const rest = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let from = start;
  for (let at = start; at < total; at += pieceBytes) {
    const end = Math.min(total, at + pieceBytes);
    const to = completeUpTo(bytes, from, end);
    let text: string;
    try {
      text = (from === start ? first : rest).decode(bytes.subarray(from, to));
    } catch {
      return { at, from };
    }
    from = to;
    if (text) fn(text);
    await ctx.tick('read', end, total);
  }
  return { at: total, from: total };
}

/**
 * Streams the file as text in ~64 KB pieces, yielding between them (progress "read", bytes).
 * Throws NotUtf8 when UTF-8 decoding fails, so the caller can start again as Windows-1252.
 */
export async function forEachTextChunk(ctx: ImportContext, bytes: Uint8Array, decoding: Decoding, fn: (text: string) => void): Promise<void> {
  const total = bytes.length;
  let at = decoding.offset;
  let from = at;
  let decoder: Decoder;
  if (decoding.encoding === 'utf-8') {
    ({ at, from } = await decodeUtf8Pieces(ctx, bytes, decoding.offset, CHUNK_BYTES, fn));
    // From a piece that is not valid UTF-8 on, a streaming decoder finds the error where it always did.
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: from > decoding.offset });
  } else decoder = decoderFor(ctx, decoding.encoding);
  for (; at < total; at += CHUNK_BYTES) {
    const end = Math.min(total, at + CHUNK_BYTES);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(from, end), { stream: end < total });
    } catch {
      const bad = firstInvalidUtf8(bytes, at, Math.min(total, end + 4));
      throw new NotUtf8(bad < 0 ? at : bad);
    }
    from = end;
    if (text) fn(text);
    await ctx.tick('read', end, total);
  }
}

/**
 * decodeAll's pieces: one string the size of most files, so nothing is copied to join them and
 * no piece is copied about by the young-generation collector first (8.5 MB: 150 → 50 ms cold).
 * JSON.parse then blocks for longer on the same text anyway.
 */
const WHOLE_TEXT_PIECE_BYTES = 16 * 1024 * 1024;

/** The whole file as one string (JSON). Throws NotUtf8 like forEachTextChunk. */
export async function decodeAll(ctx: ImportContext, bytes: Uint8Array, decoding: Decoding): Promise<string> {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string) => {
    length += text.length;
    // V8 cannot hold a string much longer than 2^29 characters.
    if (length > 500_000_000) ctx.fail('too_large', 'is too large to read as a single JSON document (more than 500 million characters)');
    parts.push(text);
  };
  if (decoding.encoding === 'utf-8') {
    const stopped = await decodeUtf8Pieces(ctx, bytes, decoding.offset, WHOLE_TEXT_PIECE_BYTES, add);
    if (stopped.at >= bytes.length) return parts.join('');
    // Not UTF-8 somewhere: read again in 64 KB pieces, which name the error where they always did.
    parts.length = 0;
    length = 0;
  }
  await forEachTextChunk(ctx, bytes, decoding, add);
  return parts.join('');
}

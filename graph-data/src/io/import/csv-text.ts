// A CSV file's bytes as text: the chosen encoding, else its BOM (UTF-8, UTF-16 LE/BE), else
// UTF-8 — and when that fails, Windows-1252 (what Excel writes in Western Europe), with a warning.
import type { ImportContext } from './context.js';
import { decodeWindows1252, firstInvalidUtf8, isWindows1252, lineAt, looksBinary, sniffEncoding, type Decoding } from './decode.js';

export function decodeText(ctx: ImportContext, bytes: Uint8Array, forced?: string, limit = bytes.length): string {
  const sniffed = sniffEncoding(bytes);
  const decoding: Decoding = forced ? { encoding: forced, offset: sniffed.encoding === forced ? sniffed.offset : 0 } : sniffed;
  if (looksBinary(bytes, decoding)) ctx.fail('bad_file', 'is not a text graph file (it contains binary data)');
  const end = Math.min(bytes.length, limit);
  const slice = bytes.subarray(decoding.offset, end);
  if (isWindows1252(decoding.encoding)) return decodeWindows1252(slice);
  if (decoding.encoding !== 'utf-8') return new TextDecoder(decoding.encoding).decode(slice, { stream: end < bytes.length });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(slice, { stream: end < bytes.length });
  } catch {
    if (looksBinary(bytes, decoding, true)) ctx.fail('bad_file', 'is not a text graph file (it is neither UTF-8 nor single-byte text)');
    const bad = firstInvalidUtf8(bytes, decoding.offset, end);
    if (!forced) {
      ctx.warnings.add(`${ctx.file} is not valid UTF-8 (first at line ${lineAt(bytes, Math.max(0, bad))}); it was read as Windows-1252 (Western European). Choose another encoding if accents look wrong.`);
    }
    return decodeWindows1252(slice);
  }
}

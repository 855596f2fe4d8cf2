// PNG's container: chunks with CRCs, metadata text chunks, and the assembly of a file
// from deflate bands encoded apart (deflate-runs.ts): the zlib header, every band's
// IDAT chunks in order, then the final block and the combined Adler-32.

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
/** Keep IDAT chunks modest so readers that buffer a chunk at a time stay light. */
const IDAT_MAX = 1 << 20;
/** zlib header: deflate, 32 K window, "fastest" level, check bits (0x7801 % 31 === 0). */
const ZLIB_HEADER = new Uint8Array([0x78, 0x01]);
/** A final, empty fixed-Huffman block: BFINAL 1, BTYPE 01, end-of-block, padding. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = ascii(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

const isLatin1 = (text: string): boolean => [...text].every((c) => (c.codePointAt(0) ?? 0) <= 0xff);

/** tEXt when the value is Latin-1 (what every reader shows), iTXt (UTF-8) otherwise. */
export function textChunk(keyword: string, value: string): Uint8Array<ArrayBuffer> {
  const key = ascii(keyword.slice(0, 79));
  if (isLatin1(value)) return chunk('tEXt', new Uint8Array([...key, 0, ...ascii(value)]));
  const text = new TextEncoder().encode(value);
  // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
  return chunk('iTXt', new Uint8Array([...key, 0, 0, 0, 0, 0, ...text]));
}

/** A run of deflate bytes as IDAT chunks of at most 1 MB each (in a worker, next to the encoder). */
export function idatChunks(deflate: Uint8Array): Uint8Array<ArrayBuffer> {
  const count = Math.ceil(deflate.length / IDAT_MAX);
  const out = new Uint8Array(deflate.length + 12 * count);
  let at = 0;
  for (let from = 0; from < deflate.length; from += IDAT_MAX) {
    const piece = chunk('IDAT', deflate.subarray(from, from + IDAT_MAX));
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

export interface PngHeader {
  width: number;
  height: number;
  text?: Record<string, string>;
}

/** PNG's own limit per side (2^31 − 1); memory runs out long before. */
const PNG_MAX_SIDE = 2 ** 31 - 1;

/**
 * The file's pieces in order: RGBA 8-bit, the text chunks, then `bands` (IDAT chunks of
 * sync-flushed deflate, top to bottom) closed by the final block and `adler` of all scanlines.
 * The pieces are never joined here: a page joins a large file's bands as Blobs, which costs no copy
 * (joining 50 MB into one array took 220 ms of the UI thread).
 */
export function pngPieces<Band extends Uint8Array<ArrayBuffer> | Blob>({ width, height, text = {} }: PngHeader, bands: Band[], adler: number): (Uint8Array<ArrayBuffer> | Band)[] {
  if (!(width > 0 && height > 0 && width <= PNG_MAX_SIDE && height <= PNG_MAX_SIDE)) throw new Error(`export/png: invalid size ${width}×${height}`);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const trailer = new Uint8Array(6);
  trailer.set(FINAL_BLOCK);
  new DataView(trailer.buffer).setUint32(2, adler);
  return [
    SIGNATURE,
    chunk('IHDR', ihdr),
    ...Object.entries(text).map(([k, v]) => textChunk(k, v)),
    chunk('IDAT', ZLIB_HEADER),
    ...bands,
    chunk('IDAT', trailer),
    chunk('IEND', new Uint8Array()),
  ];
}

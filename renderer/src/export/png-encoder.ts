// A streaming PNG writer: rows go in as they are rendered, deflated by the platform's
// zlib (CompressionStream), so an image larger than any canvas — or than memory would
// hold uncompressed — can still be written. Chunks: IHDR, tEXt/iTXt, IDAT…, IEND.

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
/** PNG's own limit per side (2^31 − 1); memory runs out long before. */
export const PNG_MAX_SIDE = 2 ** 31 - 1;
/** Keep IDAT chunks modest so readers that buffer a chunk at a time stay light. */
const IDAT_MAX = 1 << 20;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const isLatin1 = (text: string): boolean => [...text].every((c) => (c.codePointAt(0) ?? 0) <= 0xff);

/** tEXt when the value is Latin-1 (what every reader shows), iTXt (UTF-8) otherwise. */
export function textChunk(keyword: string, value: string): Uint8Array {
  const key = latin1(keyword.slice(0, 79));
  if (isLatin1(value)) return chunk('tEXt', new Uint8Array([...key, 0, ...latin1(value)]));
  const text = new TextEncoder().encode(value);
  // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
  return chunk('iTXt', new Uint8Array([...key, 0, 0, 0, 0, 0, ...text]));
}

export interface PngWriter {
  /** Rows of RGBA (or RGB) pixels, width × channels bytes each. */
  writeRows(rows: Uint8Array, rowCount: number): Promise<void>;
  /**
   * Rows already laid out as PNG scanlines: a filter-type byte (0) then the pixels,
   * (1 + width × channels) bytes each — lets a caller assemble tiles without a second copy.
   */
  writeScanlines(lines: Uint8Array, rowCount: number): Promise<void>;
  /** The finished file. */
  finish(): Promise<Uint8Array>;
  abort(): void;
}

export interface PngHeader {
  width: number;
  height: number;
  alpha: boolean;
  text?: Record<string, string>;
}

export function createPngWriter({ width, height, alpha, text = {} }: PngHeader): PngWriter {
  if (!(width > 0 && height > 0 && width <= PNG_MAX_SIDE && height <= PNG_MAX_SIDE)) {
    throw new Error(`export/png: invalid size ${width}×${height}`);
  }
  const channels = alpha ? 4 : 3;
  const stride = width * channels;
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, alpha ? 6 : 2, 0, 0, 0], 8);
  const head: Uint8Array[] = [SIGNATURE, chunk('IHDR', ihdr), ...Object.entries(text).map(([k, v]) => textChunk(k, v))];

  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const compressed: Uint8Array[] = [];
  // Read as we write, or the stream's backpressure would stall the writes.
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      compressed.push(value);
    }
  })();
  let written = 0;

  return {
    async writeRows(rows, rowCount) {
      if (rows.length !== rowCount * stride) throw new Error(`export/png: expected ${rowCount} rows of ${stride} bytes`);
      if (written + rowCount > height) throw new Error('export/png: more rows than the image has');
      // Filter type 0 (None) per row: the fastest to produce, and flat backgrounds deflate well anyway.
      const filtered = new Uint8Array(rowCount * (stride + 1));
      for (let r = 0; r < rowCount; r++) filtered.set(rows.subarray(r * stride, (r + 1) * stride), r * (stride + 1) + 1);
      written += rowCount;
      await writer.write(filtered);
    },
    async writeScanlines(lines, rowCount) {
      if (lines.length !== rowCount * (stride + 1)) throw new Error(`export/png: expected ${rowCount} scanlines of ${stride + 1} bytes`);
      if (written + rowCount > height) throw new Error('export/png: more rows than the image has');
      written += rowCount;
      await writer.write(lines as Uint8Array<ArrayBuffer>);
    },
    async finish() {
      if (written !== height) throw new Error(`export/png: ${written} of ${height} rows written`);
      await writer.close();
      await reading;
      const parts = [...head];
      // Re-cut the deflate stream into IDAT chunks of at most IDAT_MAX bytes.
      let pending: Uint8Array[] = [];
      let size = 0;
      const flush = () => {
        if (size === 0) return;
        const data = new Uint8Array(size);
        let at = 0;
        for (const p of pending) {
          data.set(p, at);
          at += p.length;
        }
        parts.push(chunk('IDAT', data));
        pending = [];
        size = 0;
      };
      for (let piece of compressed) {
        while (piece.length > 0) {
          const take = Math.min(piece.length, IDAT_MAX - size);
          pending.push(piece.subarray(0, take));
          size += take;
          piece = piece.subarray(take);
          if (size === IDAT_MAX) flush();
        }
      }
      flush();
      parts.push(chunk('IEND', new Uint8Array()));
      const total = parts.reduce((n, p) => n + p.length, 0);
      const out = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    },
    abort() {
      void writer.abort().catch(() => undefined);
    },
  };
}

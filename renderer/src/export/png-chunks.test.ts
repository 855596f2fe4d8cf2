// Bands deflated apart (deflate-runs.ts) and joined (png-chunks.ts) make PNGs a real
// decoder (pngjs, which checks every CRC and the Adler-32) reads back pixel for pixel,
// with the metadata in tEXt/iTXt chunks.
import { PNG } from 'pngjs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, adler32Combine, encodeBand } from './deflate-runs.js';
import { pngPieces, idatChunks } from './png-chunks.js';

/** The file as the page would write it: its pieces joined. */
function assemblePng(...args: Parameters<typeof pngPieces<Uint8Array<ArrayBuffer>>>): Uint8Array {
  const pieces = pngPieces(...args);
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  pieces.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

function chunks(bytes: Uint8Array): { type: string; data: Uint8Array }[] {
  const out: { type: string; data: Uint8Array }[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(bytes.subarray(at + 4, at + 8));
    out.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** Encodes `rgba` (width × height) in bands of `bandRows` rows, as the raster workers do. */
function encode(rgba: Uint8Array, width: number, height: number, bandRows: number, text?: Record<string, string>) {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let adler = 1;
  let ink = false;
  for (let y0 = 0; y0 < height; y0 += bandRows) {
    const rows = Math.min(bandRows, height - y0);
    const band = encodeBand(rgba.subarray(y0 * width * 4, (y0 + rows) * width * 4), width, rows, 0xffffffff);
    parts.push(idatChunks(band.deflate));
    adler = adler32Combine(adler, band.adler, band.length);
    ink ||= band.ink;
  }
  return { bytes: assemblePng({ width, height, ...(text ? { text } : {}) }, parts, adler), ink };
}

/** A drawing-like image: white background, runs of every length, noise, and a few lone pixels. */
function drawing(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4).fill(255);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (x >= y % 300 && x < (y % 300) + (y % 270)) rgba.set([37, 99, 235, 255], i); // runs of 0–269 px
      else if ((x + y) % 97 < 6) rgba.set([Math.floor(random() * 256), Math.floor(random() * 256), 17, 128 + (x % 128)], i);
    }
  }
  return rgba;
}

describe('deflate-runs + png-chunks', () => {
  it('decode pixel for pixel, whatever the band size', () => {
    const [width, height] = [613, 181];
    const rgba = drawing(width, height);
    for (const bandRows of [1, 50, 181]) {
      const { bytes, ink } = encode(rgba, width, height, bandRows);
      const png = PNG.sync.read(Buffer.from(bytes));
      expect([png.width, png.height]).toEqual([width, height]);
      expect(Buffer.compare(png.data, Buffer.from(rgba))).toBe(0);
      expect(ink).toBe(true);
    }
  });

  it('keeps a drawing small: flat runs cost a few bits per 64 pixels', () => {
    const [width, height] = [2000, 400];
    const rgba = drawing(width, height);
    const { bytes } = encode(rgba, width, height, 100);
    const raw = width * height * 4;
    expect(bytes.length).toBeLessThan(raw / 8);
    // Within a small factor of zlib at its default level on the same scanlines.
    const zlib = deflateSync(Buffer.from(rgba)).length;
    expect(bytes.length).toBeLessThan(zlib * 3);
  });

  it('reports a band with nothing but background as having no ink', () => {
    const rgba = new Uint8Array(40 * 10 * 4).fill(255);
    expect(encodeBand(rgba, 40, 10, 0xffffffff).ink).toBe(false);
    rgba[4 * 123] = 254;
    expect(encodeBand(rgba, 40, 10, 0xffffffff).ink).toBe(true);
  });

  it('combines Adler-32s as if computed over the joined bytes', () => {
    const a = Uint8Array.from({ length: 70_001 }, (_v, i) => (i * 31) % 256);
    const b = Uint8Array.from({ length: 9_999 }, (_v, i) => 255 - (i % 13));
    const joined = new Uint8Array([...a, ...b]);
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(joined));
    expect(adler32Combine(1, adler32(b), b.length)).toBe(adler32(b));
  });

  it('writes the metadata as tEXt, or iTXt when it is not Latin-1', () => {
    const { bytes } = encode(drawing(30, 20), 30, 20, 20, { Title: 'Interpol 2018', Source: 'Daily Mail “quoted”', Description: 'Фильтр: red notice' });
    const types = chunks(bytes).map((c) => c.type);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    const text = chunks(bytes).filter((c) => c.type === 'tEXt').map((c) => new TextDecoder('latin1').decode(c.data));
    expect(text).toContain('Title\0Interpol 2018');
    const itxt = chunks(bytes).filter((c) => c.type === 'iTXt').map((c) => new TextDecoder().decode(c.data));
    expect(itxt.find((t) => t.startsWith('Description\0'))).toContain('Фильтр: red notice');
    expect(itxt.find((t) => t.startsWith('Source\0'))).toContain('Daily Mail “quoted”');
  });

  it('cuts a long band into IDAT chunks of at most 1 MB', () => {
    const deflate = new Uint8Array(2.5 * (1 << 20));
    const parts = chunks(new Uint8Array([...new Uint8Array(8), ...idatChunks(deflate)]));
    expect(parts.map((c) => c.data.length)).toEqual([1 << 20, 1 << 20, 0.5 * (1 << 20)]);
  });
});

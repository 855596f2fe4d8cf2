// The PNG encoder checked by a second implementation: Node's zlib inflates every IDAT
// byte (and, unlike pngjs, which stops at the image size, verifies the Adler-32 at the
// end of the stream) and zlib's crc32 checks every chunk. Expected scanlines are built
// here from the pixels, filter byte 0 per row.
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, adler32Combine, encodeBand } from './deflate-runs.js';
import { pngPieces, idatChunks, textChunk } from './png-chunks.js';

/** The file as the page would write it: its pieces joined. */
function assemblePng(...args: Parameters<typeof pngPieces<Uint8Array<ArrayBuffer>>>): Uint8Array {
  const pieces = pngPieces(...args);
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  pieces.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

const WHITE = 0xffffffff;

function chunks(bytes: Uint8Array): { type: string; data: Uint8Array; crc: number }[] {
  const out = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    out.push({ type: new TextDecoder().decode(bytes.subarray(at + 4, at + 8)), data: bytes.subarray(at + 8, at + 8 + length), crc: view.getUint32(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

function encode(rgba: Uint8Array, width: number, height: number, bandRows: number) {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let adler = 1;
  let ink = false;
  for (let y0 = 0; y0 < height; y0 += bandRows) {
    const rows = Math.min(bandRows, height - y0);
    const band = encodeBand(rgba.subarray(y0 * width * 4, (y0 + rows) * width * 4), width, rows, WHITE);
    parts.push(idatChunks(band.deflate));
    adler = adler32Combine(adler, band.adler, band.length);
    ink ||= band.ink;
  }
  return { bytes: assemblePng({ width, height }, parts, adler), ink };
}

function scanlines(rgba: Uint8Array, width: number, height: number): Buffer {
  const out = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) Buffer.from(rgba.subarray(y * width * 4, (y + 1) * width * 4)).copy(out, y * (1 + width * 4) + 1);
  return out;
}

/** zlib's view of the file: the concatenated IDAT data, inflated with its checksum verified. */
function inflated(bytes: Uint8Array): Buffer {
  const idat = chunks(bytes).filter((c) => c.type === 'IDAT').map((c) => c.data);
  return inflateSync(Buffer.concat(idat));
}

/** Rows of every run length from 1 to `width` pixels over a white background, and noise. */
function runs(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4).fill(255);
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) % 256;
  for (let y = 0; y < height; y++) {
    const length = 1 + ((y * 37) % width);
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (x < length) rgba.set([200, 30, (y * 7) % 256, 255], i);
      else if (x % 9 === 0) rgba.set([random(), random(), random(), random()], i);
    }
  }
  return rgba;
}

describe('PNG encoder against zlib', () => {
  it('writes a zlib stream that inflates to the exact scanlines, with a correct Adler-32, for any band size', () => {
    const [width, height] = [300, 97];
    const rgba = runs(width, height);
    for (const bandRows of [1, 7, 97]) {
      const { bytes } = encode(rgba, width, height, bandRows);
      expect(inflated(bytes).equals(scanlines(rgba, width, height)), `bands of ${bandRows}`).toBe(true);
    }
  });

  it('gets the Adler-32 right past the modulo on a large flat image', () => {
    // 4000 × 60 of one colour: sums wrap 65521 many times within a single row.
    const [width, height] = [4000, 60];
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < rgba.length; i += 4) rgba.set([250, 251, 252, 253], i);
    const { bytes } = encode(rgba, width, height, 25);
    expect(inflated(bytes).equals(scanlines(rgba, width, height))).toBe(true);
  });

  it('refuses a file whose Adler-32 is wrong: the check is real', () => {
    const rgba = runs(40, 8);
    const { bytes } = encode(rgba, 40, 8, 8);
    const bad = chunks(bytes).filter((c) => c.type === 'IDAT').map((c) => Buffer.from(c.data));
    const last = bad.at(-1) as Buffer;
    last[last.length - 1] = (last[last.length - 1] as number) ^ 1;
    expect(() => inflateSync(Buffer.concat(bad))).toThrow(/incorrect data check/);
  });

  it('gives every chunk the CRC zlib computes, and an IHDR for 8-bit RGBA of the right size', () => {
    const { bytes } = encode(runs(33, 5), 33, 5, 2);
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    for (const c of chunks(bytes)) expect(c.crc, c.type).toBe(crc32(Buffer.concat([Buffer.from(c.type, 'latin1'), c.data])));
    const ihdr = chunks(bytes)[0];
    expect(ihdr?.type).toBe('IHDR');
    expect([...(ihdr?.data ?? [])]).toEqual([0, 0, 0, 33, 0, 0, 0, 5, 8, 6, 0, 0, 0]);
    expect(chunks(bytes).at(-1)).toMatchObject({ type: 'IEND', data: new Uint8Array() });
  });

  it('refuses an impossible size with a message', () => {
    expect(() => assemblePng({ width: 0, height: 5 }, [], 1)).toThrow('export/png: invalid size 0×5');
    expect(() => assemblePng({ width: 5, height: 2 ** 31 }, [], 1)).toThrow('export/png: invalid size');
  });
});

describe('ink', () => {
  it('reports a band of one solid non-background colour as ink', () => {
    for (const [width, rows] of [[40, 10], [1, 1], [1, 3], [300, 2]] as const) {
      const rgba = new Uint8Array(width * rows * 4);
      for (let i = 0; i < rgba.length; i += 4) rgba.set([20, 40, 60, 255], i);
      expect(encodeBand(rgba, width, rows, WHITE).ink, `${width}×${rows}`).toBe(true);
    }
  });

  it('reports ink that only starts a row, or only ends one', () => {
    const rgba = new Uint8Array(50 * 3 * 4).fill(255);
    rgba.set([0, 0, 0, 255], 50 * 4); // first pixel of the second row
    expect(encodeBand(rgba, 50, 3, WHITE).ink).toBe(true);
    const tail = new Uint8Array(50 * 3 * 4).fill(255);
    tail.set([0, 0, 0, 255], (3 * 50 - 1) * 4);
    expect(encodeBand(tail, 50, 3, WHITE).ink).toBe(true);
  });

  it('reports a transparent picture on a transparent background as blank', () => {
    expect(encodeBand(new Uint8Array(20 * 4 * 4), 20, 4, 0).ink).toBe(false);
  });
});

describe('checksums and chunk limits', () => {
  /** zlib writes the Adler-32 of its input as the last four bytes of a zlib stream. */
  const zlibAdler = (bytes: Uint8Array) => deflateSync(bytes).readUInt32BE(deflateSync(bytes).length - 4);

  it('computes the Adler-32 zlib computes, across its 5552-byte blocks', () => {
    for (const length of [0, 1, 5551, 5552, 5553, 20_000]) {
      const bytes = Uint8Array.from({ length }, (_v, i) => 255 - ((i * 7) % 256));
      expect(adler32(bytes), `${length} bytes`).toBe(zlibAdler(bytes));
    }
    const a = Uint8Array.from({ length: 9000 }, (_v, i) => (i * 13) % 256);
    const b = Uint8Array.from({ length: 70_000 }, () => 255);
    expect(adler32Combine(zlibAdler(a), zlibAdler(b), b.length)).toBe(zlibAdler(Buffer.concat([a, b])));
  });

  it('combines checksums whose low halves add up to exactly the modulus', () => {
    // a(A) + a(B) = 65522: the combined low half lands on 65521 before its last reduction.
    const a = new Uint8Array(128).fill(255);
    const b = Uint8Array.from([...new Uint8Array(128).fill(255), 240]);
    expect(adler32Combine(zlibAdler(a), zlibAdler(b), b.length)).toBe(zlibAdler(Buffer.concat([a, b])));
  });

  it('cuts IDAT chunks at exactly 1 MB, with no empty chunk after an exact multiple', () => {
    expect(chunks(new Uint8Array([...new Uint8Array(8), ...idatChunks(new Uint8Array(2 << 20))])).map((c) => c.data.length)).toEqual([1 << 20, 1 << 20]);
    expect(idatChunks(new Uint8Array(0))).toHaveLength(0);
  });

  it('keeps Latin-1 text (up to ÿ) in tEXt, moves anything past it to iTXt, and cuts the keyword at 79 bytes', () => {
    const type = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(4, 8));
    expect(type(textChunk('Title', 'Ærø ÿ'))).toBe('tEXt');
    expect(type(textChunk('Title', 'Ā'))).toBe('iTXt');
    const long = textChunk('k'.repeat(100), 'v');
    expect(new TextDecoder('latin1').decode(long.subarray(8, long.length - 4))).toBe(`${'k'.repeat(79)}\0v`);
  });

  it('accepts the largest side PNG allows and refuses one past it', () => {
    const ihdr = chunks(assemblePng({ width: 2 ** 31 - 1, height: 1 }, [], 1))[0];
    expect([...(ihdr?.data.subarray(0, 8) ?? [])]).toEqual([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 1]);
    expect(() => assemblePng({ width: 1, height: 2 ** 31 - 1 }, [], 1)).not.toThrow();
    expect(() => assemblePng({ width: 2 ** 31, height: 1 }, [], 1)).toThrow('export/png: invalid size 2147483648×1');
    expect(() => assemblePng({ width: 1, height: 0 }, [], 1)).toThrow('export/png: invalid size 1×0');
    expect(() => assemblePng({ width: -1, height: 1 }, [], 1)).toThrow('invalid size');
  });

  it('writes long flat rows and busy rows that outgrow the first buffer', () => {
    // 2000 × 8 of noise: no runs at all, so the output is larger than the buffer it starts with.
    let seed = 3;
    const rgba = Uint8Array.from({ length: 2000 * 8 * 4 }, () => (seed = (seed * 16807) % 2147483647) % 256);
    const { bytes } = encode(rgba, 2000, 8, 8);
    expect(inflated(bytes).equals(scanlines(rgba, 2000, 8))).toBe(true);
  });
});

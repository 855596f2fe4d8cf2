// A deflate encoder made for rendered graph images, fast enough to keep a 16,000-px
// export under a few seconds. A drawing is mostly runs of one colour (background, node
// fills, line interiors), so it needs no general LZ77 search: a pixel equal to the one
// before it starts a match at distance 4 that runs as far as the colour does; anything
// else goes out as literals. Codes are deflate's fixed Huffman table, so there is no
// table to build or send. Each band ends byte-aligned and non-final (a sync flush), so
// bands encoded in parallel concatenate into one zlib stream (see png-assemble.ts).
// Files come out larger than zlib's best, and an order of magnitude faster to write.

const MAX_MATCH = 258;
/** Reversed fixed-Huffman code of distance code 3 (distance 4), 5 bits. */
const DIST4 = 0b11000;

function reverse(code: number, bits: number): number {
  let out = 0;
  for (let i = 0; i < bits; i++) out |= ((code >>> i) & 1) << (bits - 1 - i);
  return out;
}

/** Literal/length symbol → [reversed code, bit count] in the fixed table (RFC 1951 §3.2.6). */
function fixedCode(symbol: number): [number, number] {
  if (symbol < 144) return [reverse(0x30 + symbol, 8), 8];
  if (symbol < 256) return [reverse(0x190 + symbol - 144, 9), 9];
  if (symbol < 280) return [reverse(symbol - 256, 7), 7];
  return [reverse(0xc0 + symbol - 280, 8), 8];
}

const LIT_CODE = new Uint16Array(256);
const LIT_BITS = new Uint8Array(256);
for (let v = 0; v < 256; v++) [LIT_CODE[v], LIT_BITS[v]] = fixedCode(v);
const [EOB_CODE, EOB_BITS] = fixedCode(256);

// Two literal bytes as one bit string (at most 18 bits), indexed by the pair as a
// little-endian uint16: half the bit-writer calls for a pixel that is not a run.
const PAIR_CODE = new Uint32Array(65536);
const PAIR_BITS = new Uint8Array(65536);
for (let pair = 0; pair < 65536; pair++) {
  const lo = pair & 0xff;
  const hi = pair >>> 8;
  PAIR_CODE[pair] = (LIT_CODE[lo] as number) | ((LIT_CODE[hi] as number) << (LIT_BITS[lo] as number));
  PAIR_BITS[pair] = (LIT_BITS[lo] as number) + (LIT_BITS[hi] as number);
}

// Length 3–258 at distance 4, as one bit string: length code, extra bits, distance code.
const MATCH_CODE = new Uint32Array(MAX_MATCH + 1);
const MATCH_BITS = new Uint8Array(MAX_MATCH + 1);
{
  const bases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  const extras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  for (let len = 3; len <= MAX_MATCH; len++) {
    let i = bases.length - 1;
    while ((bases[i] ?? 0) > len) i--;
    const [code, bits] = fixedCode(257 + i);
    const extra = extras[i] ?? 0;
    MATCH_CODE[len] = code | ((len - (bases[i] ?? 0)) << bits) | (DIST4 << (bits + extra));
    MATCH_BITS[len] = bits + extra + 5;
  }
}

/** Adler-32 of `bytes`, continuing from `adler` (1 for a fresh stream). */
export function adler32(bytes: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    // 5552 bytes is the most that cannot overflow before the modulo (zlib's NMAX).
    const end = Math.min(i + 5552, n);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of A followed by B, from adler(A), adler(B) and B's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const BASE = 65521;
  const rem = secondLength % BASE;
  let a = first & 0xffff;
  let b = (rem * a) % BASE;
  a += (second & 0xffff) + BASE - 1;
  b += (first >>> 16) + (second >>> 16) + BASE - rem;
  if (a >= BASE) a -= BASE;
  if (a >= BASE) a -= BASE;
  if (b >= BASE * 2) b -= BASE * 2;
  if (b >= BASE) b -= BASE;
  return ((b << 16) | a) >>> 0;
}

export interface EncodedBand {
  /** Raw deflate: one fixed-Huffman block, then an empty stored block (byte-aligned, not final). */
  deflate: Uint8Array;
  /** Adler-32 of the band's scanlines (filter bytes included). */
  adler: number;
  /** Bytes of scanlines the band stands for: rows × (1 + width × 4). */
  length: number;
  /** Whether any pixel differs from `background`. */
  ink: boolean;
}

/**
 * Encodes RGBA rows as PNG scanlines (filter type 0) into raw deflate. `background` is
 * the pixel (as a little-endian uint32) that does not count as ink.
 */
export function encodeBand(rgba: Uint8Array | Uint8ClampedArray, width: number, rows: number, background: number): EncodedBand {
  const px = new Uint32Array(rgba.buffer, rgba.byteOffset, width * rows);
  // Grown on demand; a drawing usually needs a small fraction of the raw size.
  let out = new Uint8Array(Math.max(1024, (width * rows) >> 1));
  let pos = 0;
  let acc = 0;
  let nbits = 0;
  let ink = false;
  // Adler-32 runs alongside, in doubles: reduced once a row, exact far past any row width.
  let a = 1;
  let b = 0;
  const put = (code: number, bits: number): void => {
    acc |= code << nbits;
    nbits += bits;
    while (nbits >= 8) {
      out[pos++] = acc & 0xff;
      acc >>>= 8;
      nbits -= 8;
    }
  };
  const reserve = (bytes: number): void => {
    if (pos + bytes <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, pos + bytes));
    bigger.set(out.subarray(0, pos));
    out = bigger;
  };
  const pixel = (p: number): void => {
    const lo = p & 0xffff;
    const hi = p >>> 16;
    put(PAIR_CODE[lo] as number, PAIR_BITS[lo] as number);
    put(PAIR_CODE[hi] as number, PAIR_BITS[hi] as number);
    const c0 = p & 0xff;
    const c1 = (p >>> 8) & 0xff;
    const c2 = (p >>> 16) & 0xff;
    const c3 = p >>> 24;
    b += 4 * a + 4 * c0 + 3 * c1 + 2 * c2 + c3;
    a += c0 + c1 + c2 + c3;
  };

  put(0b010, 3); // BFINAL 0, BTYPE 01 (fixed Huffman)
  for (let y = 0; y < rows; y++) {
    // At most 9 bits per byte of the row, plus the filter byte.
    reserve(((width * 4 + 1) * 9) / 8 + 8);
    put(LIT_CODE[0] as number, LIT_BITS[0] as number); // filter type 0; adds 0 to a, a to b
    b += a;
    const row = y * width;
    const end = row + width;
    let prev = px[row] as number;
    if (prev !== background) ink = true;
    pixel(prev);
    for (let i = row + 1; i < end; ) {
      const p = px[i] as number;
      if (p !== prev) {
        if (p !== background) ink = true;
        pixel(p);
        prev = p;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && px[j] === p) j++;
      const r = j - i;
      // The run repeats the previous pixel: one long copy at distance 4, cut at 258 bytes.
      let left = r * 4;
      while (left >= MAX_MATCH + 3) {
        put(MATCH_CODE[MAX_MATCH] as number, MATCH_BITS[MAX_MATCH] as number);
        left -= MAX_MATCH;
      }
      if (left > MAX_MATCH) {
        // 259–260 bytes: two matches, so neither is shorter than deflate's minimum of 3.
        put(MATCH_CODE[left - 3] as number, MATCH_BITS[left - 3] as number);
        left = 3;
      }
      put(MATCH_CODE[left] as number, MATCH_BITS[left] as number);
      // Adler-32 over r copies of the pixel, in closed form.
      const c0 = p & 0xff;
      const c1 = (p >>> 8) & 0xff;
      const c2 = (p >>> 16) & 0xff;
      const c3 = p >>> 24;
      const c = c0 + c1 + c2 + c3;
      b += 4 * r * a + 2 * c * r * (r - 1) + r * (4 * c0 + 3 * c1 + 2 * c2 + c3);
      a += r * c;
      i = j;
    }
    a %= 65521;
    b %= 65521;
  }
  put(EOB_CODE, EOB_BITS);
  // Sync flush: an empty stored block pads to a byte boundary, so the next band can follow.
  reserve(8);
  put(0b000, 3);
  if (nbits > 0) put(0, 8 - nbits);
  out.set([0x00, 0x00, 0xff, 0xff], pos);
  pos += 4;
  return { deflate: out.slice(0, pos), adler: ((b << 16) | a) >>> 0, length: rows * (width * 4 + 1), ink };
}

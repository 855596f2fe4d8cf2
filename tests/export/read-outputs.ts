// Readers for exported files, shared by the dialog and CLI specs: they decode what a
// user would open (pngjs, pdf.js, an XML parser, unzip) — never the exporters' own code.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';

export function readPng(bytes: Uint8Array) {
  const png = PNG.sync.read(Buffer.from(bytes));
  const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
  // Chunks by hand: pngjs does not expose text chunks.
  const text: Record<string, string> = {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 8; i < bytes.length; ) {
    const length = view.getUint32(i);
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    const data = bytes.subarray(i + 8, i + 8 + length);
    if (type === 'tEXt' || type === 'iTXt') {
      const zero = data.indexOf(0);
      const key = new TextDecoder('latin1').decode(data.subarray(0, zero));
      text[key] = type === 'tEXt' ? new TextDecoder('latin1').decode(data.subarray(zero + 1)) : new TextDecoder().decode(data.subarray(zero + 5));
    }
    i += 12 + length;
  }
  const colours = new Set<number>();
  const px = new Uint32Array(png.data.buffer, png.data.byteOffset, png.data.byteLength / 4);
  for (let i = 0; i < px.length; i += 97) colours.add(px[i] ?? 0);
  return { width: png.width, height: png.height, at, text, distinctColours: colours.size };
}

/** JPEG size from its SOF marker, and its COM segment. */
export function readJpeg(bytes: Uint8Array) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  let comment = '';
  for (let i = 2; i < bytes.length; ) {
    const marker = bytes[i + 1] ?? 0;
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (marker === 0xfe) comment = new TextDecoder().decode(bytes.subarray(i + 4, i + 2 + length));
    if (marker >= 0xc0 && marker <= 0xc3) {
      const height = ((bytes[i + 5] ?? 0) << 8) | (bytes[i + 6] ?? 0);
      const width = ((bytes[i + 7] ?? 0) << 8) | (bytes[i + 8] ?? 0);
      return { width, height, comment };
    }
    i += 2 + length;
  }
  throw new Error('no SOF marker');
}

export function readSvg(text: string) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  const groups = (cls: string) => all('g').filter((g) => g.getAttribute('class') === cls);
  return {
    nodes: groups('node'),
    edges: groups('edge'),
    texts: all('text').map((t) => t.textContent ?? ''),
    /** Each node's label as a reader sees it: wrapped lines (<tspan>s) joined by a space. */
    nodeLabels: groups('node').map((g) => {
      const text = g.getElementsByTagName('text')[0];
      const spans = Array.from(text?.getElementsByTagName('tspan') ?? []);
      return spans.length ? spans.map((t) => t.textContent ?? '').join(' ') : (text?.textContent ?? '');
    }),
    images: all('image').length,
    metadata: all('dc:description').map((d) => d.textContent ?? ''),
    paths: all('path').map((p) => p.getAttribute('d') ?? ''),
  };
}

export async function readPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join('\n');
  const info = (await doc.getMetadata()).info as Record<string, string>;
  // Each text run with its box on the page (PDF units, y up), for overlap checks.
  const items = content.items.flatMap((i) => {
    if (!('str' in i) || !i.str.trim()) return [];
    const [, , , , x = 0, y = 0] = i.transform as number[];
    return [{ str: i.str, x1: x, y1: y - i.height * 0.2, x2: x + i.width, y2: y + i.height * 0.8 }];
  });
  return { pages: doc.numPages, text, flat: text.replace(/\s+/g, ' '), info, items };
}

export function readCsvZip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Data rows of a CSV (RFC 4180 quoting, embedded newlines). */
export function csvRowCount(text: string): number {
  let rows = 0;
  let quoted = false;
  for (const c of text.replace(/^\uFEFF/, '')) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) rows++;
  }
  return rows - 1;
}

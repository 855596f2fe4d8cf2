// A small one-page PDF writer: vector paths, dashes, opacity, the standard Helvetica
// fonts (WinAnsi), RGBA images and the document information dictionary. Enough for a
// graph and its caption, with no font files and no dependency beyond fflate's zlib.
import { zlibSync } from 'fflate';
import { parseColour } from './colour.js';
import type { Seg } from './geometry.js';
import { encodeWinAnsi, helveticaWidth, isWinAnsi } from './helvetica.js';

export interface PdfImage {
  width: number;
  height: number;
  /** RGBA, width × height × 4. */
  rgba: Uint8Array;
}

/** Draws text Helvetica cannot encode (Cyrillic, CJK…) as an image; absent in Node, where it is replaced. */
export type Rasterize = (text: string, size: number, bold: boolean, colour: string) => PdfImage | null;

const num = (v: number): string => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A text string for the info dictionary: UTF-16BE with BOM, as hex. */
function infoString(value: string): string {
  const units: number[] = [0xfe, 0xff];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    units.push(c >> 8, c & 0xff);
  }
  return `<${hex(Uint8Array.from(units))}>`;
}

export class PdfPage {
  readonly ops: string[] = [];
  readonly images: PdfImage[] = [];
  readonly alphas = new Map<string, number>();
  /** Texts drawn as images because Helvetica has no glyphs for them. */
  rasterized = 0;
  replaced = 0;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly rasterize?: Rasterize,
  ) {}

  /** PDF's y axis points up; callers give top-down coordinates. */
  private y(v: number): number {
    return this.height - v;
  }

  private alpha(fill: number, stroke = fill): void {
    if (fill >= 1 && stroke >= 1) return;
    const key = `${num(fill)}/${num(stroke)}`;
    if (!this.alphas.has(key)) this.alphas.set(key, this.alphas.size);
    this.ops.push(`/GS${this.alphas.get(key)} gs`);
  }

  private trace(segs: Seg[], map: (x: number, y: number) => [number, number]): void {
    let cur: [number, number] = [0, 0];
    for (const s of segs) {
      if (s.op === 'Z') this.ops.push('h');
      else if (s.op === 'M' || s.op === 'L') {
        cur = map(s.x, s.y);
        this.ops.push(`${num(cur[0])} ${num(this.y(cur[1]))} ${s.op === 'M' ? 'm' : 'l'}`);
      } else if (s.op === 'Q') {
        // Quadratic → cubic: control points two thirds of the way to the quadratic's.
        const [qx, qy] = map(s.cx, s.cy);
        const [x, y] = map(s.x, s.y);
        const c1 = [cur[0] + (2 / 3) * (qx - cur[0]), cur[1] + (2 / 3) * (qy - cur[1])];
        const c2 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)];
        this.ops.push(`${num(c1[0] ?? 0)} ${num(this.y(c1[1] ?? 0))} ${num(c2[0] ?? 0)} ${num(this.y(c2[1] ?? 0))} ${num(x)} ${num(this.y(y))} c`);
        cur = [x, y];
      } else if (s.op === 'C') {
        const [a, b] = map(s.c1x, s.c1y);
        const [c, d] = map(s.c2x, s.c2y);
        cur = map(s.x, s.y);
        this.ops.push(`${num(a)} ${num(this.y(b))} ${num(c)} ${num(this.y(d))} ${num(cur[0])} ${num(this.y(cur[1]))} c`);
      }
    }
  }

  path(segs: Seg[], style: { fill?: string; stroke?: string; width?: number; dash?: number[] | null; opacity?: number }, map: (x: number, y: number) => [number, number] = (x, y) => [x, y]): void {
    this.ops.push('q');
    this.alpha(style.opacity ?? 1);
    if (style.fill) this.ops.push(`${parseColour(style.fill).map(num).join(' ')} rg`);
    if (style.stroke) {
      this.ops.push(`${parseColour(style.stroke).map(num).join(' ')} RG`, `${num(style.width ?? 1)} w`);
      this.ops.push(style.dash?.length ? `[${style.dash.map(num).join(' ')}] 0 d` : '[] 0 d');
    }
    this.trace(segs, map);
    this.ops.push(style.fill && style.stroke ? 'B' : style.fill ? 'f' : 'S', 'Q');
  }

  rect(x: number, y: number, w: number, h: number, fill: string): void {
    this.ops.push('q', `${parseColour(fill).map(num).join(' ')} rg`, `${num(x)} ${num(this.y(y + h))} ${num(w)} ${num(h)} re f`, 'Q');
  }

  /**
   * Text with its left end at (x, baseline y), or centred on (x, y) when `centre`.
   * `halo` strokes an outline under the fill, like Cytoscape's text-outline.
   */
  text(value: string, x: number, y: number, o: { size: number; bold?: boolean; colour: string; centre?: boolean; rotation?: number; halo?: { colour: string; width: number }; opacity?: number }): void {
    if (!value) return;
    const bold = o.bold ?? false;
    if (!isWinAnsi(value)) {
      const image = this.rasterize?.(value, o.size, bold, o.colour);
      if (image) {
        this.rasterized++;
        const h = o.size * 1.25;
        const w = (image.width / image.height) * h;
        const left = o.centre ? x - w / 2 : x;
        const top = o.centre ? y - h / 2 : y - o.size * 0.95;
        this.image(image, left, top, w, h);
        return;
      }
      this.replaced++;
    }
    const width = helveticaWidth(value, o.size, bold);
    const rot = o.rotation ?? 0;
    const cos = Math.cos(-rot);
    const sin = Math.sin(-rot);
    // Centre: shift left by half the width and down by a third of the size, in the text's own axes.
    const dx = o.centre ? -width / 2 : 0;
    const dy = o.centre ? -o.size * 0.35 : 0;
    const px = x + dx * cos - dy * sin;
    const py = this.y(y) + dx * sin + dy * cos;
    const font = bold ? '/F2' : '/F1';
    const matrix = `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(px)} ${num(py)} Tm`;
    const str = `<${hex(encodeWinAnsi(value))}> Tj`;
    this.ops.push('q');
    this.alpha(o.opacity ?? 1);
    if (o.halo && o.halo.width > 0) {
      this.ops.push('BT', `${font} ${num(o.size)} Tf`, matrix, '1 Tr', '1 j', `${num(o.halo.width)} w`, `${parseColour(o.halo.colour).map(num).join(' ')} RG`, str, 'ET');
    }
    this.ops.push('BT', `${font} ${num(o.size)} Tf`, matrix, '0 Tr', `${parseColour(o.colour).map(num).join(' ')} rg`, str, 'ET', 'Q');
  }

  image(img: PdfImage, x: number, y: number, w: number, h: number): void {
    this.images.push(img);
    this.ops.push('q', `${num(w)} 0 0 ${num(h)} ${num(x)} ${num(this.y(y + h))} cm`, `/Im${this.images.length - 1} Do`, 'Q');
  }
}

/** Serialises the page with its fonts, images, opacity states and info dictionary. */
export function writePdf(page: PdfPage, info: Record<string, string>, date: Date): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const emit = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? enc.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const objects: (string | { dict: string; stream: Uint8Array })[] = [];
  const add = (obj: string | { dict: string; stream: Uint8Array }): number => objects.push(obj);

  const catalog = add('');
  const pages = add('');
  const pageObj = add('');
  const content = add({ dict: '/Filter /FlateDecode', stream: zlibSync(enc.encode(page.ops.join('\n'))) });
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const images = page.images.map((img) => {
    const n = img.width * img.height;
    const rgb = new Uint8Array(n * 3);
    const alpha = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      rgb[i * 3] = img.rgba[i * 4] ?? 0;
      rgb[i * 3 + 1] = img.rgba[i * 4 + 1] ?? 0;
      rgb[i * 3 + 2] = img.rgba[i * 4 + 2] ?? 0;
      alpha[i] = img.rgba[i * 4 + 3] ?? 0;
    }
    const mask = add({ dict: `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, stream: zlibSync(alpha) });
    return add({ dict: `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /SMask ${mask} 0 R /Filter /FlateDecode`, stream: zlibSync(rgb) });
  });
  const pad = (v: number) => String(v).padStart(2, '0');
  const pdfDate = `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
  const infoObj = add(
    `<< ${Object.entries(info)
      .map(([k, v]) => `/${k.replace(/[^A-Za-z]/g, '')} ${infoString(v)}`)
      .join(' ')} /Producer ${infoString('Redthread')} /CreationDate (${pdfDate}) >>`,
  );
  const gs = [...page.alphas.entries()].map(([key, i]) => {
    const [fill, stroke] = key.split('/');
    return `/GS${i} << /Type /ExtGState /ca ${fill} /CA ${stroke} >>`;
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R >>`;
  objects[pages - 1] = `<< /Type /Pages /Kids [${pageObj} 0 R] /Count 1 >>`;
  objects[pageObj - 1] =
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Contents ${content} 0 R ` +
    `/Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> /ExtGState << ${gs.join(' ')} >> /XObject << ${images.map((id, i) => `/Im${i} ${id} 0 R`).join(' ')} >> >> >>`;

  emit('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  objects.forEach((obj, i) => {
    offsets.push(length);
    if (typeof obj === 'string') emit(`${i + 1} 0 obj\n${obj}\nendobj\n`);
    else {
      emit(`${i + 1} 0 obj\n<< ${obj.dict} /Length ${obj.stream.length} >>\nstream\n`);
      emit(obj.stream);
      emit('\nendstream\nendobj\n');
    }
  });
  const xref = length;
  emit(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  emit(`trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObj} 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// A one-page PDF content stream: vector paths, dashes, opacity, text in the embedded
// Noto Sans subsets, and RGBA images. pdf-lib assembles the file (objects, fonts,
// cross-reference table, information dictionary); the drawing operators are ours,
// because pdf-lib's drawing API has no quadratic curves and lays text out its own way.
import { zlibSync } from 'fflate';
import { PDFName, type PDFRawStream } from 'pdf-lib';
import { parseColour } from './colour.js';
import type { Seg } from './geometry.js';
import type { PdfFonts } from './pdf-fonts.js';

export interface PdfImage {
  width: number;
  height: number;
  /** RGBA, width × height × 4. */
  rgba: Uint8Array;
}

/** Draws text the embedded font cannot show (CJK, Arabic…) as an image; absent in Node, where those characters are replaced. */
export type Rasterize = (text: string, size: number, bold: boolean, colour: string) => PdfImage | null;

const num = (v: number): string => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};


export class PdfPage {
  readonly ops: string[] = [];
  readonly images: PdfImage[] = [];
  readonly alphas = new Map<string, number>();
  /** Texts drawn as images because the font has no glyphs for some of their characters. */
  readonly rasterized: string[] = [];
  /** Texts whose missing characters became "?" (no rasterizer). */
  readonly replaced: string[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
    readonly fonts: PdfFonts,
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
   */
  text(value: string, x: number, y: number, o: { size: number; bold?: boolean; colour: string; centre?: boolean; rotation?: number; opacity?: number }): void {
    if (!value) return;
    const bold = o.bold ?? false;
    if (!this.fonts.covers(value)) {
      const image = this.rasterize?.(value, o.size, bold, o.colour);
      if (image) {
        this.rasterized.push(value);
        const h = o.size * 1.25;
        const w = (image.width / image.height) * h;
        const left = o.centre ? x - w / 2 : x;
        const top = o.centre ? y - h / 2 : y - o.size * 0.95;
        this.image(image, left, top, w, h);
        return;
      }
      this.replaced.push(value);
      value = [...value].map((c) => (this.fonts.covers(c) ? c : '?')).join('');
    }
    const width = this.fonts.width(value, o.size, bold);
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
    const str = `${this.fonts.encode(value, bold)} Tj`;
    this.ops.push('q');
    this.alpha(o.opacity ?? 1);
    this.ops.push('BT', `${font} ${num(o.size)} Tf`, matrix, '0 Tr', `${parseColour(o.colour).map(num).join(' ')} rg`, str, 'ET', 'Q');
  }

  image(img: PdfImage, x: number, y: number, w: number, h: number): void {
    this.images.push(img);
    this.ops.push('q', `${num(w)} 0 0 ${num(h)} ${num(x)} ${num(this.y(y + h))} cm`, `/Im${this.images.length - 1} Do`, 'Q');
  }
}

/**
 * The file: the page's operators as its content stream, its fonts, opacity states and
 * images as resources, and the information dictionary. pdf-lib writes the embedded font
 * subsets (with their ToUnicode maps, so text copies as text) when it saves.
 */
export async function writePdf(page: PdfPage, info: { title: string; subject: string; keywords: string }, date: Date): Promise<Uint8Array> {
  const { doc, regular, bold } = page.fonts;
  const { context } = doc;
  const pdfPage = doc.addPage([page.width, page.height]);
  const leaf = pdfPage.node;
  leaf.setFontDictionary(PDFName.of('F1'), regular.ref);
  leaf.setFontDictionary(PDFName.of('F2'), bold.ref);
  for (const [key, i] of page.alphas) {
    const [fill = '1', stroke = '1'] = key.split('/');
    leaf.setExtGState(PDFName.of(`GS${i}`), context.obj({ Type: 'ExtGState', ca: Number(fill), CA: Number(stroke) }));
  }
  page.images.forEach((img, i) => {
    const n = img.width * img.height;
    const rgb = new Uint8Array(n * 3);
    const alpha = new Uint8Array(n);
    for (let p = 0; p < n; p++) {
      rgb[p * 3] = img.rgba[p * 4] ?? 0;
      rgb[p * 3 + 1] = img.rgba[p * 4 + 1] ?? 0;
      rgb[p * 3 + 2] = img.rgba[p * 4 + 2] ?? 0;
      alpha[p] = img.rgba[p * 4 + 3] ?? 0;
    }
    const image = (data: Uint8Array, colourSpace: string, extra: Record<string, unknown> = {}): PDFRawStream =>
      context.flateStream(data, { Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, ColorSpace: colourSpace, BitsPerComponent: 8, ...extra });
    const mask = context.register(image(alpha, 'DeviceGray'));
    leaf.setXObject(PDFName.of(`Im${i}`), context.register(image(rgb, 'DeviceRGB', { SMask: mask })));
  });
  // fflate rather than pdf-lib's pako: several times faster on a 2,000-node page.
  const content = zlibSync(new TextEncoder().encode(page.ops.join('\n')), { level: 6 });
  leaf.addContentStream(context.register(context.stream(content, { Filter: 'FlateDecode' })));
  doc.setTitle(info.title);
  doc.setSubject(info.subject);
  doc.setKeywords([info.keywords]);
  doc.setCreator('Redthread');
  doc.setProducer('Redthread');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save({ useObjectStreams: false });
}

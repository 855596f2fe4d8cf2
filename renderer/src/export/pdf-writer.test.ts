// The PDF page writer, operator by operator, and the file it assembles read back with
// pdf-lib and zlib. Expected operators are worked out by hand from the PDF reference
// (y axis up from the bottom edge, `re` from the lower-left corner, a quadratic Bézier
// raised to a cubic with control points two thirds of the way to the quadratic's own).
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PdfFonts } from './pdf-fonts.js';
import { type PdfImage, PdfPage, writePdf } from './pdf-writer.js';

/** A stand-in font: ASCII only, every character half the size wide, text as hex of its bytes. */
function fakeFonts(doc?: PDFDocument, regular?: PdfFonts['regular'], bold?: PdfFonts['bold']): PdfFonts {
  return {
    doc: doc as PDFDocument,
    regular: regular as PdfFonts['regular'],
    bold: bold as PdfFonts['bold'],
    width: (text, size, b) => [...text].length * size * (b ? 0.6 : 0.5),
    covers: (text) => /^[\x20-\x7e]*$/.test(text),
    encode: (text, b) => `<${b ? 'B' : 'R'}${Buffer.from(text).toString('hex')}>`,
  };
}

const page = (rasterize?: ConstructorParameters<typeof PdfPage>[3]) => new PdfPage(200, 100, fakeFonts(), rasterize);

describe('PdfPage paths', () => {
  it('fills a polygon in page coordinates, y counted up from the bottom edge', () => {
    const p = page();
    p.path([{ op: 'M', x: 10, y: 20 }, { op: 'L', x: 30, y: 40 }, { op: 'L', x: 10, y: 40 }, { op: 'Z' }], { fill: '#ff0000' });
    expect(p.ops).toEqual(['q', '1 0 0 rg', '10 80 m', '30 60 l', '10 60 l', 'h', 'f', 'Q']);
  });

  it('strokes with colour, width and dash pattern; a solid stroke resets the dash', () => {
    const dashed = page();
    dashed.path([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 50, y: 0 }], { stroke: 'rgb(0,0,255)', width: 2.5, dash: [6, 3] });
    expect(dashed.ops).toEqual(['q', '0 0 1 RG', '2.5 w', '[6 3] 0 d', '0 100 m', '50 100 l', 'S', 'Q']);
    const solid = page();
    solid.path([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 50, y: 0 }], { stroke: '#000000', dash: [] });
    expect(solid.ops).toEqual(['q', '0 0 0 RG', '1 w', '[] 0 d', '0 100 m', '50 100 l', 'S', 'Q']);
  });

  it('fills and strokes in one operator when both are given', () => {
    const p = page();
    p.path([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 1, y: 1 }, { op: 'Z' }], { fill: '#ffffff', stroke: '#000000', width: 0.8 });
    expect(p.ops.slice(-2)).toEqual(['B', 'Q']);
  });

  it('raises a quadratic curve to the cubic that draws the same curve', () => {
    const p = page();
    // From (0,10) with control (30,40) to (90,10): cubic controls at (20,30) and (50,30).
    p.path([{ op: 'M', x: 0, y: 10 }, { op: 'Q', cx: 30, cy: 40, x: 90, y: 10 }], { stroke: '#000000' });
    expect(p.ops[5]).toBe('20 70 50 70 90 90 c');
    // Both Béziers at t = ½: the quadratic's point ¼P0 + ½C + ¼P2 = (37.5, 25) is the cubic's ⅛P0 + ⅜C1 + ⅜C2 + ⅛P3.
    const [c1x, c1y, c2x, c2y, x, y] = (p.ops[5] ?? '').split(' ').slice(0, 6).map(Number) as number[];
    expect([(0 + 3 * (c1x ?? 0) + 3 * (c2x ?? 0) + (x ?? 0)) / 8, (90 + 3 * (c1y ?? 0) + 3 * (c2y ?? 0) + (y ?? 0)) / 8]).toEqual([37.5, 75]);
  });

  it('continues a curve from where the previous cubic ended', () => {
    const p = page();
    p.path([{ op: 'M', x: 0, y: 0 }, { op: 'C', c1x: 10, c1y: 20, c2x: 30, c2y: 40, x: 60, y: 30 }, { op: 'Q', cx: 60, cy: 60, x: 90, y: 60 }], { stroke: '#000000' });
    expect(p.ops.slice(5, 7)).toEqual(['10 80 30 60 60 70 c', '60 50 70 40 90 40 c']);
  });

  it('applies the mapping to every point, control points included', () => {
    const p = page();
    const map = (x: number, y: number): [number, number] => [x * 2 + 1, y / 2];
    p.path([{ op: 'M', x: 1, y: 2 }, { op: 'C', c1x: 3, c1y: 4, c2x: 5, c2y: 6, x: 7, y: 8 }, { op: 'L', x: 9, y: 10 }], { fill: '#000000' }, map);
    expect(p.ops.slice(2, 5)).toEqual(['3 99 m', '7 98 11 97 15 96 c', '19 95 l']);
  });

  it('writes -0 as 0 and rounds to thousandths', () => {
    const p = page();
    p.path([{ op: 'M', x: -0.0001, y: 100.0004 }, { op: 'L', x: 1 / 3, y: 0 }], { fill: '#000000' });
    expect(p.ops.slice(2, 4)).toEqual(['0 0 m', '0.333 100 l']);
  });

  it('shares one graphics state per opacity pair and none at full opacity', () => {
    const p = page();
    const seg = [{ op: 'M' as const, x: 0, y: 0 }];
    p.path(seg, { fill: '#000000', opacity: 0.5 });
    p.path(seg, { fill: '#000000', opacity: 0.25 });
    p.path(seg, { fill: '#000000', opacity: 0.5 });
    p.path(seg, { fill: '#000000', opacity: 1 });
    p.path(seg, { fill: '#000000' });
    expect(p.ops.filter((o) => o.endsWith(' gs'))).toEqual(['/GS0 gs', '/GS1 gs', '/GS0 gs']);
    expect([...p.alphas]).toEqual([['0.5/0.5', 0], ['0.25/0.25', 1]]);
  });

  it('fills a rectangle from its lower-left corner', () => {
    const p = page();
    p.rect(10, 20, 30, 40, '#00ff00');
    expect(p.ops).toEqual(['q', '0 1 0 rg', '10 40 30 40 re f', 'Q']);
  });
});

describe('PdfPage text', () => {
  it('writes text at its baseline in the regular or bold font, in its colour', () => {
    const p = page();
    p.text('AB', 10, 20, { size: 10, colour: '#ff0000' });
    p.text('C', 5, 5, { size: 8, bold: true, colour: '#000000' });
    expect(p.ops).toEqual([
      'q', 'BT', '/F1 10 Tf', '1 0 0 1 10 80 Tm', '0 Tr', '1 0 0 rg', '<R4142> Tj', 'ET', 'Q',
      'q', 'BT', '/F2 8 Tf', '1 0 0 1 5 95 Tm', '0 Tr', '0 0 0 rg', '<B43> Tj', 'ET', 'Q',
    ]);
  });

  it('centres text: half its width to the left, a third of its size down', () => {
    const p = page();
    // "AB" at 10 pt is 10 wide: its left end 5 before the centre, its baseline 3.5 below it.
    p.text('AB', 10, 20, { size: 10, colour: '#000000', centre: true });
    expect(p.ops[3]).toBe('1 0 0 1 5 76.5 Tm');
  });

  it('turns centred text clockwise about its centre', () => {
    const p = page();
    p.text('AB', 10, 20, { size: 10, colour: '#000000', centre: true, rotation: Math.PI / 2 });
    // A quarter turn clockwise on screen: the text runs down the page, its top to the right.
    expect(p.ops[3]).toBe('0 -1 1 0 6.5 85 Tm');
  });

  it('sets a graphics state for translucent text, and draws nothing for an empty string', () => {
    const p = page();
    p.text('', 0, 0, { size: 10, colour: '#000000' });
    expect(p.ops).toEqual([]);
    p.text('A', 0, 0, { size: 10, colour: '#000000', opacity: 0.4 });
    expect(p.ops.slice(0, 3)).toEqual(['q', '/GS0 gs', 'BT']);
  });

  it('draws text the font lacks as a picture, 1.25 × its size tall, where the text would be', () => {
    const asked: unknown[][] = [];
    const img: PdfImage = { width: 4, height: 2, rgba: new Uint8Array(32) };
    const p = page((...args) => {
      asked.push(args);
      return img;
    });
    p.text('漢字', 10, 50, { size: 8, bold: true, colour: '#123456' });
    p.text('漢', 100, 50, { size: 8, colour: '#123456', centre: true });
    expect(asked).toEqual([['漢字', 8, true, '#123456'], ['漢', 8, false, '#123456']]);
    expect(p.rasterized).toEqual(['漢字', '漢']);
    expect(p.images).toEqual([img, img]);
    // 10 tall, 20 wide; left-aligned its top is 0.95 × size above the baseline (y 42.4 → 100 − 52.4).
    // Centred: 90…110 across, 45…55 down (→ 45 from the bottom).
    expect(p.ops).toEqual(['q', '20 0 0 10 10 47.6 cm', '/Im0 Do', 'Q', 'q', '20 0 0 10 90 45 cm', '/Im1 Do', 'Q']);
    expect(p.replaced).toEqual([]);
  });

  it('replaces characters the font lacks with "?" when nothing can draw them as a picture', () => {
    for (const p of [page(), page(() => null)]) {
      p.text('Meng 孟宏伟', 0, 0, { size: 10, colour: '#000000' });
      expect(p.replaced).toEqual(['Meng 孟宏伟']);
      expect(p.rasterized).toEqual([]);
      expect(p.ops).toContain(`<R${Buffer.from('Meng ???').toString('hex')}> Tj`);
    }
  });
});

describe('writePdf', () => {
  async function written() {
    const doc = await PDFDocument.create();
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const p = new PdfPage(300, 150, fakeFonts(doc, regular, bold));
    p.path([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 10, y: 10 }], { stroke: '#000000', opacity: 0.5 });
    p.path([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 10, y: 10 }], { stroke: '#000000', opacity: 0.25 });
    // Two pixels, every channel different: a mostly red opaque one, a half-transparent blue one.
    p.image({ width: 2, height: 1, rgba: new Uint8Array([255, 1, 2, 255, 10, 20, 250, 128]) }, 1, 2, 3, 4);
    const date = new Date('2026-11-30T09:00:00Z');
    const bytes = await writePdf(p, { title: 'A case', subject: 'Filters: none', keywords: 'Source: a, b' }, date);
    return { bytes, ops: p.ops, date, fontRefs: [regular.ref, bold.ref] };
  }

  it('writes a one-page file of the page size whose content stream is the page’s operators', async () => {
    const { bytes, ops } = await written();
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const pg = doc.getPage(0);
    expect([pg.getWidth(), pg.getHeight()]).toEqual([300, 150]);
    const contents = pg.node.Contents();
    const stream = contents instanceof PDFArray ? contents.lookup(0) : contents;
    expect(stream).toBeInstanceOf(PDFRawStream);
    if (!(stream instanceof PDFRawStream)) return;
    expect(stream.dict.get(PDFName.of('Filter'))).toEqual(PDFName.of('FlateDecode'));
    expect(inflateSync(stream.contents).toString('latin1')).toBe(ops.join('\n'));
  });

  it('names the two fonts F1 and F2 and each opacity state with its fill and stroke alpha', async () => {
    const { bytes, fontRefs } = await written();
    const doc = await PDFDocument.load(bytes);
    const resources = doc.getPage(0).node.Resources();
    const fonts = resources?.lookup(PDFName.of('Font'), PDFDict);
    expect([fonts?.get(PDFName.of('F1')), fonts?.get(PDFName.of('F2'))]).toEqual(fontRefs);
    const states = resources?.lookup(PDFName.of('ExtGState'), PDFDict);
    const alpha = (name: string) => {
      const gs = states?.lookup(PDFName.of(name), PDFDict);
      return ['Type', 'ca', 'CA'].map((k) => {
        const v = gs?.get(PDFName.of(k));
        return v instanceof PDFNumber ? v.asNumber() : v?.toString();
      });
    };
    expect([alpha('GS0'), alpha('GS1')]).toEqual([['/ExtGState', 0.5, 0.5], ['/ExtGState', 0.25, 0.25]]);
  });

  it('stores an image as RGB with its alpha as a soft mask, both the picture’s size', async () => {
    const { bytes } = await written();
    const doc = await PDFDocument.load(bytes);
    const xobjects = doc.getPage(0).node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const image = xobjects?.lookup(PDFName.of('Im0'));
    expect(image).toBeInstanceOf(PDFRawStream);
    if (!(image instanceof PDFRawStream)) return;
    const field = (s: PDFRawStream, k: string) => {
      const v = s.dict.get(PDFName.of(k));
      return v instanceof PDFNumber ? v.asNumber() : v?.toString();
    };
    const fields = (s: PDFRawStream) => ['Type', 'Subtype', 'Width', 'Height', 'ColorSpace', 'BitsPerComponent'].map((k) => field(s, k));
    expect(fields(image)).toEqual(['/XObject', '/Image', 2, 1, '/DeviceRGB', 8]);
    expect([...inflateSync(image.contents)]).toEqual([255, 1, 2, 10, 20, 250]);
    const maskRef = image.dict.get(PDFName.of('SMask'));
    expect(maskRef).toBeInstanceOf(PDFRef);
    const mask = doc.context.lookup(maskRef);
    expect(mask).toBeInstanceOf(PDFRawStream);
    if (!(mask instanceof PDFRawStream)) return;
    expect(fields(mask)).toEqual(['/XObject', '/Image', 2, 1, '/DeviceGray', 8]);
    expect([...inflateSync(mask.contents)]).toEqual([255, 128]);
  });

  it('fills the information dictionary: title, subject, keywords, Redthread as creator and producer, the export date', async () => {
    const { bytes, date } = await written();
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect([doc.getTitle(), doc.getSubject(), doc.getKeywords(), doc.getCreator(), doc.getProducer()]).toEqual([
      'A case', 'Filters: none', 'Source: a, b', 'Redthread', 'Redthread',
    ]);
    expect([doc.getCreationDate()?.toISOString(), doc.getModificationDate()?.toISOString()]).toEqual([date.toISOString(), date.toISOString()]);
    // Without object streams: every object is findable by a plain reader.
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/ObjStm');
  });
});

// The PDF: pdf.js (an independent reader) finds the caption, the legend, the numbered
// source list with its quotes, the metadata, and non-Latin names as text; the embedded
// font is a subset; numbered badges sit beside labels, never on them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeDetails } from '../../../graph-data/src/contract.js';
import { composePdf } from './pdf.js';
import { numberAllegations } from './pdf-numbers.js';
import { embedFonts, type FontFiles } from './pdf-fonts.js';
import type { PdfImage } from './pdf-writer.js';
import { CJK_LABEL, CYRILLIC_LABEL, GREEK_LABEL, LONG_LABEL, testBlock, testMeta, testScene } from './test-scene.js';

const QUOTE = 'Russia has been accused of abusing Interpol’s “red notice” system';
const require = createRequire(import.meta.url);
const fontFile = (path: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${path}`)));
const files: FontFiles = { regular: fontFile('400Regular/NotoSans_400Regular.ttf'), bold: fontFile('700Bold/NotoSans_700Bold.ttf') };

const details: EdgeDetails = {
  id: 'e2',
  source: { id: 'a', label: 'Bill Browder', kind: 'person' },
  target: { id: 'c', label: 'Interpol', kind: 'agency' },
  relation: 'accuses',
  allegation: { type: 'red_notice_abuse', status: 'alleged', claimant: { id: 'a', label: 'Bill Browder', kind: 'person' } },
  evidence: [{ source: 's', sourceTitle: 'UK and US launch last-ditch bid', quote: QUOTE, offset: 0 }],
  attributes: [],
};

interface Item {
  str: string;
  box: { x1: number; y1: number; x2: number; y2: number };
}

async function read(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const items: Item[] = content.items.flatMap((i) => {
    if (!('str' in i) || !i.str) return [];
    const [, , , , x = 0, y = 0] = i.transform as number[];
    return [{ str: i.str, box: { x1: x, y1: y - i.height * 0.25, x2: x + i.width, y2: y + i.height * 0.9 } }];
  });
  const text = items.map((i) => i.str).join('\n');
  const info = (await doc.getMetadata()).info as Record<string, string>;
  return { pages: doc.numPages, text, info, items };
}

/** The embedded font programs (FontFile2 streams), found by walking the file with pdf-lib. */
async function embeddedFonts(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const out: { name: string; size: number; program: Uint8Array }[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type'))?.toString() !== '/FontDescriptor') continue;
    const file = obj.lookup(PDFName.of('FontFile2'));
    const program = file instanceof PDFRawStream ? decodePDFRawStream(file).decode() : new Uint8Array();
    out.push({ name: obj.get(PDFName.of('FontName'))?.toString() ?? '', size: program.length, program });
  }
  return out;
}

// A stand-in for the browser's canvas: records what it was asked to draw as a picture.
const pictured: string[] = [];
const rasterize = (text: string): PdfImage => {
  pictured.push(text);
  return { width: 2, height: 1, rgba: new Uint8Array(8).fill(255) };
};

describe('composePdf', () => {
  const scene = testScene();
  let out: { bytes: Uint8Array; warnings: string[] };
  let bare: { bytes: Uint8Array; warnings: string[] };
  beforeAll(async () => {
    const make = async (withRaster: boolean) => {
      const fonts = await embedFonts(files);
      return composePdf({
        scene,
        header: testBlock(770, false, true, fonts.width),
        legend: testBlock(770, true, false, fonts.width),
        numbered: [details],
        info: { title: testMeta.title, subject: 'Filters: Allegation: red notice abuse', keywords: 'Source: Daily Mail' },
        date: testMeta.exportedAt,
        textColour: '#0f172a',
        fonts,
        rasterize: withRaster ? rasterize : undefined,
      });
    };
    out = await make(true);
    bare = await make(false);
  });

  it('numbers the allegation edges only', () => {
    expect(numberAllegations(scene)).toEqual(['e2']);
  });

  it('is one page with the caption, legend, numbered sources and quotes as text', async () => {
    const { pages, text } = await read(out.bytes);
    expect(pages).toBe(1);
    expect(text).toContain('Interpol 2018 presidential election');
    expect(text).toContain('Source: UK and US launch last-ditch bid (Daily Mail, 2018-11-21)');
    expect(text).toContain('Filters: Allegation: red notice abuse');
    expect(text).toContain('Red notice abuse / political persecution');
    expect(text).toContain('Sources of the numbered allegations');
    expect(text).toContain('1. Bill Browder accuses Interpol — Red notice abuse / political persecution (alleged; claimant: Bill Browder)');
    expect(text.replace(/\n/g, ' ')).toContain(`“${QUOTE}”`);
    expect(text).toContain('Interpol');
  });

  it('keeps Cyrillic and Greek names as text, and every line of a wrapped label', async () => {
    const { text } = await read(out.bytes);
    const lines = text.split('\n');
    expect(lines).toContain(CYRILLIC_LABEL);
    expect(lines).toContain(GREEK_LABEL);
    for (const line of LONG_LABEL) expect(lines).toContain(line);
  });

  it('embeds Noto Sans as subsets, not whole fonts', async () => {
    const fonts = await embeddedFonts(out.bytes);
    // pdf-lib names a subset after the font plus a random number.
    expect(fonts.map((f) => f.name.replace(/-\d+$/, ''))).toEqual(['/NotoSans-Regular', '/NotoSans-Bold']);
    for (const f of fonts) {
      expect(f.size).toBeGreaterThan(1000);
      expect(f.size).toBeLessThan(files.regular.length / 4);
    }
  });

  it('writes subsets whose glyphs all keep their outlines (a corrupt loca table blanks them)', async () => {
    for (const f of await embeddedFonts(out.bytes)) {
      const font = fontkit.create(f.program);
      expect(font.numGlyphs).toBeGreaterThan(20);
      const blank: number[] = [];
      for (let id = 1; id < font.numGlyphs; id++) if (font.getGlyph(id).path.commands.length === 0) blank.push(id);
      // The space is the one glyph drawn with no outline.
      expect(blank.length, `glyphs without outlines: ${blank.join(', ')}`).toBeLessThanOrEqual(1);
    }
  });

  it('draws a CJK label as a picture and says so, instead of boxes or nothing', async () => {
    expect(pictured).toEqual([CJK_LABEL]);
    expect(out.warnings.join(' ')).toMatch(/^1 text\(s\) use characters outside Latin, Greek and Cyrillic .*“Meng Hongwei 孟宏伟”.*drawn as pictures/);
    const { text } = await read(out.bytes);
    expect(text).not.toContain('Meng Hongwei');
    // Without a canvas (Node), the missing characters become "?" and the warning says so.
    expect((await read(bare.bytes)).text.split('\n')).toContain('Meng Hongwei ???');
    expect(bare.warnings.join(' ')).toMatch(/those characters show as "\?"/);
  });

  it('puts the numbered badge beside the labels, not on them', async () => {
    const { items } = await read(out.bytes);
    const badge = items.find((i) => i.str === '1');
    expect(badge).toBeDefined();
    const r = 5.5;
    const b = badge?.box ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    const cx = (b.x1 + b.x2) / 2;
    const cy = (b.y1 + b.y2) / 2;
    const circle = { x1: cx - r, y1: cy - r, x2: cx + r, y2: cy + r };
    const labels = items.filter((i) => [...LONG_LABEL, CYRILLIC_LABEL, 'Interpol', GREEK_LABEL].includes(i.str));
    expect(labels.length).toBeGreaterThanOrEqual(5);
    for (const l of labels) {
      const hit = circle.x1 < l.box.x2 && circle.x2 > l.box.x1 && circle.y1 < l.box.y2 && circle.y2 > l.box.y1;
      expect(hit, `badge over "${l.str}"`).toBe(false);
    }
  });

  it('names the dataset, filters and sources in the information dictionary', async () => {
    const { info } = await read(out.bytes);
    expect(info.Title).toBe('Interpol 2018 presidential election');
    expect(info.Subject).toBe('Filters: Allegation: red notice abuse');
    expect(info.Producer).toBe('Redthread');
  });
});

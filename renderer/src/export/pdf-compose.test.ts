// The PDF page composer, fast: a stand-in font (Helvetica from pdf-lib, widths half the size
// a character) instead of embedding Noto Sans, and the page read back by inflating its
// content stream with zlib and following its text and path operators. Expected positions
// come from the page design (A4 landscape width, 36 pt margins, graph centred between them,
// list lines 1.4 × their size apart), not from the composer's code.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { EdgeDetails } from '../../../graph-data/src/contract.js';
import type { Block } from './caption.js';
import { nodeShapePath } from './geometry.js';
import { composePdf, type PdfInput } from './pdf.js';
import { MAX_LISTED, numberAllegations } from './pdf-numbers.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { PdfImage } from './pdf-writer.js';
import type { Scene, SceneEdge, SceneNode, SceneText } from './scene.js';

const ASCII = /^[\x20-\x7e\u2018-\u201d\u2014\u2026]*$/;

async function fonts(): Promise<PdfFonts> {
  const doc = await PDFDocument.create();
  return {
    doc,
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    width: (text, size) => [...text].length * size * 0.5,
    covers: (text) => ASCII.test(text),
    encode: (text) => `<${Buffer.from(text, 'utf16le').toString('hex')}>`,
  };
}

interface Drawn {
  text: string;
  font: string;
  size: number;
  /** Left end of the baseline, top-down page coordinates. */
  x: number;
  y: number;
  /** The text matrix's first column: (1, 0) unrotated. */
  cos: number;
  sin: number;
}

/** The page height and every text drawn, read from the content stream. */
async function readBack(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(0);
  const height = page.getHeight();
  const contents = page.node.Contents();
  const stream = contents instanceof PDFArray ? contents.lookup(0) : contents;
  if (!(stream instanceof PDFRawStream)) throw new Error('no content stream');
  const ops = inflateSync(stream.contents).toString('latin1').split('\n');
  const texts: Drawn[] = [];
  let font = '';
  let size = 0;
  let m = [1, 0, 0, 1, 0, 0];
  for (const op of ops) {
    const parts = op.split(' ');
    if (op.endsWith(' Tf')) [font = '', size = 0] = [parts[0], Number(parts[1])];
    else if (op.endsWith(' Tm')) m = parts.slice(0, 6).map(Number);
    else if (op.endsWith(' Tj')) {
      const hex = /^<([0-9a-f]*)>/.exec(op)?.[1] ?? '';
      texts.push({ text: Buffer.from(hex, 'hex').toString('utf16le'), font, size, x: m[4] ?? 0, y: height - (m[5] ?? 0), cos: m[0] ?? 0, sin: m[1] ?? 0 });
    }
  }
  const states = page.node.Resources()?.lookup(PDFName.of('ExtGState'), PDFDict);
  const alpha: Record<string, number | undefined> = {};
  for (const [name] of states?.entries() ?? []) {
    const ca = states?.lookup(name, PDFDict).get(PDFName.of('ca'));
    alpha[name.asString()] = ca instanceof PDFNumber ? ca.asNumber() : undefined;
  }
  return { height, width: page.getWidth(), ops, texts, alpha };
}

const label = (text: string, x: number, y: number, over: Partial<SceneText> = {}): SceneText => ({
  text, lines: [text], lineHeight: 10, x, y, size: 10, family: 'sans-serif', weight: 'normal', color: '#111111',
  outline: '#eeeeee', outlineWidth: 1, rotation: 0, opacity: 1, ...over,
});
const bounds = { x1: 0, y1: 0, x2: 1, y2: 1 };
const node = (id: string, x: number, y: number, over: Partial<SceneNode> = {}): SceneNode => ({
  id, path: nodeShapePath('ellipse', x, y, 10, 10), ellipse: { cx: x, cy: y, rx: 5, ry: 5 }, fill: '#ff0000', border: '#00ff00', borderWidth: 0, opacity: 1, bounds, ...over,
});
const edge = (id: string, mid: { x: number; y: number }, over: Partial<SceneEdge> = {}): SceneEdge => ({
  id, path: [{ op: 'M', x: mid.x - 10, y: mid.y }, { op: 'L', x: mid.x + 10, y: mid.y }], color: '#0000ff', width: 2, dash: null, opacity: 1,
  arrow: null, arrowColor: '#0000ff', mid, bounds, ...over,
});

const emptyBlock = (height: number): Block => ({ width: 770, height, prims: [] });

const person = (id: string) => ({ id, label: id.toUpperCase(), kind: 'person' as const });
function allegation(id: string, quotes: string[]): EdgeDetails {
  return {
    id, source: person('a'), target: person('b'), relation: 'accuses',
    allegation: { type: 'red_notice_abuse', status: 'alleged', claimant: person('c') },
    evidence: quotes.map((quote, i) => ({ source: `s${i}`, sourceTitle: `Title ${i}`, quote, offset: 0 })),
    attributes: [],
  };
}

async function compose(over: Partial<PdfInput> = {}) {
  const input: PdfInput = {
    scene: { box: { x: -100, y: -50, w: 200, h: 100 }, background: '#fafafa', nodes: [], edges: [] },
    header: emptyBlock(20), legend: emptyBlock(30), numbered: [],
    info: { title: 'T', subject: 'S', keywords: 'K' }, date: new Date('2026-11-30T00:00:00Z'), textColour: '#222222',
    fonts: await fonts(), ...over,
  };
  const out = await composePdf(input);
  return { ...out, ...(await readBack(out.bytes)) };
}

describe('numberAllegations', () => {
  it('numbers allegation edges top to bottom in 40-unit bands, then left to right, and skips the others', () => {
    const scene: Scene = {
      box: { x: 0, y: 0, w: 1, h: 1 }, background: '#fff', nodes: [],
      edges: [
        edge('plain', { x: 0, y: 0 }),
        edge('low', { x: 10, y: 100 }, { allegationType: 'bribery' }),
        edge('right', { x: 100, y: 5 }, { allegationType: 'bribery' }),
        edge('left', { x: 50, y: 15 }, { allegationType: 'bribery' }),
        edge('band1', { x: 0, y: 20 }, { allegationType: 'bribery' }),
      ],
    };
    expect(numberAllegations(scene)).toEqual(['left', 'right', 'band1', 'low']);
  });
});

describe('composePdf', () => {
  it('is an A4-landscape page at least A4 tall, with no list when nothing is numbered', async () => {
    const { width, height, texts } = await compose();
    expect([width, height]).toEqual([842, 595]);
    expect(texts).toEqual([]);
  });

  it('fits the graph between the margins, centred, just below the caption', async () => {
    // One node at each side of a wide box: the box spans the page between its 36 pt margins.
    const wide = await compose({ scene: { box: { x: -100, y: -50, w: 200, h: 100 }, background: '#fafafa', nodes: [node('l', -100, 0, { label: label('L', -100, 0) }), node('r', 100, 0, { label: label('R', 100, 0) })], edges: [] } });
    const centre = (d: Drawn) => d.x + (d.size * 0.5) / 2;
    const scale = 770 / 200;
    const [l, r] = wide.texts;
    expect(l?.size).toBeCloseTo(10 * scale, 9);
    expect(centre(l as Drawn)).toBeCloseTo(36, 9);
    expect(centre(r as Drawn)).toBeCloseTo(806, 9);
    // Centred text sits a third of its size (0.35) below its centre; the box's middle row is 50 units down.
    expect(l?.y).toBeCloseTo(36 + 20 + 6 + 50 * scale + 0.35 * 10 * scale, 9);
    // A tall box is limited by the graph's 1100 pt maximum height and centred across.
    const tall = await compose({ scene: { box: { x: 0, y: 0, w: 100, h: 1000 }, background: '#fafafa', nodes: [node('t', 0, 1000, { label: label('T', 0, 1000) })], edges: [] } });
    expect(centre(tall.texts[0] as Drawn)).toBeCloseTo(421 - 55, 9);
    expect(tall.texts[0]?.y).toBeCloseTo(36 + 20 + 6 + 1100 + 0.35 * 10 * 1.1, 9);
    // The page grows to hold it: graph, legend, margins.
    expect(tall.height).toBeCloseTo(36 + 20 + 6 + 1100 + 8 + 30 + 8 + 36, 9);
  });

  it('draws edges scaled with the graph (width, dashes), with arrows, translucency and borders', async () => {
    const scene: Scene = {
      box: { x: 0, y: 0, w: 385, h: 100 }, background: '#fafafa',
      nodes: [node('n', 50, 50, { borderWidth: 2, border: '#00ff00' }), node('m', 90, 50)],
      edges: [edge('e', { x: 20, y: 20 }, { dash: [4, 2], width: 3, opacity: 0.5, arrow: [{ x: 30, y: 20 }, { x: 25, y: 23 }, { x: 25, y: 17 }], arrowColor: '#ff00ff' })],
    };
    const { ops } = await compose({ scene });
    // Scale 2 (the box is half the inner width): widths and dashes twice the scene's.
    expect(ops).toContain('[8 4] 0 d');
    expect(ops).toContain('6 w');
    expect(ops).toContain('4 w');
    expect(ops.filter((o) => o === '/GS0 gs')).toHaveLength(2);
    expect(ops).toContain('1 0 1 rg');
    // The bordered node strokes in its border colour; the other only fills.
    expect(ops).toContain('0 1 0 RG');
    expect(ops.filter((o) => o === 'B')).toHaveLength(1);
    expect(ops.filter((o) => o === 'f').length).toBeGreaterThanOrEqual(2);
  });

  it('writes every line of a wrapped label, one line height apart, centred on the label', async () => {
    // The box is half the inner width: everything doubles.
    const t = label('First Second', 0, 50, { lines: ['First', 'Second'], lineHeight: 12 });
    const { texts } = await compose({ scene: { box: { x: -192.5, y: 0, w: 385, h: 100 }, background: '#fff', nodes: [node('n', 0, 40, { label: t })], edges: [] } });
    expect(texts.map((d) => [d.text, d.size])).toEqual([['First', 20], ['Second', 20]]);
    const [a, b] = texts as [Drawn, Drawn];
    expect(b.y - a.y).toBeCloseTo(24, 9);
    // Centred on the label's centre (100 pt down the graph): the lines sit 12 above and below it.
    expect((a.y + b.y) / 2).toBeCloseTo(36 + 20 + 6 + 100 + 0.35 * 20, 9);
    expect(a.x + (5 * 20 * 0.5) / 2).toBeCloseTo(421, 9);
  });

  it('turns an edge label with its edge', async () => {
    const e = edge('e', { x: 0, y: 50 }, { label: label('pays', 0, 50, { rotation: Math.PI / 2 }) });
    const { texts } = await compose({ scene: { box: { x: -192.5, y: 0, w: 385, h: 100 }, background: '#fff', nodes: [], edges: [e] } });
    const pays = texts.find((d) => d.text === 'pays');
    expect([pays?.cos, pays?.sin, pays?.size]).toEqual([0, -1, 20]);
    // Centred on (421, 162): 40 wide along the turned axis, so its start is 20 above the centre;
    // the glyphs' feet now point left, so the baseline is 0.35 × 20 left of the centre.
    expect(pays?.x).toBeCloseTo(421 - 0.35 * 20, 9);
    expect(pays?.y).toBeCloseTo(162 - 20, 9);
  });

  it('lists the numbered allegations under a heading, with their claim and quotes, 1.4 line heights apart', async () => {
    // A relation from a newer vocabulary than this build's reads as its own name.
    const other = { id: 'x', source: person('d'), target: person('e'), relation: 'unheard_of', evidence: [] } as unknown as EdgeDetails;
    const { texts } = await compose({ numbered: [allegation('q', ['First quote', 'Second quote']), other] });
    expect(texts.map((d) => [d.text, d.font, d.size, d.x])).toEqual([
      ['Sources of the numbered allegations', '/F2', 11, 36],
      ['1. A accuses B — Red notice abuse / political persecution (alleged; claimant: C)', '/F2', 9, 36],
      ['“First quote” — Title 0', '/F1', 8.5, 50],
      ['“Second quote” — Title 1', '/F1', 8.5, 50],
      ['2. D unheard_of E', '/F2', 9, 36],
      ['No quote recorded.', '/F1', 8.5, 50],
    ]);
    const gaps = texts.slice(1).map((d, i) => d.y - (texts[i]?.y ?? 0));
    [9, 8.5, 8.5, 9, 8.5].forEach((size, i) => expect(gaps[i]).toBeCloseTo(size * 1.4, 9));
    // The list starts below the legend: caption 20 + 6, graph 100 × 3.85, 8, legend 30, 8.
    expect(texts[0]?.y).toBeCloseTo(36 + 20 + 6 + 385 + 8 + 30 + 8 + 11 * 1.4, 9);
  });

  it("names a case's own allegation type as the case names it, not by its id", async () => {
    const own: EdgeDetails = { ...allegation('q', ['Quote']), allegation: { type: 'sanctions_evasion', status: 'alleged', claimant: person('c') } };
    const { texts } = await compose({ numbered: [own], allegationTypes: [{ id: 'sanctions_evasion', label: 'Sanctions evasion', color: '#7c3aed' }] });
    expect(texts[1]?.text).toBe('1. A accuses B — Sanctions evasion (alleged; claimant: C)');
  });

  it(`stops the list at ${MAX_LISTED} and says how many more there are; the page grows to hold it`, async () => {
    const numbered = Array.from({ length: MAX_LISTED + 2 }, (_v, i) => allegation(`e${i}`, []));
    const { texts, height } = await compose({ numbered });
    const numbers = texts.filter((d) => /^\d+\. /.test(d.text)).map((d) => Number(d.text.split('.')[0]));
    expect(numbers).toHaveLength(MAX_LISTED);
    expect(numbers.at(-1)).toBe(MAX_LISTED);
    const last = texts.at(-1);
    expect(last?.text).toBe('…and 2 more allegation edges (export a smaller view to list them all).');
    expect([last?.font, last?.size]).toEqual(['/F1', 9]);
    // The last line's baseline is one margin above the bottom edge.
    expect(height - (last?.y ?? 0)).toBeCloseTo(36, 9);
  });

  it(`lists exactly ${MAX_LISTED} numbered edges without a "more" line`, async () => {
    const { texts } = await compose({ numbered: Array.from({ length: MAX_LISTED }, (_v, i) => allegation(`e${i}`, ['q'])) });
    expect(texts.at(-1)?.text).toBe('“q” — Title 0');
  });

  it('puts a bold white number beside each numbered edge that is on the page, and only those', async () => {
    const scene: Scene = {
      box: { x: -385, y: 0, w: 770, h: 100 }, background: '#fff', nodes: [],
      edges: [edge('q', { x: 0, y: 50 }, { allegationType: 'bribery', color: '#00ff00' })],
    };
    const { texts, ops } = await compose({ scene, numbered: [allegation('q', []), allegation('gone', [])] });
    const badges = texts.filter((d) => /^\d+$/.test(d.text));
    expect(badges.map((d) => [d.text, d.font, d.size])).toEqual([['1', '/F2', 7]]);
    // On the edge's midpoint (nothing in the way): centred on (421, 36 + 26 + 50).
    expect((badges[0]?.x ?? 0) + 7 * 0.5 / 2).toBeCloseTo(421, 9);
    expect(badges[0]?.y).toBeCloseTo(36 + 26 + 50 + 0.35 * 7, 9);
    // The disc: the edge's colour, a white rim; no leader line when the badge sits on its edge.
    expect(ops).toContain('0 1 0 rg');
    expect(ops.filter((o) => o === '0.6 w')).toHaveLength(0);
    expect(ops.join('\n')).not.toContain('NaN');
  });

  it('keeps a badge off an edge label', async () => {
    const scene: Scene = {
      box: { x: -385, y: 0, w: 770, h: 100 }, background: '#fff', nodes: [],
      edges: [edge('q', { x: 0, y: 50 }, { allegationType: 'bribery', label: label('a label across the midpoint', 0, 50) })],
    };
    const { ops, texts } = await compose({ scene, numbered: [allegation('q', [])] });
    expect(ops.filter((o) => o === '0.6 w')).toHaveLength(1);
    const badge = texts.find((d) => d.text === '1');
    const cx = (badge?.x ?? 0) + (7 * 0.5) / 2;
    const cy = (badge?.y ?? 0) - 0.35 * 7;
    // The label: 27 characters at 10 pt, 135 wide, centred on (421, 112), about 12 tall; the badge's disc is 5.5 in radius.
    const clearX = Math.abs(cx - 421) >= 67.5 + 5.5;
    const clearY = Math.abs(cy - 112) >= 6 + 5.5;
    expect(clearX || clearY).toBe(true);
  });

  it('moves a badge off a label and draws a thin leader line back to its edge', async () => {
    const scene: Scene = {
      box: { x: -385, y: 0, w: 770, h: 100 }, background: '#fff',
      nodes: [node('n', 300, 90, { label: label('A long label that covers the middle', 0, 50) })],
      edges: [edge('q', { x: 0, y: 50 }, { allegationType: 'bribery' })],
    };
    const { ops, texts } = await compose({ scene, numbered: [allegation('q', [])] });
    expect(ops.filter((o) => o === '0.6 w')).toHaveLength(1);
    const badge = texts.find((d) => d.text === '1');
    expect(Math.abs((badge?.y ?? 0) - (36 + 26 + 50 + 0.35 * 7))).toBeGreaterThan(5);
  });

  it('draws the caption and legend blocks at their places: text, shapes and rules', async () => {
    const header: Block = {
      width: 770, height: 40,
      prims: [
        { type: 'text', text: 'Title', x: 5, y: 12, size: 14, bold: true, color: '#333333' },
        { type: 'shape', path: [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 4, y: 0 }, { op: 'Z' }], fill: '#445566' },
        { type: 'line', x1: 0, y1: 30, x2: 10, y2: 30, color: '#556677', width: 1.5, dash: [3, 1] },
      ],
    };
    const legend: Block = { width: 770, height: 30, prims: [{ type: 'text', text: 'Legend', x: 2, y: 10, size: 9, bold: false, color: '#333333' }] };
    const { texts, ops, height } = await compose({ header, legend });
    expect(texts.map((d) => [d.text, d.font, d.size, d.x, d.y])).toEqual([
      ['Title', '/F2', 14, 41, 48],
      // Below the graph: 36 + 40 + 6, then 385 of graph and 8.
      ['Legend', '/F1', 9, 38, 36 + 40 + 6 + 385 + 8 + 10],
    ]);
    expect(ops).toContain(`36 ${height - 36} m`);
    expect(ops).toContain(`36 ${height - 66} m`);
    expect(ops).toContain('[3 1] 0 d');
    expect(ops).toContain(`46 ${height - 66} l`);
  });

  it('warns, with up to three distinct examples, about texts drawn as pictures or with "?"', async () => {
    const names = ['孟宏伟', '孟宏伟', '漢字', 'Ωmega ✓', 'Четыре ☂'];
    const scene: Scene = { box: { x: 0, y: 0, w: 770, h: 100 }, background: '#fff', nodes: names.map((n, i) => node(`n${i}`, i * 100, 50, { label: label(n, i * 100, 60) })), edges: [] };
    const picture = (): PdfImage => ({ width: 1, height: 1, rgba: new Uint8Array(4) });
    const drawn = await compose({ scene, rasterize: picture });
    expect(drawn.warnings).toEqual([
      '5 text(s) use characters outside Latin, Greek and Cyrillic that the PDF\'s font (Noto Sans) lacks, e.g. “孟宏伟”, “漢字”, “Ωmega ✓”: they are drawn as pictures, readable but not searchable or copyable. Export SVG to keep them as text.',
    ]);
    const replaced = await compose({ scene });
    expect(replaced.warnings).toEqual(['5 text(s) use characters the PDF\'s font (Noto Sans) lacks, e.g. “孟宏伟”, “漢字”, “Ωmega ✓”: those characters show as "?".']);
    expect((await compose()).warnings).toEqual([]);
  });

  it('puts a plate of the halo colour behind each label, its width plus the halo, 1.2 × its size tall', async () => {
    const n = node('n', 300, 90, { label: label('Name', 0, 50, { opacity: 0.5 }) });
    const e = edge('e', { x: 200, y: 50 }, { label: label('pays', 200, 50, { rotation: Math.PI / 2 }) });
    const { ops, alpha } = await compose({ scene: { box: { x: -385, y: 0, w: 770, h: 100 }, background: '#fff', nodes: [n], edges: [e] } });
    const plate = (colour: string) => {
      const i = ops.findIndex((o, j) => o === colour && ops[j + 5] === 'h' && ops[j + 6] === 'f');
      return ops.slice(i - 1, i + 5);
    };
    // "Name" is 20 wide at 10 pt: 11 either side of x 421 with the 1-unit halo, 6 above and below y 112 (483 from the bottom).
    // Translucent at 0.8 × the label's 0.5.
    expect(plate('0.933 0.933 0.933 rg')).toEqual(['/GS0 gs', '0.933 0.933 0.933 rg', '410 489 m', '432 489 l', '432 477 l', '410 477 l']);
    expect(alpha['/GS0']).toBe(0.4);
    // The edge label's plate turns with it: a quarter turn makes it 12 wide and 22 tall around (621, 112).
    const second = ops.findIndex((o, j) => j > ops.indexOf('410 477 l') && o === '0.933 0.933 0.933 rg');
    expect(ops.slice(second + 1, second + 5)).toEqual(['627 494 m', '627 472 l', '615 472 l', '615 494 l']);
  });

  it('keeps a badge off node shapes too, drawn as paths or as ellipses', async () => {
    for (const shape of [node('box', 0, 50, { ellipse: undefined, path: nodeShapePath('rectangle', 0, 50, 40, 40) }), node('disc', 0, 50, { ellipse: { cx: 0, cy: 50, rx: 20, ry: 20 } })]) {
      const scene: Scene = { box: { x: -385, y: 0, w: 770, h: 100 }, background: '#fff', nodes: [shape], edges: [edge('q', { x: 0, y: 50 }, { allegationType: 'bribery' })] };
      const { ops, texts } = await compose({ scene, numbered: [allegation('q', [])] });
      expect(ops.filter((o) => o === '0.6 w'), shape.id).toHaveLength(1);
      const badge = texts.find((d) => d.text === '1');
      const cx = (badge?.x ?? 0) + 7 * 0.5 / 2;
      const cy = (badge?.y ?? 0) - 0.35 * 7;
      // Outside the 40 × 40 shape centred on (421, 112).
      expect(Math.max(Math.abs(cx - 421), Math.abs(cy - 112)), shape.id).toBeGreaterThan(20);
    }
  });

  it('wraps a long quote within the page, each line under the first indented alike', async () => {
    const quote = Array.from({ length: 60 }, (_v, i) => `word${i}`).join(' ');
    const { texts } = await compose({ numbered: [allegation('q', [quote])] });
    const lines = texts.slice(2);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(l.x).toBe(50);
      expect(l.x + [...l.text].length * 8.5 * 0.5).toBeLessThanOrEqual(806);
    }
    expect(lines.map((l) => l.text).join(' ')).toBe(`“${quote}” — Title 0`);
  });
});

// The SVG writer, attribute by attribute: what a viewer (or an investigator opening the file
// in a text editor) sees for opacity, halos, borders, rotation, wrapped lines, dashes, the
// caption primitives and the metadata. Expected values come from the hand-made scene below;
// the file is read back with xmldom, told to refuse anything that is not well-formed XML.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Block } from './caption.js';
import type { Scene, SceneText } from './scene.js';
import { sceneToSvg } from './svg.js';

type Doc = ReturnType<DOMParser['parseFromString']>;
type El = NonNullable<Doc['documentElement']>;

function parse(svg: string): Doc {
  const strict = new DOMParser({
    // Warnings only flag U+FFFD, which the writer puts there on purpose.
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  });
  return strict.parseFromString(svg, 'image/svg+xml');
}

const all = (root: Doc | El, tag: string): El[] => Array.from(root.getElementsByTagName(tag)) as El[];
const group = (doc: Doc, id: string): El => {
  const g = all(doc, 'g').find((el) => el.getAttribute('data-id') === id);
  if (!g) throw new Error(`no group for ${id}`);
  return g;
};
const attrs = (el: El | undefined, names: string[]) => names.map((a) => el?.getAttribute(a) ?? null);

const text = (over: Partial<SceneText>): SceneText => ({
  text: 'Label', lines: ['Label'], lineHeight: 10, x: 0, y: 0, size: 12, family: 'Inter, sans-serif', weight: 'bold',
  color: '#111111', outline: '#fefefe', outlineWidth: 0, rotation: 0, opacity: 1, ...over,
});
const bounds = { x1: 0, y1: 0, x2: 10, y2: 10 };

function scene(): Scene {
  return {
    box: { x: 10, y: 20, w: 100.2, h: 50.1 },
    background: '#abcdef',
    nodes: [
      {
        id: 'p', path: [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 10, y: 0 }, { op: 'L', x: 10, y: 10 }, { op: 'Z' }],
        fill: '#ff0000', border: '#00ff00', borderWidth: 2, opacity: 0.5, bounds,
        label: text({ text: 'Three line label', lines: ['Three', 'line', 'label'], x: 40, y: 100, outlineWidth: 1.5 }),
      },
      {
        id: 'q', path: [{ op: 'M', x: 20, y: 20 }, { op: 'L', x: 30, y: 20 }, { op: 'Z' }], ellipse: { cx: 25, cy: 25, rx: 5, ry: 4 },
        fill: '#0000ff', border: '#123456', borderWidth: 0, opacity: 1, bounds,
        label: text({ text: 'One', x: 25, y: 35 }),
      },
      { id: 'r', path: [{ op: 'M', x: 50, y: 50 }, { op: 'L', x: 60, y: 50 }, { op: 'Z' }], fill: '#00ffff', border: '#000000', borderWidth: 0, opacity: 1, bounds },
    ],
    edges: [
      {
        id: 'solid', path: [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 20, y: 0 }], color: '#999999', width: 1.5, dash: null, opacity: 0.25,
        arrow: [{ x: 20, y: 0 }, { x: 15, y: 3 }, { x: 15, y: -3 }], arrowColor: '#888888', mid: { x: 10, y: 0 }, bounds,
        label: text({ text: 'pays', x: 10, y: 5, rotation: Math.PI / 2, size: 8 }),
      },
      {
        id: 'plain', path: [{ op: 'M', x: 0, y: 10 }, { op: 'L', x: 20, y: 10 }], color: '#777777', width: 1, dash: null, opacity: 1,
        arrow: null, arrowColor: '#777777', mid: { x: 10, y: 10 }, bounds,
      },
    ],
  };
}

const block = (): Block => ({
  width: 201,
  height: 40,
  prims: [
    { type: 'text', text: 'Heading', x: 5, y: 12, size: 14, bold: true, color: '#222222' },
    { type: 'text', text: 'Plain', x: 5, y: 30, size: 10, bold: false, color: '#333333' },
    { type: 'shape', path: [{ op: 'M', x: 1, y: 1 }, { op: 'L', x: 9, y: 1 }, { op: 'L', x: 5, y: 8 }, { op: 'Z' }], fill: '#445566' },
    { type: 'line', x1: 0, y1: 35, x2: 20, y2: 35, color: '#556677', width: 2, dash: [4, 2] },
    { type: 'line', x1: 0, y1: 38, x2: 20, y2: 38, color: '#667788', width: 1, dash: null },
  ],
});

const metadata = { Title: 'Case & "files"', Source: 'Source: a <b>', Description: 'Filters: none', 'Creation Time': '2026-11-30' };

function render(s = scene(), options: Partial<Parameters<typeof sceneToSvg>[1]> = {}) {
  const svg = sceneToSvg(s, { density: 2, transparent: false, block: block(), metadata, ...options });
  return { svg, doc: parse(svg) };
}

describe('sceneToSvg attributes', () => {
  it('is a well-formed file: XML declaration on the first line, one element a line, ending with a newline', () => {
    const { svg } = render();
    const lines = svg.split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines[1]).toMatch(/^<svg /);
    expect(svg.endsWith('</svg>\n')).toBe(true);
    // Every edge and node group is one line of its own (diffable files).
    expect(lines.filter((l) => l.startsWith('<g class="edge"'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('<g class="node"'))).toHaveLength(3);
  });

  it('sizes the picture from the box and density, and clips the graph above the caption', () => {
    const { doc } = render();
    const root = doc.documentElement;
    // ceil(100.2 × 2) = 201, ceil(50.1 × 2) = 101, plus the 40-unit caption.
    expect(attrs(root ?? undefined, ['width', 'height', 'viewBox'])).toEqual(['201', '141', '0 0 201 141']);
    const clip = all(doc, 'clipPath')[0];
    expect(attrs(clip ? all(clip, 'rect')[0] : undefined, ['width', 'height'])).toEqual(['201', '101']);
    const background = all(doc, 'rect').find((r) => r.getAttribute('fill') === '#abcdef');
    expect(attrs(background, ['width', 'height'])).toEqual(['201', '141']);
  });

  it('maps model coordinates so the box’s corner lands on the picture’s corner', () => {
    const { doc } = render();
    const inner = all(doc, 'g').find((g) => g.getAttribute('transform')?.startsWith('matrix'));
    const m = /^matrix\(([^)]*)\)$/.exec(inner?.getAttribute('transform') ?? '')?.[1]?.split(' ').map(Number) ?? [];
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
    const apply = (x: number, y: number) => [a * x + c * y + e, b * x + d * y + f];
    const [x0 = NaN, y0 = NaN] = apply(10, 20);
    const [x1 = NaN, y1 = NaN] = apply(110.2, 70.1);
    expect([x0, y0, x1]).toEqual([0, 0, 200.4]);
    expect(y1).toBeCloseTo(100.2, 9);
  });

  it('writes opacity only below 1, on nodes and edges', () => {
    const { doc } = render();
    expect(group(doc, 'p').getAttribute('opacity')).toBe('0.5');
    expect(group(doc, 'solid').getAttribute('opacity')).toBe('0.25');
    expect(group(doc, 'q').hasAttribute('opacity')).toBe(false);
    expect(group(doc, 'plain').hasAttribute('opacity')).toBe(false);
  });

  it('fills each node with its colour, strokes a border only when it has a width', () => {
    const { doc } = render();
    const p = all(group(doc, 'p'), 'path')[0];
    expect(attrs(p, ['d', 'fill', 'stroke', 'stroke-width'])).toEqual(['M0 0L10 0L10 10Z', '#ff0000', '#00ff00', '2']);
    const q = all(group(doc, 'q'), 'ellipse')[0];
    expect(attrs(q, ['cx', 'cy', 'rx', 'ry', 'fill', 'stroke', 'stroke-width'])).toEqual(['25', '25', '5', '4', '#0000ff', null, null]);
    expect(all(group(doc, 'q'), 'path')).toHaveLength(0);
    const r = all(group(doc, 'r'), 'path')[0];
    expect(attrs(r, ['d', 'fill', 'stroke'])).toEqual(['M50 50L60 50Z', '#00ffff', null]);
    // An unlabelled node draws its shape and nothing else.
    expect(group(doc, 'r').childNodes.length).toBe(1);
  });

  it('draws edges with their colour and width, arrows as closed polygons, solid lines without a dash array', () => {
    const { doc } = render();
    const [line, arrow] = all(group(doc, 'solid'), 'path');
    expect(attrs(line, ['d', 'stroke', 'stroke-width', 'stroke-dasharray'])).toEqual(['M0 0L20 0', '#999999', '1.5', null]);
    expect(attrs(arrow, ['class', 'd', 'fill', 'stroke'])).toEqual(['arrow', 'M20 0L15 3L15 -3Z', '#888888', 'none']);
    const plain = group(doc, 'plain');
    expect(all(plain, 'path')).toHaveLength(1);
    expect(plain.childNodes.length).toBe(1);
  });

  it('writes a one-line label as a single <text> at its centre, with its font, colour and no halo when it has none', () => {
    const { doc } = render();
    const t = all(group(doc, 'q'), 'text')[0];
    expect(attrs(t, ['x', 'y', 'font-size', 'font-weight', 'fill', 'stroke', 'text-anchor', 'dominant-baseline', 'transform'])).toEqual([
      '25', '35', '12', 'bold', '#111111', null, 'middle', 'central', null,
    ]);
    expect(t ? all(t, 'tspan') : []).toHaveLength(0);
    expect(t?.textContent).toBe('One');
  });

  it('centres a wrapped label’s lines on its centre, one line-height apart, with a halo twice the outline width', () => {
    const { doc } = render();
    const t = all(group(doc, 'p'), 'text')[0];
    // Centre y 100, three lines 10 apart: 90, 100, 110.
    expect((t ? all(t, 'tspan') : []).map((s) => [s.getAttribute('x'), s.getAttribute('y'), s.textContent])).toEqual([
      ['40', '90', 'Three'], ['40', '100', 'line'], ['40', '110', 'label'],
    ]);
    expect(t?.textContent).toBe('Threelinelabel');
    expect(attrs(t, ['stroke', 'stroke-width', 'paint-order'])).toEqual(['#fefefe', '3', 'stroke']);
  });

  it('turns a rotated edge label about its own centre, in degrees', () => {
    const { doc } = render();
    const t = all(group(doc, 'solid'), 'text')[0];
    expect(attrs(t, ['transform', 'font-size'])).toEqual(['rotate(90 10 5)', '8']);
    expect(t?.textContent).toBe('pays');
  });

  it('names the fonts of the first node’s label, or the caption font when it has none', () => {
    const family = (s: Scene) => all(render(s).doc, 'g').find((g) => g.getAttribute('class') === 'nodes')?.getAttribute('font-family');
    expect(family(scene())).toBe('Inter, "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif');
    const unlabelled = scene();
    unlabelled.nodes.reverse();
    expect(family(unlabelled)).toBe('Helvetica Neue, Helvetica, Arial, "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif');
    expect(family({ ...scene(), nodes: [] })).toBe('Helvetica Neue, Helvetica, Arial, "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif');
  });

  it('draws the caption below the graph: bold headings, shapes, dashed and solid rules', () => {
    const { doc } = render();
    const caption = all(doc, 'g').find((g) => g.getAttribute('class') === 'caption');
    expect(caption?.getAttribute('transform')).toBe('translate(0 101)');
    const texts = caption ? all(caption, 'text') : [];
    expect(texts.map((t) => attrs(t, ['x', 'y', 'font-size', 'font-weight', 'fill']).concat(t.textContent))).toEqual([
      ['5', '12', '14', 'bold', '#222222', 'Heading'],
      ['5', '30', '10', null, '#333333', 'Plain'],
    ]);
    expect((caption ? all(caption, 'path') : []).map((p) => attrs(p, ['d', 'fill']))).toEqual([['M1 1L9 1L5 8Z', '#445566']]);
    expect((caption ? all(caption, 'line') : []).map((l) => attrs(l, ['x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-width', 'stroke-dasharray']))).toEqual([
      ['0', '35', '20', '35', '#556677', '2', '4 2'],
      ['0', '38', '20', '38', '#667788', '1', null],
    ]);
  });

  it('leaves the caption group out when the block is empty', () => {
    const { doc } = render(scene(), { block: { width: 201, height: 0, prims: [] } });
    expect(all(doc, 'g').filter((g) => g.getAttribute('class') === 'caption')).toHaveLength(0);
    expect(doc.documentElement?.getAttribute('height')).toBe('101');
  });

  it('writes the title, description and Dublin Core record, escaped', () => {
    const { doc } = render();
    const one = (tag: string) => all(doc, tag).map((e) => e.textContent);
    expect(one('title')).toEqual(['Case & "files"']);
    expect(one('desc')).toEqual(['Source: a <b>\nFilters: none']);
    expect(one('dc:title')).toEqual(['Case & "files"']);
    expect(one('dc:source')).toEqual(['Source: a <b>']);
    expect(one('dc:description')).toEqual(['Filters: none']);
    expect(one('dc:date')).toEqual(['2026-11-30']);
    expect(one('dc:creator')).toEqual(['Redthread']);
    expect(one('dc:format')).toEqual(['image/svg+xml']);
  });

  it('falls back to a generic title and empty Dublin Core fields when the metadata is missing', () => {
    const { doc } = render(scene(), { metadata: { Source: 'Only a source' } });
    const one = (tag: string) => all(doc, tag).map((e) => e.textContent);
    expect(one('title')).toEqual(['Redthread graph']);
    expect(one('desc')).toEqual(['Only a source']);
    expect([one('dc:title'), one('dc:description'), one('dc:date')]).toEqual([[''], [''], ['']]);
    const bare = render(scene(), { metadata: {} }).doc;
    expect(['desc', 'dc:source'].map((tag) => all(bare, tag).map((e) => e.textContent))).toEqual([[''], ['']]);
  });

  it('escapes every markup character and replaces characters XML cannot hold', () => {
    const s = scene();
    const hostile = `Tom & "Jerry's" <b>\u0001\u000b\uffff`;
    const node = s.nodes[1];
    if (node?.label) node.label = text({ text: hostile, x: 25, y: 35 });
    if (node) node.id = `id"&<'>`;
    const { doc } = render(s);
    const g = group(doc, `id"&<'>`);
    expect(all(g, 'text')[0]?.textContent).toBe('Tom & "Jerry\'s" <b>\uFFFD\uFFFD\uFFFD');
  });
});

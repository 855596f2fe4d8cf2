// The SVG writer: a true vector file — one shape per node, labels as escaped <text>,
// dashed allegation edges, no embedded bitmap — with its metadata.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { sceneToSvg } from './svg.js';
import { CJK_LABEL, CYRILLIC_LABEL, GREEK_LABEL, LONG_LABEL, testBlock, testScene, XSS_LABEL } from './test-scene.js';

function render(transparent = false) {
  const svg = sceneToSvg(testScene(), {
    density: 2,
    transparent,
    block: testBlock(800, true, true),
    metadata: { Title: 'Interpol 2018', Source: 'Source: Daily Mail', Description: 'Filters: red notice', 'Creation Time': 'Fri, 27 Nov 2026' },
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, doc };
}

const all = (doc: ReturnType<typeof render>['doc'], tag: string) => Array.from(doc.getElementsByTagName(tag));

describe('sceneToSvg', () => {
  it('draws one shape per node and one path per edge, without bitmaps', () => {
    const { doc } = render();
    const groups = all(doc, 'g');
    expect(groups.filter((g) => g.getAttribute('class') === 'node')).toHaveLength(6);
    expect(groups.filter((g) => g.getAttribute('class') === 'edge')).toHaveLength(2);
    expect(all(doc, 'image')).toHaveLength(0);
    // An ellipse node is a native <ellipse>; other shapes are paths.
    expect(all(doc, 'ellipse').map((e) => ['cx', 'cy', 'rx', 'ry'].map((a) => e.getAttribute(a)))[0]).toEqual(['0', '0', '15', '15']);
    const root = doc.documentElement;
    expect([root?.getAttribute('width'), root?.getAttribute('height')]).toEqual(['800', String(500 + testBlock(800, true, true).height)]);
  });

  it('keeps hostile and non-Latin labels as text', () => {
    const { svg, doc } = render();
    const texts = all(doc, 'text').map((t) => t.textContent);
    expect(texts).toContain(XSS_LABEL);
    expect(texts).toContain(CYRILLIC_LABEL);
    expect(texts).toContain(GREEK_LABEL);
    expect(texts).toContain(CJK_LABEL);
    expect(svg).not.toContain('<img');
  });

  it('writes a wrapped label whole, one <tspan> a line, in a font list that covers every script', () => {
    const { doc } = render();
    const d = all(doc, 'g').find((g) => g.getAttribute('data-id') === 'd');
    expect(Array.from(d?.getElementsByTagName('tspan') ?? []).map((t) => t.textContent)).toEqual(LONG_LABEL);
    const family = all(doc, 'g').find((g) => g.getAttribute('class') === 'nodes')?.getAttribute('font-family') ?? '';
    expect(family).toMatch(/^Helvetica Neue, Helvetica, "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif$/);
  });

  it('draws allegation status as a dash pattern and arrows as polygons', () => {
    const { doc } = render();
    const e2 = all(doc, 'g').find((g) => g.getAttribute('data-id') === 'e2');
    const paths = Array.from(e2?.getElementsByTagName('path') ?? []);
    expect(paths[0]?.getAttribute('stroke-dasharray')).toBe('6 3');
    expect(paths[0]?.getAttribute('d')).toMatch(/^M0 15Q30 120 85 145$/);
    expect(paths[1]?.getAttribute('class')).toBe('arrow');
  });

  it('carries the caption, legend and Dublin Core metadata', () => {
    const { doc } = render();
    const caption = all(doc, 'g').find((g) => g.getAttribute('class') === 'caption');
    const captionText = Array.from(caption?.getElementsByTagName('text') ?? []).map((t) => t.textContent).join(' ');
    expect(captionText).toContain('Interpol 2018 presidential election');
    expect(captionText).toContain('Source: UK and US launch last-ditch bid (Daily Mail, 2018-11-21)');
    expect(captionText).toContain('Red notice abuse');
    expect(all(doc, 'dc:source')[0]?.textContent).toBe('Source: Daily Mail');
    expect(all(doc, 'dc:description')[0]?.textContent).toBe('Filters: red notice');
  });

  it('paints the background unless asked for transparency', () => {
    const bg = (doc: ReturnType<typeof render>['doc']) => all(doc, 'rect').filter((r) => r.getAttribute('fill') === '#f8fafc');
    expect(bg(render(false).doc)).toHaveLength(1);
    expect(bg(render(true).doc)).toHaveLength(0);
  });
});

// What the XML exports do with awkward text and missing values, read back with @xmldom/xmldom
// (not our reader): characters XML escapes or cannot carry (XML 1.0 §2.2, §3.3.3: a literal tab
// or line end in an attribute reads back as a space, so they must be character references),
// emoji beside lone surrogates, a half-given position, and empty or null attribute values.
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, RedthreadGraph } from '../../service/dataset.js';
import { exportData } from './index.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const LABEL = "O'Brien\tJr\r\nline 2 \u{1F600}";

function dataset(): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  graph.addNode('a', { label: LABEL, kind: 'person', x: 3, extra: { note: 'kept', code: 7 } });
  graph.addNode('b', { label: 'lone \uD800 high, lone \uDC00 low', kind: 'person', y: 4, extra: { note: '', code: null } });
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'related_to', label: 'say "hi" & <go>' });
  return { id: 't', name: 'T', format: 'gexf', graph, sources: new Map() };
}

async function doc(format: 'gexf' | 'graphml') {
  const { bytes } = await exportData(dataset(), { format }, { now: NOW });
  // The lone surrogates' U+FFFD is expected here: no warning about it.
  return new DOMParser({ onError: () => undefined }).parseFromString(new TextDecoder().decode(bytes), 'text/xml');
}
type Doc = Awaited<ReturnType<typeof doc>>;
const element = (d: Doc, tag: string, id: string) => Array.from(d.getElementsByTagName(tag)).find((e) => e.getAttribute('id') === id);

describe('XML exports keep awkward text', () => {
  it('GEXF: apostrophes, tabs, CR LF and emoji come back as written; lone surrogates become U+FFFD', async () => {
    const d = await doc('gexf');
    expect(element(d, 'node', 'a')?.getAttribute('label')).toBe(LABEL);
    expect(element(d, 'node', 'b')?.getAttribute('label')).toBe('lone \uFFFD high, lone \uFFFD low');
    expect(element(d, 'edge', 'ab')?.getAttribute('label')).toBe('say "hi" & <go>');
  });

  it('GraphML: the same label as element text', async () => {
    const d = await doc('graphml');
    const keyOf = (name: string) => Array.from(d.getElementsByTagName('key')).find((k) => k.getAttribute('attr.name') === name && k.getAttribute('for') === 'node')?.getAttribute('id');
    const value = (id: string, name: string) => Array.from(element(d, 'node', id)?.getElementsByTagName('data') ?? []).find((x) => x.getAttribute('key') === keyOf(name))?.textContent;
    expect(value('a', 'label')).toBe(LABEL);
    expect(value('b', 'label')).toBe('lone \uFFFD high, lone \uFFFD low');
  });
});

describe('XML exports leave out what an element does not have', () => {
  it('GEXF: no position for a node with an x but no y or a y but no x, and no value for an empty or null attribute', async () => {
    const d = await doc('gexf');
    expect(element(d, 'node', 'a')?.getElementsByTagName('viz:position')).toHaveLength(0);
    expect(element(d, 'node', 'b')?.getElementsByTagName('viz:position')).toHaveLength(0);
    const titles = new Map(Array.from(d.getElementsByTagName('attribute')).map((a) => [a.getAttribute('id'), a.getAttribute('title')]));
    const values = (id: string) => Array.from(element(d, 'node', id)?.getElementsByTagName('attvalue') ?? []).map((v) => [titles.get(v.getAttribute('for')), v.getAttribute('value')]);
    expect(values('a')).toEqual(expect.arrayContaining([['extra.note', 'kept'], ['extra.code', '7']]));
    expect(values('b').filter(([title]) => title?.startsWith('extra.'))).toEqual([]);
  });

  it('GraphML: no data element for an empty or null attribute', async () => {
    const d = await doc('graphml');
    const names = new Map(Array.from(d.getElementsByTagName('key')).map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]));
    const data = (id: string) => Array.from(element(d, 'node', id)?.getElementsByTagName('data') ?? []).map((x) => names.get(x.getAttribute('key')));
    expect(data('a')).toEqual(expect.arrayContaining(['extra.note', 'extra.code']));
    expect(data('b').filter((n) => n?.startsWith('extra.'))).toEqual([]);
  });
});

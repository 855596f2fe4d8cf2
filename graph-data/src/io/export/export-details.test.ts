// Data exports on small graphs built here, read back with parsers that are not ours
// (@xmldom/xmldom, graphology-gexf, graphology-graphml, fflate's unzip): file names, colours
// and their precedence, column types, declared defaults, edge direction, positions, CSV
// quoting and the long attribute table. Every expected value is read off the graph below.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { Args } from '../../contract.js';
import type { Dataset, RedthreadGraph } from '../../service/dataset.js';
import { exportData, exportFileName } from './index.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Three people, an undirected tie, an allegation and a few file attributes of every type. */
function small(): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  graph.addNode('a', { label: 'Ann', kind: 'person', size: 4.256, color: '#0A0B0C', x: 1.234, y: 5.678, extra: { age: 40, ratio: 0.5, member: true, note: 'x,y', tags: ['p', 'q'] } });
  graph.addNode('b', { label: 'Bo', kind: 'organisation', extra: { age: 7, ratio: 2, member: false, note: 'say "hi"' } });
  graph.addNode('c', { label: 'Cy', kind: 'other', color: 'rgba(300, 2, 3, 0.5)', extra: { age: 'unknown' } });
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'works_for', weight: 2.5, extra: { since: 2019 } });
  graph.addDirectedEdgeWithKey('bc', 'b', 'c', { relation: 'related_to', label: 'neighbours', undirected: true, color: ' 112233 ' });
  graph.addDirectedEdgeWithKey('ca', 'c', 'a', { relation: 'accuses', allegation: { type: 'collusion', status: 'alleged', claimant: 'c' } });
  graph.setAttribute('defaults', { node: { region: 'north' }, edge: { confidence: 0.9 } });
  return { id: 'small', name: 'Small & <odd>', format: 'gexf', graph, sources: new Map() };
}

async function exported(format: Args<'exportData'>['format'], dataset = small(), args: Partial<Args<'exportData'>> = {}): Promise<string> {
  return text((await exportData(dataset, { format, ...args }, { now: NOW })).bytes);
}

const xml = (source: string) => new DOMParser().parseFromString(source, 'text/xml');
type Doc = ReturnType<typeof xml>;
const byId = (doc: Doc, tag: string, id: string) => Array.from(doc.getElementsByTagName(tag)).find((e) => e.getAttribute('id') === id);

describe('export file names', () => {
  it('keeps letters, digits, _ and -, cuts at 80 characters and falls back to "graph"', () => {
    expect(exportFileName('--case 7: Ann/Bo--', 'gexf', NOW)).toBe('case-7-Ann-Bo-2026-11-27.gexf');
    expect(exportFileName('x'.repeat(100), 'csv', NOW)).toBe(`${'x'.repeat(80)}-2026-11-27.csv`);
    expect(exportFileName('***', 'json', NOW)).toBe('graph-2026-11-27.json');
  });

  it('writes an accented letter as its plain letter, never as a hyphen inside the word', () => {
    expect(exportFileName('Crème brûlée', 'gexf', NOW)).toBe('Creme-brulee-2026-11-27.gexf');
    expect(exportFileName('import-müller', 'csv', NOW)).toBe('import-muller-2026-11-27.csv');
  });
});

describe('GEXF export details', () => {
  it('declares typed columns with the file defaults, and writes each value once', async () => {
    const doc = xml(await exported('gexf'));
    const declared = (cls: string) =>
      Object.fromEntries(
        Array.from(doc.getElementsByTagName('attributes'))
          .filter((a) => a.getAttribute('class') === cls)
          .flatMap((a) => Array.from(a.getElementsByTagName('attribute')))
          .map((a) => [a.getAttribute('title'), [a.getAttribute('type'), a.getElementsByTagName('default')[0]?.textContent ?? null]]),
      );
    const nodes = declared('node');
    // age mixes 40, 7 and "unknown": text. ratio 0.5 and 2: a double. member: booleans. tags: a list, kept as JSON text.
    expect(nodes).toMatchObject({ 'extra.age': ['string', null], 'extra.ratio': ['double', null], 'extra.member': ['boolean', null], 'extra.tags': ['string', null], 'extra.region': ['string', 'north'] });
    expect(nodes).toMatchObject({ label: ['string', null], evidence_count: ['long', null], size: ['double', null], color: ['string', null] });
    expect(declared('edge')).toMatchObject({ 'extra.since': ['long', null], 'extra.confidence': ['double', '0.9'], weight: ['double', null], label: ['string', null] });
    const g = parseGexf(MultiGraph, await exported('gexf'));
    expect(g.getNodeAttributes('a')).toMatchObject({ 'extra.age': '40', 'extra.ratio': 0.5, 'extra.member': true, 'extra.note': 'x,y', 'extra.tags': '["p","q"]', evidence_count: 0 });
    expect(g.getNodeAttributes('b')).toMatchObject({ 'extra.member': false, 'extra.note': 'say "hi"', 'extra.region': 'north' });
    expect(g.getNodeAttribute('c', 'extra.age')).toBe('unknown');
  });

  it('writes mixed direction per edge, the relation\'s words as label, weight, viz size and positions with y up', async () => {
    const source = await exported('gexf', small(), { positions: { b: { x: -3.14159, y: 2 } } });
    const doc = xml(source);
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe('directed');
    const edge = (id: string) => byId(doc, 'edge', id);
    expect([edge('ab')?.getAttribute('type'), edge('bc')?.getAttribute('type'), edge('ca')?.getAttribute('type')]).toEqual([null, 'undirected', null]);
    expect([edge('ab')?.getAttribute('label'), edge('bc')?.getAttribute('label'), edge('ca')?.getAttribute('label')]).toEqual(['works for', 'neighbours', 'accuses']);
    expect([edge('ab')?.getAttribute('weight'), edge('bc')?.getAttribute('weight'), edge('ab')?.getAttribute('kind')]).toEqual(['2.5', null, 'works_for']);
    const viz = (id: string, tag: string) => byId(doc, 'node', id)?.getElementsByTagName(tag)[0];
    // a's own position (1.234, 5.678) rounded to hundredths, y flipped; b's from the screen.
    expect([viz('a', 'viz:position')?.getAttribute('x'), viz('a', 'viz:position')?.getAttribute('y')]).toEqual(['1.23', '-5.68']);
    expect([viz('b', 'viz:position')?.getAttribute('x'), viz('b', 'viz:position')?.getAttribute('y')]).toEqual(['-3.14', '-2']);
    expect(viz('c', 'viz:position')).toBeUndefined();
    expect([viz('a', 'viz:size')?.getAttribute('value'), viz('b', 'viz:size')]).toEqual(['4.26', undefined]);
    expect(doc.getElementsByTagName('description')[0]?.textContent).toBe('Small & <odd> (3 nodes, 3 edges)');
    expect(doc.getElementsByTagName('meta')[0]?.getAttribute('lastmodifieddate')).toBe('2026-11-27');
  });

  it('declares undirected as the default when every edge is, and marks a directed one in a mixed export', async () => {
    const d = small();
    d.graph.setEdgeAttribute('ab', 'undirected', true);
    d.graph.setEdgeAttribute('ca', 'undirected', true);
    const doc = xml(await exported('gexf', d));
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe('undirected');
    expect(Array.from(doc.getElementsByTagName('edge')).map((e) => e.getAttribute('type'))).toEqual([null, null, null]);
    d.graph.removeEdgeAttribute('ca', 'undirected');
    const mixed = xml(await exported('gexf', d));
    expect(byId(mixed, 'edge', 'ca')?.getAttribute('type')).toBeNull();
    expect(byId(mixed, 'edge', 'ab')?.getAttribute('type')).toBe('undirected');
  });

  it('colours: the screen\'s node colour, else a file colour for a node of no known kind, else the kind\'s; edges likewise', async () => {
    const colors = { nodes: { b: '#FF0000' }, kinds: { person: '#00FF00', organisation: '#0000FF', other: '#777777' }, allegations: { collusion: 'rgb(1, 2, 3)' }, edge: '#444444' };
    const rgb = (doc: Doc, tag: string, id: string) => {
      const c = byId(doc, tag, id)?.getElementsByTagName('viz:color')[0];
      return c ? [c.getAttribute('r'), c.getAttribute('g'), c.getAttribute('b')].join(',') : undefined;
    };
    const doc = xml(await exported('gexf', small(), { colors }));
    // a: person, own colour #0A0B0C but the kind colour wins; b: drawn red; c: other, keeps rgba(300,2,3) clamped to 255.
    expect([rgb(doc, 'node', 'a'), rgb(doc, 'node', 'b'), rgb(doc, 'node', 'c')]).toEqual(['0,255,0', '255,0,0', '255,2,3']);
    // ab: no colour of its own → the default edge colour; bc: its own hex without #; ca: its allegation's (collusion).
    expect([rgb(doc, 'edge', 'ab'), rgb(doc, 'edge', 'bc'), rgb(doc, 'edge', 'ca')]).toEqual(['68,68,68', '17,34,51', '1,2,3']);
    // Without a palette: the file's own colours; a colour that is not #rrggbb or rgb() is none.
    const plain = xml(await exported('gexf', small(), { colors: { edges: { ab: '#010101' } } }));
    expect([rgb(plain, 'node', 'a'), rgb(plain, 'node', 'b'), rgb(plain, 'edge', 'ab'), rgb(plain, 'edge', 'ca')]).toEqual(['10,11,12', undefined, '1,1,1', undefined]);
    const d = small();
    d.graph.setNodeAttribute('a', 'color', 'red');
    expect(rgb(xml(await exported('gexf', d)), 'node', 'a')).toBeUndefined();
    // graphology-gexf reads the viz colour the same way.
    expect(parseGexf(MultiGraph, await exported('gexf', small(), { colors })).getNodeAttribute('c', 'color')).toBe('rgb(255,2,3)');
  });
});

describe('GraphML export details', () => {
  it('types keys, declares defaults, writes positions only when there are any, and each edge\'s direction', async () => {
    const source = await exported('graphml');
    const doc = xml(source);
    const keys = Object.fromEntries(Array.from(doc.getElementsByTagName('key')).map((k) => [`${k.getAttribute('for')}:${k.getAttribute('attr.name')}`, [k.getAttribute('attr.type'), k.getElementsByTagName('default')[0]?.textContent ?? null]]));
    expect(keys).toMatchObject({ 'node:extra.ratio': ['double', null], 'node:extra.member': ['boolean', null], 'node:extra.region': ['string', 'north'], 'node:x': ['double', null], 'node:y': ['double', null] });
    expect(keys).toMatchObject({ 'edge:extra.since': ['long', null], 'edge:extra.confidence': ['double', '0.9'], 'edge:label': ['string', null], 'edge:weight': ['double', null] });
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    expect(doc.getElementsByTagName('desc')[0]?.textContent).toBe('Small & <odd>');
    expect(Array.from(doc.getElementsByTagName('edge')).map((e) => e.getAttribute('directed'))).toEqual([null, 'false', null]);
    const g = parseGraphml(MultiGraph, source);
    expect([g.getNodeAttribute('a', 'x'), g.getNodeAttribute('a', 'y'), g.getNodeAttribute('b', 'x')]).toEqual([1.234, 5.678, undefined]);
    expect(g.getNodeAttributes('a')).toMatchObject({ 'extra.ratio': 0.5, 'extra.member': true, 'extra.region': 'north' });
    const labels = g.mapEdges((_e, a) => a.label);
    expect(labels).toEqual(['works for', 'neighbours', 'accuses']);

    const d = small();
    for (const id of ['a', 'b', 'c']) d.graph.removeNodeAttribute(id, 'x');
    const none = await exported('graphml', d);
    expect(none).not.toContain('attr.name="x"');
    d.graph.forEachEdge((e) => d.graph.setEdgeAttribute(e, 'undirected', true));
    const all = xml(await exported('graphml', d));
    expect(all.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
    expect(Array.from(all.getElementsByTagName('edge')).map((e) => e.getAttribute('directed'))).toEqual([null, null, null]);
  });
});

describe('JSON export details', () => {
  it('writes the screen positions over the stored ones, the dataset name and the self-loop option', async () => {
    const parsed = JSON.parse(await exported('json', small(), { positions: { b: { x: 9, y: -9 } } })) as {
      options: { type: string; multi: boolean; allowSelfLoops: boolean };
      attributes: { name: string; defaults: unknown };
      nodes: { key: string; attributes: { x?: number; y?: number } }[];
      edges: { key: string; source: string; target: string }[];
    };
    expect(parsed.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    expect(parsed.attributes).toEqual({ name: 'Small & <odd>', defaults: { node: { region: 'north' }, edge: { confidence: 0.9 } } });
    expect(parsed.nodes.map((n) => [n.key, n.attributes.x, n.attributes.y])).toEqual([
      ['a', 1.234, 5.678],
      ['b', 9, -9],
      ['c', undefined, undefined],
    ]);
    expect(parsed.edges.map((e) => `${e.key}:${e.source}>${e.target}`)).toEqual(['ab:a>b', 'bc:b>c', 'ca:c>a']);
  });

  it('writes a file larger than the writer\'s 256 KB batches whole', async () => {
    const d = small();
    const long = 'ü'.repeat(200_000);
    d.graph.setNodeAttribute('a', 'description', long);
    d.graph.setNodeAttribute('c', 'description', long);
    const parsed = JSON.parse(await exported('json', d)) as { nodes: { attributes: { description?: string } }[] };
    expect(parsed.nodes.map((n) => n.attributes.description?.length)).toEqual([200_000, undefined, 200_000]);
  });
});

/** Splits simple CSV text (no line breaks inside cells) into rows of cells, "" unescaped. */
function rows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => ((m[1] ?? '').startsWith('"') ? (m[1] ?? '').slice(1, -1).replace(/""/g, '"') : (m[1] ?? ''))));
}

describe('CSV export details', () => {
  it('a grid: quoted cells, declared defaults where a value is missing, positions and edge types', async () => {
    const files = unzipSync((await exportData(small(), { format: 'csv', positions: { c: { x: 7, y: 8 } } }, { now: NOW })).bytes);
    // A UTF-8 byte order mark first, so Excel reads the accents.
    expect([...(files['nodes.csv'] as Uint8Array).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const raw = strFromU8(files['nodes.csv'] as Uint8Array);
    expect(raw).toContain('"x,y"');
    expect(raw).toContain('"say ""hi"""');
    const [head = [], ...body] = rows(raw);
    const nodes = body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
    expect(nodes.map((n) => [n.id, n.x, n.y, n['extra.region'], n['extra.note']])).toEqual([
      ['a', '1.234', '5.678', 'north', 'x,y'],
      ['b', '', '', 'north', 'say "hi"'],
      ['c', '7', '8', 'north', ''],
    ]);
    const [ehead = [], ...ebody] = rows(strFromU8(files['edges.csv'] as Uint8Array));
    const edges = ebody.map((r) => Object.fromEntries(ehead.map((h, i) => [h, r[i]])));
    expect(edges.map((e) => [e.id, e.source, e.target, e.type, e.weight, e['extra.confidence']])).toEqual([
      ['ab', 'a', 'b', 'directed', '2.5', '0.9'],
      ['bc', 'b', 'c', 'undirected', '', '0.9'],
      ['ca', 'c', 'a', 'directed', '', '0.9'],
    ]);
    const readme = strFromU8(files['README.txt'] as Uint8Array);
    expect(readme.split('\n')[0]).toBe('Small & <odd>: 3 nodes, 3 edges, exported by Redthread on 2026-11-27T10:00:00.000Z.');
    expect(readme).not.toContain('node-attributes.csv');
    expect(readme).not.toContain('Sources:');
  });

  it('past 64 attribute names, a long (id, attribute, value) table, and the defaults in a file of their own', async () => {
    const d = small();
    const many = Object.fromEntries(Array.from({ length: 65 }, (_v, i) => [`k${String(i).padStart(2, '0')}`, i]));
    d.graph.mergeNodeAttributes('b', { extra: { ...d.graph.getNodeAttribute('b', 'extra'), ...many } });
    d.sources.set('s1', { id: 's1', title: 'Registry', publisher: 'State', date: '2020-01-02', file: 's1.txt', text: '' });
    const files = unzipSync((await exportData(d, { format: 'csv' }, { now: NOW })).bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'attribute-defaults.csv', 'edges.csv', 'node-attributes.csv', 'nodes.csv']);
    const long = rows(strFromU8(files['node-attributes.csv'] as Uint8Array));
    expect(long[0]).toEqual(['id', 'attribute', 'value']);
    expect(long.filter((r) => r[0] === 'b')).toHaveLength(65 + 4);
    expect(long).toContainEqual(['b', 'k64', '64']);
    expect(long).toContainEqual(['a', 'note', 'x,y']);
    // The nodes table keeps Redthread's own columns only.
    expect(rows(strFromU8(files['nodes.csv'] as Uint8Array))[0]?.some((h) => h.startsWith('extra.'))).toBe(false);
    expect(rows(strFromU8(files['edges.csv'] as Uint8Array))[0]).toContain('extra.since');
    expect(rows(strFromU8(files['attribute-defaults.csv'] as Uint8Array))).toEqual([
      ['element', 'attribute', 'default'],
      ['node', 'region', 'north'],
      ['edge', 'confidence', '0.9'],
    ]);
    const readme = strFromU8(files['README.txt'] as Uint8Array);
    expect(readme).toContain('node-attributes.csv and edge-attributes.csv hold them');
    expect(readme).toContain('Sources:\n- Registry (State, 2020-01-02)');
  });
});

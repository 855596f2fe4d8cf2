// Which columns an export declares and what each cell holds, on small graphs built here and read
// back with parsers that are not ours (@xmldom/xmldom, fflate's unzip): evidence sources listed
// once, numbers that are not finite left out, mixed values typed as text, a key no element has a
// value for, columns in name order, edge defaults only when edges are exported, the CSV grid's
// 64-column edge, number cells never neutralised, and file names of accented ids.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Args } from '../../contract.js';
import type { Dataset, RedthreadGraph } from '../../service/dataset.js';
import { exportData, exportFileName } from './index.js';
import { csvRecords, csvRows } from './test-csv.js';

const NOW = new Date('2026-11-27T10:00:00Z');

function graphOf(build: (g: RedthreadGraph) => void): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  build(graph);
  return { id: 'cols', name: 'Cols', format: 'gexf', graph, sources: new Map() };
}

async function bytesOf(dataset: Dataset, format: Args<'exportData'>['format'], args: Partial<Args<'exportData'>> = {}): Promise<Uint8Array> {
  return (await exportData(dataset, { format, ...args }, { now: NOW })).bytes;
}

const xml = (bytes: Uint8Array) => new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml');
type Doc = ReturnType<typeof xml>;

/** GEXF: title → type of the declared columns of one class. */
function declared(doc: Doc, cls: 'node' | 'edge'): Record<string, string | null> {
  const block = Array.from(doc.getElementsByTagName('attributes')).find((a) => a.getAttribute('class') === cls);
  return Object.fromEntries(Array.from(block?.getElementsByTagName('attribute') ?? []).map((a) => [a.getAttribute('title') ?? '', a.getAttribute('type')]));
}

/** GEXF: an element's values by column title. */
function valuesOf(doc: Doc, tag: 'node' | 'edge', id: string): Record<string, string | null> {
  const cls = Array.from(doc.getElementsByTagName('attributes')).find((a) => a.getAttribute('class') === tag);
  const titles = new Map(Array.from(cls?.getElementsByTagName('attribute') ?? []).map((a) => [a.getAttribute('id'), a.getAttribute('title') ?? '']));
  const element = Array.from(doc.getElementsByTagName(tag)).find((e) => e.getAttribute('id') === id);
  return Object.fromEntries(Array.from(element?.getElementsByTagName('attvalue') ?? []).map((v) => [titles.get(v.getAttribute('for')) ?? '?', v.getAttribute('value')]));
}

const table = (files: Record<string, Uint8Array>, name: string) => {
  return csvRecords(strFromU8(files[name] as Uint8Array));
};

describe('export columns', () => {
  it('lists each evidence source once, keeps every quote, and aliases in order', async () => {
    const d = graphOf((g) => {
      g.addNode('a', {
        label: 'A',
        kind: 'person',
        aliases: ['Al', 'Ally'],
        evidence: [
          { source: 's2', quote: 'first' },
          { source: 's1', quote: 'second' },
          { source: 's2', quote: 'third' },
        ],
      });
    });
    const values = valuesOf(xml(await bytesOf(d, 'gexf')), 'node', 'a');
    expect(values).toMatchObject({ evidence_count: '3', evidence_sources: 's2; s1', evidence_quotes: 'first\nsecond\nthird', aliases: 'Al; Ally' });
    const [row] = table(unzipSync(await bytesOf(d, 'csv')), 'nodes.csv');
    expect(row).toMatchObject({ evidence_count: '3', evidence_sources: 's2; s1', evidence_quotes: 'first\nsecond\nthird', aliases: 'Al; Ally' });
  });

  it('leaves out numbers that are not finite, types numbers mixed with booleans as text, and declares no column nobody has a value for', async () => {
    const d = graphOf((g) => {
      g.addNode('a', { label: 'A', kind: 'person', size: 2, extra: { score: Infinity, flag: true, gone: null, mix: 1 } });
      g.addNode('b', { label: 'B', kind: 'person', extra: { score: 3, flag: 2, gone: undefined, mix: 2.5 } });
      g.addNode('c', { label: 'C', kind: 'person', extra: { score: Number.NaN, flag: false } });
    });
    const doc = xml(await bytesOf(d, 'gexf'));
    const columns = declared(doc, 'node');
    expect(columns).toMatchObject({ 'extra.score': 'long', 'extra.flag': 'string', 'extra.mix': 'double', size: 'long' });
    expect(Object.keys(columns)).not.toContain('extra.gone');
    expect(Object.keys(columns)).not.toContain('color');
    expect(valuesOf(doc, 'node', 'a')['extra.score']).toBeUndefined();
    expect(valuesOf(doc, 'node', 'c')['extra.score']).toBeUndefined();
    expect([valuesOf(doc, 'node', 'a')['extra.flag'], valuesOf(doc, 'node', 'b')['extra.flag']]).toEqual(['true', '2']);
  });

  it('puts the file\'s own attributes in name order after Redthread\'s fields', async () => {
    const d = graphOf((g) => {
      g.addNode('a', { label: 'A', kind: 'person', extra: { zeta: 1, alpha: 2 } });
      g.addNode('b', { label: 'B', kind: 'person', extra: { mid: 3 } });
    });
    const titles = Object.keys(declared(xml(await bytesOf(d, 'gexf')), 'node'));
    expect(titles.filter((t) => t.startsWith('extra.'))).toEqual(['extra.alpha', 'extra.mid', 'extra.zeta']);
    expect(titles.indexOf('extra.alpha')).toBeGreaterThan(titles.indexOf('evidence_quotes'));
  });

  it('declares the file\'s edge defaults only when the export has edges', async () => {
    const d = graphOf((g) => {
      g.addNode('a', { label: 'A', kind: 'person' });
      g.addNode('b', { label: 'B', kind: 'person' });
      g.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'related_to' });
      g.setAttribute('defaults', { node: { region: 'north' }, edge: { confidence: 0.9 } });
    });
    expect(declared(xml(await bytesOf(d, 'gexf')), 'edge')).toHaveProperty(['extra.confidence'], 'double');
    const nodesOnly = xml(await bytesOf(d, 'gexf', { nodes: ['a'] }));
    expect(Object.keys(declared(nodesOnly, 'edge'))).not.toContain('extra.confidence');
    expect(declared(nodesOnly, 'node')).toHaveProperty(['extra.region'], 'string');
  });
});

describe('CSV export cells and tables', () => {
  it('never puts a quote before a number, even a negative one, and quotes a cell with a line break', async () => {
    const d = graphOf((g) => {
      g.addNode('a', { label: 'line one\nline two', kind: 'person', x: -1.5, y: -2, extra: { delta: -4 } });
      g.addNode('b', { label: 'B\rC', kind: 'person' });
    });
    const files = unzipSync(await bytesOf(d, 'csv'));
    const raw = strFromU8(files['nodes.csv'] as Uint8Array);
    expect(raw).toContain('"line one\nline two"');
    expect(raw).toContain('"B\rC"');
    const nodes = table(files, 'nodes.csv');
    expect(nodes.map((n) => [n.id, n.x, n.y, n.label, n['extra.delta']])).toEqual([
      ['a', '-1.5', '-2', 'line one\nline two', '-4'],
      ['b', '', '', 'B\rC', ''],
    ]);
  });

  it('keeps 64 attributes in the grid, and moves edge attributes past 64 to their own long table', async () => {
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_v, i) => [`k${String(i).padStart(2, '0')}`, i]));
    const d = (nodeKeys: number, edgeKeys: number) =>
      graphOf((g) => {
        g.addNode('a', { label: 'A', kind: 'person', extra: many(nodeKeys) });
        g.addNode('b', { label: 'B', kind: 'person' });
        g.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'related_to', extra: many(edgeKeys) });
      });
    const swapped = unzipSync(await bytesOf(d(65, 64), 'csv'));
    expect(Object.keys(swapped).sort()).toEqual(['README.txt', 'edges.csv', 'node-attributes.csv', 'nodes.csv']);
    expect(table(swapped, 'edges.csv')[0]).toMatchObject({ 'extra.k00': '0', 'extra.k63': '63' });
    const files = unzipSync(await bytesOf(d(64, 65), 'csv'));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edge-attributes.csv', 'edges.csv', 'nodes.csv']);
    expect(table(files, 'nodes.csv')[0]).toMatchObject({ 'extra.k00': '0', 'extra.k63': '63' });
    expect(csvRows(strFromU8(files['edges.csv'] as Uint8Array))[0]?.some((h) => h.startsWith('extra.'))).toBe(false);
    const long = csvRows(strFromU8(files['edge-attributes.csv'] as Uint8Array));
    expect(long[0]).toEqual(['id', 'attribute', 'value']);
    expect(long.slice(1)).toHaveLength(65);
    expect(long).toContainEqual(['ab', 'k64', '64']);
    expect(strFromU8(files['README.txt'] as Uint8Array)).toContain('edge-attributes.csv');
  });
});

describe('export file names', () => {
  it('keeps the base letters of an accented id', () => {
    expect(exportFileName('café', 'gexf', NOW)).toBe('cafe-2026-11-27.gexf');
  });
});

// Redthread's own fields in every tabular and XML export, by name and value (kind, description,
// relation, an edge's date, label, colour and weight), the GEXF and GraphML headers, and the CSV
// README's lines: read back with @xmldom/xmldom and fflate's unzip, values from the graph below.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, RedthreadGraph } from '../../service/dataset.js';
import { exportData } from './index.js';

const NOW = new Date('2026-11-27T10:00:00Z');

function dataset(): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  graph.addNode('a', { label: 'Ann', kind: 'person', description: 'A clerk' });
  graph.addNode('b', { label: 'Acme', kind: 'organisation' });
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { relation: 'works_for', date: '2019', label: 'job', color: '#010203', weight: 2 });
  return { id: 'f', name: 'Fields', format: 'gexf', graph, sources: new Map() };
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Redthread fields in exports', () => {
  it('GEXF: node kind and description, edge relation, date, label and colour as named columns', async () => {
    const source = decode((await exportData(dataset(), { format: 'gexf' }, { now: NOW })).bytes);
    const doc = new DOMParser().parseFromString(source, 'text/xml');
    const values = (cls: 'node' | 'edge', id: string) => {
      const block = Array.from(doc.getElementsByTagName('attributes')).find((a) => a.getAttribute('class') === cls);
      const titles = new Map(Array.from(block?.getElementsByTagName('attribute') ?? []).map((a) => [a.getAttribute('id'), a.getAttribute('title')]));
      const element = Array.from(doc.getElementsByTagName(cls)).find((e) => e.getAttribute('id') === id);
      return Object.fromEntries(Array.from(element?.getElementsByTagName('attvalue') ?? []).map((v) => [titles.get(v.getAttribute('for')), v.getAttribute('value')]));
    };
    expect(values('node', 'a')).toMatchObject({ label: 'Ann', kind: 'person', description: 'A clerk' });
    expect(values('edge', 'ab')).toMatchObject({ relation: 'works_for', date: '2019', label: 'job', color: '#010203', weight: '2' });
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3"')).toBe(true);
    expect(doc.getElementsByTagName('creator')[0]?.textContent).toBe('Redthread');
    expect(source).toContain('<graph defaultedgetype="directed" mode="static">\n    <attributes');
  });

  it('GraphML: the same fields as keys, and its header', async () => {
    const source = decode((await exportData(dataset(), { format: 'graphml' }, { now: NOW })).bytes);
    const doc = new DOMParser().parseFromString(source, 'text/xml');
    const keys = new Map(Array.from(doc.getElementsByTagName('key')).map((k) => [k.getAttribute('id'), `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`]));
    const data = (tag: string, id: string) =>
      Object.fromEntries(Array.from(Array.from(doc.getElementsByTagName(tag)).find((e) => e.getAttribute('id') === id)?.getElementsByTagName('data') ?? []).map((d) => [keys.get(d.getAttribute('key')), d.textContent]));
    expect(data('node', 'a')).toMatchObject({ 'node:kind': 'person', 'node:description': 'A clerk' });
    expect(data('edge', 'ab')).toMatchObject({ 'edge:relation': 'works_for', 'edge:date': '2019' });
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
  });

  it('CSV: the same columns, and a README that explains the tables and the neutralised cells', async () => {
    const files = unzipSync((await exportData(dataset(), { format: 'csv' }, { now: NOW })).bytes);
    const [nodeHead, nodeRow] = strFromU8(files['nodes.csv'] as Uint8Array).replace(/^\uFEFF/, '').split('\r\n');
    const node = Object.fromEntries((nodeHead ?? '').split(',').map((h, i) => [h, (nodeRow ?? '').split(',')[i]]));
    expect(node).toMatchObject({ id: 'a', label: 'Ann', kind: 'person', description: 'A clerk' });
    const [edgeHead, edgeRow] = strFromU8(files['edges.csv'] as Uint8Array).replace(/^\uFEFF/, '').split('\r\n');
    const edge = Object.fromEntries((edgeHead ?? '').split(',').map((h, i) => [h, (edgeRow ?? '').split(',')[i]]));
    expect(edge).toMatchObject({ id: 'ab', relation: 'works_for', date: '2019', label: 'job', color: '#010203', weight: '2' });
    const readme = strFromU8(files['README.txt'] as Uint8Array).split('\n');
    expect(readme.slice(1, 4)).toEqual([
      'nodes.csv: one row per node; edges.csv: one row per edge (source and target are node ids; type says whether the file gave the edge a direction).',
      'evidence_quotes holds every supporting quote, one per line; evidence_sources the source ids.',
      "Text that starts with = + - @, a tab or a carriage return has a ' in front, so a spreadsheet shows it instead of running it as a formula.",
    ]);
    expect(readme.slice(4)).toEqual(['']);
  });
});

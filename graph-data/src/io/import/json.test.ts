// JSON formats on small inputs written here (and Redthread's own graph.json): native fields are
// kept, FtM provenance becomes evidence and sources, and an explicit format is obeyed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

describe('JSON importers', () => {
  it('a Redthread graph.json keeps kinds, relations, evidence, allegations and dates', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../datasets/interpol-2018/graph.json', import.meta.url)));
    const { dataset, warnings } = await open([{ name: 'graph.json', bytes }]);
    const expected = JSON.parse(new TextDecoder().decode(bytes)) as { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key: string; attributes: Record<string, unknown> }[] };
    expect([dataset.graph.order, dataset.graph.size]).toEqual([expected.nodes.length, expected.edges.length]);
    for (const node of expected.nodes) expect(dataset.graph.getNodeAttributes(node.key)).toEqual(node.attributes);
    for (const edge of expected.edges) expect(dataset.graph.getEdgeAttributes(edge.key)).toEqual(edge.attributes);
    expect(warnings).toEqual([]);
  });

  it('FtM: sourceUrl and publisher become evidence citing one source per publisher/URL', async () => {
    const lines = [
      { id: 'p1', schema: 'Person', properties: { name: ['Ana Ruiz'], publisher: ['El Diario'], sourceUrl: ['https://eldiario.example/a'], summary: ['Named as director in the 2019 filing.'] } },
      { id: 'c1', schema: 'Company', properties: { name: ['Sur SA'], publisher: ['El Diario'], sourceUrl: ['https://eldiario.example/a'] } },
      { id: 'd1', schema: 'Directorship', properties: { director: ['p1'], organization: ['c1'], role: ['Director'], startDate: ['2019-02'], sourceUrl: ['https://registry.example/x'] } },
      { id: 'f1', schema: 'Family', properties: { person: ['p1'], relative: ['p2'], relationship: ['wife'] } },
    ];
    const { dataset, warnings } = await open([text('leak.ftm.json', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`)]);
    const { graph, sources } = dataset;
    expect(graph.getNodeAttributes('p1')).toMatchObject({ kind: 'person', evidence: [{ source: 'ftm-source-1', quote: 'Named as director in the 2019 filing.' }] });
    expect(graph.getNodeAttribute('c1', 'evidence')).toEqual([{ source: 'ftm-source-1', quote: 'Sur SA' }]);
    expect(graph.getEdgeAttributes('d1')).toMatchObject({ relation: 'director_of', label: 'Director', date: '2019-02', evidence: [{ source: 'ftm-source-2', quote: 'Director' }], extra: { schema: 'Directorship' } });
    expect(graph.getEdgeAttributes('f1')).toMatchObject({ relation: 'spouse_of', label: 'wife' });
    expect([...sources.values()].map(({ id, title, publisher, url }) => ({ id, title, publisher, url }))).toEqual([
      { id: 'ftm-source-1', title: 'El Diario', publisher: 'El Diario', url: 'https://eldiario.example/a' },
      { id: 'ftm-source-2', title: 'https://registry.example/x', publisher: 'registry.example', url: 'https://registry.example/x' },
    ]);
    // p2 is not in the file: the Family link keeps it as a placeholder.
    expect(warnings).toEqual([expect.stringMatching(/^1 edge refers to nodes the file does not declare.*needs "p2"/)]);
  });

  it('FtM JSON lines skip a bad line after the first, with a warning', async () => {
    const body = '{"id":"a","schema":"Person","properties":{"name":["A"]}}\n{"id":"b","schema":\n{"id":"c","schema":"Person","properties":{}}\n';
    const { dataset, warnings } = await open([text('x.ijson', body)]);
    expect(dataset.graph.nodes()).toEqual(['a', 'c']);
    expect(warnings).toEqual(['1 line is not valid JSON and was skipped (first: line 2)']);
  });

  it('Cytoscape.js elements in every shape, and graphology edges without keys', async () => {
    const flat = [{ group: 'nodes', data: { id: 1, label: 'one' } }, { data: { id: 2 } }, { data: { source: 1, target: 2, interaction: 'pp' } }];
    const a = (await open([text('a.json', JSON.stringify(flat))])).dataset;
    expect([a.format, a.graph.order, a.graph.size, a.graph.getNodeAttribute('1', 'label')]).toEqual(['cytoscape-json', 2, 1, 'one']);
    const grouped = { elements: { nodes: [{ data: { id: 'x' }, position: { x: 5, y: 6 }, classes: ['big', 'red'] }], edges: [{ data: { id: 'l', source: 'x', target: 'x' } }] } };
    const b = (await open([text('b.cyjs', JSON.stringify(grouped))])).dataset.graph;
    expect(b.getNodeAttributes('x')).toMatchObject({ x: 5, y: 6, extra: { classes: 'big red' } });
    expect(b.hasEdge('x', 'x')).toBe(true);
    const d3 = { nodes: [{ id: 'a', group: 'person' }, { id: 'b' }], links: [{ source: 'a', target: 'b', value: 3 }] };
    const c = (await open([text('d3.json', JSON.stringify(d3))])).dataset.graph;
    expect(c.getNodeAttribute('a', 'kind')).toBe('other');
    expect(c.getEdgeAttribute(c.edges()[0] as string, 'extra')).toEqual({ value: 3 });
  });

  it('an explicit format wins over detection and names what is missing', async () => {
    const f = await failure(open([text('g.json', '{"nodes": [], "edges": []}')], { format: 'cytoscape-json' }));
    expect(f.message).toBe('io/import/json: g.json: expected Cytoscape.js "elements" (an array, or an object with "nodes" and "edges")');
    const g = await failure(open([text('g.json', '{"nodes": []}')], { format: 'ftm' }));
    expect(g.message).toBe('io/import/json: g.json: contains no FollowTheMoney entities (objects with "id", "schema" and "properties")');
  });
});

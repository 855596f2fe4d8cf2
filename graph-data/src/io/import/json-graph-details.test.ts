// Edge cases of the JSON graph shapes a user may drop in: which family a document is taken for
// (graphology/sigma/d3 {nodes, edges|links}, Cytoscape.js elements, FtM), ids that are not ids,
// pixel coordinates written as strings, element styles, and where the graph's name comes from.
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

const json = (name: string, doc: unknown) => text(name, JSON.stringify(doc));

describe('which JSON family a document is', () => {
  it('looks past leading junk in an array for the first element that says what it is', async () => {
    const cy = await open([json('a.json', ['junk', { data: { id: 'a' } }])]);
    expect([cy.dataset.format, cy.dataset.graph.nodes()]).toEqual(['cytoscape-json', ['a']]);
    expect(cy.warnings).toEqual(['1 element was not understood and was skipped (first: elements[0])']);
    const ftm = await open([json('b.json', [7, { id: 'p', schema: 'Person', properties: {} }])]);
    expect([ftm.dataset.format, ftm.dataset.graph.nodes()]).toEqual(['ftm', ['p']]);
  });

  it('refuses an array of neither, an array of plain values and a document with no known key', async () => {
    const expected = 'is JSON but not a graph Redthread knows: expected graphology/sigma {nodes, edges}, Cytoscape.js {elements} or FollowTheMoney entities';
    for (const doc of [[{ id: 'x' }], [1, 2], [], 'text', { edges: [] }, { properties: {} }, { entities: {} }, { nodes: {} }, { schema: 'Person', properties: [] }]) {
      const f = await failure(open([json('x.json', doc)]));
      expect([f.code, f.message]).toEqual(['bad_file', `io/import/json: x.json: ${expected}`]);
    }
  });

  it('takes any document with "elements" for Cytoscape.js, and says so when they are not elements', async () => {
    const f = await failure(open([json('c.json', { elements: 'none', nodes: [] })]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toBe('io/import/json: c.json: expected Cytoscape.js "elements" (an array, or an object with "nodes" and "edges")');
    const g = await open([json('d.json', { elements: { nodes: [{ data: { id: 'n' } }] } })]);
    expect([g.dataset.graph.order, g.dataset.graph.size]).toEqual([1, 0]);
    expect(g.warnings).toEqual([]);
    const h = await open([json('e.json', { elements: { edges: [{ data: { source: 'a', target: 'b' } }] } })]);
    expect(h.dataset.graph.size).toBe(1);
    expect(h.warnings.filter((w) => w.includes('not understood'))).toEqual([]);
    const bad = await open([json('e.json', { elements: { nodes: [{ data: { id: 'n' } }, { position: { x: 1 } }], edges: [{ data: { source: 'n' } }] } })]);
    expect(bad.warnings).toEqual(['1 element was not understood and was skipped (first: elements.nodes[1])', '1 edge has no source or target and was dropped (first: elements.edges[0])']);
  });

  it('takes entities before nodes, and an FtM diagram with entities for FtM', async () => {
    const { dataset } = await open([json('f.json', { entities: [{ id: 'p', schema: 'Person', properties: {} }], nodes: [{ key: 'n' }] })]);
    expect([dataset.format, dataset.graph.nodes()]).toEqual(['ftm', ['p']]);
  });
});

describe('a format the user chose', () => {
  it('reads the document as that format only, saying what it lacks', async () => {
    const cy = [{ data: { id: 'a' } }];
    for (const format of ['graphology-json', 'redthread'] as const) {
      const f = await failure(open([json('c.json', cy)], { format }));
      expect([f.code, f.message]).toEqual(['bad_file', 'io/import/json: c.json: expected a JSON object with a "nodes" array']);
    }
    const ftm = await failure(open([json('c.json', cy)], { format: 'ftm' }));
    expect(ftm.code).toBe('bad_file');
    expect((await open([json('g.json', { nodes: ['a'] })], { format: 'redthread' })).dataset.graph.nodes()).toEqual(['a']);
    const noNodes = await failure(open([json('e.json', { edges: [] })], { format: 'graphology-json' }));
    expect([noNodes.code, noNodes.message]).toEqual(['bad_file', 'io/import/json: e.json: expected a JSON object with a "nodes" array']);
    const badEdges = await failure(open([json('e.json', { nodes: [], edges: {} })]));
    expect(badEdges.code).toBe('bad_file');
    expect((await failure(open([json('c.json', cy)], { format: 'ftm' }))).message).toBe('io/import/json: c.json: contains no FollowTheMoney entities (objects with "id", "schema" and "properties")');
    const ftmLines = '{"id":"a","schema":"Person"}\n{"id":"b","schema":"Person"}\n';
    expect((await failure(open([text('l.json', ftmLines)], { format: 'cytoscape-json' }))).message).toMatch(/^io\/import\/json: l\.json line 2: is not valid JSON/);
  });
});

describe('graphology and d3 documents', () => {
  it('reads a file that is not UTF-8 as Windows-1252, and says so', async () => {
    const bytes = Uint8Array.from('{"nodes": [{"key": "a", "attributes": {"label": "M\u00fcller"}}]}', (c) => c.charCodeAt(0));
    const { dataset, warnings } = await open([{ name: 'l.json', bytes }]);
    expect(dataset.graph.getNodeAttribute('a', 'label')).toBe('M\u00fcller');
    expect(warnings).toEqual(['l.json is not valid UTF-8 (first at line 1); it was read as Windows-1252 (Western European).']);
  });

  it('reads a number too large for a number as no id, and prefers key to id', async () => {
    const { dataset, warnings } = await open([text('n.json', '{"nodes": [{"key": 1e400}, {"key": "k", "id": "i"}, {"id": 0}, 2.5], "edges": [{"id": "e", "source": "k", "target": 0}]}')]);
    expect(dataset.graph.nodes()).toEqual(['k', '0', '2.5']);
    expect(dataset.graph.getNodeAttribute('k', 'extra')).toBeUndefined();
    expect(dataset.graph.edges()).toEqual(['e']);
    expect(warnings).toEqual(['1 node has no id and was skipped (first: nodes[0])']);
  });

  it('keeps a node\'s flat fields but not its key or id, and an edge\'s but not its ends, key or direction', async () => {
    const doc = { nodes: [{ id: 'a', team: 'red' }, { key: 'b', id: 'x', team: 'blue' }], edges: [{ key: 'k', id: 'ignored', source: 'a', target: 'b', undirected: true, since: 2 }] };
    const { graph } = (await open([json('flat.json', doc)])).dataset;
    expect([graph.getNodeAttribute('a', 'extra'), graph.getNodeAttribute('b', 'extra')]).toEqual([{ team: 'red' }, { team: 'blue' }]);
    expect(graph.getEdgeAttributes('k')).toMatchObject({ undirected: true, extra: { since: 2 } });
    expect(graph.getEdgeAttribute('k', 'extra')).toEqual({ since: 2 });
  });

  it('colours by cluster only nodes without a colour of their own, and only from well-formed clusters', async () => {
    const doc = {
      clusters: ['junk', { key: 'c', color: '#112233' }, { key: '', color: '#445566' }],
      nodes: [{ key: 'a', attributes: { cluster: 'c' } }, { key: 'b', attributes: { cluster: 'c', color: '#000000' } }, { key: 'd', attributes: { cluster: '' } }, { key: 'e', attributes: {} }],
    };
    const { graph } = (await open([json('cl.json', doc)])).dataset;
    expect(graph.mapNodes((n, a) => [n, a.color])).toEqual([['a', '#112233'], ['b', '#000000'], ['d', undefined], ['e', undefined]]);
  });

  it('an edge object without direction in an undirected document is undirected; an explicit false wins', async () => {
    const doc = { options: { type: 'undirected' }, nodes: ['a', 'b'], edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a', undirected: false }] };
    const { graph } = (await open([json('u.json', doc)])).dataset;
    expect(graph.mapEdges((_e, a) => a.undirected === true)).toEqual([true, false]);
    const directed = { options: { type: 'mixed' }, nodes: ['a', 'b'], edges: [['a', 'b']] };
    const d = (await open([json('m.json', directed)])).dataset.graph;
    expect(d.mapEdges((_e, a) => a.undirected === true)).toEqual([false]);
  });

  it('names the graph by its name, else its title, else the file; blank ones do not count', async () => {
    const name = async (attributes: unknown) => (await open([json('stem.json', { attributes, nodes: [] })])).dataset.name;
    expect(await name({ name: ' ', title: ' T ' })).toBe('T');
    expect(await name({ name: 3, title: '' })).toBe('stem');
    expect(await name('Graph')).toBe('stem');
    const plain = await open([json('plain.json', { nodes: ['a'] })]);
    expect([plain.dataset.format, plain.warnings]).toEqual(['graphology-json', []]);
    const listed = await open([json('l.json', { nodes: [{ key: 'a', attributes: ['x'] }] })]);
    expect(listed.dataset.graph.getNodeAttribute('a', 'extra')).toEqual({ attributes: ['x'] });
  });
});

describe('Cytoscape.js elements', () => {
  it('a node that names a source and a target is still a node when its group says so, or when one end is missing', async () => {
    const elements = [
      { group: 'nodes', data: { id: 'n', source: 'a', target: 'b' } },
      { data: { id: 'm', source: 'a' } },
      { data: { id: 't', target: 'a' } },
      { group: 5, data: { id: 'g', source: 'a', target: 'b' } },
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { group: 'edges', data: { id: 'e', source: 'a', target: 'b', since: 1 } },
    ];
    const { graph } = (await open([json('g.json', elements)])).dataset;
    expect(graph.nodes()).toEqual(['n', 'm', 't', 'a', 'b']);
    expect(graph.getNodeAttribute('n', 'extra')).toEqual({ source: 'a', target: 'b' });
    expect(graph.edges().sort()).toEqual(['e', 'g']);
    // toStrictEqual: no classes key when the element has no classes.
    expect(graph.getEdgeAttribute('e', 'extra')).toStrictEqual({ since: 1 });
    expect(graph.getNodeAttribute('n', 'extra')).toStrictEqual({ source: 'a', target: 'b' });
  });

  it('reads pixel positions written as text, and sizes from width or else height', async () => {
    const elements = [
      { data: { id: 'a' }, position: { x: ' 12.25px ', y: '7' }, style: { width: '20px' } },
      { data: { id: 'b' }, position: { x: '-3', y: '1.px' }, style: { height: 10 } },
      { data: { id: 'c' }, position: 'here', style: { width: -4, shape: 7 } },
    ];
    const { graph } = (await open([json('p.json', elements)])).dataset;
    expect(graph.mapNodes((n, a) => [n, a.x, a.y, a.size])).toEqual([['a', 12.25, 7, 10], ['b', undefined, undefined, 5], ['c', undefined, undefined, undefined]]);
    const huge = await open([text('h.json', '[{"data": {"id": "h"}, "position": {"x": 1e400, "y": 2}}]')]);
    expect([huge.dataset.graph.getNodeAttribute('h', 'x'), huge.dataset.graph.getNodeAttribute('h', 'y')]).toEqual([undefined, 2]);
    expect(graph.getNodeAttribute('c', 'extra')).toBeUndefined();
  });

  it('keeps classes written as text (trimmed) or a list, and colours edges only from a safe line colour', async () => {
    const elements = [
      { data: { id: 'a' }, classes: '  hub  ' },
      { data: { id: 'b' }, classes: '   ' },
      { data: { id: 'ab', source: 'a', target: 'b' }, classes: 'main', style: { 'line-color': 'url(x)' } },
    ];
    const { graph } = (await open([json('k.json', elements)])).dataset;
    expect([graph.getNodeAttribute('a', 'extra'), graph.getNodeAttribute('b', 'extra')]).toEqual([{ classes: 'hub' }, undefined]);
    expect(graph.getEdgeAttributes('ab')).toMatchObject({ extra: { classes: 'main' } });
    expect(graph.getEdgeAttribute('ab', 'color')).toBeUndefined();
  });

  it('names a .cyjs by its data name, else title, else the file', async () => {
    const name = async (data: unknown) => (await open([json('net.cyjs', { data, elements: [] })])).dataset.name;
    expect(await name({ name: '', title: ' Net ' })).toBe('Net');
    expect(await name({ name: ' Web ' })).toBe('Web');
    expect(await name([])).toBe('net');
  });
});

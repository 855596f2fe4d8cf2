// JSON and FollowTheMoney details on inline documents: graphology options and per-edge
// direction, sigma cluster colours, [source, target] pairs, Cytoscape.js styles and .cyjs
// names, every FtM schema's kind or link direction (as the FtM model defines them), Aleph
// diagram layouts, owners × assets, provenance sources. Expectations are read off the input.
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

const json = (name: string, doc: unknown) => text(name, JSON.stringify(doc));
const ftmLines = (entities: object[]) => text('x.ftm.json', `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`);

describe('graphology and sigma JSON', () => {
  it('reads an undirected graph, per-edge direction, numeric keys and the graph\'s name', async () => {
    const doc = {
      options: { type: 'undirected' },
      attributes: { name: '  Ring  ' },
      nodes: [{ key: 1 }, { key: 'b', attributes: { label: 'Bee' } }, 'c', { attributes: {} }, { key: '' }],
      edges: [{ source: 1, target: 'b' }, { key: 'e2', source: 'b', target: 'c', undirected: false }, ['c', 1], [1], 'junk', { source: 'c' }],
    };
    const { dataset, warnings } = await open([json('ring.json', doc)]);
    const { graph } = dataset;
    expect(dataset.name).toBe('Ring');
    expect(graph.nodes()).toEqual(['1', 'b', 'c']);
    expect(graph.getNodeAttribute('b', 'label')).toBe('Bee');
    expect(graph.mapEdges((e, a, s, t) => `${s}-${t}:${a.undirected === true ? 'u' : 'd'}`)).toEqual(['1-b:u', 'b-c:d', 'c-1:u']);
    expect(graph.hasEdge('e2')).toBe(true);
    expect(warnings).toEqual([
      '2 nodes have no id and were skipped (first: nodes[3])',
      '2 edges have no source or target and were dropped (first: edges[3])',
      '1 element was not understood and was skipped (first: edges[4])',
    ]);
  });

  it('leaves direction unsaid in a directed document, takes the title as name, and colours nodes by sigma cluster', async () => {
    const doc = {
      attributes: { title: 'Clusters' },
      clusters: [{ key: 0, color: '#ff0000' }, { key: 'x', color: 'url(evil)' }, { color: '#00ff00' }],
      nodes: [{ key: 'a', cluster: 0 }, { key: 'b', cluster: 0, color: '#0000ff' }, { key: 'c', cluster: 'x' }],
      links: [{ source: 'a', target: 'b' }],
    };
    const { dataset } = await open([json('sigma.json', doc)]);
    const { graph } = dataset;
    expect(dataset.name).toBe('Clusters');
    expect([graph.getNodeAttribute('a', 'color'), graph.getNodeAttribute('b', 'color'), graph.getNodeAttribute('c', 'color')]).toEqual(['#ff0000', '#0000ff', undefined]);
    expect(graph.getEdgeAttribute(graph.edges()[0] as string, 'undirected')).toBeUndefined();
    expect((await open([json('plain-name.json', { nodes: [] })])).dataset.name).toBe('plain-name');
  });

  it('keeps no attribute for a null value, and every other value as written', async () => {
    const doc = { nodes: [{ key: 'a', attributes: { label: 'Ann', note: null, team: 'blue', age: 40, tags: ['x', null] } }], edges: [] };
    const { graph } = (await open([json('nulls.json', doc)])).dataset;
    // toStrictEqual: a key holding undefined would show as an empty attribute.
    expect(graph.getNodeAttribute('a', 'extra')).toStrictEqual({ team: 'blue', age: 40, tags: ['x', ''] });
  });

  it('refuses edges that are not a list', async () => {
    expect((await failure(open([json('bad.json', { nodes: [], edges: {} })]))).message).toBe('io/import/json: bad.json: expected "edges" to be an array');
  });
});

describe('Cytoscape.js JSON', () => {
  it('reads element styles (fill, size, shape, line colour), positions in px and the document name', async () => {
    const doc = {
      data: { name: 'Railways' },
      elements: [
        { data: { id: 'a', shape: 'star' }, position: { x: '12px', y: 4 }, style: { 'background-color': '#123456', width: 30, shape: 'diamond' } },
        { data: { id: 'b' }, position: { x: 'left', y: Infinity }, style: { height: '8', 'background-color': 'not a colour' }, classes: 'hub big' },
        { data: { id: 'c' }, style: { width: 0 } },
        { data: { id: 'ab', source: 'a', target: 'b' }, style: { 'line-color': 'teal' }, classes: ['x'] },
        { group: 'edges', data: { id: 'bad', source: 'a' } },
        { data: { label: 'no id' } },
        'junk',
      ],
    };
    const { dataset, warnings } = await open([json('rail.cyjs', doc)]);
    const { graph } = dataset;
    expect(dataset.name).toBe('Railways');
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 12, y: 4, color: '#123456', size: 15, extra: { shape: 'star' } });
    expect(graph.getNodeAttributes('b')).toMatchObject({ size: 4, extra: { classes: 'hub big' } });
    expect([graph.getNodeAttribute('b', 'x'), graph.getNodeAttribute('b', 'y'), graph.getNodeAttribute('b', 'color')]).toEqual([undefined, undefined, undefined]);
    expect(graph.getNodeAttribute('c', 'size')).toBeUndefined();
    expect(graph.getEdgeAttributes('ab')).toMatchObject({ color: 'teal', extra: { classes: 'x' } });
    expect(warnings).toEqual([
      '1 edge has no source or target and was dropped (first: elements[4])',
      '1 node has no id and was skipped (first: elements[5])',
      '1 element was not understood and was skipped (first: elements[6])',
    ]);
    const shaped = await open([json('s.cyjs', { elements: [{ data: { id: 'n' }, style: { shape: 'hexagon' } }] })]);
    expect(shaped.dataset.graph.getNodeAttribute('n', 'extra')).toEqual({ shape: 'hexagon' });
    expect(shaped.dataset.name).toBe('s');
  });
});

describe('FollowTheMoney schemata', () => {
  it('gives each thing schema its kind', async () => {
    // The FtM model's things and what an investigator calls them.
    const kinds: [string, string][] = [
      ['Person', 'person'], ['Organization', 'organisation'], ['Company', 'organisation'], ['LegalEntity', 'organisation'], ['PublicBody', 'agency'],
      ['Address', 'place'], ['RealEstate', 'place'], ['Event', 'event'], ['Document', 'document'], ['Pages', 'document'], ['Folder', 'document'],
      ['PlainText', 'document'], ['HyperText', 'document'], ['Email', 'document'], ['Article', 'document'], ['Table', 'document'], ['Workbook', 'document'],
      ['Image', 'document'], ['Video', 'media'], ['Audio', 'media'], ['Passport', 'document'], ['Identification', 'document'], ['Contract', 'document'],
      ['Sanction', 'document'], ['Note', 'document'], ['Vessel', 'other'],
    ];
    const { graph } = (await open([ftmLines(kinds.map(([schema], i) => ({ id: `n${i}`, schema, properties: {} })))])).dataset;
    expect(kinds.map(([schema], i) => [schema, graph.getNodeAttribute(`n${i}`, 'kind')])).toEqual(kinds);
  });

  it('draws each link schema from its source property to its target property, labelled by its role words', async () => {
    // FtM's edge definitions: schema, source property, target property, label property, relation.
    const links: [string, string, string, string, string][] = [
      ['Membership', 'member', 'organization', 'role', 'member_of'],
      ['Directorship', 'director', 'organization', 'role', 'director_of'],
      ['Employment', 'employee', 'employer', 'role', 'works_for'],
      ['Representation', 'agent', 'client', 'role', 'represents'],
      ['Family', 'person', 'relative', 'relationship', 'family_of'],
      ['Associate', 'person', 'associate', 'relationship', 'associate_of'],
      ['Ownership', 'owner', 'asset', 'ownershipType', 'owns'],
      ['UnknownLink', 'subject', 'object', 'role', 'linked_to'],
      ['Payment', 'payer', 'beneficiary', 'purpose', 'paid'],
      ['Succession', 'predecessor', 'successor', 'role', 'related_to'],
      ['Debt', 'debtor', 'creditor', 'purpose', 'related_to'],
      ['Occupancy', 'holder', 'post', 'status', 'holds_office_in'],
      ['Similar', 'candidate', 'match', 'criteria', 'linked_to'],
      ['EconomicActivity', 'declarant', 'contractHolder', 'description', 'related_to'],
    ];
    const entities = [{ id: 'x', schema: 'LegalEntity', properties: {} }, { id: 'y', schema: 'LegalEntity', properties: {} }];
    const edges = links.map(([schema, from, to, label], i) => ({ id: `l${i}`, schema, properties: { [from]: ['x'], [to]: ['y'], [label]: [`word ${i}`] } }));
    const { graph } = (await open([ftmLines([...entities, ...edges])])).dataset;
    expect(links.map((_l, i) => [graph.source(`l${i}`), graph.target(`l${i}`), graph.getEdgeAttribute(`l${i}`, 'label')])).toEqual(links.map((_l, i) => ['x', 'y', `word ${i}`]));
    expect(links.map(([schema], i) => [schema, graph.getEdgeAttribute(`l${i}`, 'relation')])).toEqual(links.map(([schema, , , , relation]) => [schema, relation]));
    expect(graph.getEdgeAttribute('l6', 'extra')).toEqual({ schema: 'Ownership', ownershipType: 'word 6' });
  });

  it('joins an address, a parent and a note to the entities they name, and says which are missing', async () => {
    const { dataset, warnings } = await open([
      ftmLines([
        { id: 'co', schema: 'Company', properties: { name: ['Sur SA'], addressEntity: ['addr'], parent: ['holding', 'gone'] } },
        { id: 'holding', schema: 'Company', properties: { name: ['Holding'] } },
        { id: 'addr', schema: 'Address', properties: { full: ['1 Main St'] } },
        { id: 'note', schema: 'Note', properties: { entity: ['co'], description: ['Shell company.'] } },
      ]),
    ]);
    const { graph } = dataset;
    expect(graph.mapEdges((_e, a, s, t) => `${s}>${t}:${a.relation}:${String(a.extra?.property)}`).sort()).toEqual(['co>addr:located_in:addressEntity', 'co>holding:part_of:parent', 'note>co:reports_on:entity']);
    expect(graph.getNodeAttributes('addr')).toMatchObject({ label: '1 Main St', kind: 'place' });
    expect(graph.getNodeAttribute('note', 'description')).toBe('Shell company.');
    expect(warnings).toEqual(['1 reference points to entities that are not in the file; kept as ids in the details (first: parent "gone" on Company "co")']);
  });

  it('counts only the pairs an owners × assets product adds against the expanded-edge limit, and allows exactly the limit', async () => {
    const file = () =>
      ftmLines([
        { id: 'o', schema: 'Ownership', properties: { owner: ['a', 'b', 'c'], asset: ['x', 'y', 'z'] } },
        { id: 'm', schema: 'Ownership', properties: { owner: ['a'], asset: ['x'] } },
      ]);
    // 3 × 3 = 9 pairs from the first; the second is one ordinary edge.
    expect((await open([file()], { limits: { maxExpandedEdges: 9 } })).dataset.graph.size).toBe(10);
    expect(await failure(open([file()], { limits: { maxExpandedEdges: 8 } }))).toMatchObject({ code: 'too_large', message: expect.stringContaining('maxExpandedEdges') });
  });

  it('makes an edge per owner and asset pair, numbering all but the first', async () => {
    const { graph } = (
      await open([
        ftmLines([
          { id: 'o', schema: 'Ownership', properties: { owner: ['a', 'b'], asset: ['x', 'y'], percentage: ['50'] } },
          { id: 'm', schema: 'Membership', properties: { member: ['a'] } },
        ]),
      ])
    ).dataset;
    expect(graph.mapEdges((e, _a, s, t) => `${e}:${s}>${t}`)).toEqual(['o:a>x', 'o#2:a>y', 'o#3:b>x', 'o#4:b>y']);
    expect(graph.getEdgeAttribute('o#4', 'extra')).toEqual({ schema: 'Ownership', percentage: '50' });
  });

  it('reads an Aleph diagram: entities with captions, positions and colours from its layout', async () => {
    const doc = {
      entities: [
        { id: 'p', schema: 'Person', caption: '  Ana  ', properties: { name: ['Ana Ruiz'], publisher: ['Registry'], retrievedAt: ['2021-03-04T10:00:00'] } },
        { id: 9, schema: 'Company', properties: { name: 'Sur SA', sourceUrl: 'https://news.example/x', publishedAt: ['2020'] } },
        { schema: 'Person', properties: {} },
        'junk',
      ],
      layout: { vertices: [{ entityId: 'p', position: { x: 3, y: -4 }, color: '#abcdef' }, { entityId: '9', position: { x: 'far' } }, { position: { x: 1 } }] },
    };
    const { dataset, warnings } = await open([json('diagram.json', doc)]);
    const { graph, sources } = dataset;
    expect(graph.getNodeAttributes('p')).toMatchObject({ label: 'Ana', x: 3, y: -4, color: '#abcdef', evidence: [{ source: 'ftm-source-1', quote: 'Ana' }] });
    expect(graph.getNodeAttributes('9')).toMatchObject({ label: 'Sur SA', evidence: [{ source: 'ftm-source-2', quote: 'Sur SA' }] });
    expect(graph.getNodeAttribute('9', 'x')).toBeUndefined();
    expect([...sources.values()].map(({ id, title, publisher, date, url }) => ({ id, title, publisher, date, url }))).toEqual([
      { id: 'ftm-source-1', title: 'Registry', publisher: 'Registry', date: '2021-03-04', url: undefined },
      { id: 'ftm-source-2', title: 'https://news.example/x', publisher: 'news.example', date: '2020', url: 'https://news.example/x' },
    ]);
    expect(warnings).toEqual(['2 elements were not understood and were skipped (first: entities[2] (not an FtM entity))']);
  });

  it('refuses a first line that is not JSON, and skips a later entity without a schema', async () => {
    const first = await failure(open([text('y.ijson', '{oops\n{"id":"a","schema":"Person"}\n')], { format: 'ftm' }));
    expect(first.message).toMatch(/^io\/import\/json: y\.ijson line 1: is not valid JSON/);
    const { dataset, warnings } = await open([text('z.ijson', '{"id":"a","schema":"Person"}\n\n{"id":"b"}\n{"id":"c","schema":"Person"}\n')]);
    expect(dataset.graph.nodes()).toEqual(['a', 'c']);
    expect(warnings).toEqual(['1 element was not understood and was skipped (first: line 3 (not an FtM entity))']);
  });
});

// FollowTheMoney details on inline entities: property values as FtM tools write them (strings,
// numbers, junk), captions and labels, provenance sources (publisher × URL, dates, quotes),
// diagram layouts, link labels and relations, references and the JSON-lines reader's edge cases.
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

const lines = (entities: object[], name = 'x.ftm.json') => text(name, `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`);

describe('FtM entities and their values', () => {
  it('keeps string and number values, drops the rest, unwraps single values and leaves out empty ones', async () => {
    const { graph } = (
      await open([lines([{ id: 1, schema: 'Company', properties: { name: ['Sur SA', 7, null, { x: 1 }], jurisdiction: 'es', alias: [], registrationNumber: 42, sector: [false], active: true } }, { id: 'b', schema: 'Person', properties: ['x'] }, { id: 'c', schema: 'Person', properties: 'none' }])])
    ).dataset;
    expect(graph.nodes()).toEqual(['1', 'b', 'c']);
    expect(graph.getNodeAttributes('1')).toMatchObject({ label: 'Sur SA', extra: { schema: 'Company', name: ['Sur SA', '7'], jurisdiction: 'es', registrationNumber: '42' } });
    expect(Object.keys(graph.getNodeAttribute('1', 'extra') as object).sort()).toEqual(['jurisdiction', 'name', 'registrationNumber', 'schema']);
    expect([graph.getNodeAttribute('b', 'extra'), graph.getNodeAttribute('c', 'extra')]).toEqual([{ schema: 'Person' }, { schema: 'Person' }]);
    expect(graph.getNodeAttribute('b', 'label')).toBe('b');
  });

  it('labels a thing by its caption, else its first non-blank name, title, full, fileName, subject or summary', async () => {
    const entities = [
      { id: 'c', schema: 'Person', caption: '   ', properties: { name: ['  '], title: ['Dr'] } },
      { id: 'd', schema: 'Document', properties: { fileName: ['a.pdf'], subject: ['Re: x'] } },
      { id: 'e', schema: 'Email', properties: { subject: ['Re: y'], summary: ['s'] } },
      { id: 'f', schema: 'Note', properties: { summary: ['Only a summary'] } },
      { id: 'g', schema: 'Address', properties: { full: ['1 Main St'], name: ['Home'] } },
    ];
    const { graph } = (await open([lines(entities)])).dataset;
    expect(graph.mapNodes((n, a) => [n, a.label])).toEqual([['c', 'Dr'], ['d', 'a.pdf'], ['e', 'Re: y'], ['f', 'Only a summary'], ['g', 'Home']]);
    expect(graph.getNodeAttribute('f', 'description')).toBe('Only a summary');
  });

  it('describes a thing by its summary, else description, else notes, skipping blank ones', async () => {
    const entities = [
      { id: 'a', schema: 'Person', properties: { summary: [' '], description: ['Desc'], notes: ['Note'] } },
      { id: 'b', schema: 'Person', properties: { notes: ['Only notes'] } },
      { id: 'c', schema: 'Person', properties: {} },
    ];
    const { graph } = (await open([lines(entities)])).dataset;
    expect(graph.mapNodes((_n, a) => a.description)).toEqual(['Desc', 'Only notes', undefined]);
  });
});

describe('FtM provenance', () => {
  it('one source per publisher and URL pair, titled by the publisher, else the URL', async () => {
    const entities = [
      { id: 'a', schema: 'Person', properties: { name: ['A'], publisher: ['Gazette'], sourceUrl: ['https://one.example/1'] } },
      { id: 'b', schema: 'Person', properties: { name: ['B'], publisher: ['Gazette'], sourceUrl: ['https://two.example/2'] } },
      { id: 'c', schema: 'Person', properties: { name: ['C'], publisher: ['Gazette'], sourceUrl: ['https://one.example/1'] } },
      { id: 'd', schema: 'Person', properties: { name: ['D'], publisherUrl: ['https://three.example/'], modifiedAt: ['not a date'], publishedAt: ['2019-05'] } },
      { id: 'e', schema: 'Person', properties: { name: ['E'], sourceUrl: ['not a url'] } },
      { id: 'f', schema: 'Person', properties: { name: ['F'], publisher: ['Gazette'] } },
    ];
    const { graph, sources } = (await open([lines(entities)])).dataset;
    expect(graph.mapNodes((_n, a) => a.evidence?.[0]?.source)).toEqual(['ftm-source-1', 'ftm-source-2', 'ftm-source-1', 'ftm-source-3', 'ftm-source-4', 'ftm-source-5']);
    expect([...sources.values()].map(({ title, publisher, date, url }) => [title, publisher, date, url])).toEqual([
      ['Gazette', 'Gazette', '', 'https://one.example/1'],
      ['Gazette', 'Gazette', '', 'https://two.example/2'],
      ['https://three.example/', 'three.example', '2019-05', 'https://three.example/'],
      ['not a url', '', '', 'not a url'],
      ['Gazette', 'Gazette', '', undefined],
    ]);
    expect([...sources.values()].every((s) => s.file === '' && s.text === '')).toBe(true);
  });

  it('quotes an entity\'s summary, else its label, else its id; a link quotes its label words, else its schema', async () => {
    const src = { publisher: ['Registry'] };
    const entities = [
      { id: 'p', schema: 'Person', properties: { ...src } },
      { id: 'q', schema: 'Person', properties: { ...src, name: ['Q'], notes: ['  ', 'ignored'] } },
      { id: 'o', schema: 'Ownership', properties: { ...src, owner: ['p'], asset: ['q'], ownershipType: ['shares'] } },
      { id: 'u', schema: 'Payment', properties: { ...src, payer: ['p'], beneficiary: ['q'] } },
      { id: 'v', schema: 'Payment', properties: { ...src, payer: ['p'], beneficiary: ['q'], summary: ['Seen together'] } },
    ];
    const { graph } = (await open([lines(entities)])).dataset;
    const quote = (a: { evidence?: { quote: string }[] }) => a.evidence?.[0]?.quote;
    expect(graph.mapNodes((_n, a) => quote(a))).toEqual(['p', 'Q']);
    expect(graph.mapEdges((_e, a) => quote(a))).toEqual(['shares', 'Payment', 'Seen together']);
  });
});

describe('FtM links', () => {
  it('labels an Ownership by its role before its ownership type; only Family reads its label as a relation', async () => {
    const entities = [
      { id: 'o', schema: 'Ownership', properties: { owner: ['a'], asset: ['b'], role: ['beneficial owner'], ownershipType: ['shares'] } },
      { id: 'f', schema: 'Family', properties: { person: ['a'], relative: ['b'], relationship: ['cousin twice removed'] } },
      { id: 's', schema: 'Associate', properties: { person: ['a'], associate: ['b'], relationship: ['wife'] } },
    ];
    const { graph } = (await open([lines(entities)])).dataset;
    expect(graph.mapEdges((e, a) => [e, a.label, a.relation])).toEqual([['o', 'beneficial owner', 'owns'], ['f', 'cousin twice removed', 'family_of'], ['s', 'wife', 'associate_of']]);
  });

  it('a link without one of its ends is dropped, naming its schema, id and line', async () => {
    const { dataset, warnings } = await open([lines([{ id: 'a', schema: 'Person', properties: {} }, { id: 'm', schema: 'Membership', properties: { organization: ['a'] } }])]);
    expect(dataset.graph.size).toBe(0);
    expect(warnings).toEqual(['1 edge has no source or target and was dropped (first: Membership "m" line 2)']);
    const noTarget = await open([lines([{ id: 'a', schema: 'Person', properties: {} }, { id: 'm', schema: 'Membership', properties: { member: ['a'] } }])]);
    expect([noTarget.dataset.graph.size, noTarget.warnings]).toEqual([0, ['1 edge has no source or target and was dropped (first: Membership "m" line 2)']]);
    const inArray = await open([text('a.json', JSON.stringify([{ id: 'a', schema: 'Person', properties: {} }, { id: 'm', schema: 'Membership', properties: { member: ['a'] } }]))]);
    expect(inArray.warnings).toEqual(['1 edge has no source or target and was dropped (first: Membership "m" entities[1])']);
  });

  it('a reference to a link entity is not a reference to a thing: it dangles', async () => {
    const entities = [
      { id: 'a', schema: 'Company', properties: { parent: ['own'] } },
      { id: 'own', schema: 'Ownership', properties: { owner: ['a'], asset: ['a'] } },
    ];
    const { dataset, warnings } = await open([lines(entities)]);
    expect(dataset.graph.edges()).toEqual(['own']);
    expect(warnings).toEqual(['1 reference points to entities that are not in the file; kept as ids in the details (first: parent "own" on Company "a")']);
  });

  it('a reference edge carries the referring entity\'s evidence', async () => {
    const entities = [
      { id: 'a', schema: 'Company', properties: { name: ['A'], addressEntity: ['h'], publisher: ['Registry'] } },
      { id: 'h', schema: 'Address', properties: { full: ['1 Main St'] } },
    ];
    const { graph } = (await open([lines(entities)])).dataset;
    expect(graph.mapEdges((_e, a, s, t) => [s, t, a.relation, a.evidence])).toEqual([['a', 'h', 'located_in', [{ source: 'ftm-source-1', quote: 'A' }]]]);
  });
});

describe('FtM files', () => {
  it('names the graph after the file, and places only diagram vertices with numeric positions', async () => {
    const doc = {
      entities: [{ id: 'p', schema: 'Person', properties: {} }, { id: 'q', schema: 'Person', properties: {} }],
      layout: { vertices: ['junk', { entityId: 'p', position: [1, 2], color: 'red' }, { entityId: 'q', position: { x: 1, y: '2' } }] },
    };
    const { dataset } = await open([text('case file.json', JSON.stringify(doc))]);
    expect(dataset.name).toBe('case file');
    expect(dataset.graph.mapNodes((n, a) => [n, a.x, a.y, a.color])).toEqual([['p', undefined, undefined, 'red'], ['q', 1, undefined, undefined]]);
  });

  it('numbers JSON lines counting blank ones, and refuses a broken line before any entity was read', async () => {
    const { warnings } = await open([text('l.ijson', '{"id":"a","schema":"Person"}\n\n\r\n{"id":"b"}\n')]);
    expect(warnings).toEqual(['1 element was not understood and was skipped (first: line 4 (not an FtM entity))']);
    const f = await failure(open([text('m.ijson', '{"schema":"Person"}\n{oops\n{"id":"a","schema":"Person"}\n')]));
    expect([f.code, f.message]).toEqual(['bad_file', "io/import/json: m.ijson line 2: is not valid JSON: Expected property name or '}' in JSON at position 1"]);
  });

  it('names the line of a link whose id was used before', async () => {
    const entities = [{ id: 'a', schema: 'Person', properties: {} }, { id: 'b', schema: 'Person', properties: {} }, { id: 'o', schema: 'Ownership', properties: { owner: ['a'], asset: ['b'] } }, { id: 'o', schema: 'Ownership', properties: { owner: ['b'], asset: ['a'] } }];
    const { dataset, warnings } = await open([lines(entities)]);
    expect(dataset.graph.size).toBe(2);
    expect(warnings).toEqual(['1 edge id was used twice; the later edges got new ids (first: "o" "b" → "a" line 4)']);
  });

  it('does not take lines of other JSON for FtM lines', async () => {
    const f = await failure(open([text('two.json', '{"nodes": ["a"]}\n{"nodes": ["b"]}\n')]));
    expect(f.message).toBe('io/import/json: two.json line 2: is not valid JSON: Unexpected non-whitespace character after JSON at position 17');
  });

  it('reads JSON lines without a final newline, and only as FtM when asked for FtM', async () => {
    const body = '{"id":"a","schema":"Person"}\n{"id":"b","schema":"Person"}';
    expect((await open([text('n.json', body)], { format: 'ftm' })).dataset.graph.nodes()).toEqual(['a', 'b']);
    const f = await failure(open([text('n.json', body)], { format: 'graphology-json' }));
    expect(f.message).toBe('io/import/json: n.json line 2: is not valid JSON: Unexpected non-whitespace character after JSON at position 29');
  });
});

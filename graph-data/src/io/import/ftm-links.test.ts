// FollowTheMoney as OpenSanctions publishes it: a Sanction names its `entity`, a Passport or an
// Identification its `holder`; each is joined to that entity instead of floating. Link schemata
// keep their meaning as relations, and provenance keeps one source per publisher and URL.
import { describe, expect, it } from 'vitest';
import { RELATION_LABELS } from '../../schema/vocabulary.js';
import { open, text } from './test-support.js';

const lines = (entities: object[]) => text('sanctions.ftm.json', `${entities.map((e) => JSON.stringify(e)).join('\n')}\n`);

describe('FollowTheMoney links', () => {
  it('joins sanctions, passports and identifications to whom they name, in the direction the schema reads', async () => {
    const { dataset, warnings } = await open([
      lines([
        { id: 'p', schema: 'Person', properties: { name: ['Ivan Petrov'] } },
        { id: 'co', schema: 'Company', properties: { name: ['Petrov Holding'] } },
        { id: 's1', schema: 'Sanction', properties: { entity: ['p'], authority: ['Council of the EU'], program: ['EU 269/2014'] } },
        { id: 's2', schema: 'Sanction', properties: { entity: ['co'], authority: ['OFAC'] } },
        { id: 'pp', schema: 'Passport', properties: { holder: ['p'], number: ['7201'] } },
        { id: 'id', schema: 'Identification', properties: { holder: ['co'], number: ['INN 7701'] } },
        { id: 's3', schema: 'Sanction', properties: { entity: ['elsewhere'] } },
      ]),
    ]);
    const { graph } = dataset;
    const link = (from: string) => graph.outEdges(from).map((e) => [graph.target(e), graph.getEdgeAttribute(e, 'relation')]);
    expect(link('s1')).toEqual([['p', 'sanctions']]);
    expect(link('s2')).toEqual([['co', 'sanctions']]);
    expect(link('pp')).toEqual([['p', 'identifies']]);
    expect(link('id')).toEqual([['co', 'identifies']]);
    // Nothing floats but what names an entity the file lacks, and that is said.
    expect(graph.filterNodes((n) => graph.degree(n) === 0)).toEqual(['s3']);
    expect(warnings).toEqual([expect.stringMatching(/^1 reference points to entities that are not in the file.*entity "elsewhere" on Sanction "s3"/)]);
  });

  it('Ownership, Directorship, Membership, Family, Associate, Payment and Representation keep their meaning', async () => {
    const schemata: [string, Record<string, string[]>, string][] = [
      ['Ownership', { owner: ['a'], asset: ['b'] }, 'owns'],
      ['Directorship', { director: ['a'], organization: ['b'] }, 'director of'],
      ['Membership', { member: ['a'], organization: ['b'] }, 'member of'],
      ['Family', { person: ['a'], relative: ['b'], relationship: ['brother'] }, 'family of'],
      ['Associate', { person: ['a'], associate: ['b'] }, 'associate of'],
      ['Payment', { payer: ['a'], beneficiary: ['b'] }, 'paid'],
      ['Representation', { agent: ['a'], client: ['b'] }, 'represents'],
    ];
    const { dataset } = await open([
      lines([
        { id: 'a', schema: 'Person', properties: { name: ['A'] } },
        { id: 'b', schema: 'Company', properties: { name: ['B'] } },
        ...schemata.map(([schema, properties]) => ({ id: schema, schema, properties })),
      ]),
    ]);
    const { graph } = dataset;
    for (const [schema, , label] of schemata) {
      expect([graph.source(schema), graph.target(schema), RELATION_LABELS[graph.getEdgeAttribute(schema, 'relation')]], schema).toEqual(['a', 'b', label]);
    }
  });

  it('keeps two sources for one publisher at two URLs, and one for the same publisher and URL', async () => {
    const { dataset } = await open([
      lines([
        { id: 'a', schema: 'Person', properties: { name: ['A'], publisher: ['OpenSanctions'], sourceUrl: ['https://example.org/eu'] } },
        { id: 'b', schema: 'Person', properties: { name: ['B'], publisher: ['OpenSanctions'], sourceUrl: ['https://example.org/us'] } },
        { id: 'c', schema: 'Person', properties: { name: ['C'], publisher: ['OpenSanctions'], sourceUrl: ['https://example.org/eu'] } },
      ]),
    ]);
    const sourceOf = (id: string) => dataset.graph.getNodeAttribute(id, 'evidence')?.[0]?.source;
    expect(dataset.sources.size).toBe(2);
    expect(sourceOf('a')).not.toBe(sourceOf('b'));
    expect(sourceOf('a')).toBe(sourceOf('c'));
    expect([...dataset.sources.values()].map((s) => s.url).sort()).toEqual(['https://example.org/eu', 'https://example.org/us']);
  });
});

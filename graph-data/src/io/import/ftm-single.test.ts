// A JSON file holding one FollowTheMoney entity (one object with "schema" and "properties", as
// `ftm` tools write a single record, pretty-printed or on one line) opens as that one node.
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

const person = { id: 'p1', schema: 'Person', properties: { name: ['Ana Ruiz'], nationality: ['es'] } };

describe('a single FollowTheMoney entity', () => {
  it.each([
    ['pretty-printed', JSON.stringify(person, null, 2)],
    ['on one line', JSON.stringify(person)],
    ['on one line with a newline', `${JSON.stringify(person)}\n`],
  ])('%s opens as one node', async (_how, body) => {
    const { dataset } = await open([text('ana.json', body)]);
    expect(dataset.format).toBe('ftm');
    expect(dataset.graph.nodes()).toEqual(['p1']);
    expect(dataset.graph.getNodeAttributes('p1')).toMatchObject({ label: 'Ana Ruiz', kind: 'person', extra: { schema: 'Person', nationality: 'es' } });
  });

  it('also when the format is said, and a lone link entity is an edge between the two it names', async () => {
    const { dataset } = await open([text('ana.json', JSON.stringify(person, null, 2))], { format: 'ftm' });
    expect(dataset.graph.nodes()).toEqual(['p1']);
    const link = { id: 'o1', schema: 'Ownership', properties: { owner: ['a'], asset: ['b'] } };
    const owned = await open([text('own.json', JSON.stringify(link, null, 2))]);
    expect(owned.dataset.graph.mapEdges((e, _a, s, t) => `${e}:${s}>${t}`)).toEqual(['o1:a>b']);
  });

  it('an object with a schema but no id is still refused, saying what is missing', async () => {
    const f = await failure(open([text('x.json', JSON.stringify({ schema: 'Person', properties: {} }, null, 2))]));
    expect(f.message).toContain('contains no FollowTheMoney entities');
  });
});

// How a file's own attribute values are read and kept (attribute-reader.ts) and how type names
// are looked up (vocab-map.ts), on single values: names matched in any case with the first
// spelling winning, declared defaults as a fallback kept once, values made plain for `extra`
// (objects as JSON text, capped), and Maltego's own type names.
import { describe, expect, it } from 'vitest';
import { AttributeDefaults, plainValue } from './attribute-reader.js';
import { edgeAttributes, nodeAttributes } from './map-attributes.js';
import { kindFor, relationFor } from './vocab-map.js';
import { Warnings } from './warnings.js';

const node = (attributes: Record<string, unknown>, defaults?: AttributeDefaults) => nodeAttributes({ id: 'n1', attributes, defaults }, new Warnings(), 'nodes[0]');

describe('attribute names', () => {
  it('matches a name in any case, the first spelling in the file winning', () => {
    expect(node({ Label: 'First', LABEL: 'Second', Kind: 'person' })).toStrictEqual({ label: 'First', kind: 'person', extra: { LABEL: 'Second' } });
    expect(node({ label: 'lower', Label: 'Upper' })).toStrictEqual({ label: 'lower', kind: 'other', extra: { Label: 'Upper' } });
    // All lower-case already: read as written.
    expect(node({ name: 'Ann', x: '1' })).toStrictEqual({ label: 'Ann', kind: 'other', x: 1 });
  });

  it('falls back to declared defaults by name in any case, the first declaration winning, and never copies them', () => {
    const defaults = new AttributeDefaults();
    defaults.set('Title', 'Default title');
    defaults.set('TITLE', 'Later spelling');
    defaults.set('Title', 'Declared again');
    defaults.set('Colour', 'none');
    expect([defaults.size, defaults.values]).toEqual([2, { Title: 'Default title', TITLE: 'Later spelling', Colour: 'none' }]);
    expect(node({}, defaults)).toStrictEqual({ label: 'Default title', kind: 'other' });
    expect(node({ TITLE: 'Own' }, defaults)).toStrictEqual({ label: 'Own', kind: 'other' });
    expect(defaults.stored(new Set(['title']))).toStrictEqual({ Colour: 'none' });
    // A default read through a field that consumes its key (an edge's label, a colour from r, g, b) still counts.
    const edgeDefaults = new AttributeDefaults();
    for (const [k, v] of [['Label', 'knows'], ['r', '10'], ['g', '20'], ['b', '30']]) edgeDefaults.set(k as string, v);
    expect(edgeAttributes({ source: 'a', target: 'b', attributes: {}, defaults: edgeDefaults }, new Warnings(), 'edges[0]')).toStrictEqual({ relation: 'related_to', label: 'knows' });
    expect(node({ g: '2' }, edgeDefaults)).toStrictEqual({ label: 'knows', kind: 'other', color: 'rgb(10,2,30)' });
    const unset = new AttributeDefaults();
    unset.set('gone', null);
    expect([unset.stored(new Set()), new AttributeDefaults().stored(new Set())]).toEqual([undefined, undefined]);
  });
});

describe('values kept in extra', () => {
  it('keeps text, booleans and finite numbers, writes non-finite numbers as text, drops null', () => {
    expect([plainValue('a'), plainValue(false), plainValue(0), plainValue(-1.5)]).toEqual(['a', false, 0, -1.5]);
    expect([plainValue(NaN), plainValue(-Infinity), plainValue(null), plainValue(undefined)]).toEqual(['NaN', '-Infinity', undefined, undefined]);
    expect(node({ note: null, flag: true })).toStrictEqual({ label: 'n1', kind: 'other', extra: { flag: true } });
  });

  it('keeps a list flat: empty items as empty text, nested lists and objects as JSON, at most 10,000 items', () => {
    expect(plainValue(['a', 1, null, [2, 3], { k: 'v' }])).toEqual(['a', 1, '', '[2,3]', '{"k":"v"}']);
    const long = Array.from({ length: 10_001 }, (_v, i) => i);
    expect(plainValue(long)).toEqual(long.slice(0, 10_000));
  });

  it('writes an object as JSON text, cut after 10,000 characters, and drops one that cannot be written', () => {
    expect(plainValue({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}');
    const exact = { t: 'x'.repeat(9_992) };
    expect(plainValue(exact)).toBe(JSON.stringify(exact));
    const over = { t: 'x'.repeat(9_993) };
    expect(plainValue(over)).toBe(`${JSON.stringify(over).slice(0, 10_000)}…`);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect([plainValue(loop), plainValue(10n)]).toEqual([undefined, undefined]);
  });
});

describe('type names', () => {
  it("reads Maltego's type names, with its own meanings of website, alias, GPS, news article, image and online group", () => {
    const seen: [string, string | undefined][] = [
      ['maltego.Person', 'person'], ['MALTEGO.Company', 'organisation'], ['maltego.Location', 'place'], ['maltego.Website', 'other'], ['maltego.Alias', 'other'],
      ['maltego.GPS', 'place'], ['maltego.CircularArea', 'place'], ['maltego.NewsArticle', 'document'], ['maltego.Image', 'document'], ['maltego.OnlineGroup', 'group'],
      ['maltego.affiliation.Facebook', 'other'], ['maltego.Affiliation', 'other'], ['maltego.Unknown', undefined], ['Website', 'media'], ['xmaltego.Website', undefined],
    ];
    expect(seen.map(([name]) => [name, kindFor(name)])).toEqual(seen);
  });

  it('looks up a name of up to 100 characters, plurals in -ies, -sses and -s', () => {
    expect([kindFor(`${' '.repeat(94)}person`), kindFor(`${' '.repeat(95)}person`)]).toEqual(['person', undefined]);
    expect(['Cities', 'Witnesses', 'Banks', 'Glass'].map((t) => kindFor(t))).toEqual(['place', 'person', 'organisation', undefined]);
    expect([relationFor('Donations'), relationFor(7)]).toEqual(['supports', undefined]);
    // Only a plural ending is dropped, and runs of spaces count as one.
    expect(['Persona', 'Banko', 'Legal  Entity', 'Public \t Body'].map((t) => kindFor(t))).toEqual([undefined, undefined, 'organisation', 'agency']);
  });
});

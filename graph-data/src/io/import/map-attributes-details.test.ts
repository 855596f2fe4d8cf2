// How a file's own attributes become a node's or an edge's fields, one small element at a time:
// which key gives the label, kind, relation, direction, dates, position, colour and weight, which
// keys stay visible under `extra`, and what a long label or a declared default turns into. The
// expected fields are read off each input by hand (the label is the first of label, name,
// title, caption that has text, and so on).
import { describe, expect, it } from 'vitest';
import { AttributeDefaults, edgeAttributes, nodeAttributes, storedDefaults, type EdgeSpec, type NodeSpec } from './map-attributes.js';
import { Warnings } from './warnings.js';

const node = (attributes: Record<string, unknown>, spec: Partial<NodeSpec> = {}) => nodeAttributes({ id: 'n1', attributes, ...spec }, new Warnings(), 'nodes[3]');
const edge = (attributes: Record<string, unknown>, spec: Partial<EdgeSpec> = {}) =>
  edgeAttributes({ source: 'a', target: 'b', attributes, ...spec }, new Warnings(), 'edges[3]');

describe('dates of an element', () => {
  it('keeps an end that is not a date ("never", "present") among the attributes instead of dropping it', () => {
    expect(node({ date_from: '2010', date_to: 'never' })).toStrictEqual({ label: 'n1', kind: 'other', date: '2010', extra: { date_to: 'never' } });
    expect(edge({ start: 'unknown', end: '2012-05' })).toStrictEqual({ relation: 'related_to', date: '2012-05', extra: { start: 'unknown' } });
    // Both ends dates: both become the interval, earliest first; a blank end is no end.
    expect(node({ start_date: '2012', end_date: '2010' })).toStrictEqual({ label: 'n1', kind: 'other', date: '2010/2012' });
    expect(node({ startdate: '2011-03', enddate: ' ' })).toStrictEqual({ label: 'n1', kind: 'other', date: '2011-03' });
    expect(edge({ start: ' ', end: '2012' })).toStrictEqual({ relation: 'related_to', date: '2012' });
  });
});

describe('a node', () => {
  it('takes its label from label, name, title, caption in that order, the first with text', () => {
    expect(node({ caption: 'Cap', title: 'Tit' })).toStrictEqual({ label: 'Tit', kind: 'other', extra: { caption: 'Cap' } });
    expect(node({ caption: ' Cap ' })).toStrictEqual({ label: 'Cap', kind: 'other' });
    expect(node({ label: '  ', name: 'Alice', title: 'Dr' })).toStrictEqual({ label: 'Alice', kind: 'other', extra: { label: '  ', title: 'Dr' } });
    // A finite number and the first item of a list are text; anything else is not a label.
    expect(node({ label: 42 }).label).toBe('42');
    expect(node({ label: ['Alice', 'Al'] })).toStrictEqual({ label: 'Alice', kind: 'other' });
    expect(node({ label: [], name: 'Bob' })).toStrictEqual({ label: 'Bob', kind: 'other', extra: { label: [] } });
    expect(node({ label: Infinity, name: true, title: { a: 1 } })).toStrictEqual({ label: 'n1', kind: 'other', extra: { label: 'Infinity', name: true, title: '{"a":1}' } });
    // A label the format read itself wins; the attribute is kept.
    expect(node({ label: 'Y' }, { label: 'X' })).toStrictEqual({ label: 'X', kind: 'other', extra: { label: 'Y' } });
  });

  it('takes its kind from its own kind, else the first kind-like key another tool uses, keeping that key', () => {
    expect(node({ kind: 'person' })).toStrictEqual({ label: 'n1', kind: 'person' });
    expect(node({ kind: 'Firm' })).toStrictEqual({ label: 'n1', kind: 'organisation', extra: { kind: 'Firm' } });
    expect(node({ kind: 'nothing known', type: 'Company', category: 'person' })).toStrictEqual({
      label: 'n1',
      kind: 'organisation',
      extra: { kind: 'nothing known', type: 'Company', category: 'person' },
    });
    for (const key of ['category', 'schema', 'tag', 'class', 'node_type', 'nodetype', 'entity_type', 'actor_type']) expect(node({ [key]: 'city' }).kind, key).toBe('place');
    expect(node({ labels: ['Person', 'Officer'] }).kind).toBe('person');
    // The format's own kind wins; a hint only when nothing names one.
    expect(node({ kind: 'person' }, { kind: 'event' })).toStrictEqual({ label: 'n1', kind: 'event', extra: { kind: 'person' } });
    expect([node({}, { kindHint: 'country' }).kind, node({ type: 'bank' }, { kindHint: 'country' }).kind]).toEqual(['country', 'organisation']);
  });

  it('reads a date or an interval, else the first date pair, keeping a date that is not one', () => {
    expect(node({ date: '2018-11-21' })).toStrictEqual({ label: 'n1', kind: 'other', date: '2018-11-21' });
    expect(node({ date: '2019/2016' })).toStrictEqual({ label: 'n1', kind: 'other', date: '2016/2019' });
    expect(node({ date: 'soon', start: '2010', end: '2011' })).toStrictEqual({ label: 'n1', kind: 'other', date: '2010/2011', extra: { date: 'soon' } });
    expect(node({ start: 'x', end: 'y', date_from: '2001' })).toStrictEqual({ label: 'n1', kind: 'other', date: '2001', extra: { start: 'x', end: 'y' } });
    expect(node({ date: '2000' }, { date: '1999' })).toStrictEqual({ label: 'n1', kind: 'other', date: '1999', extra: { date: '2000' } });
  });

  it('takes a description or a summary, keeping the other when they differ', () => {
    expect(node({ summary: 'S' })).toStrictEqual({ label: 'n1', kind: 'other', description: 'S' });
    expect(node({ description: 'D', summary: 'S' })).toStrictEqual({ label: 'n1', kind: 'other', description: 'D', extra: { summary: 'S' } });
    expect(node({ description: 'S', summary: ' S ' })).toStrictEqual({ label: 'n1', kind: 'other', description: 'S' });
    expect(node({ description: ' ', summary: 'S' })).toStrictEqual({ label: 'n1', kind: 'other', description: 'S', extra: { description: ' ' } });
    expect(node({ description: 'D' }, { description: 'Given' })).toStrictEqual({ label: 'n1', kind: 'other', description: 'Given', extra: { description: 'D' } });
  });

  it('reads position and size as numbers, and a colour, else one from r, g and b', () => {
    expect(node({ x: '12.5', y: -3, size: '0' })).toStrictEqual({ label: 'n1', kind: 'other', x: 12.5, y: -3, size: 0 });
    expect(node({ x: ' ', y: 'north', size: true })).toStrictEqual({ label: 'n1', kind: 'other', extra: { x: ' ', y: 'north', size: true } });
    expect(node({ x: '5', y: '6' }, { x: 0 })).toStrictEqual({ label: 'n1', kind: 'other', x: 0, y: 6, extra: { x: '5' } });
    expect(node({}, { y: 0, size: 0 })).toStrictEqual({ label: 'n1', kind: 'other', y: 0, size: 0 });
    expect(node({ color: '#ABC' })).toStrictEqual({ label: 'n1', kind: 'other', color: '#ABC' });
    expect(node({ color: 'red;x', r: '255', g: 0, b: '10' })).toStrictEqual({ label: 'n1', kind: 'other', color: 'rgb(255,0,10)', extra: { color: 'red;x' } });
    expect(node({ color: 'teal', r: '1', g: '2', b: '3' })).toStrictEqual({ label: 'n1', kind: 'other', color: 'teal', extra: { r: '1', g: '2', b: '3' } });
    expect(node({ r: '1', g: '2', b: 'blue' })).toStrictEqual({ label: 'n1', kind: 'other', extra: { r: '1', g: '2', b: 'blue' } });
    expect(node({ color: 'teal' }, { color: '#000' })).toStrictEqual({ label: 'n1', kind: 'other', color: '#000', extra: { color: 'teal' } });
  });

  it("takes Redthread's own evidence, roles and aliases when well-formed, else keeps them as attributes", () => {
    const evidence = [{ source: 's1', quote: 'He said so.' }];
    const roles = [{ title: 'Minister', start: '2014' }];
    expect(node({ evidence, roles, aliases: ['Al'] })).toStrictEqual({ label: 'n1', kind: 'other', evidence, roles, aliases: ['Al'] });
    expect(node({ evidence: [], roles: [{ title: '' }], aliases: [''] })).toStrictEqual({
      label: 'n1',
      kind: 'other',
      extra: { evidence: [], roles: ['{"title":""}'], aliases: [''] },
    });
    const given = [{ source: 's2', quote: 'Q' }];
    expect(node({ evidence }, { evidence: given })).toStrictEqual({ label: 'n1', kind: 'other', evidence: given, extra: { evidence: ['{"source":"s1","quote":"He said so."}'] } });
  });

  it('shortens a label over 1,000 characters with a warning, keeping the full text up to 10,000', () => {
    const run = (label: string) => {
      const warnings = new Warnings();
      return { attrs: nodeAttributes({ id: 'n1', attributes: { label } }, warnings, 'nodes[3]'), warnings: warnings.list() };
    };
    const exact = 'a'.repeat(1000);
    expect(run(exact)).toStrictEqual({ attrs: { label: exact, kind: 'other' }, warnings: [] });
    const long = `${'b'.repeat(40)}${'c'.repeat(961)}`;
    expect(run(long)).toStrictEqual({
      attrs: { label: `${long.slice(0, 1000)}…`, kind: 'other', extra: { fullLabel: long } },
      warnings: [`1 label was longer than 1,000 characters and was shortened (first: ${'b'.repeat(40)}… nodes[3])`],
    });
    expect(run('d'.repeat(10_000)).attrs.extra).toStrictEqual({ fullLabel: 'd'.repeat(10_000) });
    expect(run('d'.repeat(10_001)).attrs).toStrictEqual({ label: `${'d'.repeat(1000)}…`, kind: 'other' });
  });

  it('reads declared defaults as a fallback for any key, in any case, without copying them', () => {
    const defaults = new AttributeDefaults();
    defaults.set('Name', 'Unnamed');
    defaults.set('Type', 'person');
    defaults.set('Colour_Group', 'g1');
    expect(node({}, { defaults })).toStrictEqual({ label: 'Unnamed', kind: 'person' });
    expect(node({ NAME: 'Zed', group: 'x' }, { defaults })).toStrictEqual({ label: 'Zed', kind: 'person', extra: { group: 'x' } });
    expect(storedDefaults(defaults, 'node')).toStrictEqual({ Type: 'person', Colour_Group: 'g1' });
  });
});

describe('an edge', () => {
  it("takes its relation from its own relation, else the first relation-like key, keeping that key", () => {
    expect(edge({ relation: 'owns' })).toStrictEqual({ relation: 'owns' });
    expect(edge({ relation: 'Owner of' })).toStrictEqual({ relation: 'owns', extra: { relation: 'Owner of' } });
    expect(edge({ relationship: 'nothing', rel_type: 'spouse', interaction: 'paid' })).toStrictEqual({
      relation: 'spouse_of',
      extra: { relationship: 'nothing', rel_type: 'spouse', interaction: 'paid' },
    });
    for (const key of ['type', 'kind', 'interaction', 'link_type', 'edge_type', 'schema', 'role']) expect(edge({ [key]: 'Shareholder' }).relation, key).toBe('owns');
    expect(edge({ label: 'employed by' })).toStrictEqual({ relation: 'works_for', label: 'employed by' });
    expect(edge({ type: 'married to' }, { relation: 'paid' })).toStrictEqual({ relation: 'paid', extra: { type: 'married to' } });
    expect(edge({ relation: 'owns' }, { relation: 'paid' })).toStrictEqual({ relation: 'paid', extra: { relation: 'owns' } });
  });

  it('reads its direction from a boolean undirected, or from a type that says directed, undirected, mutual or mixed', () => {
    expect(edge({ undirected: true })).toStrictEqual({ relation: 'related_to', undirected: true });
    expect(edge({ undirected: false })).toStrictEqual({ relation: 'related_to' });
    expect(edge({ undirected: 'true' })).toStrictEqual({ relation: 'related_to', extra: { undirected: 'true' } });
    expect(edge({ undirected: true }, { undirected: false })).toStrictEqual({ relation: 'related_to', extra: { undirected: true } });
    expect([edge({ type: 'Undirected' }), edge({ type: 'MUTUAL' }), edge({ type: 'directed' }), edge({ type: 'mixed' })]).toStrictEqual([
      { relation: 'related_to', undirected: true },
      { relation: 'related_to', undirected: true },
      { relation: 'related_to' },
      { relation: 'related_to' },
    ]);
    // Only under "type"; and the file's own flag or the format's wins.
    expect(edge({ kind: 'undirected' })).toStrictEqual({ relation: 'related_to', extra: { kind: 'undirected' } });
    expect(edge({ type: 'undirected', undirected: false })).toStrictEqual({ relation: 'related_to' });
    expect(edge({ type: 'directed' }, { undirected: true })).toStrictEqual({ relation: 'related_to', undirected: true });
  });

  it('reads label, date, weight, colour and allegation, keeping what is not well-formed', () => {
    const allegation = { type: 'bribery_corruption', status: 'alleged', claimant: 'a' };
    expect(edge({ label: ' Paid twice ', date: '2015-06', weight: '2.5', color: 'navy', allegation })).toStrictEqual({
      relation: 'related_to',
      label: 'Paid twice',
      date: '2015-06',
      weight: 2.5,
      color: 'navy',
      allegation,
    });
    expect(edge({ label: ' ', weight: 'heavy', color: 'no colour', allegation: { type: 'gossip' } })).toStrictEqual({
      relation: 'related_to',
      extra: { color: 'no colour', weight: 'heavy', allegation: '{"type":"gossip"}' },
    });
    expect(edge({ label: 'L', date: '2001', weight: 3, color: 'red' }, { label: 'Given', date: '1999', weight: 0, color: '#123' })).toStrictEqual({
      relation: 'related_to',
      label: 'Given',
      date: '1999',
      weight: 0,
      color: '#123',
      // The file's own attributes that the format's values replaced stay visible (a GEXF edge's weight="0" beside an attribute "weight").
      extra: { label: 'L', date: '2001', weight: 3, color: 'red' },
    });
    const evidence = [{ source: 's', quote: 'q' }];
    expect(edge({ evidence, date_from: '2003', date_to: 'now' })).toStrictEqual({ relation: 'related_to', date: '2003', evidence, extra: { date_to: 'now' } });
  });

  it('shortens a long label with a warning', () => {
    const warnings = new Warnings();
    const long = 'e'.repeat(1500);
    expect(edgeAttributes({ source: 'a', target: 'b', attributes: { label: long } }, warnings, 'edges[3]')).toStrictEqual({
      relation: 'related_to',
      label: `${'e'.repeat(1000)}…`,
      extra: { fullLabel: long },
    });
    expect(warnings.list()).toEqual([`1 label was longer than 1,000 characters and was shortened (first: ${'e'.repeat(40)}… edges[3])`]);
  });

  it('keeps as graph defaults only those that do not become fields', () => {
    const defaults = new AttributeDefaults();
    for (const [k, v] of Object.entries({ Label: 'x', weight: '1', Undirected: 'true', date_to: '2020', roles: 'r', Source_Url: 'u' })) defaults.set(k, v);
    expect(storedDefaults(defaults, 'edge')).toStrictEqual({ roles: 'r', Source_Url: 'u' });
    expect(storedDefaults(defaults, 'node')).toStrictEqual({ weight: '1', Undirected: 'true', Source_Url: 'u' });
  });
});

// Attribute filters and their facets beyond attribute-filter.test.ts: the numeric and date spans a
// facet offers for a range (only when every value is one), ties between dates written at other
// precisions, values with spaces or a time, text that only looks like a date, empty lists, the
// value list's order and length, edge facets and built-in fields. Expectations are read off the
// values written below.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AttributeFacet, AttributeFilter, FilterSpec } from '../contract.js';
import type { Dataset, GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { FACET_VALUES } from './attribute-facets.js';
import { createGraphService } from './index.js';

// Loose nodes (no edges), each shown while it passes its own values:
//   a  n 5    when "2017"          mix 3        tags [x]   city "Paris"
//   b  n 1    when "2017-01"       mix "abc"    tags []    city "Lyon"
//   c  n 9    when "2019-01-02"    mix 7        tags [y]
//   d  n 3    when "2019"          mix "2018"              flag true
//   e         when " 2018-11-01 "  stamp "20181"           flag false
//   f         when "2018-05"       stamp "2018-11 T0"
function loose(): Dataset {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const node = (id: string, extra: Record<string, unknown>) => graph.addNode(id, { label: id.toUpperCase(), kind: 'other', extra });
  node('a', { n: 5, when: '2017', mix: 3, tags: ['x'], city: 'Paris' });
  node('b', { n: 1, when: '2017-01', mix: 'abc', tags: [], city: 'Lyon' });
  node('c', { n: 9, when: '2019-01-02', mix: 7, tags: ['y'] });
  node('d', { n: 3, when: '2019', mix: '2018', flag: true });
  node('e', { when: ' 2018-11-01 ', stamp: '20181', flag: false });
  node('f', { when: '2018-05', stamp: '2018-11 T0' });
  return { id: 'loose', name: 'Loose', format: 'gexf', graph, sources: new Map() };
}

const ALL = ['a', 'b', 'c', 'd', 'e', 'f'];
const service = () => createGraphService(loose());
const facet = (f: AttributeFilter, nodes: string[] = ALL): AttributeFacet | undefined => service().filterFacets({ filter: { attributes: [f] }, nodes }).attributes?.[0];
const shown = (f: Omit<AttributeFilter, 'element'>) => [...service().filterView({ filter: { attributes: [{ element: 'node', ...f }] }, nodes: ALL }).visibleNodes].sort();

describe('attribute facet spans', () => {
  it('gives the smallest and largest number wherever they come', () => {
    expect(facet({ element: 'node', key: 'n' })).toMatchObject({ shown: 6, withValue: 4, numeric: { min: 1, max: 9 } });
  });

  it('gives the dates span with the first of two dates that start or end on the same day', () => {
    // "2017" and "2017-01" both start on 2017-01-01; "2019-01-02"… and "2019" ends on 2019-12-31.
    expect(facet({ element: 'node', key: 'when' })?.dates).toEqual({ min: '2017', max: '2019' });
    expect(facet({ element: 'node', key: 'when' }, ['b', 'a', 'e'])?.dates).toEqual({ min: '2017-01', max: ' 2018-11-01 ' });
    expect(facet({ element: 'node', key: 'when' }, ['c', 'e', 'a'])?.dates).toEqual({ min: '2017', max: '2019-01-02' });
  });

  it('ends the dates span with the first of two dates that end on the same day, written differently', () => {
    const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
    graph.addNode('year', { label: 'Year', kind: 'other', extra: { when: '2019' } });
    graph.addNode('day', { label: 'Day', kind: 'other', extra: { when: '2019-12-31' } });
    const ends = (nodes: string[]) => createGraphService({ id: 'ends', name: 'Ends', format: 'gexf', graph, sources: new Map() }).filterFacets({ filter: { attributes: [{ element: 'node', key: 'when' }] }, nodes }).attributes?.[0]?.dates;
    expect(ends(['year', 'day'])).toEqual({ min: '2019', max: '2019' });
    expect(ends(['day', 'year'])).toEqual({ min: '2019', max: '2019-12-31' });
  });

  it('offers no span for a column mixing numbers, dates and words', () => {
    const mix = facet({ element: 'node', key: 'mix' });
    expect(mix).not.toHaveProperty('numeric');
    expect(mix).not.toHaveProperty('dates');
    expect(facet({ element: 'node', key: 'city' })).not.toHaveProperty('numeric');
  });

  it('counts an empty list as no value', () => {
    expect(facet({ element: 'node', key: 'tags' })).toMatchObject({ shown: 6, withValue: 2, values: [{ value: 'x', count: 1 }, { value: 'y', count: 1 }] });
  });
});

describe('attribute facet values', () => {
  it('lists equally frequent values in code-point order, and no chosen term when none is chosen', () => {
    expect(facet({ element: 'node', key: 'mix' })?.values).toEqual([
      { value: '2018', count: 1 },
      { value: '3', count: 1 },
      { value: '7', count: 1 },
      { value: 'abc', count: 1 },
    ]);
  });

  it(`lists at most ${FACET_VALUES} values, the most frequent`, () => {
    const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
    for (let i = 0; i <= FACET_VALUES; i++) graph.addNode(`n${i}`, { label: `N${i}`, kind: 'other', extra: { code: i === 0 ? 'common' : `c${String(i).padStart(3, '0')}` } });
    graph.addNode('again', { label: 'Again', kind: 'other', extra: { code: 'common' } });
    const many = createGraphService({ id: 'many', name: 'Many', format: 'gexf', graph, sources: new Map() });
    const codes = many.filterFacets({ filter: { attributes: [{ element: 'node', key: 'code' }] } }).attributes?.[0];
    expect(codes?.distinct).toBe(FACET_VALUES + 1);
    expect(codes?.values).toHaveLength(FACET_VALUES);
    expect(codes?.values?.[0]).toEqual({ value: 'common', count: 2 });
    expect(codes?.values?.at(-1)).toEqual({ value: `c${String(FACET_VALUES - 1).padStart(3, '0')}`, count: 1 });
  });

  it('marks a built-in field’s facet as built-in, and only that one', () => {
    expect(facet({ element: 'node', key: 'label', builtin: true })).toMatchObject({ builtin: true, withValue: 6 });
    expect(facet({ element: 'node', key: 'city' })).not.toHaveProperty('builtin');
  });

  it('counts an edge attribute over the edges shown, not the nodes', () => {
    const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
    for (const id of ['p', 'q', 'r']) graph.addNode(id, { label: id, kind: 'person' });
    graph.addDirectedEdgeWithKey('pq', 'p', 'q', { relation: 'paid', extra: { amount: 10 } });
    graph.addDirectedEdgeWithKey('qr', 'q', 'r', { relation: 'paid', extra: { amount: 250 } });
    const chain = createGraphService({ id: 'chain', name: 'Chain', format: 'gexf', graph, sources: new Map() });
    const amount = chain.filterFacets({ filter: { attributes: [{ element: 'edge', key: 'amount' }] } }).attributes?.[0];
    expect(amount).toMatchObject({ element: 'edge', shown: 2, withValue: 2, numeric: { min: 10, max: 250 } });
  });
});

describe('attribute values read as dates and numbers', () => {
  it('reads a date with spaces around it, and not text that only starts like a date', () => {
    expect(shown({ key: 'when', range: { min: '2018-11', max: '2018-11' } })).toEqual(['e']);
    expect(shown({ key: 'stamp', range: { min: '2018', max: '2018' } })).toEqual([]);
  });

  it('fails words under a date or a number range, and never takes an absent value for the text "null"', () => {
    expect(shown({ key: 'city', range: { min: '2000' } })).toEqual([]);
    expect(shown({ key: 'mix', range: { min: -1, max: 1 } })).toEqual([]);
    expect(shown({ key: 'city', terms: ['null'] })).toEqual([]);
  });

  it('applies the terms of an entry whose range has no bound', () => {
    const spec: FilterSpec = { attributes: [{ element: 'node', key: 'city', range: {}, terms: ['Paris'] }] };
    expect(service().filterView({ filter: spec, nodes: ALL }).visibleNodes).toEqual(['a']);
  });
});

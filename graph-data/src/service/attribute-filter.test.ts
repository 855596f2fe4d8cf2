// Attribute filters as the service evaluates them (FilterSpec.attributes): ranges inclusive at
// both ends, partial dates covering their whole year or month, terms on text, yes/no and list
// items, the file's declared defaults, facet counts, paths and the argument schema. Two tiny
// graphs built here; every expectation is read off the values written below.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { argsSchemas, type AttributeFilter, type FilterSpec } from '../contract.js';
import type { Dataset, GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';
import { lazy } from './test-fixture.js';

// Loose nodes (no edges), so each stays exactly while it passes its own values:
//   low    score 1      when 2018-10-31             tags [x, y]   city Paris
//   mid    score "2.5"  when 2018-11-01             tags [y]      city Lyon   member false
//   high   score 5      when 2018-12-31T23:00:00Z                 city Paris
//   none   (no score, no date)                                    city ""
//   later  score 7      when 2019-01-01
// Declared default: member = true (every node but mid takes it).
function looseDataset(): Dataset {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  graph.setAttribute('defaults', { node: { member: true } });
  const node = (id: string, extra: Record<string, unknown>) => graph.addNode(id, { label: id, kind: 'other', extra });
  node('low', { score: 1, when: '2018-10-31', tags: ['x', 'y'], city: 'Paris' });
  node('mid', { score: '2.5', when: '2018-11-01', tags: ['y'], city: 'Lyon', member: false });
  node('high', { score: 5, when: '2018-12-31T23:00:00Z', city: 'Paris' });
  node('none', { city: '' });
  node('later', { score: 7, when: '2019-01-01' });
  return { id: 'loose', name: 'Loose', format: 'gexf', graph, sources: new Map() };
}

const loose = lazy(() => createGraphService(looseDataset()));
const ALL = ['low', 'mid', 'high', 'none', 'later'];
const nodeFilter = (f: Omit<AttributeFilter, 'element'>): FilterSpec => ({ attributes: [{ element: 'node', ...f }] });
const shown = (filter: FilterSpec) => [...loose.filterView({ filter, nodes: ALL }).visibleNodes].sort();

describe('numeric ranges', () => {
  it('include both bounds, read numeric strings, and drop elements without a value', () => {
    expect(shown(nodeFilter({ key: 'score', range: { min: 2.5, max: 5 } }))).toEqual(['high', 'mid']);
    expect(shown(nodeFilter({ key: 'score', range: { min: 1, max: 1 } }))).toEqual(['low']);
    expect(shown(nodeFilter({ key: 'score', range: { min: 5.000001 } }))).toEqual(['later']);
    expect(shown(nodeFilter({ key: 'score', range: { max: 2.4999 } }))).toEqual(['low']);
  });

  it('constrains nothing without a bound or terms: the entry only asks for counts', () => {
    expect(shown(nodeFilter({ key: 'score' }))).toEqual([...ALL].sort());
    expect(shown(nodeFilter({ key: 'score', range: {} }))).toEqual([...ALL].sort());
  });
});

describe('date ranges', () => {
  it('read partial bounds inclusively at their own precision', () => {
    // max "2018" runs to 31 December, so a time on that day is inside; 2019-01-01 is not.
    expect(shown(nodeFilter({ key: 'when', range: { max: '2018' } }))).toEqual(['high', 'low', 'mid']);
    // min "2018-11" starts on 1 November: 31 October is out, 1 November in.
    expect(shown(nodeFilter({ key: 'when', range: { min: '2018-11' } }))).toEqual(['high', 'later', 'mid']);
    expect(shown(nodeFilter({ key: 'when', range: { min: '2018-11-01', max: '2018-11-01' } }))).toEqual(['mid']);
    expect(shown(nodeFilter({ key: 'when', range: { min: '2018-12-31', max: '2018-12-31' } }))).toEqual(['high']);
  });
});

describe('terms', () => {
  it('match text exactly, a list by any of its items, and the empty text as a value', () => {
    expect(shown(nodeFilter({ key: 'city', terms: ['Paris'] }))).toEqual(['high', 'low']);
    expect(shown(nodeFilter({ key: 'tags', terms: ['x'] }))).toEqual(['low']);
    expect(shown(nodeFilter({ key: 'tags', terms: ['y'] }))).toEqual(['low', 'mid']);
    expect(shown(nodeFilter({ key: 'city', terms: [''] }))).toEqual(['none']);
    expect(shown(nodeFilter({ key: 'city', terms: [] }))).toEqual([]);
  });

  it('apply the declared default to elements that do not carry the attribute', () => {
    expect(shown(nodeFilter({ key: 'member', terms: ['true'] }))).toEqual(['high', 'later', 'low', 'none']);
    expect(shown(nodeFilter({ key: 'member', terms: ['false'] }))).toEqual(['mid']);
  });

  it('combine with a range on the same entry (AND) and with other entries (AND)', () => {
    expect(shown({ attributes: [{ element: 'node', key: 'score', range: { max: 5 }, terms: ['5', '1'] }] })).toEqual(['high', 'low']);
    const both: FilterSpec = {
      attributes: [
        { element: 'node', key: 'city', terms: ['Paris'] },
        { element: 'node', key: 'score', range: { min: 2 } },
      ],
    };
    expect(shown(both)).toEqual(['high']);
  });

  it('read built-in fields when asked to', () => {
    expect(shown(nodeFilter({ key: 'label', builtin: true, terms: ['mid', 'later'] }))).toEqual(['later', 'mid']);
  });
});

describe('attribute facets', () => {
  it('count each value with its own filter left open and the others applied', () => {
    const facets = loose.filterFacets({
      filter: {
        attributes: [
          { element: 'node', key: 'city', terms: ['Paris'] },
          { element: 'node', key: 'score', range: { min: 2 } },
        ],
      },
      nodes: ALL,
    });
    const [city, score] = facets.attributes ?? [];
    // City facet: score ≥ 2 leaves mid, high, later; their cities: Lyon, Paris, none for later.
    expect(city).toMatchObject({ element: 'node', key: 'city', shown: 3, withValue: 2, matching: 1, distinct: 2 });
    expect(city?.values).toEqual([
      { value: 'Lyon', count: 1 },
      { value: 'Paris', count: 1 },
    ]);
    // Score facet: Paris leaves low and high, scores 1 and 5.
    expect(score).toMatchObject({ key: 'score', shown: 2, withValue: 2, matching: 1, numeric: { min: 1, max: 5 } });
    expect(score?.values).toBeUndefined();
    expect(facets.matching.nodes).toBe(1);
  });

  it('list list items one by one, most frequent first, and keep a chosen term that no element shows', () => {
    const [tags] = loose.filterFacets({ filter: { attributes: [{ element: 'node', key: 'tags', terms: ['zzz'] }] }, nodes: ALL }).attributes ?? [];
    expect(tags?.values).toEqual([
      { value: 'y', count: 2 },
      { value: 'x', count: 1 },
      { value: 'zzz', count: 0 },
    ]);
    expect(tags).toMatchObject({ shown: 5, withValue: 2, matching: 0 });
  });

  it('give the dates span as written', () => {
    const [when] = loose.filterFacets({ filter: { attributes: [{ element: 'node', key: 'when' }] }, nodes: ALL }).attributes ?? [];
    expect(when?.dates).toEqual({ min: '2018-10-31', max: '2019-01-01' });
  });
});

// A chain with a shortcut: a ─(since 2000)→ b ─(since 2010)→ c, and a ─(since 2020)→ c; d alone.
function chainDataset(): Dataset {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  for (const id of ['a', 'b', 'c', 'd']) graph.addNode(id, { label: id.toUpperCase(), kind: 'person' });
  const edge = (id: string, s: string, t: string, since: number) => graph.addDirectedEdgeWithKey(id, s, t, { relation: 'linked_to', extra: { since } });
  edge('ab', 'a', 'b', 2000);
  edge('bc', 'b', 'c', 2010);
  edge('ac', 'a', 'c', 2020);
  return { id: 'chain', name: 'Chain', format: 'gexf', graph, sources: new Map() };
}

describe('edge attribute filters', () => {
  const chain = createGraphService(chainDataset());
  const since = (range: { min?: number; max?: number }): FilterSpec => ({ attributes: [{ element: 'edge', key: 'since', range }] });

  it('decide which edges show; a node whose every edge went goes too, a node that had none stays', () => {
    const r = chain.filterView({ filter: since({ min: 2010 }), nodes: ['a', 'b', 'c', 'd'] });
    expect([...r.visibleEdges].sort()).toEqual(['ac', 'bc']);
    expect([...r.visibleNodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    const late = chain.filterView({ filter: since({ min: 2011 }), nodes: ['a', 'b', 'c', 'd'] });
    expect([...late.visibleEdges]).toEqual(['ac']);
    expect([...late.visibleNodes].sort()).toEqual(['a', 'c', 'd']);
  });

  it('steer path searches through the filter', () => {
    expect(chain.shortestPath({ from: 'a', to: 'c' }).path?.hops.map((h) => h.edgeId)).toEqual(['ac']);
    expect(chain.shortestPath({ from: 'a', to: 'c', filter: since({ max: 2010 }) }).path?.hops.map((h) => h.edgeId)).toEqual(['ab', 'bc']);
    expect(chain.allPaths({ from: 'a', to: 'c', maxLength: 3, filter: since({ min: 2015 }) }).paths).toHaveLength(1);
  });
});

describe('attribute filter arguments', () => {
  const parse = (filter: unknown) => argsSchemas.filterView.safeParse({ filter, nodes: [] }).success;

  it('accept a spec without attributes (an older saved view) and well-formed entries', () => {
    expect(parse({ kinds: ['person'] })).toBe(true);
    expect(parse({ attributes: [{ element: 'node', key: 'score', range: { min: 1, max: 2 } }] })).toBe(true);
    expect(parse({ attributes: [{ element: 'edge', key: 'when', builtin: false, range: { min: '2018-11' } }, { element: 'node', key: 'tags', terms: ['a'] }] })).toBe(true);
  });

  it('refuse mixed bounds, malformed dates, unknown fields and oversized lists', () => {
    expect(parse({ attributes: [{ element: 'node', key: 'score', range: { min: 1, max: '2018' } }] })).toBe(false);
    expect(parse({ attributes: [{ element: 'node', key: 'when', range: { min: '18 Nov 2018' } }] })).toBe(false);
    expect(parse({ attributes: [{ element: 'node', key: 'x', colour: 'red' }] })).toBe(false);
    expect(parse({ attributes: [{ element: 'graph', key: 'x' }] })).toBe(false);
    expect(parse({ attributes: [{ element: 'node', key: '' }] })).toBe(false);
    expect(parse({ attributes: [{ element: 'node', key: 'x', terms: Array.from({ length: 1001 }, (_v, i) => String(i)) }] })).toBe(false);
    expect(parse({ attributes: Array.from({ length: 33 }, (_v, i) => ({ element: 'node', key: `k${i}` })) })).toBe(false);
  });
});

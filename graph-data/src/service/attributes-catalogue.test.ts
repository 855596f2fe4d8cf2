// The attribute catalogue (what the Appearance, Filters and table panels offer) on values
// attributes.test.ts leaves out: yes/no written as text, numbers written with spaces, dates with
// a time, lists with empty entries and objects, columns that mix dates and text, built-in fields
// a file may fill oddly, declared defaults on edges, and the cap on distinct values. Every
// expectation is read off the graph written below.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { AttributeInfo } from '../contract.js';
import type { RedthreadGraph } from './dataset.js';
import { attributeCatalog, DISTINCT_CAP } from './attributes.js';

function graphOf(build: (graph: RedthreadGraph) => void): RedthreadGraph {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  build(graph);
  return graph;
}

/** Six nodes, two edges; each file attribute below is read by one test. */
function sample(): RedthreadGraph {
  return graphOf((graph) => {
    graph.setAttribute('defaults', { node: { group: 'none' }, edge: { w: 1 } });
    const rows: Record<string, unknown>[] = [
      { flag: true, answer: 'true', score: 3, when: '2018-11-21', tags: ['x', 'y'], group: 'b', mixed: '2018-01-01', odd: NaN },
      { flag: 'false', answer: 'yes', score: '4.5', when: '2017-01', tags: [], group: 'a', mixed: 'abc', odd: 2 },
      { flag: 'true', score: ' 7 ', when: '2019-03-04T10:00Z', tags: ['y', { a: 1 }], group: 'b', empty: null },
      { flag: false, when: '2018-01-01', group: 'c', mixed: 'abc', site: 'https://a.example' },
      { group: 'a', site: 'http://b.example/x' },
      { group: 'c' },
    ];
    rows.forEach((extra, i) => graph.addNode(`n${i}`, { label: `N${i}`, kind: 'other', date: i < 2 ? '1930/1939' : undefined, extra }));
    graph.addDirectedEdgeWithKey('e1', 'n0', 'n1', { relation: 'paid', weight: 'heavy' as unknown as number });
    graph.addDirectedEdgeWithKey('e2', 'n1', 'n2', { relation: 'paid', extra: { w: 5 } });
  });
}

const catalogue = (graph: RedthreadGraph) => attributeCatalog(graph, 'g');
const entry = (list: AttributeInfo[], key: string, builtin = false) => list.find((a) => a.key === key && a.builtin === builtin);

describe('attribute catalogue: types', () => {
  it('reads "true" and "false" written as text as yes/no, and any other word as text', () => {
    const { node } = catalogue(sample());
    expect(entry(node, 'flag')).toEqual({ key: 'flag', builtin: false, type: 'boolean', count: 4, distinct: 2, values: [{ value: 'false', count: 2 }, { value: 'true', count: 2 }] });
    expect(entry(node, 'answer')?.type).toBe('string');
  });

  it('reads numbers written with spaces around them, and leaves out a value that is not a finite number', () => {
    const { node } = catalogue(sample());
    expect(entry(node, 'score')).toEqual({ key: 'score', builtin: false, type: 'number', count: 3, distinct: 3, min: 3, max: 7 });
    expect(entry(node, 'odd')).toEqual({ key: 'odd', builtin: false, type: 'number', count: 1, distinct: 1, min: 2, max: 2 });
  });

  it('gives the earliest and latest of dates written with and without a time', () => {
    const { node } = catalogue(sample());
    expect(entry(node, 'when')).toEqual({ key: 'when', builtin: false, type: 'date', count: 4, distinct: 4, min: '2017-01', max: '2019-03-04T10:00Z' });
  });

  it('lists list items, counts an empty list as no value, and drops an item that is no plain value', () => {
    const { node } = catalogue(sample());
    expect(entry(node, 'tags')).toEqual({ key: 'tags', builtin: false, type: 'list', count: 2, distinct: 2, values: [{ value: 'y', count: 2 }, { value: 'x', count: 1 }] });
  });

  it('lists the values of a column mixing a date and words, most frequent first, then in code-point order', () => {
    const { node } = catalogue(sample());
    expect(entry(node, 'mixed')).toEqual({ key: 'mixed', builtin: false, type: 'string', count: 3, distinct: 2, values: [{ value: 'abc', count: 2 }, { value: '2018-01-01', count: 1 }] });
    expect(entry(node, 'site')?.type).toBe('url');
    expect(entry(node, 'empty')).toEqual({ key: 'empty', builtin: false, type: 'string', count: 0, distinct: 0, values: [] });
  });

  it('orders equally frequent values by their text whatever order they come in', () => {
    const graph = graphOf((g) => ['zeta', 'alpha', 'mid', 'alpha', 'zeta', 'mid'].forEach((v, i) => g.addNode(`v${i}`, { label: `V${i}`, kind: 'other', extra: { v } })));
    expect(entry(catalogue(graph).node, 'v')?.values).toEqual([{ value: 'alpha', count: 2 }, { value: 'mid', count: 2 }, { value: 'zeta', count: 2 }]);
  });
});

describe('attribute catalogue: defaults and built-in fields', () => {
  it('counts a declared default once for each element that does not set the key, edges by the number of edges', () => {
    const { node, edge } = catalogue(sample());
    // Every node sets group: the default "none" is never used, so it is not listed.
    expect(entry(node, 'group')?.values).toEqual([{ value: 'a', count: 2 }, { value: 'b', count: 2 }, { value: 'c', count: 2 }]);
    expect(entry(edge, 'w')).toEqual({ key: 'w', builtin: false, type: 'number', count: 2, distinct: 2, min: 1, max: 5 });
  });

  it('lists the relation of every edge, and neither a range nor values for dates or weights that cannot be read as such', () => {
    const { node, edge } = catalogue(sample());
    expect(entry(edge, 'relation', true)).toEqual({ key: 'relation', builtin: true, type: 'string', count: 2, distinct: 1, values: [{ value: 'paid', count: 2 }] });
    // Intervals ("1930/1939") are dates the file wrote, but no single day: no range to offer.
    expect(entry(node, 'date', true)).toEqual({ key: 'date', builtin: true, type: 'date', count: 2, distinct: 1 });
    expect(entry(edge, 'weight', true)).toEqual({ key: 'weight', builtin: true, type: 'number', count: 1, distinct: 1 });
  });

  it('reads a node’s size as a number', () => {
    const graph = graphOf((g) => {
      g.addNode('a', { label: 'A', kind: 'other', size: 4 });
      g.addNode('b', { label: 'B', kind: 'other', size: 9 });
    });
    expect(entry(catalogue(graph).node, 'size', true)).toEqual({ key: 'size', builtin: true, type: 'number', count: 2, distinct: 2, min: 4, max: 9 });
  });

  it(`counts distinct values up to ${DISTINCT_CAP} and says when there were more`, () => {
    const many = graphOf((g) => {
      for (let i = 0; i <= DISTINCT_CAP; i++) g.addNode(`n${i}`, { label: `N${i}`, kind: 'other', extra: { code: `c${i}` } });
    });
    expect(entry(catalogue(many).node, 'code')).toMatchObject({ count: DISTINCT_CAP + 1, distinct: DISTINCT_CAP, distinctCapped: true });
    const few = entry(catalogue(sample()).node, 'group');
    expect(few).not.toHaveProperty('distinctCapped');
  });
});


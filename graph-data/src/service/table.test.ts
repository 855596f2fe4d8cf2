import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch.js';
import type { Dataset, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';
import { fixtureDataset, lazy } from './test-fixture.js';

/** Five nodes with file attributes: a default (`group` = "none"), numbers, a list and formula-looking text. */
function attributed(): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  graph.setAttribute('defaults', { node: { group: 'none' } });
  graph.addNode('n1', { label: 'Node 10', kind: 'other', extra: { score: 3, group: 'a', tags: ['x', 'y'] } });
  graph.addNode('n2', { label: 'node 2', kind: 'other', extra: { score: 1.5 } });
  graph.addNode('n3', { label: 'Node 1', kind: 'other', extra: { score: 3, note: '=HYPERLINK("x")' } });
  graph.addNode('n4', { label: 'Zed', kind: 'person' });
  graph.addNode('n5', { label: 'Ann, "A"', kind: 'other', extra: { score: -2, group: 'b' } });
  graph.addDirectedEdgeWithKey('e1', 'n1', 'n2', { relation: 'related_to', extra: { w: 2 } });
  graph.addDirectedEdgeWithKey('e2', 'n4', 'n1', { relation: 'related_to', extra: { w: 1 } });
  return { id: 'attr test', name: 'Attributes', format: 'graphml', graph, sources: new Map() };
}

const service = lazy(() => createGraphService(attributed()));
const page = (args: Partial<Parameters<typeof service.table>[0]> = {}) => service.table({ element: 'node', offset: 0, limit: 100, ...args });
const column = (p: ReturnType<typeof page>, key: string) => p.columns.findIndex((c) => c.key === key);

describe('table', () => {
  it('has a column for every built-in field and file attribute, with the file defaults applied', () => {
    const p = page();
    expect(p.columns.map((c) => `${c.builtin ? '' : 'extra.'}${c.key}:${c.type}`)).toEqual([
      'label:string', 'kind:string', 'degree:number', 'extra.group:string', 'extra.note:string', 'extra.score:number', 'extra.tags:list',
    ]);
    expect(p.total).toBe(5);
    expect(p.rows.map((r) => r.values[column(p, 'group')])).toEqual(['a', 'none', 'none', 'none', 'b']);
    expect(p.rows[0]?.values[column(p, 'tags')]).toEqual(['x', 'y']);
  });

  it('sorts numbers by value, ties in file order, empty cells last in both directions', () => {
    const asc = page({ sort: { key: 'score', builtin: false } });
    expect(asc.rows.map((r) => r.id)).toEqual(['n5', 'n2', 'n1', 'n3', 'n4']);
    const desc = page({ sort: { key: 'score', builtin: false, desc: true } });
    expect(desc.rows.map((r) => r.id)).toEqual(['n1', 'n3', 'n2', 'n5', 'n4']);
  });

  it('sorts text numerically and ignoring case ("Node 1" < "node 2" < "Node 10")', () => {
    expect(page({ sort: { key: 'label', builtin: true } }).rows.map((r) => r.values[0])).toEqual(['Ann, "A"', 'Node 1', 'node 2', 'Node 10', 'Zed']);
  });

  it('filters on any cell, counts the rows after the filter, and pages through them', () => {
    const p = page({ filter: 'NODE', sort: { key: 'label', builtin: true }, offset: 1, limit: 1 });
    expect(p.total).toBe(3);
    expect(p.rows.map((r) => r.id)).toEqual(['n2']);
    expect(page({ filter: 'none' }).total).toBe(3);
  });

  it('marks rows not on the canvas as hidden, keeps only shown or hidden ones on request, and locates a row', () => {
    const p = page({ visibleNodes: ['n1', 'n4'], sort: { key: 'label', builtin: true }, locate: 'n4' });
    expect(p.rows.filter((r) => !r.hidden).map((r) => r.id)).toEqual(['n1', 'n4']);
    expect(p.located).toBe(4);
    expect(page({ visibleNodes: ['n1', 'n4'], show: 'hidden' }).total).toBe(3);
    expect(page({ visibleNodes: ['n1', 'n4'], show: 'shown' }).rows.map((r) => r.id)).toEqual(['n1', 'n4']);
  });

  it('lists edges with the labels of their ends', () => {
    const p = service.table({ element: 'edge', offset: 0, limit: 10, sort: { key: 'w', builtin: false } });
    expect(p.columns.slice(0, 2).map((c) => c.key)).toEqual(['source', 'target']);
    expect(p.rows.map((r) => [r.id, r.source, r.values[0], r.values[1]])).toEqual([
      ['e2', 'n4', 'Zed', 'Node 10'],
      ['e1', 'n1', 'Node 10', 'node 2'],
    ]);
  });

  it('writes the filtered, sorted rows as CSV with formulas neutralised and quotes escaped', () => {
    const file = service.tableCsv({ element: 'node', sort: { key: 'score', builtin: false, desc: true }, filter: 'o' });
    // "o" is in every row's kind (other, person): the filter keeps them all.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(file.fileName).toBe('attr-test-nodes.csv');
    expect(text).toBe(
      '\uFEFFid,label,kind,degree,group,note,score,tags\r\n' +
        'n1,Node 10,other,2,a,,3,x; y\r\n' +
        `n3,Node 1,other,0,none,"'=HYPERLINK(""x"")",3,\r\n` +
        'n2,node 2,other,1,none,,1.5,\r\n' +
        'n5,"Ann, ""A""",other,0,b,,-2,\r\n' +
        'n4,Zed,person,1,none,,,\r\n',
    );
  });

  it('gives every row id in order, capped', () => {
    expect(service.tableIds({ element: 'node', sort: { key: 'label', builtin: true }, limit: 2 })).toEqual({ ids: ['n5', 'n3'], capped: true });
  });

  it('refuses an unknown sort column with a named error', () => {
    const fixture = createGraphService(fixtureDataset());
    expect(dispatch(fixture, 'table', { element: 'node', offset: 0, limit: 5, sort: { key: 'nope', builtin: false } })).toEqual({
      ok: false,
      error: { code: 'bad_arguments', message: 'service/table: no file attribute "nope" on nodes' },
    });
  });
});

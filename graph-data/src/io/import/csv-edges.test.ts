// CSV tables at the edges of what detection and reading decide: blank and space-only cells and
// rows, a nodes table without a label column or with a short row, a table with only one end
// column, the edges role only with both ends named, a mapping that names only the delimiter, a
// preview of a file without a final line break, and an error that lists at most 20 columns. Expectations are read off each table.
import { describe, expect, it } from 'vitest';
import { detectShape } from './csv-detect.js';
import { inspectCsv } from './index.js';
import { failure, open, text } from './test-support.js';

describe('CSV edges', () => {
  it('keeps empty and space-only cells out of the attributes, and skips a row of spaces silently', async () => {
    const { dataset, warnings } = await open([text('n.csv', 'id,party,age\n1,,5\n2,  ,7\n  ,  ,  \n')]);
    expect(dataset.graph.getNodeAttribute('1', 'extra')).toEqual({ age: 5 });
    expect(dataset.graph.getNodeAttribute('2', 'extra')).toEqual({ age: 7 });
    expect(dataset.graph.order).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('labels a node by its id when the table has no label column or the row stops short', async () => {
    const plain = (await open([text('ids.csv', 'id,party\n1,Green\n')])).dataset.graph;
    expect(plain.getNodeAttribute('1', 'label')).toBe('1');
    const short = await open([text('short.csv', 'id,label,party\n1\n2,Bo,Red\n')]);
    expect(short.dataset.graph.mapNodes((id, a) => `${id}:${a.label}`)).toEqual(['1:1', '2:Bo']);
  });

  it('reads a table with a target column but no source (or the reverse) as a nodes table', async () => {
    for (const csv of ['target,name\nb,Bo\n', 'source,name\na,Al\n']) {
      const { graph } = (await open([text('half.csv', csv)])).dataset;
      expect([graph.order, graph.size], csv).toEqual([1, 0]);
    }
    expect(detectShape('target,name\nb,Bo\n', undefined)).toMatchObject({ role: 'nodes', mapping: { nodes: { id: 'name' } } });
  });

  it('gives a table the edges role only with both ends named, so the importer needs no "no source and target" check', async () => {
    const tables = ['source,target\na,b\n', ',\n1,2\n', '1,2\n3,4\n', '5\n6\n', 'from,name\na,b\n', ' , ,x\na,b,c\n'];
    const mappings = [undefined, { edges: { source: 'nope' } }, { edges: { target: 'b' } }, { edges: { source: 'x', target: 'y' } }, { nodes: { id: 'name' }, edges: { source: 'from' } }];
    for (const table of tables) {
      for (const mapping of mappings) {
        const shape = detectShape(table, mapping);
        if (shape.role === 'edges') expect([shape.mapping.edges.source, shape.mapping.edges.target].every((c) => typeof c === 'string' && c !== ''), `${table} ${JSON.stringify(mapping)}`).toBe(true);
      }
    }
    // A mapping naming an end the table lacks says which column is missing.
    expect((await failure(open([text('e.csv', 'a,b\n1,2\n')], { csv: { edges: { source: 'x', target: 'b' } } }))).message).toContain('has no column "x" for the edge sources');
  });

  it('follows a mapping that names only the delimiter, and one that names both a node id and edge ends', async () => {
    const { graph } = (await open([text('e.csv', 'source;target;relation\na;b;owns\n')], { csv: { delimiter: ';' } })).dataset;
    expect(graph.mapEdges((_e, a, s, t) => `${s}>${t}:${a.relation}`)).toEqual(['a>b:owns']);
    expect(detectShape('a,b,who\n1,2,3\n', { nodes: { id: 'who' }, edges: { source: 'a', target: 'b' } }).role).toBe('edges');
  });

  it('previews the last row of a file without a final line break', () => {
    expect(inspectCsv(text('n.csv', 'id,label\n1,a\n2,b')).rows).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
  });

  it('lists the first 20 columns when none looks like an id or an end', async () => {
    const columns = Array.from({ length: 25 }, (_v, i) => `c${i + 1}`);
    const f = await failure(open([text('wide.csv', `${columns.join(',')}\n${columns.map(() => 'x').join(',')}\n`)]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toBe(`io/import/csv: wide.csv: has no column that looks like node ids or edge endpoints (its columns are: ${columns.slice(0, 20).join(', ')}); choose the columns in the mapping step`);
  });
});

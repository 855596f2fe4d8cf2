// The CSV samples in ../shared/data: ICIJ Offshore Leaks tables, Gephi spreadsheet tests and a
// header-less SNAP edge list. Origins and licences: shared/data/README.md.
import { describe, expect, it } from 'vitest';
import { HAVE_SAMPLES, open, openSample, sample } from './test-support.js';

describe.skipIf(!HAVE_SAMPLES)('CSV samples', () => {
  const icij = (name: string) => `csv/icij-panama-papers-mini/${name}`;

  it.each([
    // Nodes tables on their own: every data row is a node; the file name suggests the kind.
    [icij('Entities_mini.csv'), 13, 0, 'organisation'],
    [icij('Intermediaries_mini.csv'), 31, 0, 'organisation'],
    [icij('Officers_mini.csv'), 32, 0, 'person'],
    // node_1,rel_type,node_2 (pre-2018 header): 69 edges between 75 distinct ids.
    [icij('all_edges_mini.csv'), 75, 69, 'other'],
  ])('%s opens with %i nodes and %i edges', async (file, nodes, edges, kind) => {
    const { dataset } = await openSample(file);
    expect([dataset.graph.order, dataset.graph.size]).toEqual([nodes, edges]);
    expect(dataset.graph.getNodeAttribute(dataset.graph.nodes()[0] as string, 'kind')).toBe(kind);
  });

  it('joins ICIJ nodes tables and the edges table into one graph', async () => {
    const files = ['Entities_mini.csv', 'Intermediaries_mini.csv', 'Officers_mini.csv', 'all_edges_mini.csv'].map((f) => sample(icij(f)));
    const { dataset, warnings } = await open(files);
    const { graph } = dataset;
    expect(graph.size).toBe(69);
    expect(graph.getNodeAttributes('12000001')).toMatchObject({ label: 'KIM SOO IN', kind: 'person', extra: { countries: 'South Korea' } });
    expect(graph.getNodeAttributes('10000001')).toMatchObject({ label: 'TIANSHENG INDUSTRY AND TRADING CO., LTD.', kind: 'organisation' });
    // Every endpoint of the 69 edges is listed in one of the three nodes tables: no placeholders.
    expect(graph.order).toBe(13 + 31 + 32);
    expect(warnings).toEqual([]);
    expect(graph.getEdgeAttribute(graph.edges('12000001', '10000001')[0] as string, 'extra')).toMatchObject({ rel_type: 'intermediary of' });
  });

  it('reads a UTF-8 BOM, CJK text and keeps the first of duplicate ids', async () => {
    const { dataset, warnings } = await openSample('csv/gephi-tests/test_utf8_chars_with_bom.csv');
    expect(dataset.graph.nodes()).toEqual(['1', '2']);
    expect(dataset.graph.getNodeAttributes('1')).toMatchObject({ label: 'uno', extra: { utf8: '漢語' } });
    expect(dataset.graph.getNodeAttribute('2', 'extra')).toEqual({ utf8: 'blabla' });
    expect(warnings).toEqual([expect.stringMatching(/^1 duplicate node id was kept once.*"2" line 4/)]);
  });

  it('detects a space delimiter and reads Gephi time intervals as dates', async () => {
    const { graph } = (await openSample('csv/gephi-tests/edges_table_with_timeset_intervals.csv')).dataset;
    expect([graph.order, graph.size]).toEqual([3, 5]);
    const dates = graph.mapEdges((_e, a) => a.date);
    // "[2016-03-04, Infinity]" and "[-Infinity, 2016-02-04]" keep their finite bound.
    expect(dates).toEqual(['2016-02-03/2016-02-04', '2016-03-04', '2016-02-04', '2016-02-05/2016-02-08', '2016-02-04/2016-02-26']);
  });

  it('skips blank lines, types cells and keeps huge integers as text', async () => {
    const { graph } = (await openSample('csv/gephi-tests/nodes_table_types_test.csv')).dataset;
    expect(graph.nodes()).toEqual(['1', '2', '3', '4', '5']);
    expect(graph.getNodeAttribute('5', 'extra')).toMatchObject({ int: 88888, double: 4.6, boolean: true, string: 'ef' });
    expect(graph.getNodeAttribute('1', 'extra')).toMatchObject({ bigint: '123456789123456789123456789123456789123456789123456789' });
    expect(graph.getNodeAttribute('2', 'label')).toBe('2');
  });

  it('reads a header-less SNAP edge list: numeric ids, signed weights', async () => {
    const { graph } = (await openSample('csv/snap-soc-sign-bitcoinalpha.csv')).dataset;
    expect([graph.order, graph.size]).toEqual([3783, 24186]);
    const first = graph.edges('7188', '1');
    expect(first.length).toBeGreaterThan(0);
    expect(graph.getEdgeAttributes(first[0] as string)).toMatchObject({ weight: 10, extra: { 'column 4': 1407470400 } });
    expect(graph.filterEdges((_e, a) => (a.weight ?? 0) < 0).length).toBeGreaterThan(0);
  });
});

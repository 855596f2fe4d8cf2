// Every GEXF sample in ../shared/data opens with the counts and attributes a user would see
// (origins and licences: shared/data/README.md). Counts are nodes / edges after import.
import { describe, expect, it } from 'vitest';
import { HAVE_SAMPLES, openSample } from './test-support.js';
import { extraOf } from '../extra.js';

describe.skipIf(!HAVE_SAMPLES)('GEXF samples', () => {
  const counts: [string, number, number][] = [
    ['gexf/graphology/basic.gexf', 2, 2],
    ['gexf/graphology/data.gexf', 4, 5],
    ['gexf/graphology/minimal.gexf', 2, 1],
    ['gexf/graphology/mixed.gexf', 3, 3],
    ['gexf/graphology/edge_viz.gexf', 2, 1],
    ['gexf/graphology/liststring.gexf', 4, 5],
    ['gexf/graphology/v1_3.gexf', 2, 1],
    // 2 declared nodes + 4 placeholders ("2", "4", "5", "6") for the 3 dangling edges, all 4 edges kept.
    ['gexf/graphology/missing_nodes.gexf', 6, 4],
    ['gexf/graphology/celegans.gexf', 306, 2345],
    ['gexf/graphology/les_miserables.gexf', 77, 254],
    ['gexf/gephi-lite/Les_Miserables.gexf', 77, 254],
    ['gexf/gephi-lite/Java.gexf', 1538, 8032],
    ['gexf/gephi-tests/timezone.gexf', 2, 1],
    ['gexf/gephi-tests/slice.gexf', 2, 1],
    ['gexf/gephi-tests/dynamicedgeweight.gexf', 2, 1],
    ['gexf/gephi-tests/infinity.gexf', 1, 0],
    // Nested <nodes> are flattened: 10 nodes in all, the parent kept in extra.
    ['gexf/gexf-spec/hierarchy1.gexf', 10, 9],
    ['gexf/gexf-spec/dynamics_openintervals.gexf', 2, 1],
    ['gexf/gexf-spec/dynamics.gexf', 4, 5],
    ['gexf/gexf-spec/viz.gexf', 1, 0],
    ['gexf/gexf-spec/data.gexf', 4, 5],
    ['compressed/gephi-datasets/ht2009_15min.gexf.gz', 113, 2163],
  ];
  it.each(counts)('%s has %i nodes and %i edges', async (file, nodes, edges) => {
    const { dataset } = await openSample(file);
    expect(dataset.format).toBe('gexf');
    expect([dataset.graph.order, dataset.graph.size]).toEqual([nodes, edges]);
  });

  it('basic.gexf keeps viz colour, size, position, typed attributes, lists, weight and per-edge direction', async () => {
    const { graph } = (await openSample('gexf/graphology/basic.gexf')).dataset;
    expect(graph.getNodeAttributes('Suzy')).toMatchObject({ label: 'Suzy, Ghost', color: 'rgba(234,34,12,0.6)', size: 34, x: 12, y: -35 }); // y flipped: Gephi's points up
    expect(graph.getNodeAttribute('Suzy', 'extra')).toMatchObject({ male: false, age: 22, surname: 'Ghost', mixed: '45', shape: 'circle' });
    expect(graph.getEdgeAttributes('J-S')).toMatchObject({ label: 'Fine edge', weight: 456, color: 'rgb(204,207,255)', extra: { set: ['truc', 'machin'], number: 12, thickness: 34 } });
    // A directed graph with one type="undirected" edge, parallel to J-S.
    expect(graph.getEdgeAttribute('J~S', 'undirected')).toBe(true);
    expect(graph.edges('John', 'Suzy')).toHaveLength(2);
  });

  it('applies attribute defaults and parses GEXF 1.3 lists', async () => {
    const list = (await openSample('gexf/graphology/liststring.gexf')).dataset.graph;
    expect(list.getNodeAttribute('3', 'extra')).toEqual({ types: ['wines', 'idea', 'cooking'], indegree: 1, frog: false });
    // Node 0 takes the declared default: kept once on the graph, applied on read, never copied.
    expect(list.getNodeAttribute('0', 'extra')).not.toHaveProperty('frog');
    expect(extraOf(list, 'node', list.getNodeAttributes('0'))).toMatchObject({ frog: true });
    expect(list.getAttribute('defaults')).toEqual({ node: { frog: true } });
    const v13 = (await openSample('gexf/graphology/v1_3.gexf')).dataset.graph;
    expect(v13.getNodeAttribute('Suzy', 'extra')).toMatchObject({ pipe: ['a', 'b', 'c'], raw: ['a', 'b', 'c'], double: ['a', 'b', 'c'], booleans: [true, false, false], numbers: [1, 1.5, 2] });
    expect(v13.getNodeAttribute('Suzy', 'color')).toBe('#ff00ff');
  });

  it('mixed.gexf and edge_viz.gexf keep edge labels, weights and viz', async () => {
    const mixed = (await openSample('gexf/graphology/mixed.gexf')).dataset.graph;
    expect(mixed.getEdgeAttributes('2')).toMatchObject({ label: 'Nice edge', weight: 4.56 });
    expect(mixed.getEdgeAttribute('3', 'undirected')).toBe(true);
    const viz = (await openSample('gexf/graphology/edge_viz.gexf')).dataset.graph;
    expect(viz.getEdgeAttributes('0')).toMatchObject({ color: 'rgba(179,0,0,0.5)', extra: { thickness: 2, shape: 'dotted' } });
  });

  it('adds placeholders for the dangling edges of missing_nodes.gexf and says so', async () => {
    const { dataset, warnings } = await openSample('gexf/graphology/missing_nodes.gexf');
    const placeholders = dataset.graph.filterNodes((_n, a) => a.extra?.placeholder === true);
    expect(placeholders.sort()).toEqual(['2', '4', '5', '6']);
    expect(warnings).toEqual([expect.stringMatching(/^3 edges refer to nodes the file does not declare.*first: "1" "2" → "1" line 13 needs "2"/)]);
  });

  it('flattens the hierarchy of hierarchy1.gexf, keeping each parent', async () => {
    const { graph } = (await openSample('gexf/gexf-spec/hierarchy1.gexf')).dataset;
    expect(graph.getNodeAttribute('c', 'extra')).toEqual({ parent: 'b' });
    expect(graph.getNodeAttribute('b', 'extra')).toEqual({ parent: 'a' });
    expect(graph.getNodeAttribute('a', 'extra')).toBeUndefined();
  });

  it('turns start/end, spells and date-time timestamps into dates', async () => {
    const dyn = (await openSample('gexf/gexf-spec/dynamics.gexf')).dataset.graph;
    expect(dyn.getNodeAttribute('0', 'date')).toBe('2009-03-01');
    // Spells [–, 03-01] and [03-05, 03-10]: open at the start, so only the end is a date.
    expect(dyn.getNodeAttribute('2', 'date')).toBe('2009-03-10');
    expect(dyn.mapEdges((_e, a, s, t) => `${s}-${t} ${a.date}`)).toContain('0-2 2009-03-01/2009-03-10');
    const tz = (await openSample('gexf/gephi-tests/timezone.gexf')).dataset.graph;
    expect(tz.getNodeAttribute('1', 'date')).toBe('2012-01-12');
    // timeformat "double": numbers are not dates, they stay in extra.
    const slice = (await openSample('gexf/gephi-tests/slice.gexf')).dataset.graph;
    expect(slice.getNodeAttribute('1', 'extra')).toEqual({ Price: 12, timestamp: 2007 });
    expect(slice.getNodeAttribute('1', 'date')).toBeUndefined();
  });

  it('keeps the last value of a dynamic attribute, with a warning', async () => {
    const { dataset, warnings } = await openSample('gexf/gephi-tests/dynamicedgeweight.gexf');
    expect(dataset.graph.getEdgeAttribute('0', 'weight')).toBe(2);
    expect(warnings).toEqual([expect.stringContaining('1 attribute changes over time; only its last value was kept (first: "Weight" on edge "0")')]);
  });

  it('keeps INF / -INF as text with a warning (infinity.gexf)', async () => {
    const { dataset, warnings } = await openSample('gexf/gephi-tests/infinity.gexf');
    expect(dataset.graph.getNodeAttribute('0', 'extra')).toEqual({ positive: 'INF', negative: '-INF' });
    expect(warnings[0]).toMatch(/^2 numeric attributes were not finite/);
  });

  it('reads viz colour with alpha, position and size (viz.gexf)', async () => {
    const { graph } = (await openSample('gexf/gexf-spec/viz.gexf')).dataset;
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'glossy', color: 'rgba(239,173,66,0.6)', x: 15.783598, y: -40.109245, size: 2.0375757 });
  });

  it('reads real Gephi exports: names, colours and undirected edges', async () => {
    const les = (await openSample('gexf/graphology/les_miserables.gexf')).dataset;
    expect(les.name).toBe('Les Misérables, the characters coappearance weighted graph');
    expect(les.graph.getNodeAttributes('11.0')).toMatchObject({ label: 'Valjean', color: expect.stringMatching(/^rgb\(/) });
    const java = (await openSample('gexf/gephi-lite/Java.gexf')).dataset.graph;
    expect(java.findNode((_n, a) => a.label === 'java.awt.TextComponent')).toBe('536');
    const celegans = (await openSample('gexf/graphology/celegans.gexf')).dataset.graph;
    expect(celegans.filterEdges((_e, a) => a.undirected === true)).toHaveLength(2345);
    expect(celegans.filterEdges((_e, a) => a.weight !== undefined)).toHaveLength(14);
  });

  it('inflates the gzip sample and reads its non-standard defaultedgestyle', async () => {
    const { dataset, warnings } = await openSample('compressed/gephi-datasets/ht2009_15min.gexf.gz');
    expect(dataset.name).toBe('ht2009_15min');
    const edge = dataset.graph.getEdgeAttributes('2147');
    expect(edge).toMatchObject({ label: '1156-1199', weight: 5, undirected: true, extra: { tot_weight: 21 } });
    expect(warnings[0]).toMatch(/attributes change over time/);
  });
});

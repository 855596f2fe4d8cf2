// Every GraphML sample in ../shared/data opens (or, for the malformed ones, fails or warns) as a
// user would expect. Origins and licences: shared/data/README.md.
import { describe, expect, it } from 'vitest';
import { failure, HAVE_SAMPLES, openSample } from './test-support.js';

describe.skipIf(!HAVE_SAMPLES)('GraphML samples', () => {
  const counts: [string, number, number][] = [
    ['graphml/graphology/miserables.graphml', 77, 254],
    ['graphml/graphology/mixed_multigraph.graphml', 6, 8],
    ['graphml/graphology/attributes.graphml', 6, 7],
    ['graphml/graphology/miserables_broken.graphml', 77, 254],
    ['graphml/yed/yed_created_edges.graphml', 5, 3],
    // 3 hyperedges of 3, 4 and 2 endpoints expand to 3 + 6 + 1 pairwise edges, plus 1 plain edge.
    ['graphml/misc/jung-hyper.graphml', 7, 11],
    ['graphml/igraph-tests/graphml-namespace.graphml', 3, 2],
    ['graphml/igraph-tests/graphml-lenient.graphml', 3, 2],
    // Well-formed garbage: no <node> survives, so an empty graph with warnings.
    ['graphml/igraph-tests/malformed/invalid2.graphml', 0, 0],
    ['graphml/gephi-tests/cdata.graphml', 2, 1],
    ['graphml/gephi-lite/airlines.graphml', 235, 2101],
  ];
  it.each(counts)('%s has %i nodes and %i edges', async (file, nodes, edges) => {
    const { dataset } = await openSample(file);
    expect(dataset.format).toBe('graphml');
    expect([dataset.graph.order, dataset.graph.size]).toEqual([nodes, edges]);
  });

  it('applies key defaults, typed values, edgedefault and per-edge directed', async () => {
    const { graph } = (await openSample('graphml/graphology/mixed_multigraph.graphml')).dataset;
    expect(graph.getNodeAttribute('n1', 'color')).toBe('yellow');
    expect(graph.getNodeAttribute('n0', 'color')).toBe('green');
    expect(graph.getEdgeAttributes('e6')).toMatchObject({ weight: 1.1 });
    expect(graph.getEdgeAttribute('e6', 'extra')).toBeUndefined();
    expect(graph.getEdgeAttribute('e4', 'undirected')).toBe(true);
    expect(graph.edges('n2', 'n4').sort()).toEqual(['e4', 'e7']);
  });

  it('reads one key id declared for both nodes and edges, with CDATA values', async () => {
    const { graph } = (await openSample('graphml/gephi-tests/cdata.graphml')).dataset;
    expect(graph.getNodeAttribute('n0', 'label')).toBe('foo');
    expect(graph.getEdgeAttribute('e0', 'label')).toBe('foobar');
  });

  it('keeps values of undeclared keys under their key, with one warning', async () => {
    const { dataset, warnings } = await openSample('graphml/graphology/miserables_broken.graphml');
    expect(dataset.graph.getNodeAttributes('11')).toMatchObject({ label: 'Valjean', size: 100, color: 'rgb(245,91,91)', extra: { modularity_class: 1 } });
    expect(warnings).toEqual([expect.stringMatching(/^154 values use an attribute the file never declares; .*"label" on node "11" line 12/)]);
  });

  it('reads yEd labels, geometry, colours, descriptions and group nodes', async () => {
    const { graph } = (await openSample('graphml/yed/yed_created_edges.graphml')).dataset;
    expect(graph.getNodeAttributes('n0')).toMatchObject({ label: 'Ivrea', color: '#FFCC00', x: 35, size: 15, extra: { url: 'https://www.comune.ivrea.to.it/' } });
    expect(graph.getNodeAttribute('n0', 'description')).toMatch(/^Ivrea is a town/);
    expect(graph.getNodeAttribute('n2', 'label')).toBe('Northern Italy');
    expect(graph.getNodeAttribute('n2::n0', 'extra')).toMatchObject({ parent: 'n2' });
    expect(graph.getEdgeAttribute('e0', 'extra')).toMatchObject({ description: 'Length\t246 km (153 mi)' });
  });

  it('expands hyperedges into pairwise edges and says so', async () => {
    const { dataset, warnings } = await openSample('graphml/misc/jung-hyper.graphml');
    expect(dataset.graph.filterEdges((_e, a) => a.extra?.hyperedge === 'hyperedge 2')).toHaveLength(6);
    expect(warnings).toEqual([expect.stringMatching(/^3 hyperedges were expanded into edges between every pair/)]);
  });

  it('reads prefixed and namespace-less GraphML the same way', async () => {
    const a = (await openSample('graphml/igraph-tests/graphml-namespace.graphml')).dataset.graph;
    const b = (await openSample('graphml/igraph-tests/graphml-lenient.graphml')).dataset.graph;
    expect(a.mapEdges((_e, _a, s, t) => `${s}-${t}`)).toEqual(b.mapEdges((_e, _a, s, t) => `${s}-${t}`));
  });

  it('imports invalid2.graphml leniently, naming what was wrong', async () => {
    const { warnings } = await openSample('graphml/igraph-tests/malformed/invalid2.graphml');
    expect(warnings).toContain('invalid2.graphml contains no nodes or edges.');
    expect(warnings.some((w) => /declared twice/.test(w))).toBe(true);
  });

  it('rejects invalid1.graphml (not well-formed) and invalid3.graphml (empty)', async () => {
    const bad = await failure(openSample('graphml/igraph-tests/malformed/invalid1.graphml'));
    expect(bad.code).toBe('bad_file');
    expect(bad.message).toMatch(/^io\/import\/graphml: invalid1\.graphml line \d+: is not well-formed XML/);
    const empty = await failure(openSample('graphml/igraph-tests/malformed/invalid3.graphml'));
    expect([empty.code, empty.message]).toEqual(['bad_file', 'io/import: invalid3.graphml: is empty']);
  });

  it('reads Gephi GraphML positions (airlines.graphml)', async () => {
    const { graph } = (await openSample('graphml/gephi-lite/airlines.graphml')).dataset;
    expect(graph.getNodeAttribute('102', 'extra')).toMatchObject({ tooltip: expect.stringContaining('JFK') });
    expect(graph.getNodeAttribute('102', 'x')).toBeCloseTo(-737.83333, 4);
  });
});

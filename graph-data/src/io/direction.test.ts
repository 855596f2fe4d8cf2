// Imports keep what the file says about direction, and exports write it back: GEXF
// defaultedgetype and per-edge type, GraphML edgedefault (inherited by nested graphs) and
// per-edge directed, each edge's source and target. Exports are read back by a second
// implementation (graphology-gexf, xmldom) or through the CSV/JSON importers, never by the writer.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../service/dataset.js';
import { createGraphService } from '../service/index.js';
import { exportData } from './export/index.js';
import { open, text } from './import/test-support.js';

const edgeOf = (dataset: Dataset, source: string, target: string) => {
  const [id] = dataset.graph.outEdges(source, target);
  if (id === undefined) throw new Error(`no edge ${source} → ${target}`);
  return { id, undirected: dataset.graph.getEdgeAttribute(id, 'undirected') === true };
};

/** A GraphML whose outer graph is undirected, with a directed override and a nested graph that inherits. */
const GRAPHML = `<graphml>
  <graph edgedefault="undirected">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge id="ab" source="a" target="b" directed="true"/>
    <edge id="bc" source="b" target="c"/>
    <node id="g"><graph id="g:">
      <node id="g1"/><node id="g2"/>
      <edge id="inner" source="g1" target="g2"/>
    </graph></node>
    <node id="h"><graph id="h:" edgedefault="directed">
      <node id="h1"/><node id="h2"/>
      <edge id="hd" source="h2" target="h1"/>
      <edge id="hu" source="h1" target="h2" directed="false"/>
    </graph></node>
  </graph>
</graphml>`;

const GEXF = `<gexf version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
  <edges><edge id="ba" source="b" target="a" type="directed"/><edge id="bc" source="b" target="c"/><edge id="ca" source="c" target="a" type="mutual"/></edges></graph></gexf>`;

describe('direction on import', () => {
  it('GraphML: edgedefault, per-edge directed, and nested graphs inheriting edgedefault unless they set their own', async () => {
    const { dataset } = await open([text('mixed.graphml', GRAPHML)]);
    expect(edgeOf(dataset, 'a', 'b')).toEqual({ id: 'ab', undirected: false });
    expect(edgeOf(dataset, 'b', 'c')).toEqual({ id: 'bc', undirected: true });
    expect(edgeOf(dataset, 'g1', 'g2')).toEqual({ id: 'inner', undirected: true });
    // Source and target as written: h2 → h1, never swapped.
    expect(edgeOf(dataset, 'h2', 'h1')).toEqual({ id: 'hd', undirected: false });
    expect(dataset.graph.outEdges('h1', 'h2')).toEqual(['hu']);
    expect(edgeOf(dataset, 'h1', 'h2').undirected).toBe(true);
  });

  it('GEXF: defaultedgetype with per-edge type (directed, mutual)', async () => {
    const { dataset } = await open([text('mixed.gexf', GEXF)]);
    expect(edgeOf(dataset, 'b', 'a')).toEqual({ id: 'ba', undirected: false });
    expect(edgeOf(dataset, 'b', 'c')).toEqual({ id: 'bc', undirected: true });
    expect(edgeOf(dataset, 'c', 'a')).toEqual({ id: 'ca', undirected: true });
  });

  it('views and details: undirected edges carry the flag, and are listed once per relation whichever end', async () => {
    const { dataset } = await open([text('mixed.gexf', GEXF)]);
    const service = createGraphService(dataset);
    const view = service.view({ ids: ['a', 'b', 'c'] });
    expect(Object.fromEntries(view.edges.map((e) => [e.id, e.undirected === true]))).toEqual({ ba: false, bc: true, ca: true });
    expect(service.edgeDetails({ id: 'bc' }).undirected).toBe(true);
    expect(service.edgeDetails({ id: 'ba' }).undirected).toBeUndefined();
    // b is the source of both bc and ba, c the target of bc and the source of ca.
    const b = service.nodeDetails({ id: 'b' }).neighbours.map((g) => [g.direction, g.items.map((i) => i.id).sort()]);
    expect(b).toEqual([
      ['out', ['a']],
      ['none', ['c']],
    ]);
    const c = service.nodeDetails({ id: 'c' }).neighbours.map((g) => [g.direction, g.items.map((i) => i.id).sort()]);
    expect(c).toEqual([['none', ['a', 'b']]]);
  });
});

describe('direction on export', () => {
  it('GEXF: graphology-gexf reads the directed edge from its source to its target and the others as undirected', async () => {
    const { dataset } = await open([text('mixed.gexf', GEXF)]);
    const out = await exportData(dataset, { format: 'gexf' });
    const g = parseGexf(MultiGraph, strFromU8(out.bytes));
    const ba = g.edges().find((e) => g.isDirected(e));
    expect(g.edges().filter((e) => g.isDirected(e))).toHaveLength(1);
    expect(ba && [g.source(ba), g.target(ba)]).toEqual(['b', 'a']);
    expect(g.edges().filter((e) => g.isUndirected(e))).toHaveLength(2);
    // A wholly undirected selection says so once, on the graph.
    const undirectedOnly = strFromU8((await exportData(dataset, { format: 'gexf', nodes: ['a', 'b', 'c'], edges: ['bc', 'ca'] })).bytes);
    expect(undirectedOnly).toContain('defaultedgetype="undirected"');
    expect(undirectedOnly).not.toMatch(/<edge [^>]*type=/);
  });

  it('GraphML: edgedefault and directed="false" per edge, source and target as imported', async () => {
    const { dataset } = await open([text('mixed.graphml', GRAPHML)]);
    const xml = strFromU8((await exportData(dataset, { format: 'graphml' })).bytes);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const graph = doc.getElementsByTagName('graph')[0];
    const directedByDefault = graph?.getAttribute('edgedefault') !== 'undirected';
    const edges = Array.from(doc.getElementsByTagName('edge')).map((e) => {
      const flag = e.getAttribute('directed');
      const directed = flag === null || flag === '' ? directedByDefault : flag === 'true';
      return [e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target'), directed];
    });
    expect(edges.sort()).toEqual(
      [
        ['ab', 'a', 'b', true],
        ['bc', 'b', 'c', false],
        ['hd', 'h2', 'h1', true],
        ['hu', 'h1', 'h2', false],
        ['inner', 'g1', 'g2', false],
      ].sort(),
    );
  });

  it('JSON and CSV exports read back through the importers with the same direction and ends', async () => {
    const { dataset } = await open([text('mixed.graphml', GRAPHML)]);
    const expected = dataset.graph.mapEdges((id, a, source, target) => [id, source, target, a.undirected === true]).sort();
    const json = await exportData(dataset, { format: 'json' });
    const back = (await open([{ name: 'back.json', bytes: json.bytes }])).dataset.graph;
    expect(back.mapEdges((id, a, source, target) => [id, source, target, a.undirected === true]).sort()).toEqual(expected);
    const files = unzipSync((await exportData(dataset, { format: 'csv' })).bytes);
    const csv = (await open([{ name: 'nodes.csv', bytes: files['nodes.csv'] as Uint8Array }, { name: 'edges.csv', bytes: files['edges.csv'] as Uint8Array }])).dataset.graph;
    // The CSV importer numbers edges itself: compare ends and direction.
    expect(csv.mapEdges((_id, a, source, target) => [source, target, a.undirected === true]).sort()).toEqual(expected.map(([, ...rest]) => rest).sort());
  });
});

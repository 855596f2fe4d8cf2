// GEXF and GraphML details on fixtures written here: GEXF 1.0 edge types and attvalue ids, pid
// hierarchies, UTF-16 files, date-format slices; GraphML for="all" keys, per-edge directed,
// oversized hyperedges and yEd edge labels.
import { describe, expect, it } from 'vitest';
import { extraOf } from '../extra.js';
import { open, text } from './test-support.js';

const utf16le = (content: string) => {
  const bytes = new Uint8Array(2 + content.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < content.length; i++) bytes.set([content.charCodeAt(i) & 0xff, content.charCodeAt(i) >> 8], 2 + i * 2);
  return bytes;
};

describe('GEXF details', () => {
  it('reads GEXF 1.0 (type="dir"/"undir", attvalue id=, pid hierarchy) and warns about a node without id', async () => {
    const gexf = `<gexf version="1.0"><graph type="static"><attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
      <nodes><node id="1" label="Party"><attvalues><attvalue id="0" value="party"/></attvalues></node><node id="2" label="Member" pid="1"/><node label="nameless"/></nodes>
      <edges><edge id="a" source="2" target="1" type="dir"/><edge id="b" source="1" target="2" type="undir"/></edges></graph></gexf>`;
    const { dataset, warnings } = await open([text('old.gexf', gexf)]);
    const { graph } = dataset;
    expect(graph.getNodeAttributes('1')).toMatchObject({ label: 'Party', kind: 'group', extra: { kind: 'party' } });
    expect(graph.getNodeAttribute('2', 'extra')).toEqual({ parent: '1' });
    expect(graph.getEdgeAttribute('a', 'extra')).toBeUndefined();
    expect(graph.getEdgeAttribute('b', 'undirected')).toBe(true);
    expect(warnings).toEqual(['1 node has no id and was skipped (first: <node> line 2)']);
  });

  it('reads a UTF-16 GEXF and dates a date-format slice from its graph timestamp', async () => {
    const gexf = '<?xml version="1.0" encoding="UTF-16"?><gexf version="1.3"><graph mode="slice" timeformat="date" timestamp="2019-05-01"><nodes><node id="a" label="Łódź"/><node id="b" start="2020-01-01"/></nodes></graph></gexf>';
    const { graph } = (await open([{ name: 'u16.gexf', bytes: utf16le(gexf) }])).dataset;
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'Łódź', date: '2019-05-01' });
    expect(graph.getNodeAttribute('b', 'date')).toBe('2020-01-01');
  });

  it('keeps a 1.3 edge kind as the relation when it names one, and gives id-less edges fresh ids', async () => {
    const gexf = '<gexf version="1.3"><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" kind="member of"/><edge source="a" target="b" kind="likes"/></edges></graph></gexf>';
    const { graph } = (await open([text('k.gexf', gexf)])).dataset;
    expect(graph.mapEdges((e, a) => `${e}:${a.relation}`)).toEqual(['#1:member_of', '#2:related_to']);
  });
});

describe('GraphML details', () => {
  it('applies for="all" keys to nodes and edges, per-edge directed="false", and nested-graph edges', async () => {
    const graphml = `<graphml><key id="w" for="all" attr.name="weight" attr.type="double"><default>1</default></key>
      <graph edgedefault="directed"><node id="g"><graph id="g:"><node id="g::a"/><node id="g::b"/><edge source="g::a" target="g::b"/></graph></node>
      <edge id="e" source="g" target="g::a" directed="false"><data key="w">2.5</data></edge></graph></graphml>`;
    const { graph } = (await open([text('nested.graphml', graphml)])).dataset;
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(graph.getEdgeAttributes('e')).toMatchObject({ weight: 2.5, undirected: true });
    expect(graph.getEdgeAttribute(graph.edges('g::a', 'g::b')[0] as string, 'weight')).toBe(1);
    expect(graph.getNodeAttribute('g::a', 'extra')).toEqual({ parent: 'g' });
    expect(extraOf(graph, 'node', graph.getNodeAttributes('g::a'))).toEqual({ parent: 'g', weight: 1 });
  });

  it('drops a hyperedge with more than 64 endpoints, with a warning', async () => {
    const ends = Array.from({ length: 70 }, (_v, i) => `<endpoint node="n${i}"/>`).join('');
    const nodes = Array.from({ length: 70 }, (_v, i) => `<node id="n${i}"/>`).join('');
    const { dataset, warnings } = await open([text('hyper.graphml', `<graphml><graph edgedefault="undirected">${nodes}<hyperedge id="h">${ends}</hyperedge></graph></graphml>`)]);
    expect(dataset.graph.size).toBe(0);
    expect(warnings).toEqual(['1 hyperedge has more than 64 endpoints and was dropped (first: "h" line 1)']);
  });

  it('reads a yEd edge label and line colour', async () => {
    const graphml = `<graphml xmlns:y="http://www.yworks.com/xml/graphml"><key id="d1" for="edge" yfiles.type="edgegraphics"/><graph edgedefault="directed">
      <node id="a"/><node id="b"/><edge id="e" source="a" target="b"><data key="d1"><y:PolyLineEdge><y:LineStyle color="#FF0000" type="line" width="1.0"/><y:EdgeLabel>pays</y:EdgeLabel></y:PolyLineEdge></data></edge></graph></graphml>`;
    const { graph } = (await open([text('y.graphml', graphml)])).dataset;
    expect(graph.getEdgeAttributes('e')).toMatchObject({ label: 'pays', color: '#FF0000' });
  });
});

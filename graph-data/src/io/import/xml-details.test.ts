// GEXF and GraphML features the sample files show, on tiny files written here so each runs in
// milliseconds: GEXF viz (colour, size, thickness, shape, position with y up), spells and
// start/end as dates or raw bounds, meta title, <default> as text or attribute, repeated
// values, non-finite numbers; GraphML yEd geometry and fills, hyperedges, graph names,
// undeclared and duplicate keys; edges without an id named in warnings. Every expectation is
// read off the file text.
import { describe, expect, it } from 'vitest';
import { extraOf } from '../extra.js';
import { failure, open, text } from './test-support.js';

const gexf = (graph: string, head = '<graph defaultedgetype="directed">') => `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">${head}${graph}</graph></gexf>`;

describe('GEXF viz and meta', () => {
  it('reads colour (hex, rgb, rgba), size, thickness, shape and position with Gephi\'s y axis flipped', async () => {
    const file = gexf(`<nodes>
      <node id="a" label="A"><viz:color r="10" g="20" b="30"/><viz:size value="4.5"/><viz:position x="1.5" y="2" z="0"/><viz:shape value="square"/></node>
      <node id="b"><viz:color hex="#aabbcc"/><viz:position x="-3" y="-4"/></node>
      <node id="c"><viz:color r="1" g="2" b="3" a="0.25"/><viz:size value="INF"/><viz:position x="NaN" y="5"/></node></nodes>
      <edges><edge id="ab" source="a" target="b" weight="2"><viz:color r="255" g="0" b="0"/><viz:thickness value="3"/><viz:shape value="dotted"/></edge></edges>`);
    const { dataset, warnings } = await open([text('viz.gexf', file)]);
    const { graph } = dataset;
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'A', color: 'rgb(10,20,30)', size: 4.5, x: 1.5, y: -2, extra: { shape: 'square' } });
    expect(graph.getNodeAttributes('b')).toMatchObject({ color: '#aabbcc', x: -3, y: 4 });
    expect(graph.getNodeAttributes('c')).toMatchObject({ color: 'rgba(1,2,3,0.25)', y: -5 });
    expect(graph.getNodeAttribute('c', 'size')).toBeUndefined();
    expect(graph.getNodeAttribute('c', 'x')).toBeUndefined();
    expect(graph.getEdgeAttributes('ab')).toMatchObject({ color: 'rgb(255,0,0)', weight: 2, extra: { thickness: 3, shape: 'dotted' } });
    expect(warnings).toEqual(['2 positions, sizes or weights were not a finite number (INF, NaN…) and were dropped (first: node "c" line 4 has "INF")']);
  });

  it('names the graph after its meta title, else after the file', async () => {
    const file = `<gexf version="1.3"><meta><creator>Gephi</creator><title>  Cabinet 2014  </title><description>Ministers</description></meta>
      <graph><nodes><node id="a"><attvalues><attvalue for="party" value="Green"/></attvalues></node></nodes></graph></gexf>`;
    const { dataset, warnings } = await open([text('cabinet-file.gexf', file)]);
    expect(dataset.name).toBe('Cabinet 2014');
    expect(dataset.graph.getNodeAttribute('a', 'extra')).toEqual({ party: 'Green' });
    expect(warnings).toEqual(['1 value uses an attribute the file never declares; kept under that name (first: "party" on node "a" line 2)']);
    const untitled = await open([text('untitled.gexf', gexf('<nodes><node id="a"/></nodes>'))]);
    expect(untitled.dataset.name).toBe('untitled');
  });

  it('refuses a file without a graph, and another root element', async () => {
    expect((await failure(open([text('g.gexf', '<gexf version="1.3"><meta/></gexf>')]))).message).toBe('io/import/gexf: g.gexf: has no <graph> element, so there is nothing to open');
    expect((await failure(open([text('g.gexf', '<gexfx><graph/></gexfx>')], { format: 'gexf' }))).message).toBe('io/import/gexf: g.gexf line 1: is not a GEXF file: its root element is <gexfx>, expected <gexf>');
  });
});

describe('GEXF attributes', () => {
  it('reads typed values, a default given as text or as an attribute, and keeps the last of repeated values', async () => {
    const file = gexf(`<attributes class="node">
        <attribute id="0" title="age" type="integer"/><attribute id="1" title="ok" type="boolean"><default>true</default></attribute>
        <attribute id="2" title="tags" type="liststring"/><attribute id="3" title="score" type="double" default="0.5"/>
        <attribute id="0" title="again" type="string"/></attributes>
      <nodes><node id="a"><attvalues><attvalue for="0" value="41"/><attvalue for="0" value="42"/><attvalue for="2" value="x|y"/><attvalue for="3" value="-INF"/></attvalues></node>
      <node id="b"><attvalues><attvalue for="1" value="false"/></attvalues></node></nodes>`);
    const { dataset, warnings } = await open([text('attrs.gexf', file)]);
    const { graph } = dataset;
    expect(graph.getNodeAttribute('a', 'extra')).toEqual({ age: 42, tags: ['x', 'y'], score: '-INF' });
    expect(extraOf(graph, 'node', graph.getNodeAttributes('a'))).toEqual({ ok: true, age: 42, tags: ['x', 'y'], score: '-INF' });
    expect(extraOf(graph, 'node', graph.getNodeAttributes('b'))).toEqual({ ok: false });
    expect(warnings).toEqual([
      '1 attribute is declared twice; the first declaration wins (first: "0" line 4)',
      '1 attribute changes over time; only its last value was kept (first: "age" on node "a")',
      '1 numeric attribute was not finite (INF, -INF, NaN) and is kept as text (first: "score" = "-INF" on node "a")',
    ]);
  });
});

describe('GEXF time', () => {
  it('turns spells and start/end into dates when the file\'s times are dates, earliest start to latest end', async () => {
    const file = gexf(
      `<nodes><node id="a"><spells><spell start="2015-03-01" end="2016-01-01"/><spell start="2012-05-05" end="2013-01-01"/></spells></node>
        <node id="b" start="2019-01-01" endopen="2020-06-30"/><node id="c" start="2018-02-02"/><node id="d" timestamp="2017-07-07"/>
        <node id="e"><spells><spell start="2010-01-01" end="2011-01-01"/><spell end="2012-01-01"/></spells></node></nodes>`,
      '<graph timeformat="date">',
    );
    const { graph } = (await open([text('time.gexf', file)])).dataset;
    expect(graph.mapNodes((id, a) => `${id}:${a.date ?? '-'}`)).toEqual(['a:2012-05-05/2016-01-01', 'b:2019-01-01/2020-06-30', 'c:2018-02-02', 'd:2017-07-07', 'e:2012-01-01']);
  });

  it('keeps numeric times as raw bounds in the element\'s attributes, in numeric order', async () => {
    const file = gexf(
      `<nodes><node id="a"><spells><spell start="10" end="20"/><spell start="9" end="100"/></spells></node><node id="b" timestamp="3.5"/><node id="c" end="7"/></nodes>`,
      '<graph timeformat="double">',
    );
    const { graph } = (await open([text('num.gexf', file)])).dataset;
    expect(graph.getNodeAttribute('a', 'extra')).toEqual({ start: 9, end: 100 });
    expect(graph.getNodeAttribute('b', 'extra')).toEqual({ timestamp: 3.5 });
    expect(graph.getNodeAttribute('c', 'extra')).toEqual({ end: 7 });
    expect(graph.getNodeAttribute('a', 'date')).toBeUndefined();
  });

  it('warns about an edge without endpoints and drops it', async () => {
    const { dataset, warnings } = await open([text('e.gexf', gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="a"/><edge target="a"/></edges>'))]);
    expect(dataset.graph.size).toBe(0);
    expect(warnings).toEqual(['2 edges have no source or target and were dropped (first: <edge id="x"> line 1)']);
  });
});

describe('GraphML details from yEd, igraph and networkx', () => {
  it('places a yEd node at the centre of its geometry, sized by its larger side, filled with its colour', async () => {
    const file = `<graphml xmlns:y="http://www.yworks.com/xml/graphml"><key id="d0" for="node" yfiles.type="nodegraphics"/><key id="d1" for="node" attr.name="url" attr.type="string"/>
      <graph id="G" edgedefault="directed"><node id="n0"><data key="d0"><y:ShapeNode><y:Geometry x="10" y="20" width="30" height="40"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>  Ana  </y:NodeLabel><y:Shape type="ellipse"/></y:ShapeNode></data><data key="d1">http://a.example</data></node>
      <node id="n1"><data key="d0"><y:ShapeNode><y:Geometry x="0" y="0" width="NaN" height="4"/><y:Fill color="#000000" transparent="true"/></y:ShapeNode></data></node></graph></graphml>`;
    const { graph } = (await open([text('yed.graphml', file)])).dataset;
    expect(graph.getNodeAttributes('n0')).toMatchObject({ label: 'Ana', x: 25, y: 40, size: 20, color: '#FFCC00', extra: { shape: 'ellipse', url: 'http://a.example' } });
    expect(graph.getNodeAttributes('n1')).not.toHaveProperty('x');
    expect(graph.getNodeAttributes('n1')).not.toHaveProperty('color');
  });

  it('expands a hyperedge into an undirected edge per pair of endpoints, with a warning', async () => {
    const file = `<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/><hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge></graph></graphml>`;
    const { dataset, warnings } = await open([text('hyper.graphml', file)]);
    const { graph } = dataset;
    expect(graph.mapEdges((_e, a, s, t) => `${s}-${t}:${String(a.undirected)}:${String(a.extra?.hyperedge)}`)).toEqual(['a-b:true:hyperedge 1', 'a-c:true:hyperedge 1', 'b-c:true:hyperedge 1']);
    expect(warnings).toEqual(['1 hyperedge was expanded into edges between every pair of its endpoints (first: "hyperedge 1" with 3 endpoints line 1)']);
  });

  it('names the graph after its outer graph\'s name data, keeps undeclared keys with a warning and typed values of declared ones', async () => {
    const file = `<graphml><key id="g" for="graph" attr.name="name" attr.type="string"/><key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="w" for="edge" attr.name="again"/>
      <graph edgedefault="undirected"><data key="g"> Ministers </data><node id="a"><data key="mystery">12</data></node><node id="b"/>
      <edge id="ab" source="a" target="b"><data key="w">INF</data></edge><edge source="a"/></graph></graphml>`;
    const { dataset, warnings } = await open([text('named.graphml', file)]);
    const { graph } = dataset;
    expect(dataset.name).toBe('Ministers');
    expect(graph.getNodeAttribute('a', 'extra')).toEqual({ mystery: 12 });
    expect(graph.getEdgeAttributes(graph.edges()[0] as string)).toMatchObject({ undirected: true, extra: { weight: 'INF' } });
    expect(warnings).toEqual([
      '1 attribute is declared twice; the first declaration wins (first: "w" for edge line 1)',
      '1 value uses an attribute the file never declares; kept under that name (first: "mystery" on node "a" line 2)',
      '1 numeric attribute was not finite (INF, -INF, NaN) and is kept as text (first: "weight" = "INF" on edge "ab")',
      '1 edge has no source or target and was dropped (first: <edge> line 3)',
    ]);
  });

  it('opens a file without a graph or without elements empty, with a warning, and refuses another root', async () => {
    expect((await open([text('none.graphml', '<graphml><key id="k"/></graphml>')])).warnings).toEqual(['none.graphml has no <graph> element: the graph is empty.']);
    expect((await open([text('empty.graphml', '<graphml><graph edgedefault="directed"/></graphml>')])).warnings).toEqual(['empty.graphml contains no nodes or edges.']);
    // Only an empty graph is warned about: one node, or one edge alone, is enough to say nothing.
    expect((await open([text('one.graphml', '<graphml><graph edgedefault="directed"><node id="a"/></graph></graphml>')])).warnings).toEqual([]);
    const edgeOnly = await open([text('edge.graphml', '<graphml><graph edgedefault="directed"><edge source="a" target="b"/></graph></graphml>')]);
    expect(edgeOnly.warnings.join(' ')).not.toContain('contains no nodes or edges');
    expect(edgeOnly.dataset.graph.size).toBe(1);
    const f = await failure(open([text('x.graphml', '<graph/>')], { format: 'graphml' }));
    expect(f.message).toBe('io/import/graphml: x.graphml line 1: is not a GraphML file: its root element is <graph>, expected <graphml>');
  });
});

describe('edges without an id in warnings', () => {
  it('GraphML names an id-less edge by its place among the edges and its ends, never "undefined"', async () => {
    const file = `<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="directed"><node id="a"/><node id="b"/>
      <edge id="ab" source="a" target="b"/>
      <edge source="b" target="a"><data key="w">NaN</data><data key="note">x</data></edge></graph></graphml>`;
    const { warnings } = await open([text('idless.graphml', file)]);
    expect(warnings).toEqual([
      '1 numeric attribute was not finite (INF, -INF, NaN) and is kept as text (first: "weight" = "NaN" on edge 2 ("b" → "a"))',
      '1 value uses an attribute the file never declares; kept under that name (first: "note" on edge 2 ("b" → "a") line 3)',
    ]);
  });

  it('GEXF does the same for its id-less edges', async () => {
    const file = gexf(`<attributes class="edge"><attribute id="0" title="score" type="double"/></attributes><nodes><node id="a"/><node id="b"/></nodes>
      <edges><edge source="a" target="b" weight="INF"><attvalues><attvalue for="0" value="-INF"/><attvalue for="mood" value="x"/></attvalues></edge></edges>`);
    const { warnings } = await open([text('idless.gexf', file)]);
    expect(warnings).toEqual([
      '1 position, size or weight was not a finite number (INF, NaN…) and was dropped (first: edge 1 ("a" → "b") line 2 has "INF")',
      '1 numeric attribute was not finite (INF, -INF, NaN) and is kept as text (first: "score" = "-INF" on edge 1 ("a" → "b"))',
      '1 value uses an attribute the file never declares; kept under that name (first: "mood" on edge 1 ("a" → "b") line 2)',
    ]);
  });
});

describe('elements missing their ids or ends, and empty files, in messages', () => {
  it('names an id-less edge\'s missing end "?" and an id-less node as such', async () => {
    const first = async (elements: string) => (await open([text('m.gexf', gexf(`<nodes><node id="a"/>${elements}`))])).warnings[0];
    expect(await first('</nodes><edges><edge target="a" weight="INF"/></edges>')).toContain('(first: edge 1 ("?" → "a") line 1 has "INF")');
    expect(await first('</nodes><edges><edge source="a" weight="INF"/></edges>')).toContain('(first: edge 1 ("a" → "?") line 1 has "INF")');
    expect(await first('<node label="x"><viz:position x="INF" y="0"/></node></nodes>')).toContain('(first: node without an id line 1 has "INF")');
  });

  it('warns about a GEXF graph with neither nodes nor edges, not about one with edges only', async () => {
    expect((await open([text('empty.gexf', gexf(''))])).warnings).toEqual(['empty.gexf contains no nodes or edges.']);
    const edgesOnly = await open([text('edges.gexf', gexf('<edges><edge source="a" target="b"/></edges>'))]);
    expect(edgesOnly.warnings.join(' ')).not.toContain('contains no nodes or edges');
    expect(edgesOnly.dataset.graph.size).toBe(1);
  });

  it('refuses a GEXF file without <graph> as a bad file', async () => {
    expect(await failure(open([text('meta.gexf', '<gexf version="1.3"><meta><title>x</title></meta></gexf>')]))).toMatchObject({ code: 'bad_file', message: expect.stringContaining('meta.gexf: has no <graph> element') });
  });

  it('opens a GEXF viz:position or viz:size missing a value, keeping what is given', async () => {
    const file = gexf('<nodes><node id="a"><viz:position y="2"/><viz:size/></node><node id="b"><viz:position x="3"/></node></nodes>');
    const { graph } = (await open([text('half.gexf', file)])).dataset;
    expect([graph.getNodeAttribute('a', 'x'), graph.getNodeAttribute('a', 'y'), graph.getNodeAttribute('a', 'size')]).toEqual([undefined, -2, undefined]);
    expect([graph.getNodeAttribute('b', 'x'), graph.getNodeAttribute('b', 'y')]).toEqual([3, undefined]);
  });

  it('keeps an edge default declared without any node default', async () => {
    const file = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="c" for="edge" attr.name="confidence" attr.type="double"><default>0.75</default></key>
      <graph edgedefault="directed"><node id="a"/><node id="b"/><edge id="ab" source="a" target="b"/></graph></graphml>`;
    const { graph } = (await open([text('edge-default.graphml', file)])).dataset;
    expect(extraOf(graph, 'edge', graph.getEdgeAttributes('ab'))).toEqual({ confidence: 0.75 });
    const g = gexf(`<attributes class="edge"><attribute id="0" title="confidence" type="double"><default>0.75</default></attribute></attributes><nodes><node id="a"/><node id="b"/></nodes><edges><edge id="ab" source="a" target="b"/></edges>`);
    const fromGexf = (await open([text('edge-default.gexf', g)])).dataset.graph;
    expect(extraOf(fromGexf, 'edge', fromGexf.getEdgeAttributes('ab'))).toEqual({ confidence: 0.75 });
  });
});

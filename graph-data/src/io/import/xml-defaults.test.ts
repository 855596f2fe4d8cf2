// What a GEXF or GraphML file says once for many elements: the default edge direction and
// attribute defaults, each applied where the file puts it and nowhere else. Tiny inline
// files; every expectation is read off the file text.
import { describe, expect, it } from 'vitest';
import { extraOf } from '../extra.js';
import { open, text } from './test-support.js';

const undirected = (attrs: { undirected?: boolean }) => attrs.undirected === true;

describe('GEXF defaults', () => {
  it('reads defaultedgetype="undirected" for every edge without its own type, and honours an edge that says directed', async () => {
    const gexf = `<gexf version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
      <edges><edge id="ab" source="a" target="b"/><edge id="bc" source="b" target="c" type="directed"/></edges></graph></gexf>`;
    const { graph } = (await open([text('u.gexf', gexf)])).dataset;
    expect(undirected(graph.getEdgeAttributes('ab'))).toBe(true);
    expect(undirected(graph.getEdgeAttributes('bc'))).toBe(false);
  });

  it('treats edges as directed under defaultedgetype="directed" or no default, and keeps source → target', async () => {
    for (const header of ['<graph defaultedgetype="directed">', '<graph>']) {
      const gexf = `<gexf version="1.3">${header}<nodes><node id="a"/><node id="b"/></nodes><edges><edge id="ab" source="a" target="b"/><edge id="ba" source="b" target="a" type="undirected"/></edges></graph></gexf>`;
      const { graph } = (await open([text('d.gexf', gexf)])).dataset;
      expect(undirected(graph.getEdgeAttributes('ab')), header).toBe(false);
      expect(undirected(graph.getEdgeAttributes('ba')), header).toBe(true);
      expect([graph.source('ab'), graph.target('ab')]).toEqual(['a', 'b']);
      expect([graph.source('ba'), graph.target('ba')]).toEqual(['b', 'a']);
    }
  });

  it('fills an attribute default on the nodes (or edges) that lack a value, and only on that class', async () => {
    const gexf = `<gexf version="1.3"><graph>
      <attributes class="node"><attribute id="0" title="party" type="string"><default>none</default></attribute></attributes>
      <attributes class="edge"><attribute id="0" title="amount" type="integer"><default>7</default></attribute></attributes>
      <nodes><node id="a"><attvalues><attvalue for="0" value="Green"/></attvalues></node><node id="b"/></nodes>
      <edges><edge id="ab" source="a" target="b"/><edge id="ba" source="b" target="a"><attvalues><attvalue for="0" value="12"/></attvalues></edge></edges></graph></gexf>`;
    const { graph } = (await open([text('defaults.gexf', gexf)])).dataset;
    expect(extraOf(graph, 'node', graph.getNodeAttributes('a'))).toEqual({ party: 'Green' });
    expect(extraOf(graph, 'node', graph.getNodeAttributes('b'))).toEqual({ party: 'none' });
    expect(extraOf(graph, 'edge', graph.getEdgeAttributes('ab'))).toEqual({ amount: 7 });
    expect(extraOf(graph, 'edge', graph.getEdgeAttributes('ba'))).toEqual({ amount: 12 });
  });
});

describe('GraphML defaults', () => {
  it('lets a nested graph without edgedefault inherit its parent graph\'s', async () => {
    const graphml = `<graphml><graph edgedefault="undirected"><node id="g"><graph id="g:"><node id="g::a"/><node id="g::b"/>
      <edge id="inner" source="g::a" target="g::b"/></graph></node><node id="c"/><edge id="outer" source="g" target="c"/></graph></graphml>`;
    const { graph } = (await open([text('nested.graphml', graphml)])).dataset;
    expect(undirected(graph.getEdgeAttributes('outer'))).toBe(true);
    expect(undirected(graph.getEdgeAttributes('inner'))).toBe(true);
  });

  it('lets a nested graph override its parent\'s edgedefault, and its sibling keep the parent\'s', async () => {
    const graphml = `<graphml><graph edgedefault="undirected">
      <node id="g"><graph id="g:" edgedefault="directed"><node id="g::a"/><node id="g::b"/><edge id="inner" source="g::a" target="g::b"/></graph></node>
      <node id="h"/><node id="i"/><edge id="after" source="h" target="i"/></graph></graphml>`;
    const { graph } = (await open([text('nested2.graphml', graphml)])).dataset;
    expect(undirected(graph.getEdgeAttributes('inner'))).toBe(false);
    expect(undirected(graph.getEdgeAttributes('after'))).toBe(true);
    expect([graph.source('inner'), graph.target('inner')]).toEqual(['g::a', 'g::b']);
  });

  it('applies a key\'s default only to the elements its for= names', async () => {
    const graphml = `<graphml>
      <key id="k1" for="node" attr.name="party" attr.type="string"><default>none</default></key>
      <key id="k2" for="edge" attr.name="amount" attr.type="int"><default>7</default></key>
      <graph edgedefault="directed"><node id="a"><data key="k1">Green</data></node><node id="b"/>
      <edge id="ab" source="a" target="b"/><edge id="ba" source="b" target="a"><data key="k2">12</data></edge></graph></graphml>`;
    const { graph } = (await open([text('keys.graphml', graphml)])).dataset;
    expect(extraOf(graph, 'node', graph.getNodeAttributes('a'))).toEqual({ party: 'Green' });
    expect(extraOf(graph, 'node', graph.getNodeAttributes('b'))).toEqual({ party: 'none' });
    expect(extraOf(graph, 'edge', graph.getEdgeAttributes('ab'))).toEqual({ amount: 7 });
    expect(extraOf(graph, 'edge', graph.getEdgeAttributes('ba'))).toEqual({ amount: 12 });
  });

  it('keeps two keys with the same id for nodes and for edges apart', async () => {
    const graphml = `<graphml>
      <key id="d0" for="node" attr.name="party" attr.type="string"><default>none</default></key>
      <key id="d0" for="edge" attr.name="amount" attr.type="int"><default>7</default></key>
      <graph edgedefault="directed"><node id="a"/><node id="b"><data key="d0">Red</data></node>
      <edge id="ab" source="a" target="b"><data key="d0">3</data></edge><edge id="ba" source="b" target="a"/></graph></graphml>`;
    const { graph } = (await open([text('same-id.graphml', graphml)])).dataset;
    expect(extraOf(graph, 'node', graph.getNodeAttributes('a'))).toEqual({ party: 'none' });
    expect(extraOf(graph, 'node', graph.getNodeAttributes('b'))).toEqual({ party: 'Red' });
    expect(extraOf(graph, 'edge', graph.getEdgeAttributes('ab'))).toEqual({ amount: 3 });
    expect(extraOf(graph, 'edge', graph.getEdgeAttributes('ba'))).toEqual({ amount: 7 });
  });
});

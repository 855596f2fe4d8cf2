// Where a GEXF element is decides what it means: viz colour, size and shape count only directly
// inside a <node> or <edge> (an edge's size is its thickness), and a title only inside <meta>
// (as text or a text= attribute, any case, the first one kept). Read off the inline files.
import { describe, expect, it } from 'vitest';
import { open, text } from './test-support.js';

const file = (body: string, meta = '') => `<gexf xmlns:viz="http://gexf.net/1.3/viz" version="1.3">${meta}<graph>${body}</graph></gexf>`;

describe('GEXF element placement', () => {
  it('applies viz colour, size and shape only directly inside a node or an edge', async () => {
    const body = `<nodes><node id="a"><attvalues><viz:color r="1" g="2" b="3"/><viz:size value="9"/><viz:shape value="disc"/></attvalues></node>
      <node id="b"><viz:shape value=""/></node></nodes>
      <edges><edge id="ab" source="a" target="b"><viz:size value="3"/></edge></edges>`;
    const { graph } = (await open([text('placed.gexf', file(body))])).dataset;
    expect(graph.getNodeAttributes('a')).not.toHaveProperty('color');
    expect(graph.getNodeAttributes('a')).not.toHaveProperty('size');
    expect(graph.getNodeAttribute('a', 'extra')).toBeUndefined();
    expect(graph.getNodeAttribute('b', 'extra')).toBeUndefined();
    expect(graph.getEdgeAttribute('ab', 'extra')).toEqual({ thickness: 3 });
  });

  it('names the graph after a title in <meta> only: text or text= attribute, any case, the first one', async () => {
    const name = async (meta: string, body = '<nodes><node id="a"/></nodes>') => (await open([text('stem.gexf', file(body, meta))])).dataset.name;
    expect(await name('<meta><title text="From the attribute"/></meta>')).toBe('From the attribute');
    expect(await name('<meta><Title>Upper case</Title></meta>')).toBe('Upper case');
    expect(await name('<meta><title>First</title><title>Second</title></meta>')).toBe('First');
    expect(await name('<meta><title text="One"/><title text="Two"/></meta>')).toBe('One');
    expect(await name('', '<nodes><node id="a"><title>Not a title</title></node></nodes>')).toBe('stem');
  });
});

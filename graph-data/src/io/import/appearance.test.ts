// Each format's own look reaches the view the renderer draws: colours, sizes, shapes and
// positions of nodes, colours, weights and labels of edges. Tiny files written here.
import { describe, expect, it } from 'vitest';
import { toViewEdge, toViewNode } from '../../service/views.js';
import { open, text } from './test-support.js';

async function views(name: string, content: string) {
  const { dataset } = await open([text(name, content)]);
  const { graph } = dataset;
  return { node: (id: string) => toViewNode(graph, id), edge: (id: string) => toViewEdge(graph, id) };
}

describe('appearance from the file', () => {
  it('GEXF viz: colour (hex and rgb), size, position (y up), shape, edge colour and weight', async () => {
    const v = await views(
      'viz.gexf',
      `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="Alpha"><viz:color r="186" g="41" b="68"/><viz:size value="40.5"/><viz:position x="10" y="20"/><viz:shape value="square"/></node>
      <node id="b" label="Beta"><viz:color hex="#00ff00"/><viz:shape value="disc"/></node>
      <node id="c" label="Gamma"><viz:shape value="image" uri="x.png"/></node>
    </nodes>
    <edges>
      <edge id="e" source="a" target="b" weight="2.5" label="knows"><viz:color r="1" g="2" b="3"/></edge>
    </edges>
  </graph>
</gexf>`,
    );
    expect(v.node('a')).toMatchObject({ label: 'Alpha', kind: 'other', color: 'rgb(186,41,68)', size: 40.5, x: 10, y: -20, shape: 'rectangle' });
    expect(v.node('b')).toMatchObject({ color: '#00ff00', shape: 'ellipse' });
    expect(v.node('b')).not.toHaveProperty('size');
    // An image shape has no drawing of its own: the default shape stays.
    expect(v.node('c')).not.toHaveProperty('shape');
    expect(v.node('c')).not.toHaveProperty('color');
    expect(v.edge('e')).toMatchObject({ color: 'rgb(1,2,3)', weight: 2.5, label: 'knows' });
  });

  it("GraphML from yEd: y:ShapeNode fill, geometry (centre and size), label and shape; edge line colour", async () => {
    const v = await views(
      'chart.graphml',
      `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d6"><y:ShapeNode>
      <y:Geometry height="30.0" width="60.0" x="20.0" y="100.0"/>
      <y:Fill color="#FFCC00" transparent="false"/>
      <y:BorderStyle color="#000000" type="line" width="1.0"/>
      <y:NodeLabel>Ivrea</y:NodeLabel>
      <y:Shape type="roundrectangle"/>
    </y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode>
      <y:Geometry height="40.0" width="40.0" x="0" y="0"/>
      <y:Fill hasColor="false" transparent="true" color="#123456"/>
      <y:NodeLabel>Turin</y:NodeLabel>
      <y:Shape type="ellipse"/>
    </y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:LineStyle color="#3366FF" type="line" width="1.0"/></y:PolyLineEdge></data></edge>
  </graph>
</graphml>`,
    );
    expect(v.node('n0')).toMatchObject({ label: 'Ivrea', color: '#FFCC00', x: 50, y: 115, size: 30, shape: 'round-rectangle' });
    // A transparent fill is no colour.
    expect(v.node('n1')).toMatchObject({ label: 'Turin', shape: 'ellipse', size: 20 });
    expect(v.node('n1')).not.toHaveProperty('color');
    expect(v.edge('e0')).toMatchObject({ color: '#3366FF' });
  });

  it('Cytoscape JSON: position, and the style an element carries (fill, width, shape, line colour)', async () => {
    const v = await views(
      'net.cyjs',
      JSON.stringify({
        format_version: '1.0',
        elements: {
          nodes: [
            { data: { id: 'a', name: 'A' }, position: { x: 5, y: -7 }, style: { 'background-color': '#aa0000', width: 30, shape: 'hexagon' } },
            { data: { id: 'b', name: 'B' }, position: { x: 1, y: 2 } },
          ],
          edges: [{ data: { id: 'e', source: 'a', target: 'b', weight: 3 }, style: { 'line-color': 'rgb(0,0,255)' } }],
        },
      }),
    );
    expect(v.node('a')).toMatchObject({ label: 'A', x: 5, y: -7, color: '#aa0000', size: 15, shape: 'hexagon' });
    expect(v.node('b')).toMatchObject({ x: 1, y: 2 });
    expect(v.node('b')).not.toHaveProperty('color');
    expect(v.edge('e')).toMatchObject({ color: 'rgb(0,0,255)', weight: 3 });
  });

  it('graphology JSON: x, y, size, color and label of nodes; color, weight and label of edges', async () => {
    const v = await views(
      'g.json',
      JSON.stringify({
        attributes: { name: 'tiny' },
        nodes: [
          { key: '1', attributes: { label: 'One', x: -3, y: 4, size: 9.5, color: 'rgb(224,53,210)' } },
          { key: '2', attributes: { label: 'Two' } },
        ],
        edges: [{ key: 'x', source: '1', target: '2', attributes: { color: '#808080', weight: 0.5, label: 'link' } }],
      }),
    );
    expect(v.node('1')).toMatchObject({ label: 'One', x: -3, y: 4, size: 9.5, color: 'rgb(224,53,210)' });
    expect(v.node('2')).not.toHaveProperty('size');
    expect(v.edge('x')).toMatchObject({ color: '#808080', weight: 0.5, label: 'link' });
  });
});

// A file may give an edge the id of a node (Gephi's Java.gexf has node "27" and edge "27"): the
// edge is kept, under a new id no node or edge has, and the user is told. The canvas has one id
// space for both, so sharing the id would hide the edge or break the view.
import { describe, expect, it } from 'vitest';
import { open, text } from './test-support.js';

const GEXF = `<gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="26" label="A"/><node id="27" label="B"/></nodes>
<edges><edge id="27" source="26" target="27"/><edge id="28" source="27" target="26"/></edges></graph></gexf>`;

describe('an edge whose id is also a node id', () => {
  it('keeps both, the edge renamed, with a warning naming it', async () => {
    const { dataset, warnings } = await open([text('ids.gexf', GEXF)]);
    const graph = dataset.graph;
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    const renamed = graph.edges().filter((e) => graph.source(e) === '26' && graph.target(e) === '27');
    expect(renamed).toHaveLength(1);
    expect(graph.hasNode(renamed[0] as string)).toBe(false);
    expect(renamed[0]).toMatch(/^27#/);
    expect(graph.hasEdge('28')).toBe(true);
    expect(warnings.join('\n')).toMatch(/1 edge id was also a node id.*"?27/);
  });
});

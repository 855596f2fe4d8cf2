// graphology's own serialisation (graph.export()), with every attribute as stored (the file's
// declared defaults among the graph attributes, an undirected edge's flag among its attributes):
// the lossless format, readable back by Redthread and any graphology tool. Written element by
// element so a large graph never becomes one giant string.
import type { DataExporter } from './types.js';

export const jsonExporter: DataExporter = {
  extension: 'json',
  mime: 'application/json',
  async write({ dataset, selection, positions }, out) {
    const { graph } = dataset;
    const total = selection.nodes.length + selection.edges.length;
    let done = 0;
    const options = { type: 'directed', multi: true, allowSelfLoops: graph.allowSelfLoops };
    out.write(`{\n "options": ${JSON.stringify(options)},\n "attributes": ${JSON.stringify({ ...graph.getAttributes(), name: dataset.name })},\n "nodes": [`);
    for (let i = 0; i < selection.nodes.length; i++) {
      const key = selection.nodes[i] as string;
      const at = positions?.[key];
      const attributes = at ? { ...graph.getNodeAttributes(key), x: at.x, y: at.y } : graph.getNodeAttributes(key);
      out.write(`${i ? ',' : ''}\n  ${JSON.stringify({ key, attributes })}`);
      await out.tick(++done, total);
    }
    out.write('\n ],\n "edges": [');
    for (let i = 0; i < selection.edges.length; i++) {
      const key = selection.edges[i] as string;
      out.write(`${i ? ',' : ''}\n  ${JSON.stringify({ key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) })}`);
      await out.tick(++done, total);
    }
    out.write('\n ]\n}\n');
  },
};

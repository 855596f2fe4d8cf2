// graphology's own serialisation (graph.export()), with every attribute as stored:
// the lossless format, readable back by Redthread and any graphology tool.
import type { DataExporter } from './types.js';

export const jsonExporter: DataExporter = {
  extension: 'json',
  mime: 'application/json',
  write({ dataset, selection, positions }) {
    const { graph } = dataset;
    const serialized = {
      options: { type: 'directed', multi: true, allowSelfLoops: graph.allowSelfLoops },
      attributes: { ...graph.getAttributes(), name: dataset.name },
      nodes: selection.nodes.map((key) => {
        const at = positions?.[key];
        return { key, attributes: at ? { ...graph.getNodeAttributes(key), x: at.x, y: at.y } : graph.getNodeAttributes(key) };
      }),
      edges: selection.edges.map((key) => ({
        key,
        source: graph.source(key),
        target: graph.target(key),
        attributes: graph.getEdgeAttributes(key),
      })),
    };
    return new TextEncoder().encode(`${JSON.stringify(serialized, null, 1)}\n`);
  },
};

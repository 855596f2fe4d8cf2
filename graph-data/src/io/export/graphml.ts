// GraphML for yEd and Cytoscape desktop: one typed <key> per flattened attribute,
// plus x/y (the screen's positions) and the relation as the edge label.
import { RELATION_LABELS } from '../../schema/vocabulary.js';
import { type Column, type ColumnType, edgeColumns, nodeColumns } from './columns.js';
import type { DataExporter } from './types.js';
import { xmlEscape as esc, xmlValue } from './xml.js';

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'long', double: 'double', boolean: 'boolean' };

function keys<A>(prefix: string, domain: 'node' | 'edge', columns: Column<A>[]): string[] {
  return columns.map((c, i) => `  <key id="${prefix}${i}" for="${domain}" attr.name="${esc(c.name)}" attr.type="${GRAPHML_TYPES[c.type]}"/>`);
}

function data<A>(prefix: string, columns: Column<A>[], attrs: A): string {
  const parts: string[] = [];
  columns.forEach((c, i) => {
    const v = c.get(attrs);
    if (v !== undefined && v !== '') parts.push(`<data key="${prefix}${i}">${xmlValue(v)}</data>`);
  });
  return parts.join('');
}

export const graphmlExporter: DataExporter = {
  extension: 'graphml',
  mime: 'application/graphml+xml',
  write({ dataset, selection, positions }) {
    const { graph } = dataset;
    const nCols: Column<{ id: string }>[] = [];
    const nodeCols = nodeColumns(graph, selection.nodes);
    const place = (id: string) => positions?.[id] ?? graph.getNodeAttributes(id);
    const hasPositions = selection.nodes.some((id) => place(id).x !== undefined);
    if (hasPositions) {
      nCols.push({ name: 'x', type: 'double', get: ({ id }) => place(id).x }, { name: 'y', type: 'double', get: ({ id }) => place(id).y });
    }
    const edgeCols = [...edgeColumns(graph, selection.edges)];
    const out: string[] = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      ...keys('n', 'node', nodeCols),
      ...keys('p', 'node', nCols),
      `  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>`,
      ...keys('e', 'edge', edgeCols),
      `  <graph id="${esc(dataset.id)}" edgedefault="directed">`,
      `    <desc>${esc(dataset.name)}</desc>`,
    ];
    for (const id of selection.nodes) {
      const a = graph.getNodeAttributes(id);
      out.push(`    <node id="${esc(id)}">${data('n', nodeCols, a)}${data('p', nCols, { id })}</node>`);
    }
    for (const id of selection.edges) {
      const a = graph.getEdgeAttributes(id);
      const label = `<data key="elabel">${esc(a.label ?? RELATION_LABELS[a.relation] ?? a.relation)}</data>`;
      out.push(`    <edge id="${esc(id)}" source="${esc(graph.source(id))}" target="${esc(graph.target(id))}">${label}${data('e', edgeCols, a)}</edge>`);
    }
    out.push('  </graph>', '</graphml>', '');
    return new TextEncoder().encode(out.join('\n'));
  },
};

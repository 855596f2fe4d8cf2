// GraphML for yEd and Cytoscape desktop: one typed <key> per flattened attribute (the file's own
// defaults declared once in <default>), x/y (the screen's positions), the relation as the edge
// label and each edge's direction. Written element by element, only the values each has.
import { RELATION_LABELS } from '../../schema/vocabulary.js';
import { type ColumnSet, type ColumnType, edgeColumns, nodeColumns, ownCells } from './columns.js';
import type { DataExporter } from './types.js';
import type { ExportWriter } from './writer.js';
import { xmlEscape as esc, xmlValue } from './xml.js';

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'long', double: 'double', boolean: 'boolean' };

function keys<A>(out: ExportWriter, prefix: string, domain: 'node' | 'edge', columns: ColumnSet<A>): void {
  const key = (i: number, name: string, type: ColumnType, fallback?: string | number | boolean) =>
    `  <key id="${prefix}${i}" for="${domain}" attr.name="${esc(name)}" attr.type="${GRAPHML_TYPES[type]}"${fallback === undefined ? '/>' : `><default>${xmlValue(fallback)}</default></key>`}\n`;
  columns.fixed.forEach((c, i) => out.write(key(i, c.name, c.type)));
  columns.extras.forEach((c, i) => out.write(key(columns.fixed.length + i, c.name, c.type, c.default)));
}

function data<A extends { extra?: Record<string, unknown> }>(prefix: string, columns: ColumnSet<A>, attrs: A): string {
  let parts = '';
  for (const [at, v] of ownCells(columns, attrs)) parts += `<data key="${prefix}${at}">${xmlValue(v)}</data>`;
  return parts;
}

const coordinate = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? String(n) : undefined);

export const graphmlExporter: DataExporter = {
  extension: 'graphml',
  mime: 'application/graphml+xml',
  async write({ dataset, selection, positions }, out) {
    const { graph } = dataset;
    const nodeCols = nodeColumns(graph, selection.nodes);
    const edgeCols = edgeColumns(graph, selection.edges);
    const place = (id: string) => positions?.[id] ?? graph.getNodeAttributes(id);
    const hasPositions = selection.nodes.some((id) => place(id).x !== undefined);
    const undirected = selection.edges.filter((id) => graph.getEdgeAttribute(id, 'undirected') === true).length;
    const allUndirected = selection.edges.length > 0 && undirected === selection.edges.length;
    out.write(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '',
      ].join('\n'),
    );
    keys(out, 'n', 'node', nodeCols);
    if (hasPositions) out.write('  <key id="px" for="node" attr.name="x" attr.type="double"/>\n  <key id="py" for="node" attr.name="y" attr.type="double"/>\n');
    out.write('  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>\n');
    keys(out, 'e', 'edge', edgeCols);
    out.write(`  <graph id="${esc(dataset.id)}" edgedefault="${allUndirected ? 'undirected' : 'directed'}">\n    <desc>${esc(dataset.name)}</desc>\n`);
    const total = selection.nodes.length + selection.edges.length;
    let done = 0;
    for (const id of selection.nodes) {
      const a = graph.getNodeAttributes(id);
      const p = hasPositions ? place(id) : undefined;
      const [x, y] = [coordinate(p?.x), coordinate(p?.y)];
      const xy = `${x !== undefined ? `<data key="px">${x}</data>` : ''}${y !== undefined ? `<data key="py">${y}</data>` : ''}`;
      out.write(`    <node id="${esc(id)}">${data('n', nodeCols, a)}${xy}</node>\n`);
      await out.tick(++done, total);
    }
    for (const id of selection.edges) {
      const a = graph.getEdgeAttributes(id);
      const label = `<data key="elabel">${esc(a.label ?? RELATION_LABELS[a.relation] ?? a.relation)}</data>`;
      const directed = a.undirected === true ? (allUndirected ? '' : ' directed="false"') : allUndirected ? ' directed="true"' : '';
      out.write(`    <edge id="${esc(id)}" source="${esc(graph.source(id))}" target="${esc(graph.target(id))}"${directed}>${label}${data('e', edgeCols, a)}</edge>\n`);
      await out.tick(++done, total);
    }
    out.write('  </graph>\n</graphml>\n');
  },
};

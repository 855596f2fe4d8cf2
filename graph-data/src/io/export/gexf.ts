// GEXF 1.3 for Gephi: typed attribute columns (evidence and allegations flattened),
// with the screen's colours and positions in the viz module.
import { RELATION_LABELS } from '../../schema/vocabulary.js';
import { type Column, type ColumnType, edgeColumns, nodeColumns } from './columns.js';
import { edgeColour, nodeColour, type Rgb } from './colour.js';
import type { DataExporter } from './types.js';
import { xmlEscape as esc, xmlValue } from './xml.js';

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'long', double: 'double', boolean: 'boolean' };

function declare<A>(cls: 'node' | 'edge', columns: Column<A>[]): string {
  const lines = columns.map((c, i) => `      <attribute id="${i}" title="${esc(c.name)}" type="${GEXF_TYPES[c.type]}"/>`);
  return `    <attributes class="${cls}" mode="static">\n${lines.join('\n')}\n    </attributes>`;
}

function values<A>(columns: Column<A>[], attrs: A): string {
  const parts: string[] = [];
  columns.forEach((c, i) => {
    const v = c.get(attrs);
    if (v !== undefined && v !== '') parts.push(`<attvalue for="${i}" value="${xmlValue(v)}"/>`);
  });
  return parts.length ? `<attvalues>${parts.join('')}</attvalues>` : '';
}

const color = (c: Rgb | undefined): string => (c ? `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>` : '');
const round = (n: number): string => String(Math.round(n * 100) / 100);

export const gexfExporter: DataExporter = {
  extension: 'gexf',
  mime: 'application/gexf+xml',
  write(input) {
    const { dataset, selection, positions, now } = input;
    const { graph } = dataset;
    const nCols = nodeColumns(graph, selection.nodes);
    const eCols = edgeColumns(graph, selection.edges);
    const out: string[] = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
      `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`,
      '    <creator>Redthread</creator>',
      `    <description>${esc(`${dataset.name} (${selection.nodes.length} nodes, ${selection.edges.length} edges)`)}</description>`,
      '  </meta>',
      '  <graph defaultedgetype="directed" mode="static">',
      declare('node', nCols),
      declare('edge', eCols),
      '    <nodes>',
    ];
    for (const id of selection.nodes) {
      const a = graph.getNodeAttributes(id);
      const at = positions?.[id] ?? (a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : undefined);
      // Gephi's y axis points up, the screen's down.
      const pos = at ? `<viz:position x="${round(at.x)}" y="${round(-at.y)}" z="0"/>` : '';
      const size = a.size !== undefined ? `<viz:size value="${round(a.size)}"/>` : '';
      out.push(`      <node id="${esc(id)}" label="${esc(a.label)}">${values(nCols, a)}${color(nodeColour(input, a))}${pos}${size}</node>`);
    }
    out.push('    </nodes>', '    <edges>');
    for (const id of selection.edges) {
      const a = graph.getEdgeAttributes(id);
      const label = a.label ?? RELATION_LABELS[a.relation] ?? a.relation;
      // `kind` keeps parallel edges of different relations apart in Gephi.
      out.push(
        `      <edge id="${esc(id)}" source="${esc(graph.source(id))}" target="${esc(graph.target(id))}" kind="${esc(a.relation)}" label="${esc(label)}"${a.weight !== undefined ? ` weight="${a.weight}"` : ''}>${values(eCols, a)}${color(edgeColour(input, a))}</edge>`,
      );
    }
    out.push('    </edges>', '  </graph>', '</gexf>', '');
    return new TextEncoder().encode(out.join('\n'));
  },
};

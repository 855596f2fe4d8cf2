// GEXF 1.3 for Gephi: typed attribute columns (evidence and allegations flattened, the file's
// own defaults declared once), each edge's direction, and the screen's colours and positions in
// the viz module. Written element by element, only the values each element has.
import { RELATION_LABELS } from '../../schema/vocabulary.js';
import { type ColumnSet, type ColumnType, edgeColumns, nodeColumns, ownCells } from './columns.js';
import { edgeColour, nodeColour, type Rgb } from './colour.js';
import type { DataExporter } from './types.js';
import type { ExportWriter } from './writer.js';
import { xmlEscape as esc, xmlValue } from './xml.js';

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'long', double: 'double', boolean: 'boolean' };

function declare<A>(out: ExportWriter, cls: 'node' | 'edge', columns: ColumnSet<A>): void {
  out.write(`    <attributes class="${cls}" mode="static">\n`);
  columns.fixed.forEach((c, i) => out.write(`      <attribute id="${i}" title="${esc(c.name)}" type="${GEXF_TYPES[c.type]}"/>\n`));
  const base = columns.fixed.length;
  columns.extras.forEach((c, i) => {
    const fallback = c.default === undefined ? '' : `<default>${xmlValue(c.default)}</default>`;
    out.write(`      <attribute id="${base + i}" title="${esc(c.name)}" type="${GEXF_TYPES[c.type]}"${fallback ? `>${fallback}</attribute>` : '/>'}\n`);
  });
  out.write('    </attributes>\n');
}

function values<A extends { extra?: Record<string, unknown> }>(columns: ColumnSet<A>, attrs: A): string {
  let parts = '';
  for (const [at, v] of ownCells(columns, attrs)) parts += `<attvalue for="${at}" value="${xmlValue(v)}"/>`;
  return parts ? `<attvalues>${parts}</attvalues>` : '';
}

const color = (c: Rgb | undefined): string => (c ? `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>` : '');
const round = (n: number): string => String(Math.round(n * 100) / 100);

export const gexfExporter: DataExporter = {
  extension: 'gexf',
  mime: 'application/gexf+xml',
  async write(input, out) {
    const { dataset, selection, positions, now } = input;
    const { graph } = dataset;
    const nCols = nodeColumns(graph, selection.nodes);
    const eCols = edgeColumns(graph, selection.edges);
    const total = selection.nodes.length + selection.edges.length;
    // The graph's default is what most edges are; the others say their own type.
    const undirected = selection.edges.filter((id) => graph.getEdgeAttribute(id, 'undirected') === true).length;
    const allUndirected = selection.edges.length > 0 && undirected === selection.edges.length;
    out.write(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
        `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`,
        '    <creator>Redthread</creator>',
        `    <description>${esc(`${dataset.name} (${selection.nodes.length} nodes, ${selection.edges.length} edges)`)}</description>`,
        '  </meta>',
        `  <graph defaultedgetype="${allUndirected ? 'undirected' : 'directed'}" mode="static">`,
        '',
      ].join('\n'),
    );
    declare(out, 'node', nCols);
    declare(out, 'edge', eCols);
    out.write('    <nodes>\n');
    let done = 0;
    for (const id of selection.nodes) {
      const a = graph.getNodeAttributes(id);
      const at = positions?.[id] ?? (a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : undefined);
      // Gephi's y axis points up, the screen's down.
      const pos = at ? `<viz:position x="${round(at.x)}" y="${round(-at.y)}" z="0"/>` : '';
      const size = a.size !== undefined ? `<viz:size value="${round(a.size)}"/>` : '';
      out.write(`      <node id="${esc(id)}" label="${esc(a.label)}">${values(nCols, a)}${color(nodeColour(input, id, a))}${pos}${size}</node>\n`);
      await out.tick(++done, total);
    }
    out.write('    </nodes>\n    <edges>\n');
    for (const id of selection.edges) {
      const a = graph.getEdgeAttributes(id);
      const label = a.label ?? RELATION_LABELS[a.relation] ?? a.relation;
      const type = a.undirected === true ? (allUndirected ? '' : ' type="undirected"') : allUndirected ? ' type="directed"' : '';
      // `kind` keeps parallel edges of different relations apart in Gephi.
      out.write(
        `      <edge id="${esc(id)}" source="${esc(graph.source(id))}" target="${esc(graph.target(id))}"${type} kind="${esc(a.relation)}" label="${esc(label)}"${a.weight !== undefined ? ` weight="${a.weight}"` : ''}>${values(eCols, a)}${color(edgeColour(input, id, a))}</edge>\n`,
      );
      await out.tick(++done, total);
    }
    out.write('    </edges>\n  </graph>\n</gexf>\n');
  },
};

// CSV: a nodes table and an edges table (RFC 4180), zipped together with a short
// README naming the dataset and its sources, so the pair never travels apart.
import { strToU8, zipSync } from 'fflate';
import { type Cell, type Column, edgeColumns, nodeColumns } from './columns.js';
import type { DataExporter } from './types.js';

const quote = (cell: Cell): string => {
  if (cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function table<A>(head: string[], columns: Column<A>[], rows: { lead: Cell[]; attrs: A }[]): string {
  const lines = [[...head, ...columns.map((c) => c.name)].map(quote).join(',')];
  for (const { lead, attrs } of rows) lines.push([...lead, ...columns.map((c) => c.get(attrs))].map(quote).join(','));
  // CRLF per RFC 4180; the BOM makes Excel read UTF-8 (names with accents, Cyrillic).
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const csvExporter: DataExporter = {
  extension: 'zip',
  mime: 'application/zip',
  write({ dataset, selection, positions, now }) {
    const { graph } = dataset;
    const nodes = table(
      ['id', 'x', 'y'],
      nodeColumns(graph, selection.nodes),
      selection.nodes.map((id) => {
        const a = graph.getNodeAttributes(id);
        const at = positions?.[id] ?? a;
        return { lead: [id, at.x, at.y], attrs: a };
      }),
    );
    const edges = table(
      ['id', 'source', 'target'],
      edgeColumns(graph, selection.edges),
      selection.edges.map((id) => ({ lead: [id, graph.source(id), graph.target(id)], attrs: graph.getEdgeAttributes(id) })),
    );
    const sources = [...dataset.sources.values()].map((s) => `- ${s.title} (${s.publisher}, ${s.date})`);
    const readme = [
      `${dataset.name}: ${selection.nodes.length} nodes, ${selection.edges.length} edges, exported by Redthread on ${now.toISOString()}.`,
      'nodes.csv: one row per node; edges.csv: one row per edge (source and target are node ids).',
      'evidence_quotes holds every supporting quote, one per line; evidence_sources the source ids.',
      ...(sources.length ? ['', 'Sources:', ...sources] : []),
      '',
    ].join('\n');
    const mtime = now;
    return zipSync({
      'nodes.csv': [strToU8(nodes), { mtime }],
      'edges.csv': [strToU8(edges), { mtime }],
      'README.txt': [strToU8(readme), { mtime }],
    });
  },
};

// CSV: a nodes table and an edges table (RFC 4180), zipped together with a short README naming
// the dataset and its sources, so the pair never travels apart. Text cells a spreadsheet would
// run as a formula are neutralised (OWASP: a leading ' before = + - @ tab CR). A graph whose
// elements carry many distinct attributes keeps them in a long table (id, attribute, value)
// rather than a sparse grid, so the file stays proportional to what the graph holds.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { type Cell, type ColumnSet, cellOf, edgeColumns, nodeColumns, ownCells } from './columns.js';
import type { DataExporter } from './types.js';
import type { ExportWriter } from './writer.js';

/** Past this many attribute columns a grid is mostly empty cells: write a long table instead. */
export const WIDE_MAX_COLUMNS = 64;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-looking text neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(cell: Cell): string {
  if (cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: Cell[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** Builds one text file in pieces, encoded as it goes (the zip then takes it as one entry). */
class TextFile {
  readonly parts: Uint8Array[] = [];
  private pending: string[] = [];
  private chars = 0;

  write(text: string): void {
    this.pending.push(text);
    this.chars += text.length;
    if (this.chars > 256 * 1024) this.flush();
  }

  flush(): void {
    if (this.pending.length) this.parts.push(strToU8(this.pending.join('')));
    this.pending = [];
    this.chars = 0;
  }
}

interface TableSpec<A> {
  lead: string[];
  columns: ColumnSet<A>;
  ids: string[];
  leadOf(id: string): Cell[];
  attrsOf(id: string): A;
}

/** A table: the lead and fixed columns, then the attribute columns (wide) or none (they go to the long table). */
async function writeTable<A extends { extra?: Record<string, unknown> }>(spec: TableSpec<A>, file: TextFile, long: TextFile | null, out: ExportWriter, progress: { done: number; total: number }): Promise<void> {
  const { columns } = spec;
  const wide = long === null;
  // The BOM makes Excel read UTF-8 (names with accents, Cyrillic).
  file.write(`\uFEFF${row([...spec.lead, ...columns.fixed.map((c) => c.name), ...(wide ? columns.extras.map((c) => c.name) : [])])}`);
  const extraCount = wide ? columns.extras.length : 0;
  const fixedCount = columns.fixed.length;
  for (const id of spec.ids) {
    const attrs = spec.attrsOf(id);
    const cells: Cell[] = new Array<Cell>(fixedCount + extraCount);
    for (const [at, v] of ownCells(columns, attrs)) {
      if (at < fixedCount || wide) cells[at] = v;
      else long?.write(row([id, columns.extras[at - fixedCount]?.key, v]));
    }
    // In the grid a missing value shows the file's declared default, as the file meant.
    if (wide) {
      for (let i = 0; i < extraCount; i++) {
        const fallback = columns.extras[i]?.default;
        if (cells[fixedCount + i] === undefined && fallback !== undefined) cells[fixedCount + i] = fallback;
      }
    }
    file.write(row([...spec.leadOf(id), ...cells]));
    await out.tick(++progress.done, progress.total);
  }
  file.flush();
}

export const csvExporter: DataExporter = {
  extension: 'zip',
  mime: 'application/zip',
  async write({ dataset, selection, positions, now }, out) {
    const { graph } = dataset;
    const nCols = nodeColumns(graph, selection.nodes);
    const eCols = edgeColumns(graph, selection.edges);
    const progress = { done: 0, total: selection.nodes.length + selection.edges.length };
    const files: [string, TextFile][] = [];
    const longNodes = nCols.extras.length > WIDE_MAX_COLUMNS ? new TextFile() : null;
    const longEdges = eCols.extras.length > WIDE_MAX_COLUMNS ? new TextFile() : null;
    longNodes?.write(`\uFEFF${row(['id', 'attribute', 'value'])}`);
    longEdges?.write(`\uFEFF${row(['id', 'attribute', 'value'])}`);

    const nodes = new TextFile();
    await writeTable(
      {
        lead: ['id', 'x', 'y'],
        columns: nCols,
        ids: selection.nodes,
        attrsOf: (id) => graph.getNodeAttributes(id),
        leadOf: (id) => {
          const at = positions?.[id] ?? graph.getNodeAttributes(id);
          return [id, at.x, at.y];
        },
      },
      nodes,
      longNodes,
      out,
      progress,
    );
    files.push(['nodes.csv', nodes]);
    const edges = new TextFile();
    await writeTable(
      {
        lead: ['id', 'source', 'target', 'type'],
        columns: eCols,
        ids: selection.edges,
        attrsOf: (id) => graph.getEdgeAttributes(id),
        leadOf: (id) => [id, graph.source(id), graph.target(id), graph.getEdgeAttribute(id, 'undirected') === true ? 'undirected' : 'directed'],
      },
      edges,
      longEdges,
      out,
      progress,
    );
    files.push(['edges.csv', edges]);
    if (longNodes) files.push(['node-attributes.csv', longNodes]);
    if (longEdges) files.push(['edge-attributes.csv', longEdges]);
    const defaults = [...nCols.extras.map((c) => ['node', c.key, c.default] as const), ...eCols.extras.map((c) => ['edge', c.key, c.default] as const)].filter(([, , v]) => v !== undefined);
    if ((longNodes || longEdges) && defaults.length > 0) {
      const file = new TextFile();
      file.write(`\uFEFF${row(['element', 'attribute', 'default'])}`);
      for (const [element, key, value] of defaults) file.write(row([element, key, cellOf(value)]));
      files.push(['attribute-defaults.csv', file]);
    }

    const sources = [...dataset.sources.values()].map((s) => `- ${s.title} (${s.publisher}, ${s.date})`);
    const readme = new TextFile();
    readme.write(
      [
        `${dataset.name}: ${selection.nodes.length} nodes, ${selection.edges.length} edges, exported by Redthread on ${now.toISOString()}.`,
        'nodes.csv: one row per node; edges.csv: one row per edge (source and target are node ids; type says whether the file gave the edge a direction).',
        'evidence_quotes holds every supporting quote, one per line; evidence_sources the source ids.',
        "Text that starts with = + - @, a tab or a carriage return has a ' in front, so a spreadsheet shows it instead of running it as a formula.",
        ...(longNodes || longEdges
          ? ['The graph has many distinct attributes: node-attributes.csv and edge-attributes.csv hold them as (id, attribute, value) rows; attribute-defaults.csv the values the original file declared as defaults.']
          : []),
        ...(sources.length ? ['', 'Sources:', ...sources] : []),
        '',
      ].join('\n'),
    );
    files.push(['README.txt', readme]);

    // fflate's streaming zip: each entry is deflated as it is added, straight into the output.
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      out.writeBytes(chunk);
    });
    const mtime = now;
    for (const [name, file] of files) {
      file.flush();
      const entry = new ZipDeflate(name, { level: 6 });
      entry.mtime = mtime;
      zip.add(entry);
      if (file.parts.length === 0) entry.push(new Uint8Array(0), true);
      file.parts.forEach((part, i) => entry.push(part, i === file.parts.length - 1));
      await out.tick(progress.done, progress.total);
    }
    zip.end();
  },
};

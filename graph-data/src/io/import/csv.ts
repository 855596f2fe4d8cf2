// CSV importer: one edges table, or nodes and edges tables (ICIJ's several node tables too),
// streamed row by row with the detected or chosen delimiter, encoding and column mapping.
// Edge-only tables create their nodes from the endpoints; with a nodes table, endpoints it
// does not list become placeholders with a warning.
import type { CsvMapping } from '../../contract.js';
import { GraphBuilder } from './builder.js';
import { ImportContext, type ImportEnv } from './context.js';
import { CsvTokenizer } from './csv-parse.js';
import { detectShape, kindFromFileName, skipLeadingComments, type CsvShape } from './csv-detect.js';
import { decodeText } from './csv-text.js';
import { fileStem, type FormatResult } from './format.js';
import type { RawAttributes } from './map-attributes.js';
import { kindFor, relationFor } from './vocab-map.js';
import { dateRange, inferCell } from './values.js';

/** Detection reads the first 256 KB, and at least the header and the row after it (a 30,000-column header is longer), up to 4 MB. */
function sampleEnd(text: string): number {
  const sample = 256 * 1024;
  const most = 4 * 1024 ** 2;
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  return second >= 0 && second < most ? Math.max(sample, second + 1) : sample;
}

export interface CsvTable {
  name: string;
  bytes: Uint8Array;
}

const CHUNK_CHARS = 64 * 1024;
const NEUTRALISED = /^'[=+\-@\t\r]/;
const TIMESET_COLUMNS = new Set(['timeset', 'interval', 'intervals', 'timestamps', 'time']);

/** Gephi's "[2016-02-03, 2016-02-04]" or "<[2016, 2018]>": the first interval as a date, ±Infinity open. */
export function timesetDate(value: string): string | undefined {
  const m = /\[\s*([^,\]\s]+)\s*(?:,\s*([^\]\s]+)\s*)?\]/.exec(value);
  if (!m) return undefined;
  const bound = (b: string | undefined) => (b === undefined || /infinity/i.test(b) ? undefined : b);
  return dateRange(bound(m[1]), bound(m[2] ?? m[1]));
}

function missingColumn(ctx: ImportContext, shape: CsvShape, column: string | undefined, what: string): void {
  if (column !== undefined && !shape.columns.includes(column)) {
    ctx.fail('bad_file', `has no column "${column}" for the ${what} (its columns are: ${shape.columns.slice(0, 20).join(', ')})`);
  }
}

async function readTable(ctx: ImportContext, table: CsvTable, text: string, shape: CsvShape, builder: GraphBuilder, skipped: number): Promise<void> {
  const { columns, hasHeader, role, mapping } = shape;
  const index = (name: string | undefined) => (name === undefined ? -1 : columns.indexOf(name));
  const [idAt, labelAt, kindAt] = [index(mapping.nodes.id), index(mapping.nodes.label), index(mapping.nodes.kind)];
  const [sourceAt, targetAt, relationAt, edgeLabelAt] = [index(mapping.edges.source), index(mapping.edges.target), index(mapping.edges.relation), index(mapping.edges.label)];
  const timesetAt = columns.findIndex((c) => TIMESET_COLUMNS.has(c.toLowerCase()));
  const kindHint = kindFromFileName(table.name);
  let headerSeen = !hasHeader;

  const onRow = (cells: string[], row: number) => {
    const line = row + skipped;
    // A ' before = + - @ tab or CR is how spreadsheets (and Redthread's CSV export) keep text from
    // running as a formula: the value is what follows it.
    for (let i = 0; i < cells.length; i++) if ((cells[i] as string).charCodeAt(0) === 39 && NEUTRALISED.test(cells[i] as string)) cells[i] = (cells[i] as string).slice(1);
    if (cells.every((c) => c.trim() === '')) return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    const where = () => `line ${line}`;
    if (cells.length !== columns.length) ctx.warnings.note('raggedRow', () => `line ${line} has ${cells.length} cells, the header ${columns.length}`);
    const cell = (at: number) => (at >= 0 ? (cells[at] ?? '').trim() : '');
    const attributes: RawAttributes = {};
    // Only the cells the row has: a 30,000-column header over short rows must not cost 30,000 steps a row.
    const width = Math.min(cells.length, columns.length);
    for (let i = 0; i < width; i++) {
      if (i === idAt || i === sourceAt || i === targetAt || i === labelAt || i === edgeLabelAt) continue;
      const value = cells[i];
      if (value !== undefined && value.trim() !== '') attributes[columns[i] as string] = inferCell(value);
    }
    const date = timesetAt >= 0 ? timesetDate(cell(timesetAt)) : undefined;
    if (role === 'nodes') {
      const id = cell(idAt);
      if (!id) return ctx.warnings.note('missingId', where);
      const label = cell(labelAt);
      const kind = kindAt >= 0 ? kindFor(cell(kindAt)) : undefined;
      builder.addNode({ id, attributes, ...(label && { label }), ...(kind && { kind }), ...(kindHint && { kindHint }), ...(date && { date }) }, where);
    } else {
      const [source, target] = [cell(sourceAt), cell(targetAt)];
      if (!source || !target) return ctx.warnings.note('emptyEndpoint', where);
      const relation = relationAt >= 0 ? relationFor(cell(relationAt)) : undefined;
      const label = edgeLabelAt >= 0 ? cell(edgeLabelAt) : '';
      builder.addEdge({ source, target, attributes, ...(relation && { relation }), ...(label && { label }), ...(date && { date }) }, where);
    }
  };

  const tokenizer = new CsvTokenizer(shape.delimiter, onRow, (line) => ctx.fail('bad_file', 'has a quoted field longer than 16 million characters: a quote is probably never closed', `line ${line}`));
  for (let at = 0; at < text.length; at += CHUNK_CHARS) {
    tokenizer.push(text.slice(at, at + CHUNK_CHARS));
    await ctx.tick('read', Math.min(text.length, at + CHUNK_CHARS), text.length);
  }
  const unterminated = tokenizer.end();
  if (unterminated !== undefined) ctx.warnings.note('unterminatedQuote', () => `line ${unterminated}`);
}

export async function importCsv(env: ImportEnv, tables: CsvTable[], mapping: CsvMapping | undefined): Promise<FormatResult> {
  const prepared = tables.map((table) => {
    const ctx = new ImportContext(table.name, 'csv', env);
    const { body: text, skipped } = skipLeadingComments(decodeText(ctx, table.bytes, mapping?.encoding));
    const shape = detectShape(text.slice(0, sampleEnd(text)), mapping);
    return { table, ctx, text, shape, skipped };
  });
  for (const { ctx, shape } of prepared) {
    if (shape.role === 'edges') {
      missingColumn(ctx, shape, shape.mapping.edges.source, 'edge sources');
      missingColumn(ctx, shape, shape.mapping.edges.target, 'edge targets');
      missingColumn(ctx, shape, shape.mapping.edges.relation, 'edge relations');
      missingColumn(ctx, shape, shape.mapping.edges.label, 'edge labels');
    } else {
      if (shape.mapping.nodes.id === undefined) {
        ctx.fail('bad_file', `has no column that looks like node ids or edge endpoints (its columns are: ${shape.columns.slice(0, 20).join(', ')}); choose the columns in the mapping step`);
      }
      missingColumn(ctx, shape, shape.mapping.nodes.id, 'node ids');
      missingColumn(ctx, shape, shape.mapping.nodes.label, 'node labels');
      missingColumn(ctx, shape, shape.mapping.nodes.kind, 'node kinds');
    }
  }
  const nodesFirst = [...prepared].sort((a, b) => (a.shape.role === b.shape.role ? 0 : a.shape.role === 'nodes' ? -1 : 1));
  const first = nodesFirst[0];
  if (!first) throw new Error('io/import/csv: no tables');
  const hasNodeTable = prepared.some((p) => p.shape.role === 'nodes');
  const builder = new GraphBuilder(first.ctx, { implicitNodes: !hasNodeTable });
  for (const { table, ctx, text, shape, skipped } of nodesFirst) {
    builder.useContext(ctx);
    await readTable(ctx, table, text, shape, builder, skipped);
  }
  const edgeTable = prepared.find((p) => p.shape.role === 'edges') ?? first;
  builder.useContext(edgeTable.ctx);
  const name = fileStem(edgeTable.table.name);
  return { graph: await builder.finish(name), name, format: 'csv' };
}

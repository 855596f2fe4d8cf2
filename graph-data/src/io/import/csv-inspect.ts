// The CSV mapping step's preview: how Redthread would read a table (delimiter, encoding,
// columns, first rows, nodes or edges, suggested mapping), from the first 256 KB only.
import type { CsvMapping } from '../../contract.js';
import { ImportContext } from './context.js';
import { tokenize } from './csv-parse.js';
import { detectShape, skipLeadingComments, type Delimiter } from './csv-detect.js';
import { decodeText } from './csv-text.js';
import { sniffEncoding, type TextEncoding } from './decode.js';
import { DEFAULT_LIMITS } from './context.js';
import { Warnings } from './warnings.js';

export interface CsvInspection {
  delimiter: Delimiter;
  encoding: TextEncoding;
  columns: string[];
  /** The first five data rows (after the header, blank lines skipped). */
  rows: string[][];
  role: 'nodes' | 'edges';
  suggested: CsvMapping;
  warnings: string[];
}

const SAMPLE_BYTES = 256 * 1024;

export function inspectCsv(file: { name: string; bytes: Uint8Array }, mapping?: CsvMapping): CsvInspection {
  const warnings = new Warnings();
  const ctx = new ImportContext(file.name, 'csv', { signal: { cancelled: false }, onProgress: () => undefined, limits: DEFAULT_LIMITS, warnings, cells: 0, expanded: 0 });
  if (file.bytes.length === 0) ctx.fail('bad_file', 'is empty');
  let { body: text } = skipLeadingComments(decodeText(ctx, file.bytes, mapping?.encoding, SAMPLE_BYTES));
  // A header longer than the sample (30,000 columns): read on to the end of the first data row, up to 4 MB.
  if (file.bytes.length > SAMPLE_BYTES && text.indexOf('\n', text.indexOf('\n') + 1) < 0) {
    text = skipLeadingComments(decodeText(ctx, file.bytes, mapping?.encoding, 4 * 1024 ** 2)).body;
  }
  const encoding = (mapping?.encoding ?? (warnings.list().length > 0 ? 'windows-1252' : sniffEncoding(file.bytes).encoding)) as TextEncoding;
  const shape = detectShape(text, mapping);
  const rows = tokenize(text, shape.delimiter, file.bytes.length > SAMPLE_BYTES)
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .slice(shape.hasHeader ? 1 : 0, shape.hasHeader ? 6 : 5)
    .map((r) => r.cells);
  const suggested: CsvMapping = { delimiter: shape.delimiter, encoding };
  if (shape.role === 'nodes') suggested.nodes = shape.mapping.nodes;
  else suggested.edges = shape.mapping.edges;
  return { delimiter: shape.delimiter, encoding, columns: shape.columns, rows, role: shape.role, suggested, warnings: warnings.list() };
}

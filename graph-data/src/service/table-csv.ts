// The data table's rows as one CSV file (RFC 4180, UTF-8 with a BOM for spreadsheets), written
// with the app's CSV cell writer so text a spreadsheet would run as a formula is neutralised.
import type { ExportedFile, TableValue } from '../contract.js';
import { csvCell } from '../io/export/csv.js';

/** Lists as the app's CSV tables write them (aliases): items joined by "; ". */
const cellOf = (value: TableValue): string | number | boolean | undefined => (value === null ? undefined : Array.isArray(value) ? value.join('; ') : value);

export function tableCsvFile(datasetId: string, element: 'node' | 'edge', table: { header: string[]; rows: TableValue[][] }): ExportedFile {
  const lines = [table.header, ...table.rows].map((cells) => `${cells.map((c) => csvCell(cellOf(c))).join(',')}\r\n`);
  const base = datasetId.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '') || 'graph';
  return { fileName: `${base}-${element}s.csv`, mime: 'text/csv', bytes: new TextEncoder().encode(`\uFEFF${lines.join('')}`) };
}

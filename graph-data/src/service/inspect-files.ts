// What the open dialog shows before opening: the files' format and, for CSV, the
// columns, a few rows and the importer's suggested mapping. Detection and CSV reading
// belong to io/import; this module only shapes their answer for the contract.
import type { Args, CsvMapping, FileInspection, ImportFormat } from '../contract.js';
import { detectReader, extensionOf } from '../io/import/detect.js';
import { inspectCsv } from '../io/import/index.js';

/** The JSON family is told apart while importing; the extension is a fair guess for the dialog. */
function jsonFormat(name: string): ImportFormat {
  const ext = extensionOf(name);
  if (ext === 'ftm' || ext === 'ijson' || /\.ftm\.json$/i.test(name)) return 'ftm';
  if (ext === 'cyjs') return 'cytoscape-json';
  return 'graphology-json';
}

export async function inspectFiles(args: Args<'inspectFiles'>): Promise<FileInspection> {
  const readers = args.files.map((f) => detectReader(f.name, f.bytes, args.format).reader);
  const first = args.files[0];
  if (!first) return { format: args.format ?? 'graphology-json' };
  if (readers.some((r) => r !== 'csv')) {
    const reader = readers[0];
    return { format: args.format ?? (reader === 'json' ? jsonFormat(first.name) : reader === 'csv' ? 'csv' : (reader ?? 'graphology-json')) };
  }
  const tables = args.files.map((file) => ({ file, inspection: inspectCsv(file) }));
  // Delimiter and encoding stay per file (detected when opening); the suggestion names columns only.
  const suggestion: CsvMapping = {};
  for (const { inspection } of tables) {
    if (inspection.role === 'nodes' && inspection.suggested.nodes) suggestion.nodes = inspection.suggested.nodes;
    if (inspection.role === 'edges' && inspection.suggested.edges) suggestion.edges = inspection.suggested.edges;
  }
  return {
    format: 'csv',
    csv: {
      files: tables.map(({ file, inspection }) => ({
        name: file.name,
        role: inspection.role,
        delimiter: inspection.delimiter,
        encoding: inspection.encoding,
        columns: inspection.columns,
        preview: inspection.rows.slice(0, 5),
      })),
      suggestion,
    },
  };
}

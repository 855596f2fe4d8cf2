// Importers: turn files from other tools into a Redthread dataset. One module per
// format; this entry point checks sizes, inflates gzip, detects the format and dispatches,
// and turns every failure into a ServiceFailure (bad_file / too_large / cancelled).
import type { CsvMapping, ImportFormat } from '../../contract.js';
import type { Dataset } from '../../service/dataset.js';
import { ServiceFailure } from '../../service/errors.js';
import { ImportContext, DEFAULT_LIMITS, limitFailure, type ImportEnv, type ImportLimits } from './context.js';
import { importCsv } from './csv.js';
import { looksBinary, NotUtf8, sniffEncoding, lineAt } from './decode.js';
import { detectReader, type Reader } from './detect.js';
import type { FormatResult } from './format.js';
import { importGexf } from './gexf.js';
import { importGraphml } from './graphml.js';
import { gunzip, isGzip } from './gzip.js';
import { importJson } from './json-family.js';
import { Warnings } from './warnings.js';
import { withoutAccents } from '../../util/accents.js';

export { inspectCsv, type CsvInspection } from './csv-inspect.js';
export { DEFAULT_LIMITS, type ImportLimits } from './context.js';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportRequest {
  /** One graph file, or CSV tables: nodes table(s) and an edges table. */
  files: ImportFile[];
  format?: ImportFormat;
  csv?: CsvMapping;
  maxBytes: number;
  /** Set `cancelled` to stop at the next chunk boundary. */
  signal: { cancelled: boolean };
  /**
   * Phases: "read" and "decompress" (bytes), "build" (elements), "done". Called at most every
   * ~30 ms, when the importer yields to the event loop.
   */
  onProgress(phase: string, done: number, total: number): void;
  /** Budgets (DEFAULT_LIMITS unless raised for this file). */
  limits?: Partial<ImportLimits>;
}

export interface ImportResult {
  dataset: Dataset;
  warnings: string[];
}

const ORIGINS: Record<Reader, string> = { gexf: 'gexf', graphml: 'graphml', json: 'json', csv: 'csv' };

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

async function prepare(env: ImportEnv, file: ImportFile, maxBytes: number): Promise<ImportFile> {
  const ctx = new ImportContext(file.name, '', env);
  const limit = formatBytes(maxBytes);
  if (file.bytes.length > maxBytes) {
    throw limitFailure(`io/import: ${file.name}`, 'maxBytes', maxBytes, file.bytes.length, true, `is ${formatBytes(file.bytes.length)}, larger than the ${limit} import limit; raise the limit to open it`);
  }
  if (file.bytes.length === 0) ctx.fail('bad_file', 'is empty');
  if (!isGzip(file.bytes)) return file;
  const bytes = await gunzip(ctx, file.bytes, maxBytes, limit);
  if (bytes.length === 0) ctx.fail('bad_file', 'is empty once decompressed');
  return { name: file.name.replace(/\.gz$/i, ''), bytes };
}

async function run(env: ImportEnv, files: ImportFile[], request: ImportRequest, encoding: string | undefined): Promise<FormatResult> {
  const readers = files.map((file) => detectReader(file.name, file.bytes, request.format));
  if (files.length > 1 || readers[0]?.reader === 'csv') {
    const notCsv = files.find((_f, i) => readers[i]?.reader !== 'csv');
    if (notCsv) throw new ImportContext(notCsv.name, '', env).failure('bad_file', 'only CSV tables can be opened together (a nodes table and an edges table); open this file on its own');
    return importCsv(env, files, request.csv);
  }
  const file = files[0] as ImportFile;
  const reader = (readers[0] as { reader: Reader }).reader;
  const ctx = new ImportContext(file.name, ORIGINS[reader], env);
  const decoding = sniffEncoding(file.bytes);
  if (looksBinary(file.bytes, decoding)) ctx.fail('bad_file', 'is not a text graph file (it contains binary data)');
  if (reader === 'gexf') return importGexf(ctx, file.bytes, encoding);
  if (reader === 'graphml') return importGraphml(ctx, file.bytes, encoding);
  return importJson(ctx, file.bytes, request.format, encoding);
}

function slug(name: string): string {
  return (
    withoutAccents(name)
      .replace(/[^\w]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'graph'
  );
}

export async function importGraph(request: ImportRequest): Promise<ImportResult> {
  const names = request.files.map((f) => f.name).join(', ');
  let env: ImportEnv = {
    signal: request.signal,
    onProgress: request.onProgress,
    limits: { ...DEFAULT_LIMITS, ...request.limits },
    warnings: new Warnings(),
    cells: 0,
    expanded: 0,
  };
  try {
    if (request.files.length === 0) throw new ServiceFailure('bad_file', 'io/import: no file was given');
    const files: ImportFile[] = [];
    for (const file of request.files) files.push(await prepare(env, file, request.maxBytes));
    const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
    request.onProgress('read', 0, total);
    let result: FormatResult;
    try {
      result = await run(env, files, request, undefined);
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      // Start again as Windows-1252 with fresh warnings: the first pass's are about text it misread.
      const file = files[0] as ImportFile;
      const ctx = new ImportContext(file.name, '', env);
      if (looksBinary(file.bytes, sniffEncoding(file.bytes), true)) ctx.fail('bad_file', 'is not a text graph file (it is neither UTF-8 nor single-byte text)');
      env = { ...env, warnings: new Warnings(), cells: 0, expanded: 0 };
      env.warnings.add(`${file.name} is not valid UTF-8 (first at line ${lineAt(file.bytes, error.byteOffset)}); it was read as Windows-1252 (Western European).`);
      result = await run(env, files, request, 'windows-1252');
    }
    const { graph } = result;
    request.onProgress('done', graph.order + graph.size, graph.order + graph.size);
    const dataset: Dataset = { id: `import-${slug(result.name)}`, name: result.name, format: result.format, graph, sources: result.sources ?? new Map(), ...(result.case && { case: result.case }) };
    return { dataset, warnings: env.warnings.list() };
  } catch (error) {
    if (error instanceof ServiceFailure) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) throw new ServiceFailure('too_large', `io/import: ${names} is too large to open in memory (${message})`);
    throw new ServiceFailure('internal', `io/import: ${names}: unexpected failure: ${message}`);
  }
}

// Importers: turn files from other tools into a Redthread dataset. One module per
// format; this entry point detects the format and dispatches.
import type { CsvMapping, ImportFormat } from '../../contract.js';
import type { Dataset } from '../../service/dataset.js';
import { ServiceFailure } from '../../service/errors.js';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportRequest {
  files: ImportFile[];
  format?: ImportFormat;
  csv?: CsvMapping;
  maxBytes: number;
  /** Set `cancelled` to stop at the next chunk boundary. */
  signal: { cancelled: boolean };
  onProgress(phase: string, done: number, total: number): void;
}

export interface ImportResult {
  dataset: Dataset;
  warnings: string[];
}

export async function importGraph(request: ImportRequest): Promise<ImportResult> {
  const names = request.files.map((f) => f.name).join(', ');
  throw new ServiceFailure('bad_file', `io/import: ${names}: importers are not available yet`);
}

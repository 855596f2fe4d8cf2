// Data exporters: one module per format, registered here. `exportData` runs one as a task:
// written element by element, cancellable, with progress, in time proportional to the file.
import type { Args, ContractResults, DataExportFormat } from '../../contract.js';
import type { Dataset } from '../../service/dataset.js';
import { Ticker, type TaskSignal } from '../task.js';
import { csvExporter } from './csv.js';
import { gexfExporter } from './gexf.js';
import { graphmlExporter } from './graphml.js';
import { jsonExporter } from './json.js';
import { selectElements } from './subgraph.js';
import type { DataExporter } from './types.js';
import { ExportWriter } from './writer.js';
import { withoutAccents } from '../../util/accents.js';

export const DATA_EXPORTERS: Record<DataExportFormat, DataExporter> = {
  json: jsonExporter,
  gexf: gexfExporter,
  graphml: graphmlExporter,
  csv: csvExporter,
};

/** `interpol-2018-2026-11-27.gexf`: the dataset and the day, safe on every file system. */
export function exportFileName(datasetId: string, extension: string, now: Date): string {
  const base = withoutAccents(datasetId).replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'graph';
  return `${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}

export interface ExportTask {
  /** Set `cancelled` to stop at the next element. */
  signal?: TaskSignal;
  /** Phase "write": elements written of the total; at most every ~30 ms. */
  onProgress?(phase: string, done: number, total: number): void;
  now?: Date;
}

export async function exportData(dataset: Dataset, args: Args<'exportData'>, task: ExportTask = {}): Promise<ContractResults['exportData']> {
  const now = task.now ?? new Date();
  const exporter = DATA_EXPORTERS[args.format];
  const ticker = new Ticker(task.signal ?? { cancelled: false }, task.onProgress ?? (() => undefined), `io/export: the ${args.format} export was cancelled`);
  const selection = selectElements(dataset.graph, args.nodes, args.edges);
  const out = new ExportWriter(ticker);
  await exporter.write({ dataset, selection, positions: args.positions, colors: args.colors, now }, out);
  return { fileName: exportFileName(dataset.id, exporter.extension, now), mime: exporter.mime, bytes: out.finish() };
}

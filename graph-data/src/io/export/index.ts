// Data exporters: one module per format, registered here; `exportData` is the
// service method behind the contract's `exportData`.
import type { Args, ContractResults, DataExportFormat } from '../../contract.js';
import type { Dataset } from '../../service/dataset.js';
import { csvExporter } from './csv.js';
import { gexfExporter } from './gexf.js';
import { graphmlExporter } from './graphml.js';
import { jsonExporter } from './json.js';
import { selectElements } from './subgraph.js';
import type { DataExporter } from './types.js';

export const DATA_EXPORTERS: Record<DataExportFormat, DataExporter> = {
  json: jsonExporter,
  gexf: gexfExporter,
  graphml: graphmlExporter,
  csv: csvExporter,
};

/** `interpol-2018-2026-11-27.gexf`: the dataset and the day, safe on every file system. */
export function exportFileName(datasetId: string, extension: string, now: Date): string {
  const base = datasetId.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'graph';
  return `${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}

export function exportData(dataset: Dataset, args: Args<'exportData'>, now = new Date()): ContractResults['exportData'] {
  const exporter = DATA_EXPORTERS[args.format];
  const selection = selectElements(dataset.graph, args.nodes, args.edges);
  const bytes = exporter.write({ dataset, selection, positions: args.positions, colors: args.colors, now });
  return { fileName: exportFileName(dataset.id, exporter.extension, now), mime: exporter.mime, bytes };
}

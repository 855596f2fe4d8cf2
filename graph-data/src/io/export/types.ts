// What every data exporter receives and returns.
import type { Args } from '../../contract.js';
import type { Dataset } from '../../service/dataset.js';
import type { ExportSelection } from './subgraph.js';

export interface DataExportInput {
  dataset: Dataset;
  selection: ExportSelection;
  /** Node positions on screen, so Gephi and yEd open the picture the user saw. */
  positions?: Args<'exportData'>['positions'];
  colors?: Args<'exportData'>['colors'];
  now: Date;
}

export interface DataExporter {
  extension: string;
  mime: string;
  write(input: DataExportInput): Uint8Array;
}

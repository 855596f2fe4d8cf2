// What every data exporter receives and returns.
import type { Args } from '../../contract.js';
import type { Dataset } from '../../service/dataset.js';
import type { ExportSelection } from './subgraph.js';
import type { ExportWriter } from './writer.js';

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
  /** Writes the file element by element into `out`, ticking after each (Cancel, progress). */
  write(input: DataExportInput, out: ExportWriter): Promise<void>;
}

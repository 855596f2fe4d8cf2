// Messages between the page and the PDF worker (pdf-exporter.ts, pdf-worker.ts).
import type { EdgeDetails } from '../../../graph-data/src/contract.js';
import type { CustomAllegationType } from '../graph-view/allegation-types.js';
import type { Theme } from '../graph-view/palette.js';
import type { LegendContent } from './caption.js';
import type { Scene } from './scene.js';
import type { JobMessage } from './serialise-job.js';
import type { ExportMeta } from './types.js';

/** What the worker lays out and writes; crosses as JSON in pieces (serialise-job.ts), so dates are numbers. */
export interface PdfJob {
  scene: Scene;
  /** The caption's facts; `exportedAt` as ms since the epoch. */
  meta: Omit<ExportMeta, 'exportedAt'> & { exportedAt: number };
  caption: boolean;
  /** What the legend shows, or null for none. */
  legend: LegendContent | null;
  theme: Theme;
  /** Evidence of the numbered allegation edges, in number order. */
  numbered: EdgeDetails[];
  allegationTypes: CustomAllegationType[];
  info: { title: string; subject: string; keywords: string };
}

/** The job's pieces (JobMessage), then `pdf` to write it. */
export type ToPdfWorker = JobMessage | { type: 'pdf' };

export type FromPdfWorker = { type: 'pdf'; bytes: Uint8Array<ArrayBuffer>; warnings: string[] } | { type: 'error'; message: string };

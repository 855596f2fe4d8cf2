// What the page gives the PDF worker and what it answers (pdf-exporter.ts, pdf-worker.ts; job-worker.ts carries them).
import type { EdgeDetails } from '../../../graph-data/src/contract.js';
import type { CustomAllegationType } from '../graph-view/allegation-types.js';
import type { Theme } from '../graph-view/palette.js';
import type { LegendContent } from './caption.js';
import type { Scene } from './scene.js';
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

/** The document and what the user should know about it (characters drawn as boxes). */
export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  warnings: string[];
}

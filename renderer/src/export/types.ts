// The export registry's types: options the dialog collects, the context an exporter
// runs in, and what it returns.
import type { Core } from 'cytoscape';
import type { Args, DatasetInfo, EdgeDetails, ExportedFile, Result } from '../../../graph-data/src/contract.js';
import type { Theme } from '../graph-view/palette.js';
import type { CommunityLegend } from '../graph-view/community-legend.js';
import type { CustomAllegationType } from '../graph-view/allegation-types.js';
import type { Scene } from './scene.js';
import type { SelectedElements } from './selection-scope.js';

export const SCOPES = ['view', 'whole', 'selection'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ExportOptions {
  /** The current viewport, every visible element, or the selection (see selection-scope.ts). */
  scope: Scope;
  /** 1–4 output pixels per screen pixel (raster formats). */
  scale: number;
  /** PNG only; JPEG is always solid. */
  background: 'solid' | 'transparent';
  /** JPEG quality, 0.5–1. */
  quality: number;
  legend: boolean;
  caption: boolean;
}

export const DEFAULT_OPTIONS: ExportOptions = { scope: 'whole', scale: 2, background: 'solid', quality: 0.92, legend: true, caption: true };

export interface ExportMeta {
  title: string;
  datasetId: string;
  sources: DatasetInfo['sources'];
  /** Human-readable active filters ("Allegation: red notice abuse"). */
  filters: string[];
  exportedAt: Date;
  /** What the picture is of ("Focus on X at depth 1; 2 nodes hidden"), see describe-scope.ts. */
  scope: string;
  /** How many nodes and edges the picture holds, once its scene is built. */
  shown?: { nodes: number; edges: number };
}

export interface ExportContext {
  cy: Core;
  theme: Theme;
  options: ExportOptions;
  meta: ExportMeta;
  /** Set when nodes are coloured by community: the legend names communities, kinds go by shape. */
  communities?: CommunityLegend | null;
  /** The allegation types the case added (DatasetInfo.customAllegationTypes): legends and lists name and colour them. */
  allegationTypes?: readonly CustomAllegationType[];
  /** Details of edges (evidence, endpoints) for the PDF's numbered source list. */
  edgeDetails(ids: string[]): Promise<EdgeDetails[]>;
  exportData(args: Args<'exportData'>): Promise<Result<ExportedFile>>;
  /** With scope 'selection': the graph ids it covers. */
  selection?: SelectedElements;
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
  /** Scenes already built while the dialog is open, by scope and theme (see sceneFor). */
  scenes?: Map<string, Scene>;
  /** Tests only: force raster bands and tiles at most this many pixels high and wide. */
  tileSize?: number;
  /** Tests only: read edge geometry through Cytoscape's public methods (see cy-geometry.ts). */
  publicGeometry?: boolean;
}

export interface ExportOutput {
  /** A Blob, not bytes: a large image's bands are joined without a copy on the UI thread, and saved as they are. */
  file: Blob;
  /** Said to the user after the export (e.g. labels a PDF font could not encode). */
  warnings: string[];
  /** Data exports name their own file; images use the dialog's name. */
  fileName?: string;
}

export interface Exporter {
  id: string;
  label: string;
  extension: string;
  mime: string;
  /** Images are drawn here; data comes from the graph service. */
  kind: 'image' | 'data';
  /** Which options apply, for the dialog. */
  uses: { scale?: boolean; background?: boolean; quality?: boolean; decorations?: boolean };
  run(ctx: ExportContext): Promise<ExportOutput>;
}

export class ExportError extends Error {
  constructor(
    readonly code: 'too_large' | 'blank' | 'cancelled' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new ExportError('cancelled', 'export: cancelled');
}

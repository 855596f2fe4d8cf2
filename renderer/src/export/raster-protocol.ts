// Messages between the page and the raster workers (raster-worker.ts, raster-pool.ts).
import type { Prim } from './caption.js';
import type { Scene } from './scene.js';
import type { JobMessage } from './serialise-job.js';

/** What every band of one export shares; sent once to each worker. */
export interface RasterJob {
  scene: Scene;
  /** The caption band's primitives, at 1× (drawn at `scale`). */
  prims: Prim[];
  width: number;
  /** Rows of graph; the caption band starts here. */
  graphHeight: number;
  /** Output pixels per model unit. */
  k: number;
  scale: number;
  /** CSS colour to fill with, or null for transparent. */
  background: string | null;
  /** The background as a little-endian RGBA uint32 (0 when transparent): pixels that are not ink. */
  backgroundPixel: number;
  /** Widest canvas a band is drawn on; wider bands are drawn in tiles side by side. */
  tileWidth: number;
}

/**
 * A job as JSON in pieces (serialise-job.ts): the job without the scene's elements, then its nodes
 * and edges in slices. One string of the whole scene took a single 240 ms task on the UI thread;
 * the pieces cross as messages of their own (JobMessage).
 */
export interface SerialisedJob {
  head: string;
  nodes: string[];
  edges: string[];
}

export type ToWorker =
  | JobMessage
  | { type: 'band'; index: number; y0: number; rows: number }
  /** The whole image on one canvas, encoded as JPEG (it fits one canvas: the dialog checks). */
  | { type: 'jpeg'; height: number; quality: number };

export interface BandResult {
  type: 'band';
  index: number;
  /** IDAT chunks of the band's sync-flushed deflate, as a Blob: the page joins bands without copying them. */
  chunks: Blob;
  adler: number;
  length: number;
  ink: boolean;
}

export interface JpegResult {
  type: 'jpeg';
  file: Blob;
  /** Whether any pixel of the graph's rows is not background. */
  ink: boolean;
}

export type FromWorker = BandResult | JpegResult | { type: 'error'; message: string };

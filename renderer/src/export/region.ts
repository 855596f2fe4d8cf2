// How many pixels an export's region makes: the numbers behind the dialog's size
// preview, the plan of raster bands and the size limits.
import type { Box } from './scene.js';

/** Chromium's canvas limits: 32,767 px a side, 268 M px in all (cy.png() returns an empty image past them). */
export const CANVAS_MAX_SIDE = 32_767;
export const CANVAS_MAX_AREA = 268_435_456;
/** What the streaming PNG encoder will take on: 4 bytes a pixel pass through memory one band at a time. */
export const PNG_MAX_PIXELS = 1_500_000_000;

export interface Region {
  box: Box;
  /** Output pixels per model unit at 1×. */
  density: number;
}

export interface SizePlan {
  width: number;
  /** Graph area plus the caption band. */
  height: number;
  graphHeight: number;
  pixels: number;
  /** Over a single canvas: cannot be done as JPEG (PNG is drawn in bands anyway). */
  overCanvas: boolean;
}

export function planSize(region: Region, scale: number, bandHeight: number): SizePlan {
  const k = region.density * scale;
  const width = Math.max(1, Math.ceil(region.box.w * k));
  const graphHeight = Math.max(1, Math.ceil(region.box.h * k));
  const height = graphHeight + Math.ceil(bandHeight * scale);
  const pixels = width * height;
  return {
    width,
    height,
    graphHeight,
    pixels,
    overCanvas: width > CANVAS_MAX_SIDE || height > CANVAS_MAX_SIDE || pixels > CANVAS_MAX_AREA,
  };
}

/** The largest scale (in steps of 0.25) whose output fits `fits`; 0 when none does. */
export function largestScale(region: Region, bandHeight: number, fits: (plan: SizePlan) => boolean, max = 4): number {
  for (let s = max; s >= 0.25; s -= 0.25) if (fits(planSize(region, s, bandHeight))) return s;
  return 0;
}

export const fitsCanvas = (plan: SizePlan): boolean => !plan.overCanvas;
export const fitsPng = (plan: SizePlan): boolean => plan.pixels <= PNG_MAX_PIXELS;

export interface Band {
  y0: number;
  rows: number;
}

/** Bands of at most `maxRows` rows, top to bottom: the graph area, then the caption band, never one band across both. */
export function planBands(graphHeight: number, height: number, maxRows: number): Band[] {
  const bands: Band[] = [];
  for (const [from, to] of [[0, graphHeight], [graphHeight, height]] as const) {
    for (let y0 = from; y0 < to; y0 += maxRows) bands.push({ y0, rows: Math.min(maxRows, to - y0) });
  }
  return bands;
}

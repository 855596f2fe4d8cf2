// What part of the graph an export covers and how many pixels that makes: the
// numbers behind the dialog's size preview, the tiling plan and the size limits.
import type { Core } from 'cytoscape';
import type { Box } from './scene.js';
import type { ExportOptions } from './types.js';

/** Chromium's canvas limits: 32,767 px a side, 268 M px in all (cy.png() returns an empty image past them). */
export const CANVAS_MAX_SIDE = 32_767;
export const CANVAS_MAX_AREA = 268_435_456;
/** What the streaming PNG encoder will take on: 4 bytes a pixel pass through memory one band at a time. */
export const PNG_MAX_PIXELS = 1_500_000_000;
/** Past the canvas limits, square tiles: a long edge's bounds touch few of them. */
export const TILE_SIZE = 4096;
const PADDING = 24;

export interface Region {
  box: Box;
  /** Output pixels per model unit at 1×. */
  density: number;
}

export function exportRegion(cy: Core, scope: ExportOptions['scope']): Region {
  if (scope === 'view') {
    const e = cy.extent();
    return { box: { x: e.x1, y: e.y1, w: e.w, h: e.h }, density: cy.zoom() };
  }
  const visible = cy.elements(':visible');
  if (visible.empty()) return { box: { x: 0, y: 0, w: 400, h: 300 }, density: 1 };
  const bb = visible.boundingBox({ includeLabels: true, includeOverlays: false });
  return { box: { x: bb.x1 - PADDING, y: bb.y1 - PADDING, w: bb.w + 2 * PADDING, h: bb.h + 2 * PADDING }, density: 1 };
}

export interface SizePlan {
  width: number;
  /** Graph area plus the caption band. */
  height: number;
  graphHeight: number;
  pixels: number;
  /** Over a single canvas: needs tiles (PNG) or cannot be done (JPEG). */
  overCanvas: boolean;
  tiles: number;
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
    tiles: Math.ceil(width / TILE_SIZE) * Math.ceil(graphHeight / TILE_SIZE),
  };
}

/** The largest scale (in steps of 0.25) whose output fits `fits`; 0 when none does. */
export function largestScale(region: Region, bandHeight: number, fits: (plan: SizePlan) => boolean, max = 4): number {
  for (let s = max; s >= 0.25; s -= 0.25) if (fits(planSize(region, s, bandHeight))) return s;
  return 0;
}

export const fitsCanvas = (plan: SizePlan): boolean => !plan.overCanvas;
export const fitsPng = (plan: SizePlan): boolean => plan.pixels <= PNG_MAX_PIXELS;

// A raster worker: draws bands of an export on OffscreenCanvas, reads the pixels back
// and deflates them into PNG chunks, so two or more bands are drawn and encoded at
// once and the page stays responsive.
import { drawPrims } from './draw-canvas.js';
import { drawScene } from './draw-scene.js';
import { encodeBand } from './deflate-runs.js';
import { idatChunks } from './png-chunks.js';
import type { FromWorker, RasterJob, ToWorker } from './raster-protocol.js';
import { readJobMessage } from './serialise-job.js';

let job: RasterJob | null = null;

function context(width: number, height: number): OffscreenCanvasRenderingContext2D {
  const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error(`export: could not get a ${width}×${height} canvas`);
  return ctx;
}

/** One tile of a band: rows y0… of columns x0… (tw × rows pixels). */
function drawTile(j: RasterJob, x0: number, y0: number, tw: number, rows: number): Uint8ClampedArray {
  const ctx = context(tw, rows);
  if (j.background) {
    ctx.fillStyle = j.background;
    ctx.fillRect(0, 0, tw, rows);
  }
  if (y0 < j.graphHeight) {
    drawScene(ctx, j.scene, { x: j.scene.box.x + x0 / j.k, y: j.scene.box.y + y0 / j.k, width: tw, height: rows, k: j.k });
  } else {
    ctx.setTransform(j.scale, 0, 0, j.scale, -x0, -(y0 - j.graphHeight));
    drawPrims(ctx, j.prims);
  }
  const pixels = ctx.getImageData(0, 0, tw, rows).data;
  ctx.canvas.width = 0;
  return pixels;
}

function band(j: RasterJob, index: number, y0: number, rows: number): FromWorker {
  let pixels: Uint8ClampedArray | Uint8Array;
  if (j.width <= j.tileWidth) {
    pixels = drawTile(j, 0, y0, j.width, rows);
  } else {
    // Wider than one canvas: tiles side by side, stitched row by row into the band.
    const whole = new Uint8Array(j.width * rows * 4);
    for (let x0 = 0; x0 < j.width; x0 += j.tileWidth) {
      const tw = Math.min(j.tileWidth, j.width - x0);
      const tile = drawTile(j, x0, y0, tw, rows);
      for (let y = 0; y < rows; y++) whole.set(tile.subarray(y * tw * 4, (y + 1) * tw * 4), (y * j.width + x0) * 4);
    }
    pixels = whole;
  }
  const encoded = encodeBand(pixels, j.width, rows, j.backgroundPixel);
  // Made a Blob here, where copying the bytes costs the page nothing (50 MB took 250 ms on the UI thread).
  return { type: 'band', index, chunks: new Blob([idatChunks(encoded.deflate)]), adler: encoded.adler, length: encoded.length, ink: encoded.ink };
}

/** The whole image, graph and caption, on one canvas: a JPEG (drawn on the page, eurosis.json's held it for 1.7 s). */
async function jpeg(j: RasterJob, height: number, quality: number): Promise<FromWorker> {
  const ctx = context(j.width, height);
  if (j.background) {
    ctx.fillStyle = j.background;
    ctx.fillRect(0, 0, j.width, height);
  }
  drawScene(ctx, j.scene, { x: j.scene.box.x, y: j.scene.box.y, width: j.width, height: j.graphHeight, k: j.k });
  if (height > j.graphHeight) {
    ctx.setTransform(j.scale, 0, 0, j.scale, 0, j.graphHeight);
    drawPrims(ctx, j.prims);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }
  const ink = j.graphHeight > 0 && hasInk(ctx.getImageData(0, 0, j.width, j.graphHeight).data, j.backgroundPixel);
  const file = await (ctx.canvas as OffscreenCanvas).convertToBlob({ type: 'image/jpeg', quality });
  return { type: 'jpeg', file, ink };
}

/** True when some pixel differs from `background` (a canvas past the browser's real limit draws nothing). */
function hasInk(data: Uint8ClampedArray, background: number): boolean {
  const px = new Uint32Array(data.buffer, data.byteOffset, data.byteLength / 4);
  for (let i = 0; i < px.length; i++) if (px[i] !== background) return true;
  return false;
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'job-head' || message.type === 'job-piece') {
      job = readJobMessage(job, message);
      return;
    }
    if (!job) throw new Error(`export: a ${message.type} arrived before its job`);
    self.postMessage(message.type === 'jpeg' ? await jpeg(job, message.height, message.quality) : band(job, message.index, message.y0, message.rows));
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  }
};

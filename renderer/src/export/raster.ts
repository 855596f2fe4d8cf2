// PNG and JPEG, drawn from the export's scene (draw-scene.ts). A PNG is cut into
// horizontal bands that raster workers draw, read back and deflate in parallel; the
// bands join into one file, so its size is bounded by memory, not by Chromium's canvas
// limits. A JPEG is drawn and encoded whole in one raster worker. Every file is checked for
// ink before it is returned: never a blank file. The page only reads the scene and joins.
import { canvasTextWidth } from './draw-canvas.js';
import { metadataText, type Prepared, prepareImage } from './decorations.js';
import { pngPieces } from './png-chunks.js';
import { encodeJpeg, renderBands } from './raster-pool.js';
import type { RasterJob } from './raster-protocol.js';
import { fitsCanvas, fitsPng, largestScale, planBands, planSize, type SizePlan } from './region.js';
import { checkCancelled, type ExportContext, ExportError, type Exporter } from './types.js';
import { formatCount } from '../state/plural.js';

/** Pixels per band: small enough for two workers' canvases and buffers, large enough to amortise a band's setup. */
const BAND_PIXELS = 8 << 20;
/** Widest canvas a worker draws on; wider images are drawn in tiles side by side. */
const MAX_TILE_WIDTH = 16_384;

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new ExportError('failed', `export: could not get a ${canvas.width}×${canvas.height} canvas`);
  return ctx;
}

function canvasOf(w: number, h: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** A CSS colour as the little-endian RGBA uint32 a canvas reads back. */
function pixelOf(colour: string): number {
  const ctx = context(canvasOf(1, 1));
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return new Uint32Array(new Uint8Array([r, g, b, a]).buffer)[0] ?? 0;
}

function tooLarge(format: string, plan: SizePlan, best: number, limit: string): ExportError {
  const size = `${formatCount(plan.width)} × ${formatCount(plan.height)} px`;
  const advice = best > 0 ? ` The largest ${format} that works here is at scale ${best}×.` : ' Export a smaller view, or SVG/PDF, which have no pixel limit.';
  return new ExportError('too_large', `export: ${size} is over ${limit}.${advice}`);
}

/** What the raster workers draw: the scene and caption at the plan's size; `background` null for transparent. */
function rasterJob(prepared: Prepared, plan: SizePlan, ctx: ExportContext, background: string | null, tileWidth: number): RasterJob {
  return {
    scene: prepared.scene,
    prims: prepared.block.prims,
    width: plan.width,
    graphHeight: plan.graphHeight,
    k: prepared.region.density * ctx.options.scale,
    scale: ctx.options.scale,
    background,
    backgroundPixel: background ? pixelOf(background) : 0,
    tileWidth,
  };
}

async function renderPng(ctx: ExportContext): Promise<Blob> {
  const { options, signal } = ctx;
  const prepared = prepareImage(ctx, canvasTextWidth());
  const { scene, region, background, block } = prepared;
  const plan = planSize(region, options.scale, block.height);
  if (!fitsPng(plan)) throw tooLarge('PNG', plan, largestScale(region, block.height, fitsPng), 'the 1,500 M pixels Redthread can encode');
  const solid = options.background === 'solid';
  const tileWidth = ctx.tileSize ?? MAX_TILE_WIDTH;
  const maxRows = ctx.tileSize ?? Math.max(1, Math.floor(BAND_PIXELS / Math.min(plan.width, tileWidth)));
  const bands = planBands(plan.graphHeight, plan.height, maxRows);
  const job = rasterJob(prepared, plan, ctx, solid ? background : null, tileWidth);
  checkCancelled(signal);
  let done = 0;
  ctx.onProgress(0, bands.length);
  const rendered = await renderBands(job, bands, signal, () => ctx.onProgress(++done, bands.length));
  const graphInk = rendered.ink.some((ink, i) => ink && (bands[i]?.y0 ?? 0) < plan.graphHeight);
  if (!graphInk && scene.nodes.length + scene.edges.length > 0) throw new ExportError('blank', 'export: the picture came out blank; nothing was saved');
  checkCancelled(signal);
  return new Blob(pngPieces({ width: plan.width, height: plan.height, text: metadataText(ctx, scene) }, rendered.chunks, rendered.adler));
}

/** A JPEG COM segment right after SOI, carrying the same metadata as the PNG's text chunks (Blob slices: no copy). */
function withComment(jpeg: Blob, comment: string): Blob {
  const text = new TextEncoder().encode(comment).subarray(0, 65_000);
  const segment = new Uint8Array(4 + text.length);
  segment.set([0xff, 0xfe, ((text.length + 2) >> 8) & 0xff, (text.length + 2) & 0xff]);
  segment.set(text, 4);
  return new Blob([jpeg.slice(0, 2), segment, jpeg.slice(2)]);
}

async function renderJpeg(ctx: ExportContext): Promise<Blob> {
  const { options } = ctx;
  const prepared = prepareImage(ctx, canvasTextWidth());
  const { scene, region, background, block } = prepared;
  const plan = planSize(region, options.scale, block.height);
  if (!fitsCanvas(plan)) throw tooLarge('JPEG', plan, largestScale(region, block.height, fitsCanvas), "Chromium's canvas limit (32,767 px a side, 268 M px); PNG has no such limit");
  checkCancelled(ctx.signal);
  const { file: blob, ink } = await encodeJpeg(rasterJob(prepared, plan, ctx, background, plan.width), plan.height, options.quality, ctx.signal);
  if (!ink && scene.nodes.length + scene.edges.length > 0) throw new ExportError('blank', 'export: the picture came out blank; nothing was saved');
  if (blob.size === 0) throw new ExportError('failed', 'export: the browser could not encode the JPEG');
  ctx.onProgress(1, 1);
  const meta = metadataText(ctx, scene);
  return withComment(blob, Object.entries(meta).map(([key, value]) => `${key}: ${value}`).join('\n'));
}

export const pngExporter: Exporter = {
  id: 'png',
  label: 'PNG image',
  extension: 'png',
  mime: 'image/png',
  kind: 'image',
  uses: { scale: true, background: true, decorations: true },
  run: async (ctx) => ({ file: await renderPng(ctx), warnings: [] }),
};

export const jpegExporter: Exporter = {
  id: 'jpeg',
  label: 'JPEG image',
  extension: 'jpg',
  mime: 'image/jpeg',
  kind: 'image',
  uses: { scale: true, quality: true, decorations: true },
  run: async (ctx) => ({ file: await renderJpeg(ctx), warnings: [] }),
};

// PNG and JPEG. The graph is drawn tile by tile at the output density; PNG rows stream
// into our own encoder, so the size is bounded by memory, not by Chromium's canvas
// limits. Every file is checked for ink before it is returned: never a blank file.
import { drawPrims, canvasTextWidth } from './draw-canvas.js';
import { decorate, metadataText } from './decorations.js';
import { createPngWriter, type PngWriter } from './png-encoder.js';
import { fitsCanvas, fitsPng, largestScale, planSize, TILE_SIZE, type SizePlan } from './region.js';
import { createTileSource } from './tile-renderer.js';
import { checkCancelled, type ExportContext, ExportError, type Exporter } from './types.js';

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

function rgba(colour: string): number {
  const c = canvasOf(1, 1);
  const ctx = context(c);
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return new Uint32Array(new Uint8Array([r, g, b, 255]).buffer)[0] ?? 0;
}

/** True when some pixel differs from the background (fully transparent counts as background). */
function hasInk(data: Uint8ClampedArray, background: number | null): boolean {
  const px = new Uint32Array(data.buffer, data.byteOffset, data.byteLength / 4);
  for (let i = 0; i < px.length; i++) {
    const v = px[i] ?? 0;
    if (background === null ? v >>> 24 !== 0 : v !== background) return true;
  }
  return false;
}

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function tooLarge(format: string, plan: SizePlan, best: number, limit: string): ExportError {
  const size = `${plan.width.toLocaleString('en')} × ${plan.height.toLocaleString('en')} px`;
  const advice = best > 0 ? ` The largest ${format} that works here is at scale ${best}×.` : ' Export a smaller view, or SVG/PDF, which have no pixel limit.';
  return new ExportError('too_large', `export: ${size} is over ${limit}.${advice}`);
}

/** Rows read back from a canvas per step: keeps the scanline buffer small at any width. */
const READ_ROWS = 1024;

interface Grid {
  tileWidth: number;
  tileHeight: number;
}

/**
 * Streams the graph area into the PNG writer. Within Chromium's canvas limits the graph is
 * drawn once on one canvas (each element once, like cy.png()); past them, on square
 * tiles that each draw only what touches them. Either way rows are read back a band at a
 * time and go straight into PNG scanlines. Returns whether any pixel was inked.
 */
async function streamGraph(ctx: ExportContext, writer: PngWriter, job: RasterJob, grid: Grid, progress: () => void): Promise<boolean> {
  const { plan, region, k, source, background, bg } = job;
  const stride = plan.width * 4 + 1;
  const bgRow = new Uint8Array(Math.min(grid.tileWidth, plan.width) * 4);
  if (bg !== null) new Uint32Array(bgRow.buffer).fill(bg);
  const cols = Math.ceil(plan.width / grid.tileWidth);
  let ink = false;
  for (let y0 = 0; y0 < plan.graphHeight; y0 += grid.tileHeight) {
    const th = Math.min(grid.tileHeight, plan.graphHeight - y0);
    const tiles: (CanvasRenderingContext2D | null)[] = [];
    for (let col = 0; col < cols; col++) {
      checkCancelled(ctx.signal);
      const x0 = col * grid.tileWidth;
      const tw = Math.min(grid.tileWidth, plan.width - x0);
      const mx = region.box.x + x0 / k;
      const my = region.box.y + y0 / k;
      // Nothing touches this tile: plain background, no canvas, no read-back.
      if (source.touching(mx, my, tw, th, k) === 0) {
        tiles.push(null);
      } else {
        const c = context(canvasOf(tw, th));
        if (bg !== null) {
          c.fillStyle = background;
          c.fillRect(0, 0, tw, th);
        }
        source.draw(c, mx, my, tw, th, k);
        tiles.push(c);
      }
      progress();
      await yieldToUi();
    }
    for (let sy = 0; sy < th; sy += READ_ROWS) {
      checkCancelled(ctx.signal);
      const rows = Math.min(READ_ROWS, th - sy);
      const lines = new Uint8Array(stride * rows);
      tiles.forEach((tile, col) => {
        const x0 = col * grid.tileWidth;
        const tw = Math.min(grid.tileWidth, plan.width - x0);
        if (!tile) {
          if (bg !== null) for (let y = 0; y < rows; y++) lines.set(bgRow.subarray(0, tw * 4), y * stride + 1 + x0 * 4);
          return;
        }
        const pixels = tile.getImageData(0, sy, tw, rows).data;
        if (!ink) ink = hasInk(pixels, bg);
        for (let y = 0; y < rows; y++) lines.set(pixels.subarray(y * tw * 4, (y + 1) * tw * 4), y * stride + 1 + x0 * 4);
      });
      await writer.writeScanlines(lines, rows);
    }
    // Let the canvases go before the next row of tiles is drawn.
    for (const tile of tiles) if (tile) tile.canvas.width = 0;
  }
  return ink;
}

interface RasterJob {
  plan: SizePlan;
  region: ReturnType<typeof decorate>['region'];
  k: number;
  source: ReturnType<typeof createTileSource>;
  background: string;
  bg: number | null;
}

async function renderPng(ctx: ExportContext, forceTiles = false): Promise<Uint8Array> {
  const { options, signal } = ctx;
  const { region, background, block } = decorate(ctx, canvasTextWidth());
  const plan = planSize(region, options.scale, block.height);
  if (!fitsPng(plan)) throw tooLarge('PNG', plan, largestScale(region, block.height, fitsPng), 'the 1,500 M pixels Redthread can encode');
  const k = region.density * options.scale;
  const solid = options.background === 'solid';
  const job: RasterJob = { plan, region, k, source: createTileSource(ctx.cy, k), background, bg: solid ? rgba(background) : null };
  const single = !plan.overCanvas && !forceTiles && ctx.tileSize === undefined;
  const tile = ctx.tileSize ?? TILE_SIZE;
  const grid: Grid = single ? { tileWidth: plan.width, tileHeight: plan.graphHeight } : { tileWidth: tile, tileHeight: tile };
  const total = Math.ceil(plan.width / grid.tileWidth) * Math.ceil(plan.graphHeight / grid.tileHeight) + (block.height > 0 ? 1 : 0);
  let done = 0;
  const writer = createPngWriter({ width: plan.width, height: plan.height, alpha: true, text: metadataText(ctx) });
  try {
    const ink = await streamGraph(ctx, writer, job, grid, () => ctx.onProgress(++done, total));
    if (!ink && job.source.count > 0) {
      writer.abort();
      // A canvas the browser could not really allocate draws nothing: try again in tiles.
      if (single) return await renderPng(ctx, true);
      throw new ExportError('blank', 'export: the picture came out blank; nothing was saved');
    }
    if (block.height > 0) {
      const bh = plan.height - plan.graphHeight;
      const bctx = context(canvasOf(plan.width, bh));
      if (solid) {
        bctx.fillStyle = background;
        bctx.fillRect(0, 0, plan.width, bh);
      }
      bctx.scale(options.scale, options.scale);
      drawPrims(bctx, block.prims);
      await writer.writeRows(new Uint8Array(bctx.getImageData(0, 0, plan.width, bh).data.buffer), bh);
      ctx.onProgress(++done, total);
    }
    checkCancelled(signal);
    return await writer.finish();
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/** A JPEG COM segment right after SOI, carrying the same metadata as the PNG's text chunks. */
function withComment(jpeg: Uint8Array, comment: string): Uint8Array {
  const text = new TextEncoder().encode(comment).subarray(0, 65_000);
  const segment = new Uint8Array(4 + text.length);
  segment.set([0xff, 0xfe, ((text.length + 2) >> 8) & 0xff, (text.length + 2) & 0xff]);
  segment.set(text, 4);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

async function renderJpeg(ctx: ExportContext): Promise<Uint8Array> {
  const { options } = ctx;
  const { region, background, block } = decorate(ctx, canvasTextWidth());
  const plan = planSize(region, options.scale, block.height);
  if (!fitsCanvas(plan)) throw tooLarge('JPEG', plan, largestScale(region, block.height, fitsCanvas), "Chromium's canvas limit (32,767 px a side, 268 M px); PNG has no such limit");
  const k = region.density * options.scale;
  const canvas = canvasOf(plan.width, plan.height);
  const c = context(canvas);
  c.fillStyle = background;
  c.fillRect(0, 0, plan.width, plan.height);
  checkCancelled(ctx.signal);
  createTileSource(ctx.cy, k).draw(c, region.box.x, region.box.y, plan.width, plan.graphHeight, k);
  if (block.height > 0) {
    c.setTransform(options.scale, 0, 0, options.scale, 0, plan.graphHeight);
    drawPrims(c, block.prims);
    c.setTransform(1, 0, 0, 1, 0, 0);
  }
  // A canvas past the browser's real limit draws nothing: check before encoding.
  if (!hasInk(c.getImageData(0, 0, Math.min(plan.width, 4096), Math.min(plan.graphHeight, 4096)).data, rgba(background)) && ctx.cy.elements(':visible').nonempty()) {
    const whole = c.getImageData(0, 0, plan.width, plan.height).data;
    if (!hasInk(whole, rgba(background))) throw new ExportError('blank', 'export: the picture came out blank; nothing was saved');
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', options.quality));
  if (!blob || blob.size === 0) throw new ExportError('failed', 'export: the browser could not encode the JPEG');
  ctx.onProgress(1, 1);
  const meta = metadataText(ctx);
  return withComment(new Uint8Array(await blob.arrayBuffer()), Object.entries(meta).map(([k2, v]) => `${k2}: ${v}`).join('\n'));
}

export const pngExporter: Exporter = {
  id: 'png',
  label: 'PNG image',
  extension: 'png',
  mime: 'image/png',
  kind: 'image',
  uses: { scale: true, background: true, decorations: true },
  run: async (ctx) => ({ bytes: await renderPng(ctx), warnings: [] }),
};

export const jpegExporter: Exporter = {
  id: 'jpeg',
  label: 'JPEG image',
  extension: 'jpg',
  mime: 'image/jpeg',
  kind: 'image',
  uses: { scale: true, quality: true, decorations: true },
  run: async (ctx) => ({ bytes: await renderJpeg(ctx), warnings: [] }),
};

// The SVG exporter: scene from the live instance and caption measured with the canvas, here; the
// document is written in the SVG worker (svg-worker.ts).
import { canvasTextWidth } from './draw-canvas.js';
import { metadataText, prepareImage } from './decorations.js';
import { runJobInWorker } from './job-worker.js';
import type { SvgJob } from './svg-worker.js';
import { checkCancelled, type Exporter } from './types.js';

export const svgExporter: Exporter = {
  id: 'svg',
  label: 'SVG vector image',
  extension: 'svg',
  mime: 'image/svg+xml',
  kind: 'image',
  uses: { background: true, decorations: true },
  async run(ctx) {
    const { scene, region, block } = prepareImage(ctx, canvasTextWidth());
    checkCancelled(ctx.signal);
    const job: SvgJob = { scene, options: { density: region.density, transparent: ctx.options.background === 'transparent', block, metadata: metadataText(ctx, scene) } };
    const start = () => new Worker(new URL('./svg-worker.ts', import.meta.url), { type: 'module', name: 'redthread-svg' });
    const file = await runJobInWorker<Blob>(start, 'SVG', job, ctx.signal);
    ctx.onProgress(1, 1);
    return { file, warnings: [] };
  },
};

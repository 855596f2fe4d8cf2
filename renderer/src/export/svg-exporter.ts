// The SVG exporter: scene from the live instance, caption measured with the canvas.
import { canvasTextWidth } from './draw-canvas.js';
import { metadataText, prepareImage } from './decorations.js';
import { sceneToSvg } from './svg.js';
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
    const svg = sceneToSvg(scene, { density: region.density, transparent: ctx.options.background === 'transparent', block, metadata: metadataText(ctx, scene) });
    ctx.onProgress(1, 1);
    return { file: new Blob([svg]), warnings: [] };
  },
};

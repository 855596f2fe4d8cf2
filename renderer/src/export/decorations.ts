// The pieces every image format shares: the export region, the caption block laid out
// for it, and the metadata strings (PNG text chunks, JPEG comment, SVG/PDF metadata).
import { BASE_COLOURS } from '../graph-view/palette.js';
import { type Block, describeExport, layoutCaption, legendContent, type LegendContent, sourceLine, type TextWidth } from './caption.js';
import { exportRegion, type Region } from './region.js';
import type { ExportContext } from './types.js';

export interface Decorated {
  region: Region;
  background: string;
  /** Laid out at 1× in output units for `widthAt1x`; empty when neither caption nor legend is asked for. */
  block: Block;
}

export function decorate(ctx: ExportContext, measure: TextWidth, widthAt1x?: number): Decorated {
  const region = exportRegion(ctx.cy, ctx.options.scope);
  const width = widthAt1x ?? Math.max(320, region.box.w * region.density);
  const legend = ctx.options.legend ? legendFor(ctx) : null;
  const block = ctx.options.caption || ctx.options.legend
    ? layoutCaption({ meta: ctx.meta, legend, caption: ctx.options.caption, theme: ctx.theme, width, measure })
    : { width, height: 0, prims: [] };
  return { region, background: BASE_COLOURS[ctx.theme].background, block };
}

/** The legend of what is visible (the picture's own kinds, allegation types and statuses). */
export function legendFor(ctx: ExportContext): LegendContent {
  return legendContent(
    ctx.cy.nodes(':visible').map((n) => ({ kind: String(n.data('kind')) })),
    ctx.cy.edges(':visible').map((e) => ({ allegationType: e.data('allegationType') as string | undefined, allegationStatus: e.data('allegationStatus') as string | undefined })),
  );
}

/** Name → value pairs naming the dataset, the filters and the time of export. */
export function metadataText(ctx: ExportContext): Record<string, string> {
  return {
    Title: ctx.meta.title,
    Source: sourceLine(ctx.meta),
    Description: describeExport(ctx.meta),
    'Creation Time': ctx.meta.exportedAt.toUTCString(),
    Software: 'Redthread',
  };
}

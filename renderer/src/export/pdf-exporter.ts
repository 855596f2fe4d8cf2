// The PDF exporter: the live scene, the caption and legend laid out in Helvetica, and
// the evidence of every numbered allegation edge fetched from the service.
import { BASE_COLOURS } from '../graph-view/palette.js';
import { layoutCaption } from './caption.js';
import { CAPTION_FONT } from './draw-canvas.js';
import { legendOf, metadataText, sceneFor } from './decorations.js';
import { helveticaWidth } from './helvetica.js';
import { composePdf, MAX_LISTED, numberAllegations, PAGE_WIDTH } from './pdf.js';
import type { PdfImage } from './pdf-writer.js';
import { checkCancelled, type Exporter } from './types.js';

/** Text in a script Helvetica lacks, drawn at 4× on a canvas with the system's fonts. */
function rasterizeText(text: string, size: number, bold: boolean, colour: string): PdfImage | null {
  const px = Math.max(8, size * 4);
  const font = `${bold ? 'bold ' : ''}${px}px ${CAPTION_FONT}`;
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) return null;
  probe.font = font;
  const width = Math.max(1, Math.ceil(probe.measureText(text).width));
  const height = Math.ceil(px * 1.25);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.font = font;
  ctx.fillStyle = colour;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 0, height / 2);
  return { width, height, rgba: new Uint8Array(ctx.getImageData(0, 0, width, height).data.buffer) };
}

export const pdfExporter: Exporter = {
  id: 'pdf',
  label: 'PDF with sources',
  extension: 'pdf',
  mime: 'application/pdf',
  kind: 'image',
  uses: { decorations: true },
  async run(ctx) {
    const { theme, options, meta } = ctx;
    const scene = sceneFor(ctx);
    const width = PAGE_WIDTH - 72;
    const measure = (t: string, size: number, bold: boolean) => helveticaWidth(t, size, bold);
    const empty = { width, height: 0, prims: [] };
    const header = options.caption ? layoutCaption({ meta, legend: null, caption: true, theme, width, measure }) : empty;
    const legend = options.legend ? layoutCaption({ meta, legend: legendOf(scene), caption: false, theme, width, measure }) : empty;
    const ids = numberAllegations(scene).slice(0, MAX_LISTED);
    ctx.onProgress(0, 2);
    const details = await ctx.edgeDetails(ids);
    checkCancelled(ctx.signal);
    ctx.onProgress(1, 2);
    const result = composePdf({
      scene,
      header,
      legend,
      numbered: details,
      info: { Title: meta.title, Subject: metadataText(ctx).Description ?? '', Keywords: metadataText(ctx).Source ?? '', Creator: 'Redthread' },
      date: meta.exportedAt,
      textColour: BASE_COLOURS[theme].text,
      rasterize: rasterizeText,
    });
    ctx.onProgress(2, 2);
    return result;
  },
};

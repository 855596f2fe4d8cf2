// The PDF exporter: the live scene, the caption and legend laid out in the embedded
// Noto Sans, and the evidence of every numbered allegation edge fetched from the service.
// pdf-lib, fontkit and the font files load here, on the first PDF export.
import { BASE_COLOURS } from '../graph-view/palette.js';
import { layoutCaption } from './caption.js';
import { CAPTION_FONT } from './draw-canvas.js';
import { legendOf, metadataText, metaOf, sceneFor } from './decorations.js';
import { loadFontFiles } from './font-files.js';
import type { PdfImage } from './pdf-writer.js';
import { checkCancelled, type Exporter } from './types.js';

// An unassigned code point: every font lacks it, so it draws as the missing-glyph box.
const UNASSIGNED = '\u0378';

/** A character's pixels at 24 px in the system's fonts, as a string to compare. */
function glyphPixels(ctx: CanvasRenderingContext2D, ch: string): string {
  ctx.clearRect(0, 0, 32, 32);
  ctx.fillText(ch, 2, 16);
  return Array.from(ctx.getImageData(0, 0, 32, 32).data.filter((_v, i) => i % 4 === 3), (v) => (v > 127 ? '1' : '0')).join('');
}

/**
 * Characters of `text` this computer has no font for: they draw exactly as the
 * missing-glyph box does. The PDF would show them as boxes, so the user is told.
 */
export function boxedCharacters(text: string): string[] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!ctx) return [];
  ctx.canvas.width = 32;
  ctx.canvas.height = 32;
  ctx.font = `24px ${CAPTION_FONT}`;
  ctx.textBaseline = 'middle';
  const box = glyphPixels(ctx, UNASSIGNED);
  return [...new Set(text)].filter((ch) => ch.trim() !== '' && glyphPixels(ctx, ch) === box);
}

/** Text in a script Noto Sans lacks (CJK…), drawn at 4× on a canvas with the system's fonts. */
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
    ctx.onProgress(0, 3);
    const [{ composePdf, MAX_LISTED, numberAllegations, PAGE_WIDTH }, { embedFonts }, files] = await Promise.all([import('./pdf.js'), import('./pdf-fonts.js'), loadFontFiles()]);
    checkCancelled(ctx.signal);
    const fonts = await embedFonts(files);
    const width = PAGE_WIDTH - 72;
    const measure = fonts.width;
    const empty = { width, height: 0, prims: [] };
    const header = options.caption ? layoutCaption({ meta: metaOf(ctx, scene), legend: null, caption: true, theme, width, measure }) : empty;
    const legend = options.legend ? layoutCaption({ meta, legend: legendOf(ctx, scene), caption: false, theme, width, measure }) : empty;
    const ids = numberAllegations(scene).slice(0, MAX_LISTED);
    const boxed: string[] = [];
    ctx.onProgress(1, 3);
    const details = await ctx.edgeDetails(ids);
    checkCancelled(ctx.signal);
    ctx.onProgress(2, 3);
    const result = await composePdf({
      scene,
      header,
      legend,
      numbered: details,
      allegationTypes: ctx.allegationTypes ?? [],
      info: { title: meta.title, subject: metadataText(ctx, scene).Description ?? '', keywords: metadataText(ctx, scene).Source ?? '' },
      date: meta.exportedAt,
      textColour: BASE_COLOURS[theme].text,
      fonts,
      rasterize: (text, size, bold, colour) => {
        if (boxedCharacters(text).length > 0) boxed.push(text);
        return rasterizeText(text, size, bold, colour);
      },
    });
    if (boxed.length > 0) {
      result.warnings.push(
        `This computer has no font for some characters of ${boxed.length} text(s), e.g. “${boxed[0] ?? ''}”: the PDF shows them as boxes. Install a font for that script (e.g. Noto Sans CJK) and export again, or export SVG, which keeps them as text.`,
      );
    }
    ctx.onProgress(3, 3);
    return { file: new Blob([result.bytes as Uint8Array<ArrayBuffer>]), warnings: result.warnings };
  },
};

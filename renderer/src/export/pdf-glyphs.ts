// Text the PDF's Noto Sans cannot set: which characters this computer has no font for at all (they
// would show as boxes, and the user is told), and text in other scripts (CJK…) drawn as a picture
// with the system's fonts. On OffscreenCanvas, so the PDF worker (pdf-worker.ts) can use it.
import { CAPTION_FONT } from './draw-canvas.js';
import type { PdfImage } from './pdf-writer.js';

// An unassigned code point: every font lacks it, so it draws as the missing-glyph box.
const UNASSIGNED = '\u0378';

function context(width: number, height: number): OffscreenCanvasRenderingContext2D | null {
  return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
}

/** A character's pixels at 24 px in the system's fonts, as a string to compare. */
function glyphPixels(ctx: OffscreenCanvasRenderingContext2D, ch: string): string {
  ctx.clearRect(0, 0, 32, 32);
  ctx.fillText(ch, 2, 16);
  return Array.from(ctx.getImageData(0, 0, 32, 32).data.filter((_v, i) => i % 4 === 3), (v) => (v > 127 ? '1' : '0')).join('');
}

/** Characters of `text` this computer has no font for: they draw exactly as the missing-glyph box does. */
export function boxedCharacters(text: string): string[] {
  const ctx = context(32, 32);
  if (!ctx) return [];
  ctx.font = `24px ${CAPTION_FONT}`;
  ctx.textBaseline = 'middle';
  const box = glyphPixels(ctx, UNASSIGNED);
  return [...new Set(text)].filter((ch) => ch.trim() !== '' && glyphPixels(ctx, ch) === box);
}

/** Text in a script Noto Sans lacks, drawn at 4× with the system's fonts. */
export function rasterizeText(text: string, size: number, bold: boolean, colour: string): PdfImage | null {
  const px = Math.max(8, size * 4);
  const font = `${bold ? 'bold ' : ''}${px}px ${CAPTION_FONT}`;
  const probe = context(1, 1);
  if (!probe) return null;
  probe.font = font;
  const width = Math.max(1, Math.ceil(probe.measureText(text).width));
  const height = Math.ceil(px * 1.25);
  const ctx = context(width, height);
  if (!ctx) return null;
  ctx.font = font;
  ctx.fillStyle = colour;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 0, height / 2);
  return { width, height, rgba: new Uint8Array(ctx.getImageData(0, 0, width, height).data.buffer) };
}

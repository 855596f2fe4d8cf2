// The PDF worker: embeds the fonts, lays out the caption and legend in them, and writes the
// document (pdf.ts). On the page, composing eurosis.json's PDF held the UI thread for 591 ms
// (pdf-lib, deflate, font subsetting); the page now only reads the scene and the evidence.
import { BASE_COLOURS } from '../graph-view/palette.js';
import { layoutCaption } from './caption.js';
import { loadFontFiles } from './font-files.js';
import { composePdf, PAGE_WIDTH } from './pdf.js';
import { embedFonts } from './pdf-fonts.js';
import { boxedCharacters, rasterizeText } from './pdf-glyphs.js';
import { serveJob } from './job-worker-host.js';
import type { PdfJob, PdfResult } from './pdf-protocol.js';

async function write(job: PdfJob): Promise<PdfResult> {
  const fonts = await embedFonts(await loadFontFiles());
  const meta = { ...job.meta, exportedAt: new Date(job.meta.exportedAt) };
  const width = PAGE_WIDTH - 72;
  const measure = fonts.width;
  const empty = { width, height: 0, prims: [] };
  const header = job.caption ? layoutCaption({ meta, legend: null, caption: true, theme: job.theme, width, measure }) : empty;
  const legend = job.legend ? layoutCaption({ meta, legend: job.legend, caption: false, theme: job.theme, width, measure }) : empty;
  const boxed: string[] = [];
  const result = await composePdf({
    scene: job.scene,
    header,
    legend,
    numbered: job.numbered,
    allegationTypes: job.allegationTypes,
    info: job.info,
    date: meta.exportedAt,
    textColour: BASE_COLOURS[job.theme].text,
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
  return { bytes: result.bytes as Uint8Array<ArrayBuffer>, warnings: result.warnings };
}

serveJob<PdfJob, PdfResult>(async (job) => {
  const result = await write(job);
  return { result, transfer: [result.bytes.buffer] };
});

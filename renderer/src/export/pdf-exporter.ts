// The PDF exporter: the live scene and the evidence of every numbered allegation edge are
// read here, on the page; the PDF worker (pdf-worker.ts) embeds Noto Sans, lays out the caption
// and legend in it and writes the document. pdf-lib, fontkit and the font files load there, on
// the first PDF export.
import { legendOf, metadataText, metaOf, sceneFor } from './decorations.js';
import { MAX_LISTED, numberAllegations } from './pdf-numbers.js';
import { runJobInWorker } from './job-worker.js';
import type { PdfJob, PdfResult } from './pdf-protocol.js';
import { checkCancelled, type Exporter } from './types.js';

export const pdfExporter: Exporter = {
  id: 'pdf',
  label: 'PDF with sources',
  extension: 'pdf',
  mime: 'application/pdf',
  kind: 'image',
  uses: { decorations: true },
  async run(ctx) {
    const { theme, options } = ctx;
    const scene = sceneFor(ctx);
    ctx.onProgress(0, 3);
    const ids = numberAllegations(scene).slice(0, MAX_LISTED);
    const numbered = await ctx.edgeDetails(ids);
    checkCancelled(ctx.signal);
    ctx.onProgress(1, 3);
    const meta = metaOf(ctx, scene);
    const text = metadataText(ctx, scene);
    const job: PdfJob = {
      scene,
      meta: { ...meta, exportedAt: meta.exportedAt.getTime() },
      caption: options.caption,
      legend: options.legend ? legendOf(ctx, scene) : null,
      theme,
      numbered,
      allegationTypes: [...(ctx.allegationTypes ?? [])],
      info: { title: meta.title, subject: text.Description ?? '', keywords: text.Source ?? '' },
    };
    const start = () => new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'redthread-pdf' });
    const result = await runJobInWorker<PdfResult>(start, 'PDF', job, ctx.signal);
    ctx.onProgress(3, 3);
    return { file: new Blob([result.bytes]), warnings: result.warnings };
  },
};

// The PDF exporter: the live scene and the evidence of every numbered allegation edge are
// read here, on the page; the PDF worker (pdf-worker.ts) embeds Noto Sans, lays out the caption
// and legend in it and writes the document. pdf-lib, fontkit and the font files load there, on
// the first PDF export.
import { legendOf, metadataText, metaOf, sceneFor } from './decorations.js';
import { MAX_LISTED, numberAllegations } from './pdf-numbers.js';
import type { FromPdfWorker, PdfJob, ToPdfWorker } from './pdf-protocol.js';
import { pauseUnless, postJob, serialiseJob } from './serialise-job.js';
import { checkCancelled, ExportError, type Exporter } from './types.js';
import { yieldToBrowser } from '../yield-to-browser.js';

/** Runs `job` in a PDF worker; cancelling terminates it. */
async function writeInWorker(job: PdfJob, signal: AbortSignal): Promise<{ bytes: Uint8Array<ArrayBuffer>; warnings: string[] }> {
  const serialised = await serialiseJob(job, yieldToBrowser);
  checkCancelled(signal);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'redthread-pdf' });
  } catch (error) {
    throw new ExportError('failed', `export: could not start the PDF worker: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (error: ExportError | null, result?: { bytes: Uint8Array<ArrayBuffer>; warnings: string[] }) => {
      settled = true;
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      if (error) reject(error);
      else if (result) resolve(result);
    };
    const cancel = () => done(new ExportError('cancelled', 'export: cancelled'));
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<FromPdfWorker>) => {
      const message = event.data;
      if (message.type === 'pdf') done(null, message);
      else done(new ExportError('failed', message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done(new ExportError('failed', `export: the PDF worker failed${event.message ? `: ${event.message}` : ''}`));
    };
    void postJob([worker], serialised, pauseUnless(yieldToBrowser, () => settled)).then(
      () => worker.postMessage({ type: 'pdf' } satisfies ToPdfWorker),
      () => undefined,
    );
  });
}

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
    const result = await writeInWorker(
      {
        scene,
        meta: { ...meta, exportedAt: meta.exportedAt.getTime() },
        caption: options.caption,
        legend: options.legend ? legendOf(ctx, scene) : null,
        theme,
        numbered,
        allegationTypes: [...(ctx.allegationTypes ?? [])],
        info: { title: meta.title, subject: text.Description ?? '', keywords: text.Source ?? '' },
      },
      ctx.signal,
    );
    ctx.onProgress(3, 3);
    return { file: new Blob([result.bytes]), warnings: result.warnings };
  },
};

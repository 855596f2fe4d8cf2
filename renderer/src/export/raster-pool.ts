// Renders an export's bands on a pool of raster workers (one per core, up to four),
// handing out the next band to whichever worker is free, and gathers the encoded bands
// in order with their combined Adler-32. Cancelling terminates the workers.
import { adler32Combine } from './deflate-runs.js';
import type { BandResult, FromWorker, JpegResult, RasterJob, ToWorker } from './raster-protocol.js';
import type { Band } from './region.js';
import { pauseUnless, postJob, serialiseJob } from './serialise-job.js';
import { ExportError } from './types.js';
import { yieldToBrowser } from '../yield-to-browser.js';

export interface RenderedBands {
  chunks: Blob[];
  adler: number;
  /** Per band, whether any pixel is not background. */
  ink: boolean[];
}

const MAX_WORKERS = 4;

function workerCount(bands: number): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(MAX_WORKERS, cores, bands));
}

export async function renderBands(job: RasterJob, bands: Band[], signal: AbortSignal, onBand: () => void): Promise<RenderedBands> {
  // Written once, in slices, and posted to each worker a piece at a time.
  const serialised = await serialiseJob(job, yieldToBrowser);
  if (signal.aborted) throw new ExportError('cancelled', 'export: cancelled');
  const results: (BandResult | undefined)[] = new Array(bands.length);
  const workers: Worker[] = [];
  return new Promise<RenderedBands>((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let settled = false;
    const stop = (error: ExportError | null) => {
      if (settled) return;
      settled = true;
      for (const w of workers) w.terminate();
      signal.removeEventListener('abort', cancel);
      if (error) {
        reject(error);
        return;
      }
      let adler = 1;
      for (const r of results) adler = adler32Combine(adler, r?.adler ?? 1, r?.length ?? 0);
      resolve({ chunks: results.map((r) => r?.chunks ?? new Blob()), adler, ink: results.map((r) => r?.ink ?? false) });
    };
    const cancel = () => stop(new ExportError('cancelled', 'export: cancelled'));
    signal.addEventListener('abort', cancel);
    const feed = (worker: Worker) => {
      const band = bands[next];
      if (!band) return;
      worker.postMessage({ type: 'band', index: next++, ...band } satisfies ToWorker);
    };
    for (let i = 0; i < workerCount(bands.length); i++) {
      let worker: Worker;
      try {
        worker = rasterWorker(`redthread-raster-${i}`);
      } catch (error) {
        stop(error as ExportError);
        return;
      }
      workers.push(worker);
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type !== 'band') {
          stop(new ExportError('failed', message.type === 'error' ? message.message : 'export: a raster worker answered a band with a JPEG'));
          return;
        }
        results[message.index] = message;
        finished++;
        onBand();
        if (finished === bands.length) stop(null);
        else feed(worker);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        stop(new ExportError('failed', `export: a raster worker failed${event.message ? `: ${event.message}` : ''}`));
      };
    }
    if (bands.length === 0) stop(null);
    if (signal.aborted) cancel();
    // Each worker gets the job a piece per task, then its first band.
    void postJob(workers, serialised, pauseUnless(yieldToBrowser, () => settled)).then(
      () => workers.forEach(feed),
      () => undefined,
    );
  });
}

function rasterWorker(name: string): Worker {
  try {
    return new Worker(new URL('./raster-worker.ts', import.meta.url), { type: 'module', name });
  } catch (error) {
    throw new ExportError('failed', `export: could not start a raster worker: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The whole image drawn and encoded as JPEG in a raster worker; cancelling terminates it. */
export async function encodeJpeg(job: RasterJob, height: number, quality: number, signal: AbortSignal): Promise<JpegResult> {
  const serialised = await serialiseJob(job, yieldToBrowser);
  if (signal.aborted) throw new ExportError('cancelled', 'export: cancelled');
  const worker = rasterWorker('redthread-raster-jpeg');
  return new Promise<JpegResult>((resolve, reject) => {
    let settled = false;
    const done = (error: ExportError | null, result?: JpegResult) => {
      settled = true;
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      if (error) reject(error);
      else resolve(result as JpegResult);
    };
    const cancel = () => done(new ExportError('cancelled', 'export: cancelled'));
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'jpeg') done(null, message);
      else done(new ExportError('failed', message.type === 'error' ? message.message : 'export: a raster worker answered a JPEG with a band'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done(new ExportError('failed', `export: a raster worker failed${event.message ? `: ${event.message}` : ''}`));
    };
    void postJob([worker], serialised, pauseUnless(yieldToBrowser, () => settled)).then(
      () => worker.postMessage({ type: 'jpeg', height, quality } satisfies ToWorker),
      () => undefined,
    );
  });
}

// An export job run in a worker of its own (the PDF's, the SVG's): the job crosses a piece per
// task (serialise-job.ts), then `run`; the worker answers once (job-worker-host.ts). Cancelling
// terminates it.
import { pauseUnless, postJob, serialiseJob, type JobMessage } from './serialise-job.js';
import type { Scene } from './scene.js';
import { checkCancelled, ExportError } from './types.js';
import { yieldToBrowser } from '../yield-to-browser.js';

export type ToJobWorker = JobMessage | { type: 'run' };
export type FromJobWorker<Result> = { type: 'done'; result: Result } | { type: 'error'; message: string };

/**
 * `start` makes the worker (a `new Worker(new URL(…, import.meta.url))` at the caller, which the
 * bundler follows); `what` names it in errors ("PDF").
 */
export async function runJobInWorker<Result>(start: () => Worker, what: string, job: { scene: Scene }, signal: AbortSignal): Promise<Result> {
  const serialised = await serialiseJob(job, yieldToBrowser);
  checkCancelled(signal);
  let worker: Worker;
  try {
    worker = start();
  } catch (error) {
    throw new ExportError('failed', `export: could not start the ${what} worker: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new Promise<Result>((resolve, reject) => {
    let settled = false;
    const done = (outcome: { error: ExportError } | { result: Result }) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      if ('error' in outcome) reject(outcome.error);
      else resolve(outcome.result);
    };
    const cancel = () => done({ error: new ExportError('cancelled', 'export: cancelled') });
    signal.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<FromJobWorker<Result>>) => {
      const message = event.data;
      done(message.type === 'done' ? { result: message.result } : { error: new ExportError('failed', message.message) });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done({ error: new ExportError('failed', `export: the ${what} worker failed${event.message ? `: ${event.message}` : ''}`) });
    };
    void postJob([worker], serialised, pauseUnless(yieldToBrowser, () => settled)).then(
      () => worker.postMessage({ type: 'run' } satisfies ToJobWorker),
      () => undefined,
    );
  });
}

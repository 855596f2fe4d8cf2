// The worker's side of job-worker.ts: reads the job's pieces as they come, runs it on `run`, and
// answers once with its result (the buffers in `transfer` move rather than copy) or its error.
import type { FromJobWorker, ToJobWorker } from './job-worker.js';
import type { Scene } from './scene.js';
import { readJobMessage } from './serialise-job.js';

export function serveJob<Job extends { scene: Scene }, Result>(run: (job: Job) => Promise<{ result: Result; transfer?: Transferable[] }>): void {
  let job: Job | null = null;
  const answer = (message: FromJobWorker<Result>, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);
  self.onmessage = async (event: MessageEvent<ToJobWorker>) => {
    try {
      const message = event.data;
      if (message.type !== 'run') {
        job = readJobMessage(job, message);
        return;
      }
      if (!job) throw new Error('export: the worker was asked to run before its job came');
      const { result, transfer } = await run(job);
      answer({ type: 'done', result }, transfer);
    } catch (error) {
      answer({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

// Runs the graph service on a worker thread so graph work never blocks the main process's
// event loop, with a heap limit so a file that blows up stops the thread, not the app. The
// supervisor (graph-data/src/host/supervisor.ts) restarts a dead thread with backoff and
// reopens the last good graph; main tells the window through onEvent.
import { totalmem } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Method, Result, ServiceEvent, TaskProgress } from '../graph-data/src/contract.js';
import { superviseService, type SupervisorOptions, type ThreadMessage } from '../graph-data/src/host/supervisor.js';
import type { ServiceWorkerData } from './service-thread.js';

export interface ServiceHostOptions {
  /** The bundled service thread, dist/electron/service-thread.cjs. */
  threadFile: string;
  datasetDir: string;
  /** Progress of long tasks (opening a large file), to forward to the window. */
  onProgress?(event: TaskProgress): void;
  /** The thread stopped / was restarted: forwarded to the window, which tells the user. */
  onEvent?(event: ServiceEvent): void;
  /** The thread's V8 old-generation limit in MB (default: serviceHeapLimitMb()). */
  heapLimitMb?: number;
  /** Tests: see or wrap each Worker the host creates. */
  createWorker?(file: string, options: WorkerOptions): Worker;
  backoffMs?: SupervisorOptions['backoffMs'];
}

export interface ServiceHost {
  call(method: Method, args: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/**
 * Half the machine's memory, at most 3 GB: Electron's V8 runs with pointer compression,
 * so all isolates of the main process share one 4 GB heap cage, and main must keep room.
 */
export function serviceHeapLimitMb(totalBytes = totalmem()): number {
  return Math.max(256, Math.min(3072, Math.floor(totalBytes / 1024 ** 2 / 2)));
}

/** Node's worker errors in words the user can act on. */
function describeDeath(error: Error & { code?: string }, limitMb: number): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return `out of memory: it reached its ${limitMb} MB limit`;
  return error.message;
}

export function startServiceHost(options: ServiceHostOptions): ServiceHost {
  const { threadFile, datasetDir } = options;
  const heapLimitMb = options.heapLimitMb ?? serviceHeapLimitMb();
  const createWorker = options.createWorker ?? ((file, workerOptions) => new Worker(file, workerOptions));
  return superviseService({
    onProgress: options.onProgress,
    onEvent: options.onEvent,
    backoffMs: options.backoffMs,
    spawn: ({ message, died }) => {
      const worker = createWorker(threadFile, {
        workerData: { datasetDir } satisfies ServiceWorkerData,
        resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(heapLimitMb / 32))) },
      });
      worker.on('message', (m: ThreadMessage) => message(m));
      // 'error' is followed by 'exit'; the supervisor takes the first.
      worker.on('error', (error) => died(describeDeath(error, heapLimitMb)));
      worker.on('exit', (code) => died(`the thread exited with code ${code}`));
      return {
        post: (request) => worker.postMessage(request),
        terminate: () => worker.terminate(),
      };
    },
  });
}

// Runs the graph service on a worker thread so graph work never blocks the main
// process's event loop; calls are correlated with the thread's replies by id.
import { Worker } from 'node:worker_threads';
import type { Method, TaskProgress, Result } from '../graph-data/src/contract.js';
import type { ProgressMessage, ServiceReply, ServiceRequest, ServiceWorkerData } from './service-thread.js';

export interface ServiceHostOptions {
  /** The bundled service thread, dist/electron/service-thread.cjs. */
  threadFile: string;
  datasetDir: string;
  /** Progress of long tasks (opening a large file), to forward to the window. */
  onProgress?(event: TaskProgress): void;
}

export interface ServiceHost {
  call(method: Method, args: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

// One restart covers a transient crash; a thread that keeps dying would only loop.
const MAX_RESTARTS = 1;

const internal = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });

export function startServiceHost(options: ServiceHostOptions): ServiceHost {
  const { threadFile, datasetDir } = options;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let restarts = 0;
  let closed = false;
  let worker: Worker | null = null;

  const failPending = (message: string): void => {
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve(internal(message));
    }
  };

  const spawn = (): Worker => {
    const thread = new Worker(threadFile, { workerData: { datasetDir } satisfies ServiceWorkerData });
    let gone = false;
    const died = (why: string): void => {
      // 'error' is followed by 'exit'; handle the death once.
      if (gone) return;
      gone = true;
      if (worker === thread) worker = null;
      failPending(`service thread stopped (${why})`);
      if (!closed && restarts < MAX_RESTARTS) {
        restarts += 1;
        worker = spawn();
      }
    };
    thread.on('message', (message: ServiceReply | ProgressMessage) => {
      if ('progress' in message) {
        options.onProgress?.(message.progress);
        return;
      }
      const reply = message;
      const resolve = pending.get(reply.id);
      pending.delete(reply.id);
      resolve?.(reply.result);
    });
    thread.on('error', (error) => died(error.message));
    thread.on('exit', (code) => died(`exit code ${code}`));
    return thread;
  };
  worker = spawn();

  return {
    call(method, args) {
      const thread = worker;
      if (!thread) return Promise.resolve(internal(closed ? 'service host is closed' : 'service thread is not running'));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          thread.postMessage({ id, method, args } satisfies ServiceRequest);
        } catch (error) {
          pending.delete(id);
          resolve(internal(`could not send ${method}: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    },
    async close() {
      closed = true;
      const thread = worker;
      worker = null;
      failPending('service host closed');
      if (thread) await thread.terminate();
    },
  };
}

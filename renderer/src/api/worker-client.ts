// RedthreadApi backed by the browser host's Web Worker, with the same one-function-
// per-method surface as Electron's preload.
import { METHODS, type Method } from '../../../graph-data/src/contract-methods.js';
import type { TaskProgress, RedthreadHost, Result } from '../../../graph-data/src/contract.js';
import type { WorkerMessage, WorkerRequest } from './worker-protocol.js';

export function createWorkerApi(worker: Worker): RedthreadHost {
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: TaskProgress) => void>();
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if ('progress' in message) {
      for (const listener of listeners) listener(message.progress);
      return;
    }
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message.result);
  };
  worker.onerror = (event) => {
    // A crashed worker must not leave callers waiting forever.
    for (const resolve of pending.values()) {
      resolve({ ok: false, error: { code: 'internal', message: `graph worker failed: ${event.message}` } });
    }
    pending.clear();
  };
  const call = (method: Method, args: unknown) =>
    new Promise<Result<unknown>>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      const request: WorkerRequest = { id, method, args };
      worker.postMessage(request);
    });
  const methods = Object.fromEntries(METHODS.map((m) => [m, (args: unknown) => call(m, args)])) as unknown as RedthreadHost;
  return {
    ...methods,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// RedthreadApi backed by the browser host's Web Worker, with the same one-function-
// per-method surface as Electron's preload.
import { METHODS, type Method } from '../../../graph-data/src/contract-methods.js';
import type { RedthreadApi, Result } from '../../../graph-data/src/contract.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

export function createWorkerApi(worker: Worker): RedthreadApi {
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data.result);
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
  return Object.fromEntries(METHODS.map((m) => [m, (args: unknown) => call(m, args)])) as unknown as RedthreadApi;
}

// The only door from the UI to the graph service: Electron's preload bridge when
// present, otherwise the browser host's Web Worker.
import type { RedthreadHost } from '../../../graph-data/src/contract.js';
import { decodingHost, type RedthreadWireHost } from '../../../graph-data/src/wire/replies.js';
import { createWorkerApi, type WorkerApi } from './worker-client.js';
import { yieldToBrowser } from '../yield-to-browser.js';

declare global {
  interface Window {
    /** Electron's preload bridge: the contract, with views still in their wire encoding (decoded in getApi). */
    redthread?: RedthreadWireHost;
    /** Browser host with ?test-hooks=1 only: the e2e test of service recovery crashes the worker. */
    __redthreadCrashWorker?: () => void;
  }
}

let api: RedthreadHost | null = null;

export function getApi(): RedthreadHost {
  if (!api) {
    if (window.redthread) api = decodingHost(window.redthread, yieldToBrowser);
    else {
      const workerApi: WorkerApi = createWorkerApi(() => new Worker(new URL('./graph-worker.ts', import.meta.url), { type: 'module', name: 'redthread-graph' }));
      if (new URLSearchParams(location.search).get('test-hooks') === '1') window.__redthreadCrashWorker = () => workerApi.crashWorkerForTests();
      api = workerApi;
    }
  }
  return api;
}

export type { RedthreadHost };

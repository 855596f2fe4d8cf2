// The only door from the UI to the graph service: Electron's preload bridge when
// present, otherwise the browser host's Web Worker.
import type { RedthreadApi } from '../../../graph-data/src/contract.js';
import { createWorkerApi } from './worker-client.js';

declare global {
  interface Window {
    redthread?: RedthreadApi;
  }
}

let api: RedthreadApi | null = null;

export function getApi(): RedthreadApi {
  if (!api) {
    api =
      window.redthread ??
      createWorkerApi(new Worker(new URL('./graph-worker.ts', import.meta.url), { type: 'module', name: 'redthread-graph' }));
  }
  return api;
}

export type { RedthreadApi };

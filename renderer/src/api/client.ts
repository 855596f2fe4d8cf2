// The only door from the UI to the graph service: Electron's preload bridge when
// present, otherwise the browser host's Web Worker.
import type { RedthreadHost } from '../../../graph-data/src/contract.js';
import { createWorkerApi } from './worker-client.js';

declare global {
  interface Window {
    redthread?: RedthreadHost;
  }
}

let api: RedthreadHost | null = null;

export function getApi(): RedthreadHost {
  if (!api) {
    api =
      window.redthread ??
      createWorkerApi(new Worker(new URL('./graph-worker.ts', import.meta.url), { type: 'module', name: 'redthread-graph' }));
  }
  return api;
}

export type { RedthreadHost };

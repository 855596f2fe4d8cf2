// Worker-thread entry of the Electron host: loads the dataset once, then answers
// `{ id, method, args }` requests with `{ id, result }` from the graph service.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../graph-data/src/contract.js';
import { buildDataset } from '../graph-data/src/io/dataset-loader.js';
import { readDatasetParts } from '../graph-data/src/io/dataset-node.js';
import { dispatch } from '../graph-data/src/service/dispatch.js';
import { createGraphService } from '../graph-data/src/service/index.js';

export interface ServiceWorkerData {
  datasetDir: string;
}
export interface ServiceRequest {
  id: number;
  method: unknown;
  args: unknown;
}
export interface ServiceReply {
  id: number;
  result: Result<unknown>;
}
export type RequestHandler = (request: ServiceRequest) => ServiceReply;

/** Never rejects: a dataset that fails to load yields a handler answering every call with the load error. */
export async function loadRequestHandler(datasetDir: string): Promise<RequestHandler> {
  try {
    const service = createGraphService(buildDataset(await readDatasetParts(datasetDir)));
    return ({ id, method, args }) => ({ id, result: dispatch(service, method, args) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return ({ id }) => ({ id, result: { ok: false, error: { code: 'no_graph', message } } });
  }
}

function isServiceWorkerData(data: unknown): data is ServiceWorkerData {
  return typeof data === 'object' && data !== null && typeof (data as { datasetDir?: unknown }).datasetDir === 'string';
}

// Guarded so importing this module (tests, type imports) never hijacks a foreign worker's port.
if (!isMainThread && parentPort && isServiceWorkerData(workerData)) {
  const port = parentPort;
  const ready = loadRequestHandler(workerData.datasetDir);
  port.on('message', (request: ServiceRequest) => {
    // Requests that arrive while the dataset loads wait on the same promise, in order.
    void ready.then((handle) => {
      try {
        port.postMessage(handle(request));
      } catch (error) {
        const message = `service thread: could not send the reply: ${error instanceof Error ? error.message : String(error)}`;
        port.postMessage({ id: request.id, result: { ok: false, error: { code: 'internal', message } } } satisfies ServiceReply);
      }
    });
  });
}

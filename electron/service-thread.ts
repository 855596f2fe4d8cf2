// Worker-thread entry of the Electron host: runs one graph session (the default
// dataset, replaced when the user opens a file) and answers `{ id, method, args }`
// requests with `{ id, result }`; progress of long tasks goes out as `{ progress }`.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { TaskProgress, Result } from '../graph-data/src/contract.js';
import { buildDataset } from '../graph-data/src/io/dataset-loader.js';
import { readDatasetParts } from '../graph-data/src/io/dataset-node.js';
import { createSession } from '../graph-data/src/service/session.js';
import { encodeReply } from '../graph-data/src/wire/replies.js';

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
  /** Buffers of the result to move rather than copy; not part of the message. */
  transfer?: ArrayBuffer[];
}
export interface ProgressMessage {
  progress: TaskProgress;
}
export type RequestHandler = (request: ServiceRequest) => Promise<ServiceReply>;

/** Never rejects: a default dataset that fails to load answers every graph call with the load error. */
export function createRequestHandler(datasetDir: string, progress?: (event: TaskProgress) => void): RequestHandler {
  const session = createSession({
    loadDefault: async () => buildDataset(await readDatasetParts(datasetDir)),
    progress,
  });
  return async ({ id, method, args }) => {
    // Views go as columns with their buffers moved (wire/view-codec.ts); the page decodes them.
    const { result, transfer } = encodeReply(method, await session.handle(method, args));
    return { id, result, transfer };
  };
}

function isServiceWorkerData(data: unknown): data is ServiceWorkerData {
  return typeof data === 'object' && data !== null && typeof (data as { datasetDir?: unknown }).datasetDir === 'string';
}

// Guarded so importing this module (tests, type imports) never hijacks a foreign worker's port.
if (!isMainThread && parentPort && isServiceWorkerData(workerData)) {
  const port = parentPort;
  const handle = createRequestHandler(workerData.datasetDir, (progress) => port.postMessage({ progress } satisfies ProgressMessage));
  port.on('message', (request: ServiceRequest) => {
    // The session queues calls behind the default dataset's loading, in order.
    void handle(request).then(({ transfer, ...reply }) => {
      try {
        port.postMessage(reply, transfer);
      } catch (error) {
        const message = `service thread: could not send the reply: ${error instanceof Error ? error.message : String(error)}`;
        port.postMessage({ id: request.id, result: { ok: false, error: { code: 'internal', message } } } satisfies ServiceReply);
      }
    });
  });
}

// The browser host: the same graph service as Electron's worker thread, running in
// a Web Worker on the bundled default dataset. Used when there is no window.redthread.
import graph from '../../../graph-data/datasets/interpol-2018/graph.json';
import sources from '../../../graph-data/datasets/interpol-2018/sources.json';
import sourceText from '../../../graph-data/datasets/interpol-2018/source.txt?raw';
import { buildDataset } from '../../../graph-data/src/io/dataset-loader.js';
import { dispatch } from '../../../graph-data/src/service/dispatch.js';
import { createGraphService, type GraphService } from '../../../graph-data/src/service/index.js';
import { toServiceError } from '../../../graph-data/src/service/errors.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

let service: GraphService | null = null;
let loadError: string | null = null;
try {
  service = createGraphService(buildDataset({ id: 'interpol-2018', graph, sources, texts: { 'source.txt': sourceText } }));
} catch (error) {
  loadError = toServiceError(error).message;
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, method, args } = event.data;
  const result = loadError
    ? { ok: false as const, error: { code: 'no_graph' as const, message: loadError } }
    : dispatch(service, method, args);
  const reply: WorkerReply = { id, result };
  self.postMessage(reply);
};

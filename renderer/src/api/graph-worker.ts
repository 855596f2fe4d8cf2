// The browser host: the same graph session as Electron's worker thread, running in
// a Web Worker on the bundled default dataset. Used when there is no window.redthread.
import graph from '../../../graph-data/datasets/interpol-2018/graph.json';
import sources from '../../../graph-data/datasets/interpol-2018/sources.json';
import sourceText from '../../../graph-data/datasets/interpol-2018/source.txt?raw';
import layout from '../../../graph-data/datasets/interpol-2018/layout.json';
import { buildDataset } from '../../../graph-data/src/io/dataset-loader.js';
import { createSession } from '../../../graph-data/src/service/session.js';
import { encodeReply } from '../../../graph-data/src/wire/replies.js';
import type { WorkerControl, WorkerMessage, WorkerRequest } from './worker-protocol.js';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

const session = createSession({
  loadDefault: async () => buildDataset({ id: 'interpol-2018', graph, sources, texts: { 'source.txt': sourceText }, layout }),
  progress: (progress) => post({ progress }),
});

self.onmessage = (event: MessageEvent<WorkerRequest | WorkerControl>) => {
  if ('control' in event.data) {
    // Thrown outside any handler, so it reaches the page as the worker's error event.
    setTimeout(() => {
      throw new Error('the graph worker crashed (test hook)');
    });
    return;
  }
  const { id, method, args } = event.data;
  void session.handle(method, args).then((reply) => {
    // Views go as columns with their buffers moved, not as objects to clone (wire/view-codec.ts).
    const { result, transfer } = encodeReply(method, reply);
    post({ id, result }, transfer);
  });
};

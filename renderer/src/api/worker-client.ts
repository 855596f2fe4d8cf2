// RedthreadApi backed by the browser host's Web Worker, with the same one-function-per-
// method surface as Electron's preload. The supervisor (graph-data/src/host/supervisor.ts)
// replaces a worker that fails with backoff and reopens the last good graph from the bytes
// it was opened from. A browser offers no heap limit for a Worker (Electron's thread gets
// resourceLimits): Chromium's own per-isolate limit applies, and any uncaught error in the
// worker counts as a crash, so the worker is terminated and replaced rather than trusted.
import { METHODS, type Method } from '../../../graph-data/src/contract-methods.js';
import type { RedthreadHost, Result, ServiceEvent, TaskProgress } from '../../../graph-data/src/contract.js';
import { superviseService, type ThreadMessage } from '../../../graph-data/src/host/supervisor.js';
import { decodeReplyInSteps, type WireResults } from '../../../graph-data/src/wire/replies.js';
import { yieldToBrowser } from '../yield-to-browser.js';
import type { WorkerControl } from './worker-protocol.js';

export interface WorkerApi extends RedthreadHost {
  /** Test hook (installed on window only with ?test-hooks=1): makes the current worker fail as a crash would. */
  crashWorkerForTests(): void;
}

export function createWorkerApi(createWorker: () => Worker): WorkerApi {
  const progressListeners = new Set<(event: TaskProgress) => void>();
  const eventListeners = new Set<(event: ServiceEvent) => void>();
  let current: Worker | null = null;
  const supervisor = superviseService({
    onProgress: (event) => progressListeners.forEach((listener) => listener(event)),
    onEvent: (event) => eventListeners.forEach((listener) => listener(event)),
    spawn: ({ message, died }) => {
      const worker = createWorker();
      current = worker;
      worker.onmessage = (event: MessageEvent<ThreadMessage>) => message(event.data);
      worker.onerror = (event) => {
        // Handled here: the host reports it to the user as a service restart.
        event.preventDefault();
        died(event.message ? event.message.replace(/^Uncaught (Error: )?/, '') : 'the worker failed');
      };
      worker.onmessageerror = () => died('a message from the worker could not be read');
      return {
        post: (request) => worker.postMessage(request),
        terminate: () => worker.terminate(),
      };
    },
  });
  // The worker sends views encoded (wire/view-codec.ts): decoded here, so callers see the contract's
  // types; a large view in steps, each a task of its own.
  const methods = Object.fromEntries(
    METHODS.map((m: Method) => [m, async (args: unknown) => decodeReplyInSteps((await supervisor.call(m, args)) as Result<WireResults[Method]>, yieldToBrowser)]),
  ) as unknown as RedthreadHost;
  return {
    ...methods,
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    onServiceEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    crashWorkerForTests() {
      current?.postMessage({ control: 'crash' } satisfies WorkerControl);
    },
  };
}

// Messages between the renderer and the browser host's Web Worker (requests and replies are
// the supervisor's ThreadRequest / ThreadMessage, graph-data/src/host/supervisor.ts).
export type { ThreadMessage as WorkerMessage, ThreadRequest as WorkerRequest } from '../../../graph-data/src/host/supervisor.js';

/** Not a service call: `crash` makes the worker fail as a real crash would (the e2e test of recovery). */
export interface WorkerControl {
  control: 'crash';
}

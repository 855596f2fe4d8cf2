// Messages between the renderer and the browser host's Web Worker.
import type { Result } from '../../../graph-data/src/contract.js';

export interface WorkerRequest {
  id: number;
  method: string;
  args: unknown;
}

export interface WorkerReply {
  id: number;
  result: Result<unknown>;
}

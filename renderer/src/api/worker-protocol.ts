// Messages between the renderer and the browser host's Web Worker.
import type { TaskProgress, Result } from '../../../graph-data/src/contract.js';

export interface WorkerRequest {
  id: number;
  method: string;
  args: unknown;
}

export interface WorkerReply {
  id: number;
  result: Result<unknown>;
}

export type WorkerMessage = WorkerReply | { progress: TaskProgress };

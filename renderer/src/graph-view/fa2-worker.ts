// The ForceAtlas2 worker: runs the layout (fa2-core.ts) in slices of about one frame, sends the
// places after each slice, and reads pins between slices. The UI thread only copies places.
import { Fa2Run } from './fa2-core.js';
import type { Fa2Message, Fa2Request } from './fa2-protocol.js';

/** Work between two messages: long enough to make progress, short enough to pick up a pin at once. */
const SLICE_MS = 40;

let run: Fa2Run | null = null;
let maxIterations = 0;
let deadline = Infinity;

const post = (message: Fa2Message, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

function slice(): void {
  if (!run) return;
  const started = performance.now();
  let done: null | 'settled' | 'timeout' = null;
  // Always at least one iteration, so a slow machine still moves.
  do {
    if (run.step()) done = 'settled';
    else if (run.iterations >= maxIterations || performance.now() > deadline) done = 'timeout';
  } while (!done && performance.now() - started < SLICE_MS);
  const positions = run.positions();
  post({ type: 'positions', positions, spread: run.spread(), iterations: run.iterations, movement: run.movement, done }, [positions.buffer]);
  if (done) run = null;
  else setTimeout(slice, 0);
}

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  const request = event.data;
  try {
    if (request.type === 'start') {
      const { positions: given, edges, fixed, sizes } = request;
      run = new Fa2Run(sizes ? { positions: given, edges, fixed, sizes } : { positions: given, edges, fixed }, request.convergence);
      maxIterations = request.maxIterations;
      deadline = performance.now() + request.maxMs;
      // The first picture: the places given, and quick ones for the rest, before any iteration.
      const positions = run.positions();
      post({ type: 'positions', positions, spread: run.spread(), iterations: 0, movement: Infinity, done: null }, [positions.buffer]);
      setTimeout(slice, 0);
    } else if (request.type === 'pin') {
      run?.pin(request.index, request.x, request.y);
    }
  } catch (error) {
    post({ type: 'error', message: `fa2-worker: ${error instanceof Error ? error.message : String(error)}` });
  }
};

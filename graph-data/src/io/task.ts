// Long file tasks (imports, data exports) share one way to stay responsive: check for Cancel and
// report progress often, and hand the thread back to the host every ~30 ms so a cancel request
// or a progress message can get through.
import { ServiceFailure } from '../service/errors.js';

// A yield per element would cost seconds on a big file, while 30 ms keeps Cancel and progress prompt.
const YIELD_EVERY_MS = 30;

/**
 * A macrotask without a timer: a MessageChannel message (Node, browsers and both kinds of
 * worker have one) lets queued messages such as a cancel request run, but unlike
 * setTimeout(0) it neither waits the 1–4 ms timer minimum nor lets the OS hand the core to
 * another process, which on a busy machine cost more than the import itself.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface TaskSignal {
  cancelled: boolean;
}

export class Ticker {
  private lastYield = Date.now();

  constructor(
    private readonly signal: TaskSignal,
    private readonly onProgress: (phase: string, done: number, total: number) => void,
    /** The failure a cancel becomes: `io/import: opening x.gexf was cancelled`. */
    private readonly cancelledMessage: string,
  ) {}

  checkCancelled(): void {
    if (this.signal.cancelled) throw new ServiceFailure('cancelled', this.cancelledMessage);
  }

  /** Reports progress, stops if cancelled, and lets the host breathe every ~30 ms. */
  async tick(phase: string, done: number, total: number): Promise<void> {
    this.checkCancelled();
    const now = Date.now();
    if (now - this.lastYield < YIELD_EVERY_MS) return;
    this.onProgress(phase, done, total);
    await nextTask();
    this.lastYield = Date.now();
    this.checkCancelled();
  }
}

// Reads a File the user chose into bytes: up to WHOLE_READ_BYTES in one go, a larger one in
// chunks, reporting bytes read so it shows progress, and stopping when the user cancels.
import { yieldToBrowser } from '../../yield-to-browser.js';

/**
 * Least time between two progress reports. Each report renders the window, and a file arrives
 * in 64 KB chunks: a 3 MB file was 48 renders before the service was even asked to open it.
 */
const REPORT_MS = 100;
/**
 * Files up to this size are read in one go, off the UI thread: reading an 8.5 MB file as a
 * stream cost the UI thread 77 ms in one task (profiled), for a read too short to need progress.
 */
const WHOLE_READ_BYTES = 32 * 1024 * 1024;
/**
 * Longest run of chunks in one task. Chunks the browser already holds arrive as microtasks, all in
 * the task of the first: a 90 MB file was read in tasks of 70–110 ms.
 */
const SLICE_MS = 30;
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReadCancelled';
  }
}

export async function readFileBytes(
  file: Blob,
  onBytes: (done: number, total: number) => void,
  signal: { cancelled: boolean },
  pause: () => Promise<void> = yieldToBrowser,
): Promise<Uint8Array<ArrayBuffer>> {
  const total = file.size;
  if (total <= WHOLE_READ_BYTES) {
    const whole = new Uint8Array(await file.arrayBuffer());
    if (signal.cancelled) throw new ReadCancelled();
    onBytes(whole.byteLength, total);
    return whole;
  }
  const bytes = new Uint8Array(total);
  const reader = file.stream().getReader();
  let done = 0;
  let reported = -Infinity;
  let sliceStart = performance.now();
  for (;;) {
    if (signal.cancelled) {
      await reader.cancel();
      throw new ReadCancelled();
    }
    const chunk = await reader.read();
    if (chunk.done) break;
    // A file that grew while being read cannot overrun the buffer sized from its length.
    if (done + chunk.value.byteLength > total) throw new Error('the file changed while it was being read');
    bytes.set(chunk.value, done);
    done += chunk.value.byteLength;
    const now = performance.now();
    if (now - reported >= REPORT_MS || done === total) {
      reported = now;
      onBytes(done, total);
    }
    if (now - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return done === total ? bytes : bytes.subarray(0, done);
}

// Reads a File the user chose into bytes in chunks, reporting bytes read so a large
// file shows progress, and stopping when the user cancels.

/**
 * Least time between two progress reports. Each report renders the window, and a file arrives
 * in 64 KB chunks: reporting every chunk of a 3 MB file was 48 renders (~190 ms) before the
 * service was even asked to open it.
 */
const REPORT_MS = 100;
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
): Promise<Uint8Array<ArrayBuffer>> {
  const total = file.size;
  const bytes = new Uint8Array(total);
  const reader = file.stream().getReader();
  let done = 0;
  let reported = -Infinity;
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
  }
  return done === total ? bytes : bytes.subarray(0, done);
}

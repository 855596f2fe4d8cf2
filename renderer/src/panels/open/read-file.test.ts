// Reading a chosen file: the bytes come back whole, progress counts up to the size, and a cancel
// stops the read. Files up to 32 MB are read in one go; larger ones in chunks, with progress.
import { describe, expect, it, vi } from 'vitest';
import { ReadCancelled, readFileBytes } from './read-file.js';

const blob = (size: number) => new Blob([new Uint8Array(size).map((_, i) => i % 251)]);

/** A file as the browser streams it, in 64 KB chunks (Node's Blob gives one chunk). */
function chunked(size: number): Blob {
  const chunk = 65_536;
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= size) return controller.close();
      const n = Math.min(chunk, size - at);
      at += n;
      controller.enqueue(new Uint8Array(n));
    },
  });
  return { size, stream: () => stream } as unknown as Blob;
}

describe('readFileBytes', () => {
  it('returns every byte and reports progress up to the total', async () => {
    const seen: number[] = [];
    const bytes = await readFileBytes(blob(300_000), (done, total) => seen.push(done / total), { cancelled: false });
    expect(bytes.byteLength).toBe(300_000);
    expect(bytes[299_999]).toBe(299_999 % 251);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('reports a fast read of a large file twice, at its first chunk and at its end, not at every chunk', async () => {
    // A clock that does not move: the whole file arrives within one report's interval.
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    try {
      const seen: number[] = [];
      await readFileBytes(chunked(40_000_000), (done) => seen.push(done), { cancelled: false });
      expect(seen).toHaveLength(2);
      expect(seen[0]).toBeLessThan(40_000_000);
      expect(seen[1]).toBe(40_000_000);
    } finally {
      clock.mockRestore();
    }
  });

  it('reads a smaller file in one go, and reports it once, at its end', async () => {
    const seen: number[] = [];
    const bytes = await readFileBytes(blob(3_000_000), (done) => seen.push(done), { cancelled: false });
    expect(bytes.byteLength).toBe(3_000_000);
    expect(bytes[2_999_999]).toBe(2_999_999 % 251);
    expect(seen).toEqual([3_000_000]);
  });

  it('stops a read in one go with ReadCancelled when the user cancelled meanwhile', async () => {
    const signal = { cancelled: false };
    const read = readFileBytes(blob(1_000), () => undefined, signal);
    signal.cancelled = true;
    await expect(read).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('stops with ReadCancelled once the signal is set', async () => {
    const signal = { cancelled: false };
    const read = readFileBytes(chunked(40_000_000), () => {
      signal.cancelled = true;
    }, signal);
    await expect(read).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('lets the browser in between chunks every 30 ms or so: chunks it already holds would all be read in one task', async () => {
    // A clock that moves 10 ms at each reading: a chunk takes 10 ms.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    try {
      let pauses = 0;
      const bytes = await readFileBytes(chunked(40_000_000), () => undefined, { cancelled: false }, async () => {
        pauses++;
      });
      expect(bytes.byteLength).toBe(40_000_000);
      // 611 chunks of 10 ms: a pause once 30 ms have passed, so after every third chunk (203);
      // not after every one (611), nor only past 30 ms (every fourth: 152).
      expect(pauses).toBeGreaterThan(180);
      expect(pauses).toBeLessThan(230);
    } finally {
      now.mockRestore();
    }
  });

  it('reads files of up to 32 MB in one go, never as a stream', async () => {
    for (const size of [3_000_000, 32 * 1024 * 1024]) {
      const file = { size, arrayBuffer: async () => new ArrayBuffer(size), stream: () => { throw new Error('streamed'); } } as unknown as Blob;
      const bytes = await readFileBytes(file, () => undefined, { cancelled: false });
      expect(bytes.byteLength).toBe(size);
    }
  });

  it('refuses a file that grew while it was read, and returns what there is of one that shrank', async () => {
    const lying = (size: number, actual: number) => ({ size, stream: () => chunked(actual).stream() }) as unknown as Blob;
    await expect(readFileBytes(lying(40_000_000, 40_100_000), () => undefined, { cancelled: false })).rejects.toThrow('the file changed while it was being read');
    const shrunk = await readFileBytes(lying(40_000_000, 39_000_000), () => undefined, { cancelled: false });
    expect(shrunk.byteLength).toBe(39_000_000);
  });
});

// Reading a chosen file in chunks: the bytes come back whole, progress counts up to the
// size, and a cancel stops the read.
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

  it('reports a fast read twice, at its first chunk and at its end, not at every chunk', async () => {
    // A clock that does not move: the whole file arrives within one report's interval.
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    try {
      const seen: number[] = [];
      await readFileBytes(chunked(3_000_000), (done) => seen.push(done), { cancelled: false });
      expect(seen).toHaveLength(2);
      expect(seen[0]).toBeLessThan(3_000_000);
      expect(seen[1]).toBe(3_000_000);
    } finally {
      clock.mockRestore();
    }
  });

  it('stops with ReadCancelled once the signal is set', async () => {
    const signal = { cancelled: false };
    const read = readFileBytes(blob(2_000_000), () => {
      signal.cancelled = true;
    }, signal);
    await expect(read).rejects.toBeInstanceOf(ReadCancelled);
  });
});

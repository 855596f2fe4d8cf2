// Reading a chosen file in chunks: the bytes come back whole, progress counts up to the
// size, and a cancel stops the read.
import { describe, expect, it } from 'vitest';
import { ReadCancelled, readFileBytes } from './read-file.js';

const blob = (size: number) => new Blob([new Uint8Array(size).map((_, i) => i % 251)]);

describe('readFileBytes', () => {
  it('returns every byte and reports progress up to the total', async () => {
    const seen: number[] = [];
    const bytes = await readFileBytes(blob(300_000), (done, total) => seen.push(done / total), { cancelled: false });
    expect(bytes.byteLength).toBe(300_000);
    expect(bytes[299_999]).toBe(299_999 % 251);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops with ReadCancelled once the signal is set', async () => {
    const signal = { cancelled: false };
    const read = readFileBytes(blob(2_000_000), () => {
      signal.cancelled = true;
    }, signal);
    await expect(read).rejects.toBeInstanceOf(ReadCancelled);
  });
});

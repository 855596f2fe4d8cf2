// The base a journal names is a file's SHA-256: WebCrypto's digest and @noble/hashes must agree
// to the character, or a journal written by one host would not match its file in the other.
import { describe, expect, it } from 'vitest';
import { bytesHash, bytesHashAsync } from './hash.js';

describe('bytesHashAsync', () => {
  it('gives SHA-256 in hex, as bytesHash does', async () => {
    const abc = new TextEncoder().encode('abc');
    expect(await bytesHashAsync(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(bytesHash(abc)).toBe(await bytesHashAsync(abc));
  });

  it('hashes only the bytes a view shows, not its whole buffer', async () => {
    const whole = new Uint8Array(1_000_000).map((_, i) => (i * 31) % 256);
    const view = whole.subarray(1_000, 900_000);
    expect(await bytesHashAsync(view)).toBe(bytesHash(view));
    expect(await bytesHashAsync(view)).not.toBe(bytesHash(whole));
  });

  it('hashes bytes held in a SharedArrayBuffer, which WebCrypto refuses', async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(64)).fill(7);
    expect(await bytesHashAsync(shared)).toBe(bytesHash(shared));
  });
});

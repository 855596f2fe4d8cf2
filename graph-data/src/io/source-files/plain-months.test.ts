// Dates with each month's name, and the error for a binary file. The module is imported inside
// the test: its table of month names is built while it loads, and a load inside a test lets
// Stryker tie it to this test (docs/MUTATION.md, static mutants).
import { describe, expect, it } from 'vitest';

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('month names', () => {
  it('reads each month by its name or first three letters, names a binary file as one, and titles by a file name without its spaces', async () => {
    const { decodeText, partialIsoDate, titleFromName } = await import('./plain.js');
    NAMES.forEach((name, i) => {
      const month = String(i + 1).padStart(2, '0');
      expect(partialIsoDate(`3 ${name} 2019`)).toBe(`2019-${month}-03`);
      expect(partialIsoDate(`${name.slice(0, 3)} 3, 2019`)).toBe(`2019-${month}-03`);
    });
    expect(() => decodeText(new Uint8Array([0x50, 0, 0x4b]), 'photo.txt')).toThrow('service/sources: "photo.txt" is not a text file (it holds binary data)');
    expect(decodeText(new TextEncoder().encode('Spaces  stay\ttoo'), 'a.txt')).toBe('Spaces  stay\ttoo');
    expect(titleFromName('  board \t minutes .txt')).toBe('board minutes');
  });
});

// The streaming PNG writer produces files a real decoder (pngjs) reads back pixel for
// pixel, with the metadata in tEXt/iTXt chunks.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createPngWriter } from './png-encoder.js';

function chunks(bytes: Uint8Array): { type: string; data: Uint8Array }[] {
  const out: { type: string; data: Uint8Array }[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(bytes.subarray(at + 4, at + 8));
    out.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('createPngWriter', () => {
  it('writes rows in bands into a PNG pngjs decodes exactly', async () => {
    const width = 300;
    const height = 257;
    const pixel = (x: number, y: number) => [x % 256, y % 256, (x * y) % 256, (x + y) % 2 ? 255 : 128];
    const writer = createPngWriter({ width, height, alpha: true, text: { Title: 'Interpol 2018', Source: 'Daily Mail “quoted”', Description: 'Фильтр: red notice' } });
    for (let y0 = 0; y0 < height; y0 += 100) {
      const rows = Math.min(100, height - y0);
      const band = new Uint8Array(rows * width * 4);
      for (let y = 0; y < rows; y++) for (let x = 0; x < width; x++) band.set(pixel(x, y0 + y), (y * width + x) * 4);
      await writer.writeRows(band, rows);
    }
    const bytes = await writer.finish();
    const png = PNG.sync.read(Buffer.from(bytes));
    expect([png.width, png.height]).toEqual([width, height]);
    for (const [x, y] of [[0, 0], [299, 256], [150, 101], [7, 199]] as const) {
      expect([...png.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)]).toEqual(pixel(x, y));
    }
    const types = chunks(bytes).map((c) => c.type);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    const text = chunks(bytes).filter((c) => c.type === 'tEXt').map((c) => new TextDecoder('latin1').decode(c.data));
    expect(text).toContain('Title\0Interpol 2018');
    const itxt = chunks(bytes).filter((c) => c.type === 'iTXt').map((c) => new TextDecoder().decode(c.data));
    expect(itxt.find((t) => t.startsWith('Description\0'))).toContain('Фильтр: red notice');
    expect(itxt.find((t) => t.startsWith('Source\0'))).toContain('Daily Mail “quoted”');
  });

  it('refuses to finish a truncated image', async () => {
    const writer = createPngWriter({ width: 2, height: 2, alpha: false });
    await writer.writeRows(new Uint8Array(6), 1);
    await expect(writer.finish()).rejects.toThrow(/1 of 2 rows/);
  });
});

// Decoding at the edges: UTF-16 recognised without a byte-order mark only when most of every
// other byte is zero, the binary check's limits, an encoding a file declares (one we cannot read
// is named in the error), a character split across the 64 KB read boundary, and invalid UTF-8
// found past the first read, named by its line.
import { describe, expect, it } from 'vitest';
import type { ImportContext } from './context.js';
import { CHUNK_BYTES, forEachTextChunk, looksBinary, sniffEncoding } from './decode.js';
import { failure, open } from './test-support.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

describe('UTF-16 without a byte-order mark', () => {
  it('needs more than 70 % of the odd bytes zero and fewer than 10 % of the even ones', () => {
    // Ten characters: eight ASCII and two € (0x20AC) leave 8 of 10 high bytes zero; seven leave 7, not more than 70 %.
    expect(sniffEncoding(utf16le('abcdefgh€€')).encoding).toBe('utf-16le');
    expect(sniffEncoding(utf16le('abcdefg€€€')).encoding).toBe('utf-8');
    // A NUL character makes one of ten low bytes zero: 10 %, not fewer.
    expect(sniffEncoding(utf16le('abcdefghi\u0000')).encoding).toBe('utf-8');
    // Four bytes are enough to judge; an odd last byte is left out.
    expect(sniffEncoding(Uint8Array.from([0x61, 0, 0x62, 0, 0x63])).encoding).toBe('utf-16le');
  });
});

describe('the binary check', () => {
  it('calls a file binary when more than a quarter of its bytes are high and it is not UTF-8', () => {
    const utf8 = { encoding: 'utf-8', offset: 0 };
    const withHigh = (n: number) => Uint8Array.from([...ascii('x'.repeat(100 - n)), ...Array<number>(n).fill(0xe9)]);
    expect([looksBinary(withHigh(25), utf8, true), looksBinary(withHigh(26), utf8, true)]).toEqual([false, true]);
  });

  it('looks at the first 64 KB only', () => {
    const utf8 = { encoding: 'utf-8', offset: 0 };
    const late = Uint8Array.from([...ascii('x'.repeat(64 * 1024)), 0, 1, 2, 3]);
    expect(looksBinary(late, utf8)).toBe(false);
    expect(looksBinary(Uint8Array.from([...ascii('x'.repeat(64 * 1024 - 1)), 0]), utf8)).toBe(true);
  });
});

const graphml = (declaration: string, label: number[]) =>
  Uint8Array.from([
    ...ascii(`<?xml version="1.0" ${declaration}?><graphml><key id="l" for="node" attr.name="label"/><graph><node id="a"><data key="l">`),
    ...label,
    ...ascii('</data></node></graph></graphml>'),
  ]);

describe('declared encodings', () => {
  it('reads the encoding an XML file declares, and names one it cannot read', async () => {
    const label = async (bytes: Uint8Array) => (await open([{ name: 'g.graphml', bytes }])).dataset.graph.getNodeAttribute('a', 'label');
    // 0xB1 is ą in ISO-8859-2; 0x80 is € in Windows-1252.
    expect(await label(graphml('encoding="ISO-8859-2"', [0xb1]))).toBe('ą');
    expect(await label(graphml('encoding="windows-1252"', [0x80, 0x93]))).toBe('€“');
    const refused = await failure(open([{ name: 'g.graphml', bytes: graphml('encoding="x-klingon"', [0x61]) }]));
    expect([refused.code, refused.message]).toEqual(['bad_file', 'io/import/graphml: g.graphml: declares the text encoding "x-klingon", which Redthread cannot read']);
  });
});

describe('reading in 64 KB pieces', () => {
  // A JSON graph of one node whose note starts at byte `at` - 1 with x's and ends with `middle`.
  const json = (at: number, middle: number[]) => {
    const head = '{"nodes":[{"key":"n","attributes":{"note":"';
    return Uint8Array.from([...ascii(head + 'x'.repeat(at - head.length)), ...middle, ...ascii('"}}],\n"edges":[]}')]);
  };
  const noteEnd = async (bytes: Uint8Array) => {
    const { dataset, warnings } = await open([{ name: 'n.json', bytes }]);
    return { end: String(dataset.graph.getNodeAttribute('n', 'extra')?.note).slice(-3), warnings };
  };

  it('keeps a character whose bytes fall on both sides of the boundary', async () => {
    // é is 0xC3 0xA9: the first byte is the last of the first piece.
    const bytes = json(CHUNK_BYTES - 1, [0xc3, 0xa9]);
    expect(bytes[CHUNK_BYTES - 1]).toBe(0xc3);
    expect(await noteEnd(bytes)).toEqual({ end: 'xxé', warnings: [] });
  });

  it('names the line of invalid UTF-8 found after the first piece, and reads the file as Windows-1252', async () => {
    expect(await noteEnd(json(CHUNK_BYTES + 100, [0x93, 0x41]))).toEqual({
      end: 'x“A',
      warnings: ['n.json is not valid UTF-8 (first at line 1); it was read as Windows-1252 (Western European).'],
    });
    // Cut short at the very end of the file: invalid at that byte, on the line it is on.
    const cut = Uint8Array.from([...ascii('{"nodes":[{"key":"n","attributes":{"label":"\n'), 0xe2, 0x82]);
    expect((await failure(open([{ name: 'n.json', bytes: cut }]))).code).toBe('bad_file');
  });
});

describe('pieces decoded on their own', () => {
  const ctx = { tick: async () => undefined } as unknown as ImportContext;
  const pieces = async (bytes: Uint8Array) => {
    const texts: string[] = [];
    await forEachTextChunk(ctx, bytes, sniffEncoding(bytes), (text) => texts.push(text));
    return texts;
  };

  it('strips a byte-order mark at the start of the file only, not a U+FEFF that starts a later piece', async () => {
    const bom = [0xef, 0xbb, 0xbf];
    const bytes = Uint8Array.from([...bom, ...bom, ...ascii('x'.repeat(CHUNK_BYTES - 3)), ...bom, ...ascii('y')]);
    const texts = await pieces(bytes);
    expect(texts.join('')).toBe(`${'x'.repeat(CHUNK_BYTES - 3)}\uFEFFy`);
    expect(texts[1]).toBe('\uFEFFy');
  });

  it('gives the text one streaming decoder gives, whatever characters the boundaries cut', async () => {
    const text = Array.from({ length: 3 * CHUNK_BYTES }, (_v, i) => ['a', 'é', '€', '😀'][i % 7 === 0 ? (i >> 3) % 4 : 0]).join('');
    for (const shift of [0, 1, 2, 3]) {
      const bytes = new TextEncoder().encode('z'.repeat(shift) + text);
      expect((await pieces(bytes)).join('')).toBe(new TextDecoder().decode(bytes));
    }
  });

  it('reports a character cut short by a boundary where streaming always did: from the next piece on', async () => {
    const bytes = Uint8Array.from([...ascii('x'.repeat(CHUNK_BYTES - 1)), 0xe2, ...ascii('abc')]);
    await expect(pieces(bytes)).rejects.toMatchObject({ byteOffset: CHUNK_BYTES });
  });
});

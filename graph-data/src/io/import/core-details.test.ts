// The importers' shared parts on small inputs: encodings and byte-order marks, the binary
// check, invalid UTF-8 and Windows-1252 (bytes from the WHATWG encoding table), which reader a
// file goes to, warning sentences and their cap, and the type names real exports use (ICIJ,
// Kumu, Neo4j, OpenSanctions) mapped onto Redthread's kinds and relations.
import { describe, expect, it } from 'vitest';
import { decodeWindows1252, firstInvalidUtf8, isWindows1252, lineAt, looksBinary, sniffEncoding } from './decode.js';
import { detectReader, extensionOf } from './detect.js';
import { formatBytes } from './index.js';
import { kindFor, normaliseTerm, relationFor } from './vocab-map.js';
import { MAX_WARNINGS, Warnings } from './warnings.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, bigEndian: boolean) => Uint8Array.from([...s].flatMap((c) => (bigEndian ? [0, c.charCodeAt(0)] : [c.charCodeAt(0), 0])));

describe('encodings', () => {
  it('reads byte-order marks, and UTF-16 without one from its zero bytes', () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', offset: 3 });
    expect(sniffEncoding(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: 'utf-16le', offset: 2 });
    expect(sniffEncoding(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: 'utf-16be', offset: 2 });
    expect(sniffEncoding(utf16('id,label\n', false))).toEqual({ encoding: 'utf-16le', offset: 0 });
    expect(sniffEncoding(utf16('id,label\n', true))).toEqual({ encoding: 'utf-16be', offset: 0 });
    expect(sniffEncoding(ascii('id,label\n'))).toEqual({ encoding: 'utf-8', offset: 0 });
    // Too short to judge, or zeros on both sides: not UTF-16.
    expect(sniffEncoding(bytes(0x61, 0))).toEqual({ encoding: 'utf-8', offset: 0 });
    expect(sniffEncoding(bytes(0, 0, 0, 0, 0, 0))).toEqual({ encoding: 'utf-8', offset: 0 });
  });

  it('calls a file binary for a NUL byte or more than 1 % control characters, and high bytes only when it is not UTF-8', () => {
    const utf8 = { encoding: 'utf-8', offset: 0 };
    expect(looksBinary(ascii('plain text, tabs\tand\r\nline ends\u001b'), utf8)).toBe(false);
    expect(looksBinary(bytes(0x61, 0, 0x62), utf8)).toBe(true);
    const text = ascii('x'.repeat(198));
    expect(looksBinary(Uint8Array.from([...text, 0x01, 0x02]), utf8)).toBe(false);
    expect(looksBinary(Uint8Array.from([...text, 0x01, 0x02, 0x03]), utf8)).toBe(true);
    expect(looksBinary(Uint8Array.from([...text, 0x1f, 0x0e, 0x08]), utf8)).toBe(true);
    expect(looksBinary(Uint8Array.from([...text, 0x7f, 0x7f, 0x7f, 0x09, 0x0d]), utf8)).toBe(false);
    const high = Uint8Array.from([...ascii('x'.repeat(70)), ...Array<number>(30).fill(0xe9)]);
    expect([looksBinary(high, utf8), looksBinary(high, utf8, true)]).toEqual([false, true]);
    expect(looksBinary(bytes(0, 0x61, 0, 0x62), { encoding: 'utf-16be', offset: 0 })).toBe(false);
    // The byte-order mark is skipped.
    expect(looksBinary(bytes(0x01, 0x61, 0x62), { encoding: 'utf-8', offset: 1 })).toBe(false);
  });

  it('finds the first byte that breaks UTF-8, and its line', () => {
    const ok = ascii('aé€😀');
    expect(firstInvalidUtf8(ok, 0, ok.length)).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0x80), 0, 3)).toBe(1);
    expect(firstInvalidUtf8(bytes(0x61, 0xf5, 0x80, 0x80, 0x80), 0, 5)).toBe(1);
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xc3, 0x41), 0, 4)).toBe(2);
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82, 0x41), 0, 4)).toBe(1);
    // A sequence cut at the end of the file is invalid; cut at a chunk edge, it is not yet.
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82), 0, 3)).toBe(1);
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82, 0xac), 0, 3)).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xe9, 0x61), 1, 2)).toBe(-1);
    expect([lineAt(ascii('a\nb\nc'), 0), lineAt(ascii('a\nb\nc'), 2), lineAt(ascii('a\nb\nc'), 4), lineAt(ascii('a\n'), 99)]).toEqual([1, 2, 3, 2]);
  });

  it('decodes Windows-1252 with the WHATWG table, past one batch of characters', () => {
    expect(decodeWindows1252(bytes(0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0xe9, 0x81, 0x41))).toBe('€…‘’“”–—™Ÿé\u0081A');
    expect(decodeWindows1252(new Uint8Array(10_000).fill(0x80))).toBe('€'.repeat(10_000));
    expect(['Windows-1252', 'latin1', 'US-ASCII', 'cp819'].map(isWindows1252)).toEqual([true, true, true, true]);
    expect(['utf-8', 'iso-8859-2', 'macintosh'].map(isWindows1252)).toEqual([false, false, false]);
  });
});

describe('which reader opens a file', () => {
  it('goes by the root element, then JSON punctuation, then the extension, and obeys an explicit format', () => {
    const detect = (name: string, content: string, format?: 'ftm' | 'gexf' | 'graphml' | 'csv' | 'cytoscape-json') => detectReader(name, ascii(content), format);
    expect(detect('x.xml', '<?xml version="1.0"?><!-- c --><!DOCTYPE x><gexf version="1.3">')).toEqual({ reader: 'gexf', hint: 'content' });
    expect(detect('x.gexf', '  <ns:graphml xmlns:ns="x">')).toEqual({ reader: 'graphml', hint: 'content' });
    expect(detect('x.gexf', '<svg/>')).toEqual({ reader: 'gexf', hint: 'extension' });
    expect(detect('x.xml', '<svg/>')).toEqual({ reader: 'graphml', hint: 'extension' });
    expect(detect('x.txt', '{"nodes": []}')).toEqual({ reader: 'json', hint: 'content' });
    expect(detect('times.csv', '[x, y],a\n')).toEqual({ reader: 'csv', hint: 'extension' });
    expect(detect('list.csv', '[{"a": 1}]')).toEqual({ reader: 'json', hint: 'content' });
    expect(detect('list.csv', '["a", "b"]')).toEqual({ reader: 'json', hint: 'content' });
    expect(detect('graph.GEXF.gz', 'a,b')).toEqual({ reader: 'gexf', hint: 'extension' });
    expect(detect('noext', 'a,b')).toEqual({ reader: 'csv', hint: 'extension' });
    expect(detect('x.ndjson', 'a,b')).toEqual({ reader: 'json', hint: 'extension' });
    expect(detect('x.json', '<gexf>', 'csv')).toEqual({ reader: 'csv', hint: 'format' });
    expect(detect('x.csv', 'a', 'cytoscape-json')).toEqual({ reader: 'json', hint: 'format' });
    expect(detect('x.csv', 'a', 'ftm')).toEqual({ reader: 'json', hint: 'format' });
    expect(detectReader('u16.gexf', Uint8Array.from([0xff, 0xfe, ...utf16('<gexf>', false)]), undefined)).toEqual({ reader: 'gexf', hint: 'content' });
    expect([extensionOf('a.b.CSV'), extensionOf('archive.tsv.gz'), extensionOf('README')]).toEqual(['csv', 'tsv', '']);
  });

  it('reads every table extension as CSV and every JSON format chosen by hand as JSON', () => {
    const table = ascii('a b\nb c\n');
    expect(['x.csv', 'x.tsv', 'x.tab', 'x.txt', 'x.edges', 'x.edgelist'].map((name) => detectReader(name, table, undefined).reader)).toEqual(Array(6).fill('csv'));
    const formats = ['redthread', 'graphology-json', 'cytoscape-json', 'ftm', 'gexf', 'graphml', 'csv'] as const;
    expect(formats.map((format) => detectReader('x.bin', table, format).reader)).toEqual(['json', 'json', 'json', 'json', 'gexf', 'graphml', 'csv']);
  });

  it('says sizes in bytes, KB, MB and GB', () => {
    expect([formatBytes(1023), formatBytes(1024), formatBytes(1536), formatBytes(5 * 1024 ** 2), formatBytes(3 * 1024 ** 3)]).toEqual(['1023 bytes', '1.0 KB', '1.5 KB', '5.0 MB', '3.0 GB']);
  });
});

describe('warnings', () => {
  it('counts repeats of a kind in one sentence with the first example, one-off sentences once', () => {
    const w = new Warnings();
    w.add('file.csv is not valid UTF-8.');
    w.add('file.csv is not valid UTF-8.');
    w.note('missingId', () => 'line 2');
    w.note('missingId', () => 'line 9');
    w.note('duplicateNode', () => '"a" line 3');
    expect(w.count('missingId')).toBe(2);
    expect(w.count('hyperedge')).toBe(0);
    expect(w.list()).toEqual([
      'file.csv is not valid UTF-8.',
      '2 nodes have no id and were skipped (first: line 2)',
      '1 duplicate node id was kept once, the first occurrence wins (first: "a" line 3)',
    ]);
  });

  it('shows at most 50 sentences, the last saying how many were left out', () => {
    const w = new Warnings();
    for (let i = 0; i < MAX_WARNINGS; i++) w.add(`warning ${i}`);
    expect(w.list()).toHaveLength(50);
    expect(w.list()[49]).toBe('warning 49');
    w.add('one more');
    w.add('and another');
    const list = w.list();
    expect(list).toHaveLength(50);
    expect(list[48]).toBe('warning 48');
    expect(list[49]).toBe('3 more warnings were left out');
  });

  it('writes thousands with separators', () => {
    const w = new Warnings();
    for (let i = 0; i < 1234; i++) w.note('danglingEdge', () => 'e');
    expect(w.list()[0]).toMatch(/^1,234 edges refer to nodes/);
  });
});

describe('type names from other tools', () => {
  it('normalises case, camel case, separators and spaces', () => {
    expect(['LegalEntity', 'legal_entity', ' Legal--Entity ', 'LEGAL ENTITY', 'public.body:x/y'].map(normaliseTerm)).toEqual(['legal entity', 'legal entity', 'legal entity', 'legal entity', 'public body x y']);
  });

  it('maps node types of ICIJ, Kumu and Neo4j exports onto kinds, plurals included', () => {
    const seen: [string, string | undefined][] = [
      ['Officer', 'person'], ['Officers', 'person'], ['Entity', 'organisation'], ['Entities', 'organisation'], ['Intermediary', 'organisation'], ['Intermediaries', 'organisation'],
      ['Address', 'place'], ['Addresses', 'place'], ['Organization', 'organisation'], ['Person', 'person'], ['People', 'person'], ['Companies', 'organisation'],
      ['Location', 'place'], ['Website', 'media'], ['Document', 'document'],
      ['Political_Party', 'group'], ['Government Agency', 'agency'], ['Country', 'country'], ['Jurisdiction', 'country'], ['Meeting', 'event'], ['Business', 'organisation'],
      ['Glasses', undefined], ['Boss', undefined], ['Pineapple', undefined], ['', undefined], ['x'.repeat(101), undefined],
    ];
    expect(seen.map(([name]) => [name, kindFor(name)])).toEqual(seen);
    expect([kindFor(42), kindFor(null)]).toEqual([undefined, undefined]);
    // The same answer the second time (the lookup remembers it).
    expect([kindFor('Officers'), kindFor('Officers')]).toEqual(['person', 'person']);
  });

  it('maps relationship names of ICIJ, Kumu, Neo4j and OpenSanctions onto relations', () => {
    const seen: [string, string | undefined][] = [
      ['officer_of', 'member_of'], ['intermediary_of', undefined], ['registered_address', 'located_in'], ['similar', undefined], ['shareholder of', 'owns'],
      ['Beneficial Owner Of', 'owns'], ['DIRECTOR_OF', 'director_of'], ['employee of', 'works_for'], ['married to', 'spouse_of'], ['paid', 'paid'],
      ['Payments', 'paid'], ['subsidiary_of', 'part_of'], ['same_as', 'linked_to'], ['KNOWS', undefined], ['related', 'related_to'], ['sanctioned', 'sanctions'],
    ];
    expect(seen.map(([name]) => [name, relationFor(name)])).toEqual(seen);
  });
});

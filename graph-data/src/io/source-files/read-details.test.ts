// Which reader a file gets and the limits it meets, on small inputs written here: an HTML page
// without a name that starts with a byte-order mark, names in any case, and the error messages
// the add-source dialog shows (their sizes and counts are computed here from the inputs).
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_TEXT } from '../../case/commands-schema.js';
import { readSourceFile, sourceKind } from './read.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe('the reader for a file', () => {
  it('recognises an HTML page with a UTF-8 byte-order mark and no extension', async () => {
    const page = new Uint8Array([...BOM, ...utf8('<!DOCTYPE html><html><body><p>Minutes of the board</p></body></html>')]);
    expect(sourceKind('download', page)).toBe('html');
    expect(await readSourceFile('download', page)).toMatchObject({ kind: 'html', text: 'Minutes of the board' });
    expect(sourceKind('page', new Uint8Array([...BOM, ...utf8('  <html><p>x</p></html>')]))).toBe('html');
    // The mark counts only as the first bytes.
    expect(() => sourceKind('page', new Uint8Array([0x20, ...BOM, ...utf8('<html><p>x</p></html>')]))).toThrow('unsupported file type');
  });

  it('takes a PDF by the %PDF- signature in its first kilobyte, whatever its name, and other files by their extension in any case', () => {
    expect(sourceKind('notes.txt', utf8(`${' '.repeat(1000)}%PDF-1.4`))).toBe('pdf');
    expect(sourceKind('notes.txt', utf8(`${' '.repeat(1020)}%PDF-1.4`))).toBe('text');
    expect(['A.TXT', 'b.Md', 'c.XHTML', 'd.Markdown'].map((name) => sourceKind(name, utf8('x')))).toEqual(['text', 'markdown', 'html', 'markdown']);
    // The extension is the last one, and a name that only mentions an extension has none.
    expect(sourceKind('report.html.txt', utf8('<!doctype html>'))).toBe('text');
    expect(() => sourceKind('txt', utf8('plain words'))).toThrow('service/sources: "txt": unsupported file type; add a .txt, .md, .html or .pdf file, or paste the text');
    expect(() => sourceKind('scan.PDF', utf8('plain words'))).toThrow('service/sources: "scan.PDF" is named .pdf but is not a PDF (no %PDF- header)');
  });

  it('does not take a page that only mentions <html> later on for HTML', () => {
    expect(() => sourceKind('page', utf8('Notes on <html> pages'))).toThrow('unsupported file type');
  });
});

describe('the limits on a source', () => {
  it('names the size of a file over the limit and the limit, in MB', async () => {
    const MB = 1024 ** 2;
    await expect(readSourceFile('big.txt', new Uint8Array(2.5 * MB).fill(0x61), 2 * MB)).rejects.toMatchObject({ code: 'too_large', message: 'service/sources: "big.txt" is 2.5 MB; a source file may be at most 2 MB' });
    expect((await readSourceFile('edge.txt', new Uint8Array(1024).fill(0x61), 1024)).text).toHaveLength(1024);
  });

  it('refuses a file with more text than a source may hold, and takes one at the limit', async () => {
    await expect(readSourceFile('huge.txt', utf8('a'.repeat(MAX_SOURCE_TEXT + 1)))).rejects.toMatchObject({
      code: 'too_large',
      message: `service/sources: "huge.txt" holds ${(MAX_SOURCE_TEXT + 1).toLocaleString('en')} characters of text; a source may hold at most ${MAX_SOURCE_TEXT.toLocaleString('en')}`,
    });
    expect((await readSourceFile('full.txt', utf8('a'.repeat(MAX_SOURCE_TEXT)))).text).toHaveLength(MAX_SOURCE_TEXT);
  });

  it('says a file without readable text has none, without the advice meant for scanned PDFs', async () => {
    await expect(readSourceFile('blank.html', utf8('<html><body><script>x()</script></body></html>'))).rejects.toMatchObject({ code: 'no_text', message: 'service/sources: "blank.html" has no readable text' });
  });
});

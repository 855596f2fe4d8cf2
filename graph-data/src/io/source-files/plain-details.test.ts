// The shared helpers of the source readers on small inputs: dates as documents write them (with
// a time after the date), decoding of text files, and the file name as a last-resort title.
import { describe, expect, it } from 'vitest';
import { partialIsoDate } from './plain.js';
import { readSourceFile } from './read.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a date followed by a time', () => {
  it.each([
    ['2018-11-21 14:30', '2018-11-21'],
    ['21 November 2018, 14:30', '2018-11-21'],
    ['21 November 2018 14:30', '2018-11-21'],
    ['November 21, 2018 2:30 pm', '2018-11-21'],
    ['Nov 21, 2018 at 14:30', '2018-11-21'],
    ['Wed, 21 Nov 2018 14:30:00 GMT', '2018-11-21'],
    // A number after the year that is no time is not a date.
    ['21 November 2018 15', undefined],
  ])('%s → %s', (value, expected) => expect(partialIsoDate(value)).toBe(expected));
});

describe('dates in their other spellings', () => {
  it.each([
    ['  2018-11-21  ', '2018-11-21'],
    ['2018.11.21', '2018-11-21'],
    ['2018-11', '2018-11'],
    ['2018-11-32', undefined],
    ['2018-00-05', '2018'],
    ['20181121', undefined],
    ['D:2018', '2018'],
    ['D:201811', '2018-11'],
    ['D:20181399', undefined],
    ['21 Nov. 2018', '2018-11-21'],
    ['21 November, 2018', '2018-11-21'],
    ['Nov. 21 2018', '2018-11-21'],
    ['', undefined],
    ['2018-12-31', '2018-12-31'],
    // A PDF date is one only at the start.
    ['filed D:20181121', undefined],
  ])('%j → %s', (value, expected) => expect(partialIsoDate(value)).toBe(expected));
});

describe('text files as written', () => {
  it('reads UTF-16 big-endian, UTF-8 with a BOM, and Windows-1252 for a file that is not UTF-8', async () => {
    const utf16be = new Uint8Array([0xfe, 0xff, ...[...'Zoë'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect((await readSourceFile('z.txt', utf16be)).text).toBe('Zoë');
    expect(await readSourceFile('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Memo')]))).toMatchObject({ title: 'Memo', text: 'Memo' });
    // 0xE9 é, 0x93 and 0x94 curly quotes in Windows-1252; invalid as UTF-8.
    expect((await readSourceFile('old.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x4e, 0x94]))).text).toBe('Café “N”');
  });

  it('takes a first byte of 0xFF or 0xFE alone, or after a letter, for Windows-1252, not a UTF-16 mark', async () => {
    expect((await readSourceFile('y.txt', new Uint8Array([0xff, 0x41]))).text).toBe('ÿA');
    expect((await readSourceFile('t.txt', new Uint8Array([0xfe, 0x41]))).text).toBe('þA');
    expect((await readSourceFile('a.txt', new Uint8Array([0x41, 0xfe, 0x41, 0xff]))).text).toBe('AþAÿ');
    expect((await readSourceFile('b.txt', new Uint8Array([0x41, 0xff]))).text).toBe('Aÿ');
  });

  it('ends lines written with a lone CR, and drops tabs and no-break spaces at line ends', async () => {
    expect((await readSourceFile('mac.txt', utf8('One\t\u00a0\rTwo \t\r\rThree'))).text).toBe('One\nTwo\n\nThree');
  });

  it('titles a text by its first line without the spaces around it', async () => {
    expect(await readSourceFile('memo.txt', utf8('Memo\u2003\nBody'))).toEqual({ kind: 'text', title: 'Memo', text: 'Memo\u2003\nBody' });
  });

  it('titles a file whose first line is too long to be a title by its name, without folders, extension or underscores', async () => {
    const long = 'x'.repeat(201);
    expect((await readSourceFile('C:\\cases\\board__minutes_2019.final.txt', utf8(`${long}\nmore`))).title).toBe('board minutes 2019.final');
    expect((await readSourceFile('cases/2019/notes.txt', utf8('y'.repeat(200)))).title).toBe('y'.repeat(200));
    expect((await readSourceFile('.txt', utf8(long))).title).toBe('.txt');
  });
});

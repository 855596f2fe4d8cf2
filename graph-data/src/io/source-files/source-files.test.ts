// Each source reader on a small file whose text is known: the markdown and HTML fixtures beside
// this test, and PDFs drawn here with pdf-lib line by line.
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readSourceFile, sourceKind } from './read.js';
import { partialIsoDate } from './plain.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

interface Paragraph {
  size: number;
  lines: string[];
}

/** A PDF with these paragraphs, one line of text per string, 1.25 × the type size apart. */
async function makePdf(pages: Paragraph[][], info: { title?: string; author?: string; created?: Date } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    for (const { size, lines } of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 60, y, size, font });
        y -= size * 1.25;
      }
      y -= size * 1.5;
    }
  }
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  if (info.created) pdf.setCreationDate(info.created);
  return pdf.save();
}

describe('markdown sources', () => {
  it('reads the text as the rendered page shows it, and the front matter as metadata', async () => {
    const read = await readSourceFile('briefing.md', fixture('briefing.md'));
    expect(read).toMatchObject({
      kind: 'markdown',
      title: 'Port authority contracts under review',
      author: 'Dana Whitfield',
      publisher: 'Harbour Ledger',
      published: '2021-03-04',
      url: 'https://example.org/harbour/contracts-review',
    });
    expect(read.text.split('\n\n')).toEqual([
      'Port authority contracts under review',
      'The port authority awarded three contracts to Meridian Logistics in 2019, according to records obtained by the Ledger.',
      'What the records show',
      '• A dredging contract worth 4.2 million euros\n• A security contract signed by the deputy director\n• A lease of berth 7 & its warehouse',
      '1. First, the tender was published for nine days.\n2. Then the board approved it without a vote.',
      '"We followed every rule," a spokesperson said.',
      'Call audit-2019 for the file. Map of the port',
      'Contract | Value\nDredging | 4.2m',
    ]);
    // No markup is left: no emphasis marks, link targets or entity names.
    expect(read.text).not.toMatch(/\*\*|\]\(|&amp;|https?:/);
  });

  it('writes entities, code, HTML blocks, hard breaks, images and a list numbered from 3 as the page reads', async () => {
    const md = [
      'Caf&#233; &#x2019;Nord&#x2019; &amp; co &bogus; &#0; &#x110000;',
      '',
      'Line one  ',
      'line two',
      '',
      '    indented code & <b>kept</b>',
      '',
      '<div class="note">Filed <em>late</em> &amp; sealed</div>',
      '',
      '3. third',
      '4. fourth',
      '',
      'See ![the ledger](ledger.png) and `a &lt; b`.',
    ].join('\n');
    const read = await readSourceFile('entities.md', utf8(md));
    expect(read.text.split('\n\n')).toEqual([
      // A code point of 0 or past U+10FFFF reads as U+FFFD, as CommonMark renders it.
      'Café ’Nord’ & co &bogus; \uFFFD \uFFFD',
      'Line one\nline two',
      'indented code & <b>kept</b>',
      expect.stringMatching(/^\s*Filed\s+late\s+& sealed\s*$/),
      '3. third\n4. fourth',
      // Code shows entities as written.
      'See the ledger and a &lt; b.',
    ]);
  });

  it('takes the first heading as the title when there is no front matter', async () => {
    const read = await readSourceFile('notes.markdown', utf8('Intro line\n\n## Meeting of 3 May\n\nText.'));
    expect(read.title).toBe('Meeting of 3 May');
    expect(read.text).toBe('Intro line\n\nMeeting of 3 May\n\nText.');
  });
});

describe('HTML sources', () => {
  it('keeps the article and drops the menu, adverts, related links, comments and scripts', async () => {
    const read = await readSourceFile('article.html', fixture('article.html'));
    const paragraphs = read.text.split('\n\n');
    expect(paragraphs).toContain(
      'A company registered in Limassol received 2.3 million euros from the state energy agency in 2018, according to bank records seen by the Courier. The records show that the company\'s sole director is the brother of the energy minister.',
    );
    expect(paragraphs).toContain('Transparency campaigners said the payments should be investigated by the public prosecutor. "An agency that hides payments from its own register is hiding something," said a spokesperson for Open Ledger.');
    for (const noise of ['Subscribe now', 'BUY CHEAP FLIGHTS', 'Local team wins cup', 'Great article!', 'All rights reserved', 'SCRIPT TEXT', 'color: red']) expect(read.text).not.toContain(noise);
  });

  it('reads the metadata from the Open Graph, author and article tags', async () => {
    const read = await readSourceFile('article.html', fixture('article.html'));
    expect(read).toMatchObject({
      kind: 'html',
      title: "Shell company tied to minister's brother",
      author: 'Ilse Marchetti',
      publisher: 'The Northern Courier',
      published: '2020-05-17',
      url: 'https://courier.example.com/2020/05/shell-company',
    });
  });

  it('falls back to the whole body of a page that is no article, with lines and paragraphs', async () => {
    const read = await readSourceFile('list.htm', utf8('<html><head><title>Register</title></head><body><h2>Directors</h2><ul><li>A. Berg</li><li>C.&nbsp;Dahl</li></ul><p>Line one<br>line two</p></body></html>'));
    expect(read.title).toBe('Register');
    expect(read.text).toBe('Directors\n\n• A. Berg\n• C. Dahl\n\nLine one\nline two');
  });
});

describe('PDF sources', () => {
  it('joins the lines of a paragraph and separates paragraphs and pages', async () => {
    const bytes = await makePdf(
      [
        [
          { size: 18, lines: ['Audit of the harbour fund'] },
          { size: 11, lines: ['The fund paid 1.2 million euros to Meridian Logistics', 'in 2019 without a tender.'] },
          { size: 11, lines: ['The board approved the payments on 3 May.'] },
        ],
        [[{ size: 11, lines: ['Annex: the auditors met the director twice.'] }]].flat(),
      ],
      { title: 'Harbour fund audit', author: 'Office of the Auditor', created: new Date(Date.UTC(2022, 1, 14, 12)) },
    );
    const progress: [number, number][] = [];
    const read = await readSourceFile('audit.pdf', bytes, undefined, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(read).toMatchObject({ kind: 'pdf', pages: 2, title: 'Harbour fund audit', author: 'Office of the Auditor', published: '2022-02-14' });
    expect(read.text).toBe(
      'Audit of the harbour fund\n\nThe fund paid 1.2 million euros to Meridian Logistics in 2019 without a tender.\n\nThe board approved the payments on 3 May.\n\nAnnex: the auditors met the director twice.',
    );
  });

  it('names a PDF without text (a scan) as having none', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    await expect(readSourceFile('scan.pdf', await pdf.save())).rejects.toMatchObject({ code: 'no_text', message: expect.stringContaining('OCR') });
  });

  it('refuses a damaged PDF with a bad_file error naming it', async () => {
    const bytes = await makePdf([[{ size: 11, lines: ['x'] }]]);
    await expect(readSourceFile('broken.pdf', bytes.slice(0, 400))).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('"broken.pdf"') });
  });
});

describe('plain text and bad files', () => {
  it('reads UTF-8 and UTF-16 text with normalised line ends, the first line as title', async () => {
    const read = await readSourceFile('memo.txt', utf8('Memo to the board\r\n\r\n\r\nSecond   paragraph stays as typed.  \r\n'));
    expect(read).toEqual({ kind: 'text', title: 'Memo to the board', text: 'Memo to the board\n\nSecond   paragraph stays as typed.' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Zoë'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await readSourceFile('z.txt', utf16)).text).toBe('Zoë');
  });

  it('refuses empty, oversized, binary and unknown files with typed errors', async () => {
    await expect(readSourceFile('empty.txt', new Uint8Array())).rejects.toMatchObject({ code: 'no_text', message: 'service/sources: "empty.txt" is empty' });
    await expect(readSourceFile('blank.md', utf8('   \n\n  '))).rejects.toMatchObject({ code: 'no_text' });
    await expect(readSourceFile('big.txt', utf8('x'.repeat(2048)), 1024)).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining('at most') });
    await expect(readSourceFile('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('not a text file') });
    await expect(readSourceFile('sheet.xlsx', utf8('PK'))).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('unsupported file type') });
    await expect(readSourceFile('fake.pdf', utf8('hello'))).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('not a PDF') });
  });

  it('recognises a PDF by its header and an HTML page by its doctype, whatever the name', () => {
    expect(sourceKind('download', utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(sourceKind('page', utf8('<!DOCTYPE html><html></html>'))).toBe('html');
  });
});

describe('dates as documents write them', () => {
  it.each([
    ['2020-05-17T08:30:00+02:00', '2020-05-17'],
    ['D:20220214120000Z', '2022-02-14'],
    ['2019/3/4', '2019-03-04'],
    ['2018', '2018'],
    ['21 November 2018', '2018-11-21'],
    ['Nov 21, 2018', '2018-11-21'],
    ['yesterday', undefined],
    ['2018-13-01', undefined],
    // Days 1 to 31 of a month named by its first three letters, nothing else.
    ['1 May 2018', '2018-05-01'],
    ['31 May 2018', '2018-05-31'],
    ['Tuesday, 1 May 2018', '2018-05-01'],
    ['May 31, 2018', '2018-05-31'],
    ['0 May 2018', undefined],
    ['32 May 2018', undefined],
    ['Xyz 5, 2018', undefined],
    ['5 Xyz 2018', undefined],
  ])('%s → %s', (value, expected) => expect(partialIsoDate(value)).toBe(expected));
});

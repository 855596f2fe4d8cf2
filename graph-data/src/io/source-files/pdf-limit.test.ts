// A PDF with more text than a source may hold, with the limit lowered to 60 characters here so
// that a three-page file passes it: the reader stops at the page that passes it and says so.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { readSourceFile } from './read.js';

vi.mock('../../case/commands-schema.js', () => ({ MAX_SOURCE_TEXT: 60 }));

/** A PDF with one line of text per page. */
async function pagesPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of lines) pdf.addPage([595, 842]).drawText(line, { x: 60, y: 780, size: 11, font });
  return pdf.save();
}

describe('a PDF over the text limit', () => {
  it('stops at the page that passes the limit and names it', async () => {
    // 30 characters a page: the second page reaches 60, the third passes it.
    const line = 'The fund paid Meridian twice..';
    const pages: number[] = [];
    await expect(readSourceFile('long.pdf', await pagesPdf([line, line, line, line]), undefined, (done) => pages.push(done))).rejects.toMatchObject({
      code: 'too_large',
      message: 'service/sources: "long.pdf" holds more than 60 characters of text (stopped at page 3 of 4); split it and add the parts',
    });
    expect(pages).toEqual([1, 2]);
  }, 60_000);

  it('reads every page of a PDF whose pages hold exactly the limit, and then counts the breaks between them', async () => {
    const line = 'The fund paid Meridian twice..';
    // 60 characters on the pages, 62 with the paragraph break: refused as a whole, not at a page.
    await expect(readSourceFile('full.pdf', await pagesPdf([line, line]))).rejects.toMatchObject({ code: 'too_large', message: 'service/sources: "full.pdf" holds 62 characters of text; a source may hold at most 60' });
    expect((await readSourceFile('short.pdf', await pagesPdf(['The fund paid Meridian twice', 'The board approved it'])))).toMatchObject({ pages: 2, text: 'The fund paid Meridian twice\n\nThe board approved it' });
  });
});

// PDF sources drawn here with pdf-lib: metadata given only in XMP, lines that wrap with a hyphen,
// the type size that starts a paragraph, and the errors for damaged and protected files.
// Expected values are the text drawn and the metadata written into each file.
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type * as ReadModule from './read.js';

// The readers load inside the first test, not while this file is collected: Stryker then ties
// pdf.ts's module-level code to it (docs/MUTATION.md, static mutants).
const readSourceFile: typeof ReadModule.readSourceFile = async (...args) => (await import('./read.js')).readSourceFile(...args);

interface Line {
  text: string;
  size?: number;
  /** Distance below the previous line, in type sizes (1.25 when not given). */
  gap?: number;
}

/** A one-page PDF with these lines at x = 60, the first at y = 780, and no document information. */
async function linesPdf(lines: Line[], setUp?: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 780;
  lines.forEach(({ text, size = 11, gap = 1.25 }, i) => {
    if (i > 0) y -= size * gap;
    page.drawText(text, { x: 60, y, size, font });
  });
  setUp?.(pdf);
  return pdf.save();
}

/** XMP metadata with these Dublin Core and XMP properties (already written as RDF/XML). */
function withXmp(properties: string): (pdf: PDFDocument) => void {
  const xml = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">${properties}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  return (pdf) => {
    const stream = pdf.context.stream(xml, { Type: 'Metadata', Subtype: 'XML' });
    pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
  };
}

// Node has no DOMMatrix: the reader puts in a stand-in before loading pdf.js (pdf.ts).
const nodeWithoutDomMatrix = !('DOMMatrix' in globalThis);

describe('PDF errors', () => {
  // The first PDF read loads pdf.js, which takes seconds on a busy machine.
  it('names a file that is not a readable PDF and why', async () => {
    await expect(readSourceFile('junk.pdf', new TextEncoder().encode('%PDF-1.7\nnothing else'))).rejects.toMatchObject({ code: 'bad_file', message: expect.stringMatching(/^service\/sources: "junk\.pdf" could not be read as a PDF \(.+\)$/) });
  }, 60_000);

  it('asks for a copy without a password of a protected PDF', async () => {
    // A standard security handler whose keys no empty password opens.
    const bytes = await linesPdf([{ text: 'Secret' }], (pdf) => {
      const key = PDFHexString.of('5a'.repeat(32));
      pdf.context.trailerInfo.Encrypt = pdf.context.register(pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, O: key, U: key, P: -4 }));
      pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of('01'.repeat(16)), PDFHexString.of('01'.repeat(16))]);
    });
    await expect(readSourceFile('locked.pdf', bytes)).rejects.toMatchObject({ code: 'bad_file', message: 'service/sources: "locked.pdf" is protected by a password; open it in a PDF reader and save a copy without one' });
  });
});

describe('PDF metadata', () => {
  it('takes the authors, title, publisher and date from XMP when the information dictionary has none', async () => {
    const bytes = await linesPdf(
      [{ text: 'Audit of the harbour fund' }],
      withXmp('<dc:creator><rdf:Seq><rdf:li>Ann Lee</rdf:li><rdf:li>Office of the Auditor</rdf:li></rdf:Seq></dc:creator><dc:title>Harbour   fund audit</dc:title><dc:publisher>Harbour Ledger</dc:publisher><xmp:CreateDate>2021-03-04T10:00:00Z</xmp:CreateDate>'),
    );
    expect(await readSourceFile('audit.pdf', bytes)).toMatchObject({ title: 'Harbour fund audit', author: 'Ann Lee, Office of the Auditor', publisher: 'Harbour Ledger', published: '2021-03-04' });
  });
});

describe('PDF text', () => {
  it('joins a word broken with a hyphen at a line end, and keeps the hyphen before a capital or after a digit', async () => {
    const bytes = await linesPdf([{ text: 'The inter-' }, { text: 'national fund paid Meridian-' }, { text: 'Logistics in 2019-' }, { text: 'twenty times.' }]);
    expect((await readSourceFile('wrap.pdf', bytes)).text).toBe('The international fund paid Meridian- Logistics in 2019- twenty times.');
  });

  it('starts a paragraph at a wide gap, a change of type size of more than a point, or a line set higher', async () => {
    const bytes = await linesPdf([
      { text: 'One' },
      { text: 'two', gap: 1.5 },
      { text: 'Three', gap: 1.7 },
      { text: 'four', size: 12 },
      { text: 'Five', size: 14 },
      { text: 'Six', gap: -1 },
    ]);
    expect((await readSourceFile('gaps.pdf', bytes)).text).toBe('One two\n\nThree four\n\nFive\n\nSix');
  });

  it('collapses runs of spaces in a line, and leaves out a line of spaces only', async () => {
    expect((await readSourceFile('spaces.pdf', await linesPdf([{ text: 'Paid   twice' }, { text: '     ' }, { text: 'in 2019' }]))).text).toBe('Paid twice\n\nin 2019');
  });

  it('measures the gap between lines of close sizes against the smaller one', async () => {
    // 17 points apart: within 1.6 × 11 but not 1.6 × 10.
    expect((await readSourceFile('sizes.pdf', await linesPdf([{ text: 'Small', size: 10 }, { text: 'larger', size: 11, gap: 17 / 11 }]))).text).toBe('Small\n\nlarger');
  });

  it('leaves the bytes it was given as they were', async () => {
    const bytes = await linesPdf([{ text: 'Body' }]);
    const copy = bytes.slice();
    await readSourceFile('kept.pdf', bytes);
    expect(bytes).toEqual(copy);
  });

  it('titles a PDF without metadata by its file name, and prefers the information dictionary to XMP', async () => {
    const plain = await linesPdf([{ text: 'Body' }]);
    expect(await readSourceFile('scans/harbour_audit.pdf', plain)).toEqual({ kind: 'pdf', text: 'Body', pages: 1, title: 'harbour audit' });
    const both = await linesPdf([{ text: 'Body' }], (pdf) => {
      withXmp('<dc:creator><rdf:Seq><rdf:li>XMP author</rdf:li></rdf:Seq></dc:creator><dc:title>XMP title</dc:title>')(pdf);
      pdf.setTitle('  Info \n  title ');
      pdf.setAuthor('Info author');
      pdf.setCreationDate(new Date(Date.UTC(2020, 4, 17, 12)));
    });
    expect(await readSourceFile('both.pdf', both)).toMatchObject({ title: 'Info title', author: 'Info author', published: '2020-05-17' });
  });
});

describe('the DOMMatrix stand-in where the platform has none', () => {
  it.runIf(nodeWithoutDomMatrix)('is the identity matrix when built empty, and refuses to stand for a drawn one', () => {
    const Matrix = (globalThis as unknown as { DOMMatrix: new (init?: number[]) => Record<string, number> }).DOMMatrix;
    expect({ ...new Matrix() }).toEqual({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 });
    expect(() => new Matrix([2, 0, 0, 2, 0, 0])).toThrow('io/source-files: pdf.js drew a page, which a text reader never needs (no DOMMatrix here)');
  });
});

// PDF sources drawn here with pdf-lib: metadata given only in XMP, lines that wrap with a hyphen,
// the type size that starts a paragraph, and the errors for damaged and protected files.
// Expected values are the text drawn and the metadata written into each file.
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSourceFile } from './read.js';

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

// The first PDF read loads pdf.js, which takes seconds on a busy machine.
beforeAll(async () => {
  await readSourceFile('warm-up.pdf', await linesPdf([{ text: 'Warm-up' }]));
}, 60_000);

describe('PDF metadata', () => {
  it('takes the authors, title, publisher and date from XMP when the information dictionary has none', async () => {
    const bytes = await linesPdf(
      [{ text: 'Audit of the harbour fund' }],
      withXmp('<dc:creator><rdf:Seq><rdf:li>Ann Lee</rdf:li><rdf:li>Office of the Auditor</rdf:li></rdf:Seq></dc:creator><dc:title>Harbour   fund audit</dc:title><dc:publisher>Harbour Ledger</dc:publisher><xmp:CreateDate>2021-03-04T10:00:00Z</xmp:CreateDate>'),
    );
    expect(await readSourceFile('audit.pdf', bytes)).toMatchObject({ title: 'Harbour fund audit', author: 'Ann Lee, Office of the Auditor', publisher: 'Harbour Ledger', published: '2021-03-04' });
  });
});

// The PDF's fonts: Noto Sans Regular and Bold (SIL Open Font Licence 1.1), embedded as
// subsets by pdf-lib with fontkit, so Latin, Greek and Cyrillic text stays searchable,
// copyable text. Characters Noto Sans lacks (Chinese, Japanese, Korean, Arabic, Hebrew,
// most symbols…) are reported by `covers`, and the page draws those texts another way.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** A PDF document with its two fonts embedded, and what layout needs from them. */
export interface PdfFonts {
  doc: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
  /** Advance width of `text` at `size` points. */
  width(text: string, size: number, bold: boolean): number;
  /** Whether the font has a glyph for every character of `text`. */
  covers(text: string): boolean;
  /** The text as the font's glyph ids, a PDF hex string for Tj. */
  encode(text: string, bold: boolean): string;
}

type Glyphs = { hasGlyphForCodePoint(code: number): boolean };

export async function embedFonts(files: FontFiles): Promise<PdfFonts> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // subset: only the glyphs used go into the file (a few KB instead of 600 KB a font).
  const regular = await doc.embedFont(files.regular, { subset: true });
  const bold = await doc.embedFont(files.bold, { subset: true });
  const glyphs = fontkit.create(files.regular) as unknown as Glyphs;
  const covered = new Map<number, boolean>();
  const widths = new Map<string, number>();
  const encoded = new Map<string, string>();
  const font = (b: boolean) => (b ? bold : regular);
  return {
    doc,
    regular,
    bold,
    width(text, size, b) {
      // pdf-lib lays the text out on every call; labels and caption lines repeat.
      const key = `${b ? 1 : 0}${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        w = font(b).widthOfTextAtSize(text, 1000);
        widths.set(key, w);
      }
      return (w * size) / 1000;
    },
    covers(text) {
      for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        // Whitespace and controls are laid out, never drawn.
        if (code < 0x20) continue;
        let ok = covered.get(code);
        if (ok === undefined) {
          ok = glyphs.hasGlyphForCodePoint(code);
          covered.set(code, ok);
        }
        if (!ok) return false;
      }
      return true;
    },
    encode(text, b) {
      const key = `${b ? 1 : 0}${text}`;
      let hex = encoded.get(key);
      if (hex === undefined) {
        hex = font(b).encodeText(text).toString();
        encoded.set(key, hex);
      }
      return hex;
    },
  };
}

// The PDF's fonts: Noto Sans Regular and Bold (SIL Open Font Licence 1.1), embedded as
// subsets by pdf-lib with fontkit, so Latin, Greek and Cyrillic text stays searchable,
// copyable text. Characters Noto Sans lacks (Chinese, Japanese, Korean, Arabic, Hebrew,
// most symbols…) are reported by `covers`, and the page draws those texts another way.
import * as fontkit from 'fontkit';
import type { FontkitFont, FontkitGlyph } from 'fontkit';
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

/** glyphForCodePoint, remembered: labels reuse a few dozen characters. */
function glyphsOf(font: FontkitFont): (code: number) => FontkitGlyph {
  const cache = new Map<number, FontkitGlyph>();
  return (code) => {
    let g = cache.get(code);
    if (!g) {
      g = font.glyphForCodePoint(code);
      cache.set(code, g);
    }
    return g;
  };
}

type Handlers = { data?: (bytes: Uint8Array) => void; end?: () => void; error?: (e: unknown) => void };

/**
 * fontkit 2 for pdf-lib 1.17, which was written against its own fontkit fork
 * (@pdf-lib/fontkit 1.1). That fork writes broken TrueType subsets (a short `loca`
 * without padding: glyphs after the first odd-length one go blank in Poppler, Acrobat
 * and macOS Preview; fixed upstream in fontkit 1.8). The one API that changed is the
 * subset's output: `encode()` now, a stream with data/end events then.
 */
const fontkitForPdfLib = {
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(data, postscriptName);
    const glyph = glyphsOf(font);
    // One glyph a character, as PDF's Tj draws them (advance widths, no kerning): the
    // same result for these scripts as fontkit's shaping, at a hundredth of its cost
    // (shaping took ~0.6 ms a label, seconds for a 2,000-node graph).
    font.layout = (text: string) => ({ glyphs: Array.from(text, (ch) => glyph(ch.codePointAt(0) ?? 0)) });
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      return Object.assign(subset, {
        encodeStream() {
          const on: Handlers = {};
          const stream = {
            on<K extends keyof Handlers>(event: K, handler: NonNullable<Handlers[K]>) {
              on[event] = handler;
              return stream;
            },
          };
          // pdf-lib attaches its handlers right after this returns.
          queueMicrotask(() => {
            try {
              on.data?.(subset.encode());
              on.end?.();
            } catch (error) {
              on.error?.(error);
            }
          });
          return stream;
        },
      });
    };
    return font;
  },
} as unknown as Parameters<PDFDocument['registerFontkit']>[0];

export async function embedFonts(files: FontFiles): Promise<PdfFonts> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib);
  // subset: only the glyphs used go into the file (a few KB instead of 600 KB a font).
  const regular = await doc.embedFont(files.regular, { subset: true });
  const bold = await doc.embedFont(files.bold, { subset: true });
  const glyphs = fontkit.create(files.regular);
  const covered = new Map<number, boolean>();
  const widths = new Map<string, number>();
  const encoded = new Map<string, string>();
  const font = (b: boolean) => (b ? bold : regular);
  return {
    doc,
    regular,
    bold,
    width(text, size, b) {
      let w = 0;
      for (const ch of text) {
        const key = `${b ? 1 : 0}${ch}`;
        let cw = widths.get(key);
        if (cw === undefined) {
          cw = font(b).widthOfTextAtSize(ch, 1000);
          widths.set(key, cw);
        }
        w += cw;
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

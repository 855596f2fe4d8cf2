// The part of fontkit 2 (MIT, no bundled types) that the PDF fonts use.
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number;
    advanceWidth: number;
    path: { commands: unknown[] };
  }
  export interface FontkitSubset {
    includeGlyph(glyph: number | FontkitGlyph): number;
    encode(): Uint8Array;
  }
  export interface FontkitFont {
    numGlyphs: number;
    hasGlyphForCodePoint(code: number): boolean;
    unitsPerEm: number;
    getGlyph(id: number): FontkitGlyph;
    glyphForCodePoint(code: number): FontkitGlyph;
    layout(text: string, features?: unknown): { glyphs: FontkitGlyph[] };
    createSubset(): FontkitSubset;
  }
  export function create(data: Uint8Array, postscriptName?: string): FontkitFont;
}

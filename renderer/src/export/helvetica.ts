// The PDF standard fonts' side of text: WinAnsi encoding (what Helvetica can show
// without embedding a font) and Helvetica's advance widths for layout.

const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** WinAnsi byte for a character, or null when Helvetica cannot show it. */
export function winAnsiByte(ch: string): number | null {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  if (ch === '\t' || ch === '\n' || ch === '\r') return 0x20;
  return CP1252[ch] ?? null;
}

export const isWinAnsi = (text: string): boolean => [...text].every((c) => winAnsiByte(c) !== null);

/** Encodes what it can; anything else becomes "?". */
export function encodeWinAnsi(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => winAnsiByte(c) ?? 0x3f);
}

// Advance widths (1/1000 em) of ASCII 32–126, from the Adobe Core 14 AFM files.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const SPECIAL: Record<string, number> = { '‘': 222, '’': 222, '‚': 222, '“': 333, '”': 333, '„': 333, '–': 556, '—': 1000, '…': 1000, '•': 350, '€': 556, '·': 278, '×': 584, '→': 1000 };

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  const table = bold ? BOLD : REGULAR;
  if (code >= 32 && code <= 126) return table[code - 32] ?? 556;
  const special = SPECIAL[ch];
  if (special) return special;
  // Accented letters take their base letter's width.
  const base = ch.normalize('NFD')[0] ?? '';
  const baseCode = base.codePointAt(0) ?? 0;
  if (base !== ch && baseCode >= 32 && baseCode <= 126) return table[baseCode - 32] ?? 556;
  return 556;
}

export function helveticaWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, bold);
  return (w * size) / 1000;
}

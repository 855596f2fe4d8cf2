import { describe, expect, it } from 'vitest';
import { ellipsize } from './label-ellipsis.js';
import { seededRandom } from '../../../graph-data/src/util/seeded-random.js';

/** Cytoscape's own cut (its getLabelText, 'ellipsis'): every prefix measured in turn. */
function cytoscapeCut(text: string, maxWidth: number, width: (t: string) => number): string {
  if (width(text) < maxWidth) return text;
  let cut = '';
  let whole = false;
  for (let i = 0; i < text.length; i++) {
    if (width(cut + text[i] + '\u2026') > maxWidth) break;
    cut += text[i];
    if (i === text.length - 1) whole = true;
  }
  return whole ? cut : cut + '\u2026';
}

/** A width that grows with the text: each character its own width, as a proportional font's. */
const widthOf = (t: string) => [...t].reduce((sum, ch) => sum + (ch === '\u2026' ? 9 : 4 + (ch.charCodeAt(0) % 7)), 0);

describe('ellipsize', () => {
  it('cuts where Cytoscape cuts, measuring a few prefixes instead of all of them', () => {
    const random = seededRandom(3);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ()=,.-';
    for (let run = 0; run < 500; run++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 60) }, () => letters[Math.floor(random() * letters.length)]).join('');
      const maxWidth = 5 + Math.floor(random() * 300);
      let measures = 0;
      const counted = (t: string) => {
        measures++;
        return widthOf(t);
      };
      expect(ellipsize(text, maxWidth, counted), `${text} at ${maxWidth}`).toBe(cytoscapeCut(text, maxWidth, widthOf));
      expect(measures).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(text.length + 2)));
    }
  });

  it('keeps a label that fits whole, and cuts the airport labels of airlines.graphml', () => {
    expect(ellipsize('LIT', 100, widthOf)).toBe('LIT');
    const cut = ellipsize('LIT(lngx=-92.224444,laty=34.729444)', 100, widthOf);
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(widthOf(cut)).toBeLessThanOrEqual(100);
    expect('LIT(lngx=-92.224444,laty=34.729444)'.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('never cuts between the two halves of a character outside the basic plane', () => {
    const text = '😀😀😀😀😀😀😀😀😀😀';
    for (let maxWidth = 10; maxWidth < 120; maxWidth += 3) {
      const cut = ellipsize(text, maxWidth, widthOf);
      const body = cut.endsWith('\u2026') ? cut.slice(0, -1) : cut;
      expect(body.length % 2, `at ${maxWidth}: ${cut}`).toBe(0);
    }
  });
});

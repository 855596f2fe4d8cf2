// The highlight colour means "highlighted" and nothing else: far, in CIELAB, from every
// colour that carries data (kinds, allegation types, communities, plain edges), in both
// themes, and visible on both backgrounds. The distance is computed here from the sRGB
// and CIELAB definitions, not by the app.
import { describe, expect, it } from 'vitest';
import { graphStyle } from './style.js';
import { BASE_COLOURS, dataColours, HIGHLIGHT, type Theme } from './palette.js';

const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => channel(v / 255)) as [number, number, number];
}
/** sRGB → CIELAB (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));
const luminance = (hex: string) => rgb(hex).reduce((s, v, i) => s + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each(['light', 'dark'] as Theme[])('the %s theme', (theme) => {
  it('keeps the highlight far from every data colour (ΔE*ab ≥ 30)', () => {
    const colours = dataColours(theme);
    expect(colours.length).toBeGreaterThan(30);
    const nearest = Math.min(...colours.map((c) => deltaE(c, HIGHLIGHT)));
    expect(nearest).toBeGreaterThanOrEqual(30);
  });

  it('uses the highlight for selection, hover and paths, and shows it on the background (≥ 3:1)', () => {
    expect(BASE_COLOURS[theme].highlight).toBe(HIGHLIGHT);
    const style = graphStyle(theme) as { selector: string; style: Record<string, unknown> }[];
    for (const selector of ['node:selected', 'edge:selected', 'node.neighbourhood', 'node.highlit', 'edge.highlit']) {
      const rule = style.find((r) => r.selector === selector);
      expect([rule?.style['border-color'], rule?.style['underlay-color']], selector).toContain(HIGHLIGHT);
      // A highlighted edge keeps its data colour: the halo says "highlighted", the line still says what it is.
      expect(rule?.style['line-color'], selector).toBeUndefined();
    }
    expect(contrast(HIGHLIGHT, BASE_COLOURS[theme].background)).toBeGreaterThanOrEqual(3);
  });
});

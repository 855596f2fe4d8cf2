// Colours, sizes and widths from values: partitions (a colour a value, most frequent first),
// rankings (a sequential colour scale, or a size range), in palettes from d3-scale-chromatic
// nudged until each colour stands out from the theme's background.
import { color as parseCss, hsl } from 'd3-color';
import { interpolatePlasma, interpolateViridis, schemeDark2, schemeSet3, schemeTableau10, schemePastel1 } from 'd3-scale-chromatic';
import { BASE_COLOURS, type Theme } from './palette.js';

/** Non-text contrast WCAG asks of graphics (3:1) against the canvas background. */
const MIN_CONTRAST = 3;

function luminance(css: string): number {
  const c = parseCss(css)?.rgb();
  if (!c) return 0;
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** `css` darkened (light theme) or lightened (dark theme) until it reaches 3:1 against the background. */
export function readable(css: string, theme: Theme): string {
  const background = BASE_COLOURS[theme].background;
  const c = hsl(css);
  if (Number.isNaN(c.l)) return css;
  for (let i = 0; i < 20 && contrast(c.formatHex(), background) < MIN_CONTRAST; i++) c.l += theme === 'light' ? -0.04 : 0.04;
  return c.formatHex();
}

// Light: Tableau's ten then Dark2's deeper eight; dark: Set3's light twelve then Pastel1's.
const BASE_PALETTES: Record<Theme, readonly string[]> = {
  light: [...schemeTableau10, ...schemeDark2],
  dark: [...schemeSet3, ...schemePastel1],
};
const PALETTES: Record<Theme, string[]> = {
  light: [...new Set(BASE_PALETTES.light.map((c) => readable(c, 'light')))],
  dark: [...new Set(BASE_PALETTES.dark.map((c) => readable(c, 'dark')))],
};
/** Values past the palette share one neutral colour. */
export const OTHER_VALUES: Record<Theme, string> = { light: '#8c8c8c', dark: '#9ca3af' };

export const partitionPalette = (theme: Theme): readonly string[] => PALETTES[theme];

export interface PartitionClass {
  value: string;
  count: number;
  colour: string;
}

export interface PartitionScale {
  classes: PartitionClass[];
  /** Values past the palette, drawn in OTHER_VALUES. */
  others: { values: number; count: number; colour: string } | null;
  colourOf: Map<string, string>;
}

/** The key a value partitions by: lists by their first item, absent values as "(none)". */
export function partitionKey(value: unknown): string {
  if (Array.isArray(value)) return value.length ? partitionKey(value[0]) : NONE;
  if (value === null || value === undefined || value === '') return NONE;
  return String(value);
}
export const NONE = '(none)';

/** One colour a value, most frequent first (ties by value); `chosen` overrides the palette. */
export function partition(values: readonly unknown[], theme: Theme, chosen: Record<string, string> = {}): PartitionScale {
  const counts = new Map<string, number>();
  for (const v of values) {
    const key = partitionKey(v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }));
  const palette = PALETTES[theme];
  const classes: PartitionClass[] = [];
  const colourOf = new Map<string, string>();
  let rest = 0;
  let restValues = 0;
  ordered.forEach(([value, count], i) => {
    const colour = chosen[value] ?? (value === NONE ? OTHER_VALUES[theme] : palette[i]);
    if (colour === undefined) {
      rest += count;
      restValues++;
      colourOf.set(value, OTHER_VALUES[theme]);
      return;
    }
    classes.push({ value, count, colour });
    colourOf.set(value, colour);
  });
  return { classes, others: restValues ? { values: restValues, count: rest, colour: OTHER_VALUES[theme] } : null, colourOf };
}

/** A number from a value (numbers, numeric strings); null otherwise. */
export function numeric(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (Array.isArray(value) && value.length > 0) return numeric(value[0]);
  return null;
}

export interface Range {
  min: number;
  max: number;
}

export function rangeOf(values: readonly (number | null)[]): Range | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/** 0..1 along the range (0.5 when every value is the same). */
export const position = (v: number, r: Range): number => (r.max > r.min ? (v - r.min) / (r.max - r.min) : 0.5);

/**
 * The ranking colour scale: light ends of Plasma on a light canvas, Viridis' bright end on a
 * dark one, each cut where it would fade into the background.
 */
export function rankingColour(t: number, theme: Theme): string {
  const clamped = Math.max(0, Math.min(1, t));
  const css = theme === 'light' ? interpolatePlasma(0.05 + clamped * 0.75) : interpolateViridis(0.3 + clamped * 0.7);
  return readable(css, theme);
}

/** Stops of the ranking scale for a legend's gradient. */
export const rankingStops = (theme: Theme, steps = 6): string[] => Array.from({ length: steps }, (_, i) => rankingColour(i / (steps - 1), theme));

/**
 * How big the graph's own layout is against the one our layouts make: 1 for a layout as roomy
 * as the Interpol case's (about 140 units a node), less for a tight one such as airlines.graphml,
 * where nodes and labels at the usual size would cover each other.
 */
export function layoutUnit(nodes: readonly { x?: number; y?: number }[]): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of nodes) {
    if (n.x === undefined || n.y === undefined) continue;
    xs.push(n.x);
    ys.push(n.y);
  }
  if (xs.length < 3 || xs.length < nodes.length * 0.8) return 1;
  // The middle 90 % on each axis: a few far-flung nodes (Java.gexf has some) say little about the spacing.
  const spread = (v: number[]) => {
    v.sort((a, b) => a - b);
    const at = (q: number) => v[Math.min(v.length - 1, Math.max(0, Math.round(q * (v.length - 1))))] as number;
    return at(0.95) - at(0.05);
  };
  const [w, h] = [spread(xs), spread(ys)];
  const inside = xs.length * 0.9 * 0.9;
  // A line of nodes has no area: take the longer side squared over n instead.
  const area = Math.max(w * h, Math.max(w, h) ** 2 / inside);
  const spacing = Math.sqrt(area / inside);
  if (!Number.isFinite(spacing) || spacing <= 0) return 1;
  // A sparse rim around a dense core (Java.gexf) spaces nodes widely on average: the largest node
  // is still given about 2 % of the layout's longer side, or the core is drawn as dust.
  const extent = (0.02 * Math.max(w, h)) / LARGEST_DEFAULT;
  return Math.max(0.1, Math.min(5, Math.max(spacing / INTERPOL_SPACING, extent)));
}

/** The default largest node (settings.ts sizeMax). */
const LARGEST_DEFAULT = 46;

/** Units a node of the Interpol case's saved layout has around it, measured as layoutUnit does. */
const INTERPOL_SPACING = 114;

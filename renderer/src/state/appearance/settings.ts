// How the graph looks, as plain data the Appearance panel edits, saved views keep and the
// canvas draws: what colours, sizes and labels nodes, what widths and labels edges. Sources
// are strings so one <select> can offer kinds, the file's own look, measures and every
// attribute: 'kind', 'file', 'measure:pagerank', 'attr:modularity_class', 'builtin:size'.
import { z } from 'zod';
import { MEASURES, type MeasureName } from '../../../../graph-data/src/contract.js';

export const EDGE_LABEL_MODES = ['hover', 'on', 'off'] as const;
export type EdgeLabelMode = (typeof EDGE_LABEL_MODES)[number];
export const COLOR_SCALES = ['partition', 'ranking'] as const;
export type ColorScale = (typeof COLOR_SCALES)[number];

export interface Appearance {
  /** 'kind' | 'file' | 'measure:<m>' | 'attr:<key>' | 'builtin:<key>'. */
  colorBy: string;
  /** How an attribute colours: a colour a value (partition) or a colour scale (ranking). */
  colorScale: ColorScale;
  /** Colours the user chose for partition values (value → colour), kept per attribute. */
  colors: Record<string, Record<string, string>>;
  /** 'auto' (degree, or the file's sizes) | 'file' | 'measure:<m>' | 'attr:<key>' | 'builtin:<key>'. */
  sizeBy: string;
  /** Smallest and largest node diameter, in screen pixels at the graph's own scale. */
  sizeMin: number;
  sizeMax: number;
  /** 'auto' (the file's weights when edges have them) | 'none' | 'builtin:weight' | 'attr:<key>'. */
  edgeWidthBy: string;
  edgeWidthMin: number;
  edgeWidthMax: number;
  /** 'auto' (the label, or the attribute naming each node when the file has no labels) | 'builtin:label' | 'attr:<key>' | 'none'. */
  labelBy: string;
  edgeLabels: EdgeLabelMode;
  /** 0..1: share of the labels that may show at once (the canvas's label grid reads it). */
  labelDensity: number;
  /** Edges in the file's own colours where it has them (allegation colours still win). */
  edgeColors: boolean;
}

export const DEFAULT_APPEARANCE: Appearance = {
  colorBy: 'auto',
  colorScale: 'partition',
  colors: {},
  sizeBy: 'auto',
  sizeMin: 18,
  sizeMax: 46,
  edgeWidthBy: 'auto',
  edgeWidthMin: 1,
  edgeWidthMax: 6,
  labelBy: 'auto',
  edgeLabels: 'hover',
  labelDensity: 1,
  edgeColors: true,
};

const source = z.string().min(1).max(1100);
const colour = z.string().max(64);
export const appearanceSchema = z.strictObject({
  colorBy: source,
  colorScale: z.enum(COLOR_SCALES),
  colors: z.record(z.string().max(1100), z.record(z.string().max(1024), colour)),
  sizeBy: source,
  sizeMin: z.number().finite().min(1).max(400),
  sizeMax: z.number().finite().min(1).max(400),
  edgeWidthBy: source,
  edgeWidthMin: z.number().finite().min(0.1).max(60),
  edgeWidthMax: z.number().finite().min(0.1).max(60),
  labelBy: source,
  edgeLabels: z.enum(EDGE_LABEL_MODES),
  labelDensity: z.number().finite().min(0).max(1),
  edgeColors: z.boolean(),
});

/** A source string read back: which family, and the measure or attribute key. */
export type Source =
  | { type: 'kind' | 'file' | 'auto' | 'none' }
  | { type: 'measure'; measure: MeasureName }
  | { type: 'attr'; key: string; builtin: boolean };

export function parseSource(value: string): Source {
  if (value === 'kind' || value === 'file' || value === 'auto' || value === 'none') return { type: value };
  const colon = value.indexOf(':');
  const head = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (head === 'measure' && (MEASURES as readonly string[]).includes(rest)) return { type: 'measure', measure: rest as MeasureName };
  if (head === 'attr' || head === 'builtin') return { type: 'attr', key: rest, builtin: head === 'builtin' };
  return { type: 'auto' };
}

export const attrSource = (key: string, builtin: boolean): string => `${builtin ? 'builtin' : 'attr'}:${key}`;

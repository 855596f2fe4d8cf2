// Colours for GEXF's viz module: the screen palette the renderer passes, else colours
// the file came with, else none.
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../service/dataset.js';
import type { DataExportInput } from './types.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** #rrggbb, or rgb()/rgba() as GEXF and graphology files write colours (Gephi's viz:color r g b). */
export function parseHex(value: string | undefined): Rgb | undefined {
  if (!value) return undefined;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
  if (m) return { r: parseInt(m[1] ?? '0', 16), g: parseInt(m[2] ?? '0', 16), b: parseInt(m[3] ?? '0', 16) };
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/i.exec(value.trim());
  if (!rgb) return undefined;
  const byte = (v: string | undefined) => Math.min(255, Number(v ?? 0));
  return { r: byte(rgb[1]), g: byte(rgb[2]), b: byte(rgb[3]) };
}

/**
 * What the screen shows (the node's drawn colour), else the file's own colour for a node of no
 * known kind, else its kind's colour.
 */
export const nodeColour = (input: DataExportInput, id: string, a: GraphNodeAttributes): Rgb | undefined =>
  parseHex(input.colors?.nodes?.[id]) ?? (a.kind === 'other' ? parseHex(a.color) : undefined) ?? parseHex(input.colors?.kinds?.[a.kind]) ?? parseHex(a.color);

export const edgeColour = (input: DataExportInput, id: string, a: GraphEdgeAttributes): Rgb | undefined =>
  parseHex(input.colors?.edges?.[id]) ?? parseHex(a.allegation ? input.colors?.allegations?.[a.allegation.type] : undefined) ?? parseHex(a.color) ?? parseHex(input.colors?.edge);

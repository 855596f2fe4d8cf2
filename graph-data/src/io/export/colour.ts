// Colours for GEXF's viz module: the screen palette the renderer passes, else colours
// the file came with, else none.
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../service/dataset.js';
import type { DataExportInput } from './types.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function parseHex(value: string | undefined): Rgb | undefined {
  const m = value ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim()) : null;
  if (!m) return undefined;
  return { r: parseInt(m[1] ?? '0', 16), g: parseInt(m[2] ?? '0', 16), b: parseInt(m[3] ?? '0', 16) };
}

export const nodeColour = (input: DataExportInput, a: GraphNodeAttributes): Rgb | undefined =>
  parseHex(input.colors?.kinds?.[a.kind]) ?? parseHex(a.color);

export const edgeColour = (input: DataExportInput, a: GraphEdgeAttributes): Rgb | undefined =>
  parseHex(a.allegation ? input.colors?.allegations?.[a.allegation.type] : input.colors?.edge) ?? parseHex(a.color) ?? parseHex(input.colors?.edge);

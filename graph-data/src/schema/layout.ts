// A dataset's saved layout (layout.json beside graph.json): where each node is drawn
// when the dataset opens, so the first picture needs no layout run and is the one its
// author chose. Positions are not facts, so they live outside graph.json and its strict
// schema. Screen orientation: y points down.
import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, 'expected a finite number');

export const layoutFileSchema = z.strictObject({
  /** How the layout was made (e.g. the command that regenerates it). */
  about: z.string().optional(),
  positions: z.record(z.string(), z.strictObject({ x: finite, y: finite })),
});
export type LayoutFile = z.infer<typeof layoutFileSchema>;

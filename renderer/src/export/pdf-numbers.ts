// Which allegation edges a PDF numbers, and in what order: read on the page, to ask the service
// for their evidence, and in the PDF worker, to draw the numbers (pdf.ts).
import type { Scene } from './scene.js';

/** Past this many numbered edges the list says how many more there are. */
export const MAX_LISTED = 400;

/** Allegation edges in reading order (top to bottom, then left to right), so numbers are easy to find. */
export function numberAllegations(scene: Scene): string[] {
  return scene.edges
    .filter((e) => e.allegationType)
    .sort((a, b) => Math.round(a.mid.y / 40) - Math.round(b.mid.y / 40) || a.mid.x - b.mid.x)
    .map((e) => e.id);
}

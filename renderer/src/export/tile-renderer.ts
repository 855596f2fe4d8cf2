// Draws any rectangle of the graph, at any density, into a canvas of our own: the
// tile step of large raster exports. cy.png() can only draw the whole picture into one
// canvas (and silently returns an empty image past Chromium's canvas limits), so this
// reaches Cytoscape's canvas renderer directly — the same drawing code as the screen.
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { ExportError } from './types.js';

/** The two methods of Cytoscape 3.35's canvas renderer this relies on (pinned in package.json). */
interface CanvasRendererInternals {
  drawElement(ctx: CanvasRenderingContext2D, ele: SingularElementReturnValue, shiftToOriginWithBb?: undefined, showLabel?: boolean): void;
  getCachedZSortedEles(): SingularElementReturnValue[];
}

function internals(cy: Core): CanvasRendererInternals {
  const r = (cy as unknown as { renderer(): Partial<CanvasRendererInternals> | undefined }).renderer();
  if (!r || typeof r.drawElement !== 'function' || typeof r.getCachedZSortedEles !== 'function') {
    throw new ExportError('failed', "export: this version of Cytoscape's canvas renderer has no drawElement; update export/tile-renderer.ts");
  }
  return r as CanvasRendererInternals;
}

export interface TileSource {
  /**
   * Draws model box (x, y, w/k, h/k) at k pixels per model unit into ctx (w × h pixels);
   * returns how many elements touched it (0: the tile is plain background).
   */
  draw(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, k: number): number;
  /** How many elements touch the box, without drawing. */
  touching(x: number, y: number, w: number, h: number, k: number): number;
  count: number;
}

/**
 * Elements in drawing order with their bounds, computed once, so each tile draws only
 * what touches it. A label is drawn when it would be at least its min-zoomed-font-size
 * on the output, as on screen at that zoom.
 */
export function createTileSource(cy: Core, density: number): TileSource {
  const r = internals(cy);
  const eles = r.getCachedZSortedEles().filter((e) => e.visible());
  const n = eles.length;
  const bounds = new Float64Array(n * 4);
  const labels = new Uint8Array(n);
  const minSize = new Map<string, boolean>();
  eles.forEach((ele, i) => {
    const bb = ele.boundingBox({ includeLabels: true, includeOverlays: false });
    bounds.set([bb.x1, bb.y1, bb.x2, bb.y2], i * 4);
    const size = ele.numericStyle('font-size');
    const min = ele.numericStyle('min-zoomed-font-size');
    const key = `${size}|${min}`;
    let show = minSize.get(key);
    if (show === undefined) minSize.set(key, (show = size * density >= min));
    labels[i] = show ? 1 : 0;
  });
  const hits = (x: number, y: number, w: number, h: number, k: number, each?: (i: number) => void): number => {
    const x2 = x + w / k;
    const y2 = y + h / k;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const o = i * 4;
      if ((bounds[o + 2] ?? 0) < x || (bounds[o] ?? 0) > x2 || (bounds[o + 3] ?? 0) < y || (bounds[o + 1] ?? 0) > y2) continue;
      count++;
      each?.(i);
    }
    return count;
  };
  return {
    count: n,
    touching: (x, y, w, h, k) => hits(x, y, w, h, k),
    draw(ctx, x, y, w, h, k) {
      ctx.save();
      ctx.setTransform(k, 0, 0, k, -x * k, -y * k);
      const count = hits(x, y, w, h, k, (i) => {
        const ele = eles[i];
        if (ele) r.drawElement(ctx, ele, undefined, labels[i] === 1);
      });
      ctx.restore();
      return count;
    },
  };
}

// Draws caption/legend primitives onto a canvas (the raster formats' caption band),
// on the page or in a raster worker.
import type { Prim } from './caption.js';
import type { Seg } from './geometry.js';

export const CAPTION_FONT = 'Helvetica Neue, Helvetica, Arial, sans-serif';

/** A page canvas or an OffscreenCanvas in a worker: the drawing calls are the same. */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export function tracePath(ctx: Ctx2D, segs: Seg[]): void {
  ctx.beginPath();
  for (const s of segs) {
    if (s.op === 'M') ctx.moveTo(s.x, s.y);
    else if (s.op === 'L') ctx.lineTo(s.x, s.y);
    else if (s.op === 'Q') ctx.quadraticCurveTo(s.cx, s.cy, s.x, s.y);
    else if (s.op === 'C') ctx.bezierCurveTo(s.c1x, s.c1y, s.c2x, s.c2y, s.x, s.y);
    else ctx.closePath();
  }
}

export function drawPrims(ctx: Ctx2D, prims: Prim[]): void {
  for (const p of prims) {
    if (p.type === 'text') {
      ctx.font = `${p.bold ? 'bold ' : ''}${p.size}px ${CAPTION_FONT}`;
      ctx.fillStyle = p.color;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(p.text, p.x, p.y);
    } else if (p.type === 'shape') {
      tracePath(ctx, p.path);
      ctx.fillStyle = p.fill;
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.setLineDash(p.dash ?? []);
      ctx.strokeStyle = p.color;
      ctx.lineWidth = p.width;
      ctx.moveTo(p.x1, p.y1);
      ctx.lineTo(p.x2, p.y2);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
}

/** Caption text measured with the canvas font the band is drawn in. */
export function canvasTextWidth(): (text: string, size: number, bold: boolean) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  let font = '';
  return (text, size, bold) => {
    if (!ctx) return text.length * size * 0.55;
    // Setting the font parses it, even when unchanged: most calls of a caption use the one before's.
    const wanted = `${bold ? 'bold ' : ''}${size}px ${CAPTION_FONT}`;
    if (wanted !== font) ctx.font = font = wanted;
    return ctx.measureText(text).width;
  };
}

// Draws a scene onto a 2D canvas at any density: the raster formats' graph, the same
// shapes, colours and labels the SVG writer puts out. Runs on the page (JPEG) and in
// raster workers on OffscreenCanvas (PNG bands); knows nothing of Cytoscape.
import { type Ctx2D, tracePath } from './draw-canvas.js';
import type { Bounds, Scene, SceneText } from './scene.js';

/** A window onto the scene: model point (x, y) lands on the canvas origin, k pixels per model unit. */
export interface View {
  x: number;
  y: number;
  /** Canvas size in pixels. */
  width: number;
  height: number;
  k: number;
}

// Canvas state setters parse their values (colours, fonts) on every assignment, so
// each is only set when it changes: a 10,000-node scene shares a handful of styles.
class Pen {
  private readonly last = new Map<string, unknown>();
  constructor(readonly ctx: Ctx2D) {}
  set<K extends 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'globalAlpha' | 'font' | 'lineJoin'>(key: K, value: Ctx2D[K]): void {
    if (this.last.get(key) === value) return;
    this.last.set(key, value);
    this.ctx[key] = value;
  }
  dash(value: number[] | null): void {
    const key = value ? value.join(',') : '';
    if (this.last.get('dash') === key) return;
    this.last.set('dash', key);
    this.ctx.setLineDash(value ?? []);
  }
  /** After ctx.restore(): the canvas is back to older state, so nothing is known. */
  forget(): void {
    this.last.clear();
  }
}

function drawText(pen: Pen, t: SceneText, k: number): void {
  if (!t.text || (t.minSize !== undefined && t.size * k < t.minSize)) return;
  const { ctx } = pen;
  pen.set('globalAlpha', t.opacity);
  pen.set('font', `${t.weight} ${t.size}px ${t.family}`);
  if (t.rotation) {
    ctx.save();
    ctx.translate(t.x, t.y);
    ctx.rotate(t.rotation);
    ctx.translate(-t.x, -t.y);
  }
  const top = t.y - ((t.lines.length - 1) * t.lineHeight) / 2;
  t.lines.forEach((line, i) => {
    const y = top + i * t.lineHeight;
    if (t.outlineWidth > 0) {
      pen.set('lineJoin', 'round');
      pen.set('lineWidth', t.outlineWidth * 2);
      pen.set('strokeStyle', t.outline);
      pen.dash(null);
      ctx.strokeText(line, t.x, y);
    }
    pen.set('fillStyle', t.color);
    ctx.fillText(line, t.x, y);
  });
  if (t.rotation) {
    ctx.restore();
    // restore() brought back the state from before save(): forget what was set since.
    pen.forget();
  }
}

const touches = (b: Bounds, x1: number, y1: number, x2: number, y2: number): boolean => b.x2 >= x1 && b.x1 <= x2 && b.y2 >= y1 && b.y1 <= y2;

/** Draws what of `scene` falls in `view`. */
export function drawScene(ctx: Ctx2D, scene: Scene, view: View): void {
  const { x, y, k } = view;
  const x2 = x + view.width / k;
  const y2 = y + view.height / k;
  const pen = new Pen(ctx);
  ctx.save();
  ctx.setTransform(k, 0, 0, k, -x * k, -y * k);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineCap = 'butt';
  for (const e of scene.edges) {
    if (!touches(e.bounds, x, y, x2, y2)) continue;
    pen.set('globalAlpha', e.opacity);
    pen.set('strokeStyle', e.color);
    pen.set('lineWidth', e.width);
    pen.set('lineJoin', 'miter');
    pen.dash(e.dash);
    tracePath(ctx, e.path);
    ctx.stroke();
    if (e.arrow) {
      pen.set('fillStyle', e.arrowColor);
      ctx.beginPath();
      e.arrow.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.closePath();
      ctx.fill();
    }
    if (e.label) drawText(pen, e.label, k);
  }
  for (const n of scene.nodes) {
    if (!touches(n.bounds, x, y, x2, y2)) continue;
    pen.set('globalAlpha', n.opacity);
    pen.set('fillStyle', n.fill);
    const e = n.ellipse;
    if (e) {
      ctx.beginPath();
      ctx.ellipse(e.cx, e.cy, e.rx, e.ry, 0, 0, 2 * Math.PI);
    } else {
      tracePath(ctx, n.path);
    }
    ctx.fill();
    if (n.borderWidth > 0) {
      pen.set('strokeStyle', n.border);
      pen.set('lineWidth', n.borderWidth);
      pen.set('lineJoin', 'miter');
      pen.dash(null);
      ctx.stroke();
    }
    if (n.label) drawText(pen, n.label, k);
  }
  ctx.restore();
}

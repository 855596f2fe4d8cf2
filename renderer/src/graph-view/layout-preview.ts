// The picture of a view of over a thousand elements while ForceAtlas2 moves it. Copying 10,000
// places into Cytoscape costs it a second or more per frame (every node's bounds, every edge's
// path, a full redraw), and 943 of them 60-200 ms, so the layout is drawn here instead, on a canvas over Cytoscape's: nodes as dots in
// their colours, without labels, and without edges on a large view (as Cytoscape leaves them out
// while it moves: 30,000 anti-aliased lines cost a software rasteriser up to a second; a view drawn
// in full, with at most a couple of thousand, has them as hairlines). The user can pan, zoom and drag a node on it (a
// dragged node stays where it is dropped); the places go into Cytoscape once, when the layout ends.
import { framing, type Viewport } from './frame.js';

/** What the preview draws besides places: taken from the canvas once, when the layout starts. */
export interface PreviewLook {
  /** Node ids, in the order of the places. */
  ids: string[];
  /** Each node's index into `colours`; one past its end (or more) for a node the view hides. */
  colourOf: Uint16Array;
  colours: string[];
  /** Each node's diameter in model units. */
  sizes: Float32Array;
  /** Edges to draw under the dots, as index pairs into `ids`, in one colour: views drawn in full only. */
  lines?: { pairs: Uint32Array; colour: string };
}

export interface PreviewHandlers {
  /** The user panned, zoomed or took a node: the preview stops framing the moving graph. */
  onUserViewport(): void;
  /** Node `index` was dropped at (x, y), in model units. */
  onDrop(index: number, x: number, y: number): void;
}

/** A press this close to a node (screen pixels, beyond its radius) takes it. */
const GRAB_SLOP = 4;

/** What tests read on the preview's canvas element (`_preview`), as they read Cytoscape's `_cyreg`. */
export interface PreviewProbe {
  /** Where node `id` is drawn, in canvas pixels; null if it is not in the preview. */
  renderedPositionOf(id: string): { x: number; y: number } | null;
  /** The radius node `id`'s dot is drawn with, in canvas pixels; null if it is not in the preview. */
  renderedRadiusOf(id: string): number | null;
  /** Where node `id` is, in model units (its dropped place once the user dropped it). */
  placeOf(id: string): { x: number; y: number } | null;
  /** The node the user is dragging, if any. */
  dragged(): string | null;
}

export class LayoutPreview {
  readonly canvas: HTMLCanvasElement;
  private places: Float32Array | null = null;
  private readonly held = new Map<number, { x: number; y: number }>();
  private drag: { kind: 'pan'; x: number; y: number } | { kind: 'node'; index: number } | null = null;
  private queued = 0;
  /** Dots are drawn this share of their size: the places are spread by its inverse when they land (layout-spacing.ts). */
  private dotScale = 1;

  constructor(
    anchor: HTMLElement,
    private readonly look: PreviewLook,
    private view: Viewport,
    private readonly zoomRange: { min: number; max: number },
    private readonly handlers: PreviewHandlers,
  ) {
    const canvas = document.createElement('canvas');
    canvas.className = 'layout-preview';
    canvas.dataset.testid = 'layout-preview';
    canvas.setAttribute('aria-hidden', 'true');
    this.canvas = canvas;
    anchor.after(canvas);
    anchor.parentElement?.classList.add('previewing');
    canvas.addEventListener('pointerdown', this.onDown);
    canvas.addEventListener('pointermove', this.onMove);
    canvas.addEventListener('pointerup', this.onUp);
    canvas.addEventListener('pointercancel', this.onUp);
    canvas.addEventListener('wheel', this.onWheel, { passive: false });
    const indexOf = new Map(look.ids.map((id, i) => [id, i]));
    const probe: PreviewProbe = {
      renderedPositionOf: (id) => this.renderedPosition(indexOf.get(id) ?? -1),
      renderedRadiusOf: (id) => {
        const i = indexOf.get(id);
        return i === undefined ? null : Math.max(1.5, (((look.sizes[i] as number) * this.dotScale) / 2) * this.view.zoom);
      },
      placeOf: (id) => {
        const i = indexOf.get(id);
        const places = this.current();
        return i === undefined || !places ? null : { x: places[2 * i] as number, y: places[2 * i + 1] as number };
      },
      dragged: () => (this.drag?.kind === 'node' ? (look.ids[this.drag.index] ?? null) : null),
    };
    Object.assign(canvas, { _preview: probe });
  }

  viewport(): Viewport {
    return { zoom: this.view.zoom, pan: { ...this.view.pan } };
  }

  /** The places to draw (x, y pairs), framed when `frame`; a node the user holds or dropped keeps its own. */
  show(places: Float32Array, frame = false): void {
    this.places = places;
    if (frame) {
      const framed = framing(this.current() ?? places, this.size(), this.zoomRange);
      if (framed) this.view = framed;
    }
    this.draw();
  }

  /** Draws the dots at `scale` of their size from now on. */
  scaleDots(scale: number): void {
    this.dotScale = scale;
  }

  /** The latest places with the user's dropped nodes where they were dropped. */
  current(): Float32Array | null {
    const places = this.places;
    if (!places) return null;
    const out = places.slice();
    for (const [i, p] of this.held) {
      out[2 * i] = p.x;
      out[2 * i + 1] = p.y;
    }
    return out;
  }

  /** The zoom controls while the preview shows: zoom about the middle, or frame every node. */
  zoomBy(factor: number): void {
    const { width, height } = this.size();
    this.zoomAbout(width / 2, height / 2, this.view.zoom * factor);
  }

  fit(): void {
    const places = this.current();
    const framed = places && framing(places, this.size(), this.zoomRange);
    if (framed) this.view = framed;
    this.redrawSoon();
  }

  /** Where node `index` is on screen (tests and hit tests). */
  renderedPosition(index: number): { x: number; y: number } | null {
    const places = this.current();
    if (!places || index < 0 || 2 * index + 1 >= places.length) return null;
    return { x: (places[2 * index] as number) * this.view.zoom + this.view.pan.x, y: (places[2 * index + 1] as number) * this.view.zoom + this.view.pan.y };
  }

  /** Stops taking input: what the user does next goes to the canvas underneath. */
  freeze(): void {
    this.drag = null;
    this.canvas.style.pointerEvents = 'none';
  }

  destroy(): void {
    cancelAnimationFrame(this.queued);
    this.canvas.parentElement?.classList.remove('previewing');
    this.canvas.remove();
  }

  private size(): { width: number; height: number } {
    return { width: this.canvas.clientWidth, height: this.canvas.clientHeight };
  }

  private draw(): void {
    const places = this.current();
    const { width, height } = this.size();
    const canvas = this.canvas;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx || !places) return;
    const { zoom, pan } = this.view;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    const { colourOf, colours, sizes, lines } = this.look;
    if (lines) this.drawLines(ctx, places, lines, zoom);
    // One path per colour (a fill per node would cost a draw call each); a dot under 2 screen pixels is a square.
    const minRadius = 1.5 / zoom;
    const roundFrom = 2 / zoom;
    for (let c = 0; c < colours.length; c++) {
      ctx.beginPath();
      for (let i = 0; i < colourOf.length; i++) {
        if (colourOf[i] !== c) continue;
        const r = Math.max(minRadius, ((sizes[i] as number) * this.dotScale) / 2);
        const x = places[2 * i] as number;
        const y = places[2 * i + 1] as number;
        if (r < roundFrom) ctx.rect(x - r, y - r, 2 * r, 2 * r);
        else {
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, 2 * Math.PI);
        }
      }
      ctx.fillStyle = colours[c] as string;
      ctx.fill();
    }
  }

  /** Edges as hairlines in one path, left out where either end is hidden. */
  private drawLines(ctx: CanvasRenderingContext2D, places: Float32Array, lines: { pairs: Uint32Array; colour: string }, zoom: number): void {
    const { colourOf, colours } = this.look;
    const { pairs } = lines;
    ctx.beginPath();
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      const s = pairs[k] as number;
      const t = pairs[k + 1] as number;
      if ((colourOf[s] as number) >= colours.length || (colourOf[t] as number) >= colours.length) continue;
      ctx.moveTo(places[2 * s] as number, places[2 * s + 1] as number);
      ctx.lineTo(places[2 * t] as number, places[2 * t + 1] as number);
    }
    ctx.lineWidth = 1 / zoom;
    ctx.strokeStyle = lines.colour;
    ctx.stroke();
  }

  private redrawSoon(): void {
    if (!this.queued)
      this.queued = requestAnimationFrame(() => {
        this.queued = 0;
        this.draw();
      });
  }

  private toModel(e: PointerEvent | WheelEvent): { x: number; y: number; sx: number; sy: number } {
    const box = this.canvas.getBoundingClientRect();
    const sx = e.clientX - box.left;
    const sy = e.clientY - box.top;
    return { x: (sx - this.view.pan.x) / this.view.zoom, y: (sy - this.view.pan.y) / this.view.zoom, sx, sy };
  }

  private onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const at = this.toModel(e);
    const index = this.nodeAt(at.x, at.y);
    this.drag = index === null ? { kind: 'pan', x: at.sx, y: at.sy } : { kind: 'node', index };
    this.canvas.setPointerCapture?.(e.pointerId);
    this.handlers.onUserViewport();
  };

  private onMove = (e: PointerEvent) => {
    const drag = this.drag;
    if (!drag) return;
    const at = this.toModel(e);
    if (drag.kind === 'pan') {
      this.view = { zoom: this.view.zoom, pan: { x: this.view.pan.x + at.sx - drag.x, y: this.view.pan.y + at.sy - drag.y } };
      this.drag = { kind: 'pan', x: at.sx, y: at.sy };
    } else this.held.set(drag.index, { x: at.x, y: at.y });
    this.redrawSoon();
  };

  private onUp = (e: PointerEvent) => {
    const drag = this.drag;
    this.drag = null;
    if (drag?.kind !== 'node') return;
    const at = this.toModel(e);
    this.held.set(drag.index, { x: at.x, y: at.y });
    this.handlers.onDrop(drag.index, at.x, at.y);
    this.redrawSoon();
  };

  private onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const at = this.toModel(e);
    this.zoomAbout(at.sx, at.sy, this.view.zoom * Math.pow(2, -e.deltaY / 500));
    this.handlers.onUserViewport();
  };

  /** Zooms to `wanted` (within the limits) keeping screen point (sx, sy) over the same model point. */
  private zoomAbout(sx: number, sy: number, wanted: number): void {
    const { zoom: before, pan } = this.view;
    const x = (sx - pan.x) / before;
    const y = (sy - pan.y) / before;
    const zoom = Math.min(this.zoomRange.max, Math.max(this.zoomRange.min, wanted));
    this.view = { zoom, pan: { x: sx - x * zoom, y: sy - y * zoom } };
    this.redrawSoon();
  }

  /** The node drawn under model point (x, y), the nearest if several; null if none. */
  private nodeAt(x: number, y: number): number | null {
    const places = this.current();
    if (!places) return null;
    let best: number | null = null;
    let bestD = Infinity;
    const slop = GRAB_SLOP / this.view.zoom;
    for (let i = 0; 2 * i + 1 < places.length; i++) {
      if ((this.look.colourOf[i] as number) >= this.look.colours.length) continue;
      const dx = (places[2 * i] as number) - x;
      const dy = (places[2 * i + 1] as number) - y;
      const d = Math.hypot(dx, dy);
      const reach = Math.max(1.5 / this.view.zoom, ((this.look.sizes[i] as number) * this.dotScale) / 2) + slop;
      if (d <= reach && d < bestD) {
        best = i;
        bestD = d;
      }
    }
    return best;
  }
}

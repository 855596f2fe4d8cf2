// The kept picture of a large view's plain elements on screen. Drawing them, even in batches,
// is most of a frame at 10k nodes (tens of milliseconds), while most frames change none of them:
// a selection, a hover, an edit or a label placement changes a few elements Cytoscape draws
// itself. So the batched picture is drawn once into a canvas of its own and copied to the
// screen on later frames, for as long as the viewport, the canvas, the list of elements and
// every plain element (its look, its place, whether it is drawn at all) stay as they were.
//
// What changed comes from Cytoscape itself: before each frame it recalculates the elements whose
// style or bounds changed (a moved node brings its edges), and tells its listeners
// (onUpdateEleCalcs), as its own texture caches learn what to throw away. Only those are
// checked; the first plain one that changed starts a new picture.
import { Batches, COORDS, drawBatched, type Drawn, type Extent, place } from './batched-draw.js';
import type { CanvasRenderer, Look, PlainLook, Styled } from './batched-looks.js';

type Context = CanvasRenderingContext2D;

/**
 * Past this many changed elements in a frame (a layout running), draw anew without checking.
 * A layout's end labels a hundred nodes, whose 2,500 edges Cytoscape reports with them: those are
 * checked (a few milliseconds), not redrawn (a third of a second at 10k).
 */
const MOST_CHANGES = 10_000;

/** The six numbers of the context's transform, and the canvas's size. */
const viewOf = (context: Context) => {
  const t = context.getTransform();
  return [t.a, t.b, t.c, t.d, t.e, t.f, context.canvas.width, context.canvas.height];
};

/** Whether two plain looks draw the same picture at the same place (a look's group holds its colour and shape, not its size). */
function same(before: PlainLook, now: PlainLook): boolean {
  return now.group === before.group && now.halfWidth === before.halfWidth && now.halfHeight === before.halfHeight && (now.draw === 'edge' || (before.draw === 'node' && now.corner === before.corner));
}

/**
 * Whether Cytoscape's drawing of a node that was plain still hides its plain picture: an opaque
 * fill of the same shape, no smaller, at the same place (a node selected, hovered or labelled).
 */
function covers(before: PlainLook, now: Look | null): boolean {
  return before.draw === 'node' && now?.draw === 'cytoscape' && now.cover === before.shapeName && now.halfWidth >= before.halfWidth && now.halfHeight >= before.halfHeight;
}

/** How long rasterising the picture drawn ahead may run before it lets the browser in. */
const RASTER_MS = 20;

/** How `prepare` spreads its work: both keep Cytoscape from drawing until they resolve, and resolve false when cancelled. */
export interface PrepareTasks {
  /** Runs `work` over [0, total) in slices, each a task of its own. */
  slices(total: number, work: (from: number, to: number) => void): Promise<boolean>;
  /** Ends the current task. */
  pause(): Promise<boolean>;
}

export class PlainLayer {
  private surface: OffscreenCanvas | null = null;
  /** Cytoscape's list the picture was drawn from: a new one whenever elements are added, removed, re-sorted or grabbed. */
  private eles: readonly Styled[] | null = null;
  private length = 0;
  private view: number[] = [];
  private drawn: Drawn = { coords: new Float64Array(0), looks: [], rest: new Uint8Array(0) };
  /** Where each element of `eles` is in it, built when first needed. */
  private index: Map<Styled, number> | null = null;
  private changes: Styled[] = [];
  private tooMany = false;
  private readonly now = new Float64Array(COORDS);
  /** Frames drawn: a picture prepared ahead is dropped if one was drawn meanwhile. */
  private frames = 0;
  /** Pictures drawn in a frame, frames that copied the kept one, pictures drawn ahead (read by tests). */
  readonly stats = { redraws: 0, copies: 0, prepared: 0 };

  /** Cytoscape's report of elements whose style or bounds changed (onUpdateEleCalcs). */
  changed(eles: ArrayLike<Styled>): void {
    if (this.surface === null || this.tooMany) return;
    if (this.changes.length + eles.length > MOST_CHANGES) {
      this.tooMany = true;
      this.changes = [];
      return;
    }
    for (let i = 0; i < eles.length; i++) this.changes.push(eles[i] as Styled);
  }

  /** Draws the plain part of `eles` on the screen's context; returns what Cytoscape must draw. */
  draw(renderer: CanvasRenderer, context: Context, eles: readonly Styled[], extent: Extent): Styled[] {
    this.frames++;
    const view = viewOf(context);
    const kept = this.surface !== null && eles === this.eles && eles.length === this.length && sameNumbers(view, this.view) && this.stillTrue(renderer, extent);
    this.changes = [];
    this.tooMany = false;
    if (!kept) return this.redraw(renderer, context, eles, extent, view);
    this.stats.copies++;
    this.copyTo(context);
    const rest: Styled[] = [];
    const flags = this.drawn.rest;
    for (let i = 0; i < flags.length; i++) if (flags[i] === 1) rest.push(eles[i] as Styled);
    return rest;
  }

  /**
   * Draws ahead of time the picture the next frame of `renderer` will want, with work spread by
   * `slices` (which keeps Cytoscape from drawing meanwhile), then rasterises it in a task of its
   * own: that frame then only copies it. At the end of a layout this splits the landing frame,
   * at 10k nodes one task of half a second, into slices. The frame draws anew, as it otherwise
   * would, if the viewport, the elements or any of them changed meanwhile.
   */
  async prepare(renderer: CanvasRenderer, cy: { zoom(): number; pan(): { x: number; y: number }; extent(): Extent }, tasks: PrepareTasks): Promise<void> {
    const eles = renderer.getCachedZSortedEles().nondrag;
    const screen = renderer.data.contexts[renderer.NODE];
    if (!eles || !screen) return;
    const { width, height } = screen.canvas;
    const surface = new OffscreenCanvas(width, height);
    const picture = surface.getContext('2d');
    if (!picture) return;
    // The frame's transform, made as Cytoscape makes it (CanvasRenderer.render), so the numbers match.
    const ratio = renderer.getPixelRatio();
    const [zoom, pan] = [cy.zoom(), cy.pan()];
    picture.setTransform(1, 0, 0, 1, 0, 0);
    picture.translate(pan.x * ratio, pan.y * ratio);
    picture.scale(zoom * ratio, zoom * ratio);
    // Not in the caller's task (at a layout's end, Cytoscape's sort of every element by z-order).
    if (!(await tasks.pause())) return;
    const frames = this.frames;
    const drawn: Drawn = { coords: new Float64Array(eles.length * COORDS), looks: new Array<PlainLook | null>(eles.length).fill(null), rest: new Uint8Array(eles.length) };
    const batches = new Batches(renderer, true, cy.extent(), drawn);
    // The picture kept so far is stale from here on (whatever happens, a frame in between draws
    // anew), and what changes from now on is checked against the new one at the frame.
    this.eles = null;
    this.changes = [];
    this.tooMany = false;
    this.surface ??= surface;
    const done = (await tasks.slices(eles.length, (from, to) => batches.add(eles, from, to))) && (await tasks.pause());
    if (!done || frames !== this.frames) return;
    // Reading a pixel makes the canvas rasterise now, not in the frame that first copies it; and
    // a path at a time, each in a task of about RASTER_MS or one path.
    let started = performance.now();
    const steps = batches.paintSteps(picture);
    while (!steps.next().done) {
      picture.getImageData(0, 0, 1, 1);
      if (performance.now() - started < RASTER_MS) continue;
      if (!(await tasks.pause()) || frames !== this.frames) return;
      started = performance.now();
    }
    if (!(await this.warmTextures(renderer, eles, drawn.rest, ratio, cy.extent(), tasks)) || frames !== this.frames) return;
    this.surface = surface;
    this.drawn = drawn;
    this.eles = eles;
    this.length = eles.length;
    this.index = null;
    this.view = viewOf(picture as unknown as Context);
    this.stats.prepared++;
  }

  /**
   * Makes now, in slices, the textures of what the frame leaves to Cytoscape (labelled and
   * selected nodes): drawn onto a one-pixel canvas, through the same call the frame makes, so each
   * texture is made at the frame's zoom. Made in the frame instead, a hundred labelled nodes cost
   * it 110 ms of drawImage at 10k, each copying a texture sheet that had just been drawn on.
   */
  private warmTextures(renderer: CanvasRenderer, eles: readonly Styled[], rest: Uint8Array, ratio: number, extent: Extent, tasks: PrepareTasks): Promise<boolean> {
    const own: Styled[] = [];
    for (let i = 0; i < rest.length; i++) if (rest[i] === 1) own.push(eles[i] as Styled);
    if (own.length === 0) return Promise.resolve(true);
    const scratch = new OffscreenCanvas(1, 1).getContext('2d') as unknown as Context | null;
    if (!scratch) return Promise.resolve(true);
    return tasks.slices(own.length, (from, to) => {
      for (let i = from; i < to; i++) renderer.drawCachedElement(scratch, own[i] as Styled, ratio, extent);
    });
  }

  /** Lets go of the picture and the elements (the view is no longer drawn in batches). */
  forget(): void {
    if (this.surface === null && this.eles === null) return;
    this.surface = null;
    this.eles = null;
    this.index = null;
    this.changes = [];
    this.drawn = { coords: new Float64Array(0), looks: [], rest: new Uint8Array(0) };
  }

  /** Whether the picture still shows every changed element as it is; notes which are Cytoscape's to draw now. */
  private stillTrue(renderer: CanvasRenderer, extent: Extent): boolean {
    if (this.tooMany) return false;
    if (this.changes.length === 0) return true;
    const eles = this.eles as readonly Styled[];
    const index = (this.index ??= new Map(eles.map((ele, at) => [ele, at])));
    const { coords, looks, rest } = this.drawn;
    const now = this.now;
    for (const ele of this.changes) {
      const i = index.get(ele);
      // Not in the list drawn from: on the drag layer, drawn by Cytoscape.
      if (i === undefined) continue;
      const look = place(renderer, ele, true, extent, now, 0);
      const plain = look?.draw === 'edge' || look?.draw === 'node' ? look : null;
      const before = looks[i];
      if (before) {
        const at = i * COORDS;
        if (now[0] !== coords[at] || now[1] !== coords[at + 1] || now[2] !== coords[at + 2] || now[3] !== coords[at + 3]) return false;
        if (!(plain && same(before, plain)) && !covers(before, look)) return false;
      } else if (plain) return false;
      rest[i] = look?.draw === 'cytoscape' ? 1 : 0;
    }
    return true;
  }

  private redraw(renderer: CanvasRenderer, context: Context, eles: readonly Styled[], extent: Extent, view: number[]): Styled[] {
    this.stats.redraws++;
    const [width, height] = [context.canvas.width, context.canvas.height];
    if (!this.surface || this.surface.width !== width || this.surface.height !== height) this.surface = new OffscreenCanvas(width, height);
    const picture = this.surface.getContext('2d');
    if (!picture) return drawBatched(renderer, context, eles, true, extent);
    picture.setTransform(1, 0, 0, 1, 0, 0);
    picture.clearRect(0, 0, width, height);
    picture.setTransform(context.getTransform());
    if (this.drawn.looks.length !== eles.length) this.drawn = { coords: new Float64Array(eles.length * COORDS), looks: new Array<PlainLook | null>(eles.length).fill(null), rest: new Uint8Array(eles.length) };
    const rest = drawBatched(renderer, picture, eles, true, extent, this.drawn);
    if (eles !== this.eles) this.index = null;
    this.eles = eles;
    this.length = eles.length;
    this.view = view;
    this.copyTo(context);
    return rest;
  }

  private copyTo(context: Context): void {
    if (!this.surface) return;
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.globalCompositeOperation = 'source-over';
    context.drawImage(this.surface, 0, 0);
    context.restore();
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

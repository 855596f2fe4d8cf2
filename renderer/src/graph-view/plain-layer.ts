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
import { COORDS, drawBatched, type Drawn, type Extent, place } from './batched-draw.js';
import type { CanvasRenderer, Look, PlainLook, Styled } from './batched-looks.js';

type Context = CanvasRenderingContext2D;

/** Past this many changed elements in a frame (a layout running), draw anew without checking. */
const MOST_CHANGES = 2000;

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
    const view = viewOf(context);
    const kept = this.surface !== null && eles === this.eles && eles.length === this.length && sameNumbers(view, this.view) && this.stillTrue(renderer, extent);
    this.changes = [];
    this.tooMany = false;
    if (!kept) return this.redraw(renderer, context, eles, extent, view);
    this.copyTo(context);
    const rest: Styled[] = [];
    const flags = this.drawn.rest;
    for (let i = 0; i < flags.length; i++) if (flags[i] === 1) rest.push(eles[i] as Styled);
    return rest;
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

// @vitest-environment happy-dom
// The layout preview of a large view: where it draws each node for the viewport, what a drag on a
// node or on the background does, what the wheel does, and what it leaves behind when it ends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { framing } from './frame.js';
import { LayoutPreview, type PreviewHandlers, type PreviewLook, type PreviewProbe } from './layout-preview.js';

const ZOOMS = { min: 0.05, max: 4 };

function setUp(look: Partial<PreviewLook> = {}) {
  document.body.innerHTML = '<div class="canvas-wrap"><div class="graph-canvas"></div><div class="canvas-progress"></div></div>';
  const anchor = document.querySelector('.graph-canvas') as HTMLElement;
  const handlers: PreviewHandlers = { onUserViewport: vi.fn(), onDrop: vi.fn() };
  const full: PreviewLook = { ids: ['a', 'b', 'c'], colourOf: new Uint16Array([0, 0, 1]), colours: ['#111', '#222'], sizes: new Float32Array([10, 10, 10]), ...look };
  const preview = new LayoutPreview(anchor, full, { zoom: 2, pan: { x: 10, y: 20 } }, ZOOMS, handlers);
  const probe = (preview.canvas as unknown as { _preview: PreviewProbe })._preview;
  return { preview, probe, handlers, anchor };
}

function pointer(target: HTMLElement, type: string, x: number, y: number) {
  target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 1, bubbles: true }));
}

/** happy-dom's WheelEvent leaves out the pointer's place: it is given here, as a browser gives it. */
function wheel(target: HTMLElement, x: number, y: number, deltaY: number) {
  const event = new WheelEvent('wheel', { deltaY, bubbles: true, cancelable: true });
  Object.defineProperties(event, { clientX: { value: x }, clientY: { value: y } });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('layout preview', () => {
  it('sits over the graph canvas, under the controls, and hides the stale picture until it ends', () => {
    const { preview, anchor } = setUp();
    expect(anchor.nextElementSibling).toBe(preview.canvas);
    expect(preview.canvas.nextElementSibling?.className).toBe('canvas-progress');
    expect(anchor.parentElement?.classList.contains('previewing')).toBe(true);
    preview.destroy();
    expect(document.querySelector('[data-testid="layout-preview"]')).toBeNull();
    expect(anchor.parentElement?.classList.contains('previewing')).toBe(false);
  });

  it('draws each node where the viewport puts it', () => {
    const { preview, probe } = setUp();
    preview.show(new Float32Array([0, 0, 100, 50, -20, 5]));
    expect(probe.renderedPositionOf('a')).toEqual({ x: 10, y: 20 });
    expect(probe.renderedPositionOf('b')).toEqual({ x: 210, y: 120 });
    expect(probe.renderedPositionOf('c')).toEqual({ x: -30, y: 30 });
    expect(probe.renderedPositionOf('nobody')).toBeNull();
  });

  it('a node dragged and dropped stays where it was dropped while the layout goes on', () => {
    const { preview, probe, handlers } = setUp();
    preview.show(new Float32Array([0, 0, 100, 50, -20, 5]));
    // b is drawn at (210, 120), 10 units wide at zoom 2: a press 3 pixels off still takes it.
    pointer(preview.canvas, 'pointerdown', 213, 120);
    expect(probe.dragged()).toBe('b');
    expect(handlers.onUserViewport).toHaveBeenCalled();
    pointer(preview.canvas, 'pointermove', 240, 130);
    pointer(preview.canvas, 'pointerup', 270, 160);
    expect(probe.dragged()).toBeNull();
    // (270 - 10) / 2, (160 - 20) / 2
    expect(handlers.onDrop).toHaveBeenCalledWith(1, 130, 70);
    preview.show(new Float32Array([1, 1, 101, 51, -21, 6]));
    expect(probe.placeOf('b')).toEqual({ x: 130, y: 70 });
    expect(probe.placeOf('a')).toEqual({ x: 1, y: 1 });
    expect(Array.from(preview.current() ?? [])).toEqual([1, 1, 130, 70, -21, 6]);
  });

  it('a drag on the background pans, and takes no node', () => {
    const { preview, probe, handlers } = setUp();
    preview.show(new Float32Array([0, 0, 100, 50, -20, 5]));
    pointer(preview.canvas, 'pointerdown', 400, 400);
    expect(probe.dragged()).toBeNull();
    pointer(preview.canvas, 'pointermove', 430, 410);
    pointer(preview.canvas, 'pointerup', 430, 410);
    expect(probe.renderedPositionOf('a')).toEqual({ x: 40, y: 30 });
    expect(preview.viewport()).toEqual({ zoom: 2, pan: { x: 40, y: 30 } });
    expect(handlers.onDrop).not.toHaveBeenCalled();
    expect(handlers.onUserViewport).toHaveBeenCalled();
  });

  it('a node the view hides cannot be taken', () => {
    const { preview, probe } = setUp({ colourOf: new Uint16Array([0, 0xffff, 1]) });
    preview.show(new Float32Array([0, 0, 100, 50, -20, 5]));
    pointer(preview.canvas, 'pointerdown', 210, 120);
    expect(probe.dragged()).toBeNull();
  });

  it('the wheel zooms about the pointer, within the zoom limits', () => {
    const { preview, probe } = setUp();
    preview.show(new Float32Array([0, 0, 100, 50, -20, 5]));
    // The page does not scroll instead.
    expect(wheel(preview.canvas, 210, 120, -500).defaultPrevented).toBe(true);
    expect(preview.viewport().zoom).toBe(4);
    // b was under the pointer and stays there.
    expect(probe.renderedPositionOf('b')).toEqual({ x: 210, y: 120 });
    wheel(preview.canvas, 210, 120, -500);
    expect(preview.viewport().zoom).toBe(ZOOMS.max);
    wheel(preview.canvas, 210, 120, 1000);
    expect(preview.viewport().zoom).toBe(1);
  });
});

describe('framing', () => {
  it('fits the places in the box with room for labels at the sides and 40 px above and below, ignoring nodes without a place', () => {
    // 100 × 50 in a 368 × 180 box: 200 × 100 pixels to fill, so zoom 2, centred.
    const framed = framing(new Float32Array([0, 0, 100, 50, NaN, NaN]), { width: 368, height: 180 }, ZOOMS);
    expect(framed).toEqual({ zoom: 2, pan: { x: 84, y: 40 } });
    // The widest label a large view draws (160 px, centred under its node) stays inside the box at either side.
    expect((framed?.pan.x ?? 0) - 80).toBeGreaterThanOrEqual(0);
    expect((framed?.pan.x ?? 0) + 100 * (framed?.zoom ?? 0) + 80).toBeLessThanOrEqual(368);
    // The tighter side decides: 100 × 100 leaves 100 pixels of height.
    expect(framing(new Float32Array([0, 0, 100, 100]), { width: 368, height: 180 }, ZOOMS)?.zoom).toBe(1);
  });

  it('keeps within the zoom limits, and has no answer without any place', () => {
    expect(framing(new Float32Array([5, 5]), { width: 280, height: 180 }, ZOOMS)?.zoom).toBe(ZOOMS.max);
    expect(framing(new Float32Array([0, 0, 1e6, 1e6]), { width: 280, height: 180 }, ZOOMS)?.zoom).toBe(ZOOMS.min);
    expect(framing(new Float32Array([NaN, NaN]), { width: 280, height: 180 }, ZOOMS)).toBeNull();
    expect(framing(new Float32Array([]), { width: 280, height: 180 }, ZOOMS)).toBeNull();
  });
});

describe('zoom controls on the preview', () => {
  it('zoom about the middle of the canvas, and Fit frames every node', () => {
    const { preview, probe } = setUp();
    Object.defineProperties(preview.canvas, { clientWidth: { value: 280 }, clientHeight: { value: 180 } });
    preview.show(new Float32Array([0, 0, 100, 50, 50, 25]));
    // c is drawn at (110, 70); the middle is (140, 90): zooming by 2 doubles its distance from it.
    preview.zoomBy(2);
    expect(preview.viewport().zoom).toBe(4);
    expect(probe.renderedPositionOf('c')).toEqual({ x: 80, y: 50 });
    preview.fit();
    // 112 of the 280 pixels of width are left for the nodes (84 at each side, for their labels).
    const fitted = preview.viewport();
    expect(fitted.zoom).toBeCloseTo(1.12, 9);
    expect(fitted.pan.x).toBeCloseTo(84, 9);
    expect(fitted.pan.y).toBeCloseTo(62, 9);
  });
});

import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { framesHeld, holdFrames } from './frame-hold.js';

/** Cytoscape's render loop as far as holding goes: a frame draws unless `skipFrame`, which it clears after each frame. */
function fakeCy() {
  const renderer: { skipFrame?: boolean } = {};
  let drawn = 0;
  const cy = { renderer: () => renderer } as unknown as Core;
  const frame = () => {
    if (!renderer.skipFrame) drawn++;
    renderer.skipFrame = false;
  };
  return { cy, renderer, frame, drawn: () => drawn };
}

describe('holdFrames', () => {
  it('skips every frame while held, and draws again once every hold is released', () => {
    const { cy, frame, drawn } = fakeCy();
    frame();
    expect(drawn()).toBe(1);
    const first = holdFrames(cy);
    const second = holdFrames(cy);
    frame();
    frame();
    expect(drawn()).toBe(1);
    first();
    first();
    frame();
    expect(drawn()).toBe(1);
    expect(framesHeld(cy)).toBe(true);
    second();
    frame();
    expect(drawn()).toBe(2);
    expect(framesHeld(cy)).toBe(false);
  });

  it("keeps the loop's own one-frame skip working", () => {
    const { cy, renderer, frame, drawn } = fakeCy();
    holdFrames(cy)();
    renderer.skipFrame = true;
    frame();
    expect(drawn()).toBe(0);
    frame();
    expect(drawn()).toBe(1);
  });

  it('holds nothing without a renderer', () => {
    const cy = { renderer: () => undefined } as unknown as Core;
    expect(() => holdFrames(cy)()).not.toThrow();
    expect(framesHeld(cy)).toBe(false);
  });
});

// A look's elements go into paths of at most PART_SIZE, so a picture drawn ahead can rasterise
// one path per task; every pass splits at the same elements.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Parts, PART_SIZE } from './batched-draw.js';

class FakePath {
  segments = 0;
  moveTo() {
    this.segments++;
  }
}

describe('Parts', () => {
  beforeEach(() => vi.stubGlobal('Path2D', FakePath));
  afterEach(() => vi.unstubAllGlobals());

  it('starts a new path every PART_SIZE elements, and only then', () => {
    const parts = new Parts();
    for (let i = 0; i < 2 * PART_SIZE + 1; i++) (parts.next() as unknown as FakePath).moveTo();
    expect(parts.paths.map((p) => (p as unknown as FakePath).segments)).toEqual([PART_SIZE, PART_SIZE, 1]);
  });

  it('has no path before its first element', () => {
    expect(new Parts().paths).toHaveLength(0);
  });
});

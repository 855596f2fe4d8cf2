// Output size planning: pixels out, when one canvas is not enough, and the largest scale
// that still fits — the numbers behind the dialog's preview and its "too large" advice.
import { describe, expect, it } from 'vitest';
import { CANVAS_MAX_AREA, fitsCanvas, fitsPng, largestScale, planBands, planSize, PNG_MAX_PIXELS } from './region.js';

const region = (w: number, h: number, density = 1) => ({ box: { x: 0, y: 0, w, h }, density });

describe('planBands', () => {
  it('covers every row once, graph bands first, and never straddles the caption band', () => {
    const bands = planBands(1000, 1150, 300);
    expect(bands).toEqual([{ y0: 0, rows: 300 }, { y0: 300, rows: 300 }, { y0: 600, rows: 300 }, { y0: 900, rows: 100 }, { y0: 1000, rows: 150 }]);
    expect(planBands(10, 10, 300)).toEqual([{ y0: 0, rows: 10 }]);
  });
});

describe('planSize', () => {
  it('multiplies the region by density and scale, plus the caption band', () => {
    const plan = planSize(region(1000, 500, 0.5), 4, 60);
    expect([plan.width, plan.graphHeight, plan.height]).toEqual([2000, 1000, 1240]);
    expect(plan.overCanvas).toBe(false);
  });

  it('flags a 10,000-node picture at 4× as over one canvas (the case cy.png() returns empty)', () => {
    const plan = planSize(region(4100, 4100), 4, 0);
    expect(plan.pixels).toBeGreaterThan(CANVAS_MAX_AREA);
    expect(plan.overCanvas).toBe(true);
    expect(fitsPng(plan)).toBe(true);
  });

  it('offers the largest scale that fits, or none', () => {
    expect(largestScale(region(4100, 4100), 0, fitsCanvas)).toBe(3.75);
    expect(largestScale(region(40_000, 40_000), 0, fitsCanvas)).toBe(0.25);
    expect(largestScale(region(400_000, 400_000), 0, fitsPng)).toBe(0);
    expect(planSize(region(20_000, 20_000), 4, 0).pixels).toBeGreaterThan(PNG_MAX_PIXELS);
  });
});

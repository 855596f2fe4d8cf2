import { describe, expect, it } from 'vitest';
import { chooseLabels, labelBox, type LabelCandidate, MIN_LABEL_PX } from './label-grid.js';

const screen = { width: 800, height: 600, fontPx: 12, maxWidthPx: 160 };
const cand = (id: string, x: number, y: number, priority: number, chars = 8): LabelCandidate => ({ id, x, y, chars, priority });

/** A second implementation of "no two chosen labels overlap": every pair, by brute force. */
function overlaps(chosen: string[], all: LabelCandidate[], fontPx: number): [string, string][] {
  const boxes = chosen.map((id) => [id, labelBox(all.find((c) => c.id === id) as LabelCandidate, fontPx, 160)] as const);
  const bad: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, p] = boxes[i] as (typeof boxes)[number];
      const [b, q] = boxes[j] as (typeof boxes)[number];
      if (p.x1 < q.x2 && p.x2 > q.x1 && p.y1 < q.y2 && p.y2 > q.y1) bad.push([a, b]);
    }
  return bad;
}

describe('chooseLabels', () => {
  it('gives a crowded spot to the highest priority and skips the labels it would hide', () => {
    const all = [cand('small', 400, 300, 1), cand('hub', 402, 301, 50), cand('mid', 398, 305, 10), cand('far', 100, 100, 0)];
    expect(chooseLabels(all, { ...screen, density: 1 })).toEqual(['hub', 'far']);
  });

  it('never lets two chosen labels overlap, on a dense random scatter', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const all = Array.from({ length: 3000 }, (_, i) => cand(`n${i}`, random() * 800, random() * 600, random() * 100, 3 + Math.floor(random() * 20)));
    for (const density of [0, 0.5, 1]) {
      const chosen = chooseLabels(all, { ...screen, density });
      expect(chosen.length).toBeGreaterThan(10);
      expect(overlaps(chosen, all, 12)).toEqual([]);
    }
  });

  it('draws more labels as density rises, and more as the same nodes spread out (zooming in)', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const base = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, u: random(), v: random(), p: random() }));
    const at = (zoom: number) => base.map((b) => cand(b.id, 400 + (b.u - 0.5) * 800 * zoom, 300 + (b.v - 0.5) * 600 * zoom, b.p));
    const sparse = chooseLabels(at(1), { ...screen, density: 0 }).length;
    const dense = chooseLabels(at(1), { ...screen, density: 1 }).length;
    expect(dense).toBeGreaterThan(sparse);
    // Zoomed in 4×: the screen shows a quarter of the nodes, further apart, so more of them get a label.
    const zoomedIn = chooseLabels(at(4), { ...screen, density: 0.5 });
    const onScreen = at(4).filter((c) => c.x >= 0 && c.x <= 800 && c.y >= 0 && c.y <= 600);
    const fit = chooseLabels(at(1), { ...screen, density: 0.5 });
    expect(zoomedIn.length / onScreen.length).toBeGreaterThan(fit.length / base.length);
  });

  it('skips nodes off screen, and keeps to the label cap', () => {
    const all = [cand('off', -500, 100, 99), cand('a', 100, 100, 1), cand('b', 500, 400, 2)];
    expect(chooseLabels(all, { ...screen, density: 1 })).toEqual(['b', 'a']);
    expect(chooseLabels(all, { ...screen, density: 1, maxLabels: 1 })).toEqual(['b']);
  });

  it('places labels at least 9 screen pixels high even when asked for smaller', () => {
    // Two labels 10 px apart vertically collide at 9 px text (12.5 px boxes) but not at 6 px.
    const all = [cand('a', 400, 300, 2), cand('b', 400, 310, 1)];
    expect(chooseLabels(all, { ...screen, fontPx: 6, density: 1 })).toEqual(['a']);
    expect(MIN_LABEL_PX).toBe(9);
  });
});

// The layout worker's core on small graphs built here: it settles by itself (the old threshold ran
// to its time cap), holds a pinned node, and places only the nodes that have no place.
import { describe, expect, it } from 'vitest';
import { Fa2Run, quickPlacement } from './fa2-core.js';

/** Two dense clusters of `k` nodes joined by one edge. */
function twoClusters(k: number): { positions: Float32Array; edges: Uint32Array } {
  const pairs: number[] = [];
  for (const base of [0, k]) for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) if ((i + j) % 3 !== 0) pairs.push(base + i, base + j);
  pairs.push(0, k);
  return { positions: new Float32Array(4 * k).fill(NaN), edges: Uint32Array.from(pairs) };
}

describe('Fa2Run', () => {
  it('settles by itself, long before an iteration cap, with the two clusters apart', () => {
    const k = 40;
    const run = new Fa2Run(twoClusters(k));
    let settled = false;
    while (!settled && run.iterations < 2000) settled = run.step();
    expect(settled).toBe(true);
    expect(run.iterations).toBeLessThan(1000);
    const p = run.positions();
    const centre = (from: number) => {
      let [x, y] = [0, 0];
      for (let i = from; i < from + k; i++) [x, y] = [x + (p[2 * i] as number) / k, y + (p[2 * i + 1] as number) / k];
      return { x, y };
    };
    const spread = (from: number, c: { x: number; y: number }) => {
      let s = 0;
      for (let i = from; i < from + k; i++) s += Math.hypot((p[2 * i] as number) - c.x, (p[2 * i + 1] as number) - c.y) / k;
      return s;
    };
    const [a, b] = [centre(0), centre(k)];
    // Each cluster is tighter than the distance between them.
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(spread(0, a) + spread(k, b));
  });

  it('holds a pinned node where it was dropped while the rest moves', () => {
    const run = new Fa2Run(twoClusters(20));
    for (let i = 0; i < 5; i++) run.step();
    run.pin(3, 1234, -567);
    const before = run.positions();
    for (let i = 0; i < 30; i++) run.step();
    const after = run.positions();
    expect([after[6], after[7]]).toEqual([1234, -567]);
    expect(after[0]).not.toBe(before[0]);
  });

  it('keeps nodes fixed from the start', () => {
    const input = twoClusters(10);
    input.positions.fill(0);
    input.positions[0] = 50;
    const fixed = new Uint8Array(20);
    fixed[0] = 1;
    const run = new Fa2Run({ ...input, fixed });
    for (let i = 0; i < 20; i++) run.step();
    expect([run.positions()[0], run.positions()[1]]).toEqual([50, 0]);
  });
});

describe('quickPlacement', () => {
  it('places only the nodes without a place, the same way every time', () => {
    const a = Float32Array.from([NaN, NaN, 7, 8, NaN, NaN]);
    const b = Float32Array.from(a);
    quickPlacement(a);
    quickPlacement(b);
    expect([a[2], a[3]]).toEqual([7, 8]);
    expect([...a].every(Number.isFinite)).toBe(true);
    expect([...a]).toEqual([...b]);
  });
});

// The last phase of a layout: nodes drawn over one another pushed apart, at their drawn size.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../graph-data/src/util/seeded-random.js';
import { Fa2Run } from './fa2-core.js';
import { MOST_ITERATIONS, MOST_MS, OverlapPhase } from './overlap-phase.js';

/** Pairs of drawn nodes (diameter > 0) whose discs overlap, with `places` spread by `spread`. */
function overlaps(places: Float32Array, diameters: Float32Array, spread = 1): number {
  let pairs = 0;
  for (let i = 0; i < diameters.length; i++)
    for (let j = 0; j < i; j++) {
      if (!diameters[i] || !diameters[j]) continue;
      const d = Math.hypot(((places[2 * i] as number) - (places[2 * j] as number)) * spread, ((places[2 * i + 1] as number) - (places[2 * j + 1] as number)) * spread);
      if (d < ((diameters[i] as number) + (diameters[j] as number)) / 2) pairs++;
    }
  return pairs;
}

/** `n` nodes piled at random on a small patch (a hub's leaves), in the layout's units. */
function pile(n: number, across: number): Float32Array {
  const random = seededRandom(n);
  return Float32Array.from({ length: 2 * n }, () => random() * across);
}

function settle(phase: OverlapPhase): number {
  let steps = 0;
  while (!phase.step()) steps++;
  return steps;
}

describe('OverlapPhase', () => {
  it('pushes apart a pile of 30 nodes drawn over one another, at their size once spread', () => {
    const places = pile(30, 10);
    const diameters = new Float32Array(30).fill(12);
    expect(overlaps(places, diameters, 4)).toBeGreaterThan(50);
    const phase = new OverlapPhase(places, 4, diameters, new Uint8Array(30));
    settle(phase);
    phase.writeInto(places);
    expect(overlaps(places, diameters, 4)).toBe(0);
    expect(phase.iterations).toBeLessThan(MOST_ITERATIONS);
  });

  it('leaves a node the user holds, and nodes not drawn, where they are', () => {
    const places = pile(12, 5);
    const [heldX, heldY, hiddenX, hiddenY] = [places[0], places[1], places[2], places[3]];
    const diameters = new Float32Array(12).fill(10);
    diameters[1] = 0;
    const fixed = new Uint8Array(12);
    fixed[0] = 1;
    const phase = new OverlapPhase(places, 2, diameters, fixed);
    settle(phase);
    phase.writeInto(places);
    expect([places[0], places[1]]).toEqual([heldX, heldY]);
    expect([places[2], places[3]]).toEqual([hiddenX, hiddenY]);
    expect(overlaps(places, diameters, 2)).toBe(0);
  });

  it('stops after MOST_MS however far the crowd still has to go (a crowd of 300 on one spot)', () => {
    let clock = 0;
    const phase = new OverlapPhase(new Float32Array(600), 1, new Float32Array(300).fill(10), new Uint8Array(300), () => (clock += 100));
    settle(phase);
    expect(phase.iterations).toBe(Math.ceil(MOST_MS / 100));
  });

  it('stops after MOST_ITERATIONS with a clock that stands still', () => {
    const phase = new OverlapPhase(new Float32Array(3000), 1, new Float32Array(1500).fill(10), new Uint8Array(1500), () => 0);
    settle(phase);
    expect(phase.iterations).toBe(MOST_ITERATIONS);
  });
});

/** A chain of `n` nodes (a railway line), without places. */
function line(n: number) {
  const edges = new Uint32Array(2 * (n - 1));
  for (let i = 0; i + 1 < n; i++) [edges[2 * i], edges[2 * i + 1]] = [i, i + 1];
  return { positions: new Float32Array(2 * n).fill(NaN), edges };
}

describe('Fa2Run given the nodes drawn sizes', () => {
  it('lands with its edges two diameters long and no two nodes over each other', () => {
    const sizes = new Float32Array(60).fill(41);
    const run = new Fa2Run({ ...line(60), sizes });
    let settled = false;
    while (!settled && run.iterations < 3000) settled = run.step();
    expect(settled).toBe(true);
    const spread = run.spread();
    expect(spread).toBeGreaterThan(1);
    expect(overlaps(run.positions(), sizes, spread)).toBe(0);
  });

  it('without sizes, draws the places as they are', () => {
    const run = new Fa2Run(line(20));
    run.step();
    expect(run.spread()).toBe(1);
  });
});

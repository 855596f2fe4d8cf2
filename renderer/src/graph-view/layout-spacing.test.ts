// ForceAtlas2's places spread until edges are longer than the nodes drawn on them.
import { describe, expect, it } from 'vitest';
import { samplePairs, spreadFactor, spreadPlaces } from './layout-spacing.js';

/** A chain of `n` nodes `gap` apart on the x axis, and its edges. */
function chain(n: number, gap: number) {
  const places = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) places[2 * i] = i * gap;
  const pairs = new Uint32Array(2 * (n - 1));
  for (let i = 0; i + 1 < n; i++) [pairs[2 * i], pairs[2 * i + 1]] = [i, i + 1];
  return { places, pairs };
}

describe('spreadFactor', () => {
  it('spreads a railway whose stations sit on one another (edges of 18 units, nodes 41 wide) to edges of two diameters', () => {
    const { places, pairs } = chain(10, 18);
    const factor = spreadFactor(places, pairs, new Float32Array(10).fill(41));
    expect(factor * 18).toBeCloseTo(82, 5);
  });

  it('leaves a picture whose edges are long enough as it is', () => {
    const { places, pairs } = chain(10, 175);
    expect(spreadFactor(places, pairs, new Float32Array(10).fill(23.5))).toBe(1);
  });

  it('goes by the median: one long edge or one big hub changes nothing', () => {
    const { places, pairs } = chain(5, 10);
    places[8] = 1000;
    const sizes = new Float32Array([10, 10, 10, 10, 400]);
    expect(spreadFactor(places, pairs, sizes)).toBeCloseTo(2, 5);
  });

  it('leaves out nodes not drawn (size 0) and edges of no length', () => {
    const { places, pairs } = chain(4, 10);
    const withStacked = new Float32Array([...places, 30, 0]);
    const morePairs = new Uint32Array([...pairs, 3, 4, 3, 4, 3, 4]);
    expect(spreadFactor(withStacked, morePairs, new Float32Array([10, 10, 10, 10, 0]))).toBeCloseTo(2, 5);
  });

  it('is 1 for a graph without edges, or with nothing drawn', () => {
    expect(spreadFactor(new Float32Array([0, 0, 1, 1]), new Uint32Array(0), new Float32Array([10, 10]))).toBe(1);
    const { places, pairs } = chain(3, 1);
    expect(spreadFactor(places, pairs, new Float32Array(3))).toBe(1);
  });
});

describe('samplePairs', () => {
  it('copies every pair of a small view', () => {
    const edges = new Uint32Array([0, 1, 1, 2, 2, 3]);
    const sample = samplePairs(edges);
    expect([...sample]).toEqual([0, 1, 1, 2, 2, 3]);
    edges[0] = 9;
    expect(sample[0]).toBe(0);
  });

  it('takes 2,000 pairs evenly from 30,000, whole pairs only', () => {
    const edges = new Uint32Array(60_000).map((_, i) => (i % 2 === 0 ? i / 2 : 100_000 + (i - 1) / 2));
    const sample = samplePairs(edges);
    expect(sample.length).toBe(4000);
    expect([sample[0], sample[1], sample[2], sample[3]]).toEqual([0, 100_000, 15, 100_015]);
  });
});

describe('spreadPlaces', () => {
  it('multiplies every coordinate about the origin, leaving the input as it was', () => {
    const places = new Float32Array([1, -2, 0, 4]);
    expect([...spreadPlaces(places, 3)]).toEqual([3, -6, 0, 12]);
    expect([...places]).toEqual([1, -2, 0, 4]);
  });
});

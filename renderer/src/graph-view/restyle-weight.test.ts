// Whether a restyle is cut into slices depends on what it recomputes: a node given a new size
// brings its edges (their ends move), a node given a new colour does not.
import { describe, expect, it } from 'vitest';
import { restyleWeight } from './use-appearance-style.js';

describe('restyleWeight', () => {
  const nodes = Array.from({ length: 1_285 }, () => ({ degree: 12 }));

  it('counts the edges of nodes that may change size', () => {
    expect(restyleWeight(nodes, 0, true)).toBe(1_285 * 13);
  });

  it('counts only the elements restyled when no size changes', () => {
    expect(restyleWeight(nodes, 40, false)).toBe(1_325);
  });
});

// A restyle's slices hold about the same work, not the same number of items: a hub whose new
// size moves 3,000 edges is a slice on its own.
import { describe, expect, it } from 'vitest';
import { sliceEnd, unitStarts } from './add-elements.js';

describe('slices by units of work', () => {
  const starts = unitStarts(6, (i) => [1, 1, 3000, 1, 1, 1][i] ?? 1);

  it('sums each item’s work, counting at least one unit for each', () => {
    expect([...starts]).toEqual([0, 1, 2, 3002, 3003, 3004, 3005]);
    expect([...unitStarts(3, () => 0)]).toEqual([0, 1, 2, 3]);
  });

  it('ends a slice before the item that would take it past its units', () => {
    expect(sliceEnd(starts, 0, 20)).toBe(2);
    expect(sliceEnd(starts, 2, 20)).toBe(3);
    expect(sliceEnd(starts, 3, 2)).toBe(5);
    expect(sliceEnd(starts, 3, 100)).toBe(6);
  });

  it('takes one item at least, however heavy', () => {
    expect(sliceEnd(starts, 2, 1)).toBe(3);
  });
});

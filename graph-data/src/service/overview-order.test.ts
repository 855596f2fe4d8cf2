import { describe, expect, it } from 'vitest';
import { seededRandom } from '../util/seeded-random.js';
import { byDegreeDescending } from './overview.js';

describe('byDegreeDescending', () => {
  it('orders nodes by degree, highest first, ties in node order', () => {
    expect([...byDegreeDescending(Uint32Array.from([2, 5, 0, 5, 1, 2]))]).toEqual([1, 3, 0, 5, 4, 2]);
    expect([...byDegreeDescending(new Uint32Array(0))]).toEqual([]);
  });

  it('gives the order a comparison sort gives, on random degrees', () => {
    const random = seededRandom(7);
    for (const size of [1, 10, 1_000]) {
      const degree = Uint32Array.from({ length: size }, () => Math.floor(random() * (random() < 0.1 ? 5_000 : 20)));
      const expected = [...degree.keys()].sort((a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || a - b);
      expect([...byDegreeDescending(degree)]).toEqual(expected);
    }
  });
});

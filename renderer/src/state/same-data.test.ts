import { describe, expect, it } from 'vitest';
import { sameData } from './same-data.js';

describe('sameData', () => {
  it('is true for equal plain data built apart', () => {
    expect(sameData({ kinds: { person: 3 }, claimants: [{ id: 'a', count: 2 }], range: null }, { range: null, claimants: [{ id: 'a', count: 2 }], kinds: { person: 3 } })).toBe(true);
  });
  it('tells apart a changed count, a renamed claimant, a missing key, an array from an object', () => {
    const base = { kinds: { person: 3 }, claimants: [{ id: 'a', label: 'A' }] };
    expect(sameData(base, { kinds: { person: 4 }, claimants: [{ id: 'a', label: 'A' }] })).toBe(false);
    expect(sameData(base, { kinds: { person: 3 }, claimants: [{ id: 'a', label: 'Anna' }] })).toBe(false);
    expect(sameData(base, { kinds: { person: 3 } })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    // Maps and sets are not looked into: two different ones are different.
    expect(sameData(new Map([['a', 1]]), new Map([['a', 2]]))).toBe(false);
    expect(sameData({ m: new Set() }, { m: new Set() })).toBe(false);
    // Nor React elements: equal-looking ones are different.
    expect(sameData({ $$typeof: 1, props: {} }, { $$typeof: 1, props: {} })).toBe(false);
  });
});

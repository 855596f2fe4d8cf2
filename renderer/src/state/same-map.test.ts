import { describe, expect, it } from 'vitest';
import { keepIfSame, sameEntries } from './same-map.js';

describe('sameEntries', () => {
  it('is true for equal entries in any order, false for a changed, missing or extra entry', () => {
    const a = new Map([['anna', '#f00'], ['bureau', '#0f0']]);
    expect(sameEntries(a, new Map([['bureau', '#0f0'], ['anna', '#f00']]))).toBe(true);
    expect(sameEntries(a, new Map([['anna', '#f00'], ['bureau', '#00f']]))).toBe(false);
    expect(sameEntries(a, new Map([['anna', '#f00']]))).toBe(false);
    expect(sameEntries(a, new Map([['anna', '#f00'], ['carl', '#0f0']]))).toBe(false);
  });

  it('tells an undefined value from a missing key, and takes two undefined values as equal', () => {
    expect(sameEntries(new Map([['anna', undefined]]), new Map([['carl', undefined]]))).toBe(false);
    expect(sameEntries(new Map([['anna', undefined]]), new Map([['anna', undefined]]))).toBe(true);
  });

  it('is false when the second map has more entries, and true for a map and itself', () => {
    const one = new Map([['anna', '#f00']]);
    expect(sameEntries(one, new Map([['anna', '#f00'], ['carl', '#0f0']]))).toBe(false);
    expect(sameEntries(one, one)).toBe(true);
  });
});

describe('keepIfSame', () => {
  it('keeps the previous map when the new one is equal, and takes a different one', () => {
    const before = new Map([['e1', 2]]);
    expect(keepIfSame(before, new Map([['e1', 2]]))).toBe(before);
    const changed = new Map([['e1', 3]]);
    expect(keepIfSame(before, changed)).toBe(changed);
    expect(keepIfSame(null, changed)).toBe(changed);
    expect(keepIfSame(before, null)).toBeNull();
  });
});

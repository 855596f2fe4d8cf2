// The id indexes an edit finds its elements by: after any mix of replacements, removals and
// additions, every id of the new list is found at its place, and none of another list.
import { describe, expect, it } from 'vitest';
import { byId, edited, idsOf, pick, positionOf } from './id-index.js';

const item = (id: string, v = 0) => ({ id, v });
const places = (list: readonly { id: string }[]) => list.map((x) => positionOf(list, x.id));

describe('id indexes of edited lists', () => {
  const base = [item('a'), item('b'), item('c')];

  it('a list whose items were only replaced finds each id where it was, and shares nothing it should not', () => {
    const next = edited(base, { replaced: new Map([[1, item('b', 1)]]), removed: new Set(), added: [] });
    expect(next).not.toBe(base);
    expect(places(next)).toEqual([0, 1, 2]);
    expect(next[positionOf(next, 'b')]).toEqual(item('b', 1));
    expect(base[1]).toEqual(item('b'));
  });

  it('replaced and added at once: the added item is found at the end of the new list, not in the old one', () => {
    const next = edited(base, { replaced: new Map([[0, item('a', 1)]]), removed: new Set(), added: [item('d')] });
    expect(next.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(positionOf(next, 'd')).toBe(3);
    expect(positionOf(base, 'd')).toBe(-1);
    expect(places(next)).toEqual([0, 1, 2, 3]);
  });

  it('removed: later ids move up, the removed one is gone', () => {
    const next = edited(base, { replaced: new Map(), removed: new Set(['a']), added: [] });
    expect(places(next)).toEqual([0, 1]);
    expect(positionOf(next, 'a')).toBe(-1);
    expect(pick(next, ['c', 'a', 'b']).map((x) => x.id)).toEqual(['c', 'b']);
  });

  it('byId finds an item, or nothing (no list, or an id not in it)', () => {
    expect(byId(base, 'c')).toEqual(item('c'));
    expect(byId(base, 'z')).toBeUndefined();
    expect(byId(undefined, 'a')).toBeUndefined();
  });

  it('nothing changed: the same list', () => {
    expect(edited(base, { replaced: new Map(), removed: new Set(), added: [] })).toBe(base);
  });

  it('refuses a replacement put where another id sits', () => {
    expect(() => edited(base, { replaced: new Map([[0, item('b')]]), removed: new Set(), added: [] })).toThrow(/b is not at 0/);
    expect(() => edited(base, { replaced: new Map([[9, item('d')]]), removed: new Set(), added: [] })).toThrow(/d is not at 9/);
  });

  it('idsOf: one array while only items were replaced, a new one when an id comes or goes', () => {
    const ids = idsOf(base);
    expect(ids).toEqual(['a', 'b', 'c']);
    const renamed = edited(base, { replaced: new Map([[2, item('c', 1)]]), removed: new Set(), added: [] });
    expect(idsOf(renamed)).toBe(ids);
    const grown = edited(renamed, { replaced: new Map(), removed: new Set(), added: [item('d')] });
    expect(idsOf(grown)).toEqual(['a', 'b', 'c', 'd']);
    const shrunk = edited(base, { replaced: new Map(), removed: new Set(['b']), added: [] });
    expect(idsOf(shrunk)).toEqual(['a', 'c']);
    expect(idsOf(base)).toBe(ids);
  });
});

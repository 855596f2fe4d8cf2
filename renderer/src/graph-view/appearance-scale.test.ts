// Partition and ranking scales: counts and order from the values, chosen colours kept, and
// every generated colour readable on its theme's background.
import { describe, expect, it } from 'vitest';
import { contrast, layoutUnit, NONE, partition, partitionPalette, rankingColour, readable } from './appearance-scale.js';
import { BASE_COLOURS } from './palette.js';

describe('partition', () => {
  it('counts each value, most frequent first, lists by their first item, absent values as (none)', () => {
    const scale = partition(['b', 'a', 'b', 3, 3, 3, null, ['a', 'x']], 'light');
    expect(scale.classes.map((c) => [c.value, c.count])).toEqual([['3', 3], ['a', 2], ['b', 2], [NONE, 1]]);
    expect(new Set(scale.classes.map((c) => c.colour)).size).toBe(4);
    expect(scale.others).toBeNull();
  });
  it('keeps a colour the user chose and shares grey past the palette', () => {
    const values = Array.from({ length: 40 }, (_, i) => `v${i}`);
    const scale = partition(values, 'dark', { v3: '#123456' });
    expect(scale.colourOf.get('v3')).toBe('#123456');
    expect(scale.classes).toHaveLength(partitionPalette('dark').length);
    expect(scale.others?.values).toBe(40 - scale.classes.length);
  });
});

describe('readable colours', () => {
  it.each(['light', 'dark'] as const)('every palette and ranking colour reaches 3:1 on the %s background', (theme) => {
    const bg = BASE_COLOURS[theme].background;
    for (const c of partitionPalette(theme)) expect(contrast(c, bg)).toBeGreaterThanOrEqual(3);
    for (let t = 0; t <= 1; t += 0.1) expect(contrast(rankingColour(t, theme), bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(readable('#ffff66', theme), bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('layoutUnit', () => {
  it('is 1 for a layout as roomy as the Interpol case and shrinks with a tighter one', () => {
    const grid = (step: number) => Array.from({ length: 100 }, (_, i) => ({ x: (i % 10) * step, y: Math.floor(i / 10) * step }));
    expect(layoutUnit(grid(114))).toBeCloseTo(1, 1);
    expect(layoutUnit(grid(11.4))).toBeCloseTo(0.1, 1);
    expect(layoutUnit([{ x: 0, y: 0 }, {}, {}, {}])).toBe(1);
  });
});

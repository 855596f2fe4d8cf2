// Which views get level of detail and which get their labels placed by the label grid.
import { describe, expect, it } from 'vitest';
import { detailOf, elementClasses, movesOnPreview } from './detail.js';

const view = (nodes: number, edges: number) => ({ nodes: new Array<unknown>(nodes).fill(0), edges: new Array<unknown>(edges).fill(0) });

describe('detailOf', () => {
  it('keeps every label of a case-sized view (the Interpol case: 70 nodes, 114 edges)', () => {
    expect(detailOf(view(70, 114))).toEqual({ lod: false, grid: false });
  });

  it('places the labels of a view of many nodes that is cheap to draw (tokyo-railways: 943 nodes, 860 edges), without level of detail', () => {
    expect(detailOf(view(943, 860))).toEqual({ lod: false, grid: true });
  });

  it('gives a view of many elements both (airlines.graphml: 235 nodes, 2,101 edges)', () => {
    expect(detailOf(view(235, 2101))).toEqual({ lod: true, grid: true });
  });
});

describe('elementClasses', () => {
  it('puts the grid on nodes only, and keeps a hidden node hidden', () => {
    const detail = { lod: true, grid: true };
    expect(elementClasses(detail, true, true)).toBe('lod grid hidden');
    expect(elementClasses(detail, false, false)).toBe('lod');
    expect(elementClasses({ lod: false, grid: true }, true, false)).toBe('grid');
    expect(elementClasses({ lod: false, grid: false }, true, false)).toBe('');
  });
});

describe('movesOnPreview', () => {
  it('moves tokyo-railways (1,803 elements) on the preview, and the Interpol case (184) in the canvas', () => {
    expect(movesOnPreview(1803)).toBe(true);
    expect(movesOnPreview(184)).toBe(false);
  });

  it('starts just past a thousand elements', () => {
    expect(movesOnPreview(1000)).toBe(false);
    expect(movesOnPreview(1001)).toBe(true);
  });
});

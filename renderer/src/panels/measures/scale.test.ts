// Size weights and value formatting for the measures panel.
import { describe, expect, it } from 'vitest';
import { formatMeasure, sizeWeights } from './scale.js';

describe('sizeWeights', () => {
  it('maps the largest value to 1 and grows area, not width, with the value', () => {
    expect(sizeWeights({ a: 100, b: 25, c: 0 })).toEqual({ a: 1, b: 0.5, c: 0 });
  });
  it('gives every node the smallest size when all values are zero', () => {
    expect(sizeWeights({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
  });
});

describe('formatMeasure', () => {
  it('reads integers, mid-sized and tiny values', () => {
    expect(formatMeasure(1234)).toBe('1,234');
    expect(formatMeasure(12.3456)).toBe('12.35');
    expect(formatMeasure(0.0123456)).toBe('0.0123');
  });
});

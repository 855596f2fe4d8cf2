import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './plural.js';

describe('plural', () => {
  it('groups thousands and makes the noun agree', () => {
    expect(plural(1, 'edge')).toBe('1 edge');
    expect(plural(0, 'edge')).toBe('0 edges');
    expect(plural(1538, 'node')).toBe('1,538 nodes');
    expect(plural(2, 'community', 'communities')).toBe('2 communities');
  });

  it('formats counts in English whatever the system locale', () => {
    expect(formatCount(3_000_000)).toBe('3,000,000');
    expect(formatCount(-1234.5)).toBe('-1,234.5');
  });
});

import { describe, expect, it } from 'vitest';
import { plural } from './plural.js';

describe('plural', () => {
  it('groups thousands and makes the noun agree', () => {
    expect(plural(1, 'edge')).toBe('1 edge');
    expect(plural(0, 'edge')).toBe('0 edges');
    expect(plural(1538, 'node')).toBe('1,538 nodes');
    expect(plural(2, 'community', 'communities')).toBe('2 communities');
  });
});

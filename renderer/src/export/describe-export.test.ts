// The caption's description line, as a reader sees it under an exported picture.
import { describe, expect, it } from 'vitest';
import { describeExport } from './caption.js';
import { testMeta } from './test-scene.js';

describe('describeExport', () => {
  it('counts what is shown in words that agree with the number', () => {
    expect(describeExport({ ...testMeta, shown: { nodes: 2, edges: 1 } })).toContain(' · 2 nodes, 1 edge shown · ');
    expect(describeExport({ ...testMeta, shown: { nodes: 1, edges: 0 } })).toContain(' · 1 node, 0 edges shown · ');
    expect(describeExport({ ...testMeta, shown: { nodes: 10_000, edges: 30_000 } })).toContain(' · 10,000 nodes, 30,000 edges shown · ');
  });
});

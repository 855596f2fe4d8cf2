// The caption's scope line names exactly what the view is.
import { describe, expect, it } from 'vitest';
import { describeScope } from './describe-scope.js';

describe('describeScope', () => {
  const graph = { origin: { kind: 'graph' as const, shown: 70, total: 70 }, changes: [] };
  it('says "Whole graph" only for the whole graph, unchanged', () => {
    expect(describeScope({ scope: graph, hidden: 0, highlight: null }, 'whole')).toBe('Whole graph');
    expect(describeScope({ scope: { origin: { kind: 'graph', shown: 2000, total: 10000 }, changes: [] }, hidden: 0, highlight: null }, 'whole')).toBe(
      'Opening view: the 2,000 best-connected nodes of 10,000',
    );
    expect(describeScope({ scope: null, hidden: 0, highlight: null }, 'whole')).toBe('A view of the graph');
  });

  it('names a focus and its depth, the changes since, hidden nodes and a highlighted path', () => {
    const focus = { origin: { kind: 'focus' as const, label: 'Alexander Prokopchuk', depth: 1 }, changes: ['Expanded Bill Browder'] };
    expect(describeScope({ scope: focus, hidden: 2, highlight: 'Path from Bill Browder to Interpol highlighted (2 hops)' }, 'whole')).toBe(
      'Focus on Alexander Prokopchuk at depth 1, then expanded Bill Browder; 2 nodes hidden; Path from Bill Browder to Interpol highlighted (2 hops)',
    );
  });

  it('counts older changes past the last three, and marks an export of the part on screen', () => {
    const many = { ...graph, changes: ['Expanded A', 'Expanded B', 'Hid C', 'Added D', 'Removed E'] };
    expect(describeScope({ scope: many, hidden: 1, highlight: null }, 'view')).toBe(
      'Current view (the part on screen) of: Whole graph, then 2 other changes, hid C, added D, removed E; 1 node hidden',
    );
    expect(describeScope({ scope: { origin: { kind: 'saved', name: 'Browder chain' }, changes: [] }, hidden: 0, highlight: null }, 'whole')).toBe('Saved view “Browder chain”');
  });

  it('names an export of the selection and how many nodes it holds', () => {
    expect(describeScope({ scope: graph, hidden: 0, highlight: null, selected: 3 }, 'selection')).toBe('Selection (3 nodes) of: Whole graph');
  });
});

// Opening another graph replaces the history: Back cannot return to the old graph's views.
import { describe, expect, it } from 'vitest';
import { emptyHistory, historyReducer, viewFrom } from './view-history.js';

const graph = (ids: string[], graph = 'g#1') => ({
  graph,
  nodes: ids.map((id) => ({ id, label: id, kind: 'person' as const, degree: 0 })),
  edges: [],
  truncated: false,
  requestedNodes: ids.length,
});

describe('historyReducer replace', () => {
  it('leaves exactly the new graph’s view, with nothing to go back or forward to', () => {
    let history = historyReducer(emptyHistory, { type: 'push', view: viewFrom(graph(['a']), 'Opened') });
    history = historyReducer(history, { type: 'push', view: viewFrom(graph(['a', 'b']), 'Expanded a') });
    history = historyReducer(history, { type: 'replace', view: viewFrom(graph(['x'], 'g#2'), 'Opened other') });
    expect(history.entries.map((e) => e.nodes.map((n) => n.id))).toEqual([['x']]);
    expect(historyReducer(history, { type: 'back' })).toBe(history);
  });

  it('drops a late answer about the graph that was open before (an expand still in flight)', () => {
    const opened = historyReducer(emptyHistory, { type: 'replace', view: viewFrom(graph(['x'], 'g#2'), 'Opened other') });
    expect(historyReducer(opened, { type: 'push', view: viewFrom(graph(['a', 'b']), 'Expanded a') })).toBe(opened);
  });
});

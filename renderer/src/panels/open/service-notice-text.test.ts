// The notice names the reason and what the restart brought back, including a lost graph.
import { describe, expect, it } from 'vitest';
import { describeServiceEvent } from './service-notice-text.js';

const interpol = { info: { id: 'interpol-2018', name: 'Interpol 2018', format: 'redthread', nodeCount: 70, edgeCount: 114 }, warnings: [] } as never;

describe('describeServiceEvent', () => {
  it('says the service stopped and when it restarts', () => {
    expect(describeServiceEvent({ kind: 'stopped', reason: 'out of memory: it reached its 2048 MB limit', restartInMs: 5000, crashes: 3 })).toEqual({
      title: 'The graph service stopped (out of memory: it reached its 2048 MB limit).',
      detail: 'Restarting it in 5 s…',
    });
  });

  it('names the file reopened after a restart', () => {
    const text = describeServiceEvent({ kind: 'restarted', reason: 'the thread exited with code 1', reopened: ['nodes.csv', 'edges.csv'], lost: null, opened: interpol });
    expect(text.detail).toBe('“nodes.csv” + “edges.csv” were reopened from the files you opened; the graph is as it was.');
  });

  it('names the graph that was lost and what is open instead', () => {
    const text = describeServiceEvent({
      kind: 'restarted',
      reason: 'out of memory',
      reopened: null,
      lost: { names: ['bomb.graphml'], message: 'reopening it stopped the service again (out of memory)' },
      opened: interpol,
    });
    expect(text).toEqual({
      title: 'The graph service stopped (out of memory) and was restarted.',
      detail: '“bomb.graphml” could not be reopened: reopening it stopped the service again (out of memory). Interpol 2018 is open instead.',
    });
  });
});

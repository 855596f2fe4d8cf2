// A tiny hand-made dataset for service tests: five actors, one allegation.
import { MultiDirectedGraph } from 'graphology';
import { beforeEach } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { ServiceFailure } from './errors.js';

export const FIXTURE_TEXT = 'Anna leads the Bureau. Björn accuses Anna of bribery. Carl works for the Bureau. Dora is alone.';
const ev = (quote: string) => [{ source: 's1', quote }];

export function fixtureDataset(): Dataset {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  graph.addNode('anna', { label: 'Anna Åberg', kind: 'person', description: 'Head of the Bureau.', aliases: ['Madame A'], evidence: ev('Anna leads the Bureau.') });
  graph.addNode('bjorn', { label: 'Björn Borg', kind: 'person', description: 'Accuser.', evidence: ev('Björn accuses Anna of bribery.') });
  graph.addNode('bureau', { label: 'The Bureau', kind: 'agency', description: 'An agency.', evidence: ev('Anna leads the Bureau.') });
  graph.addNode('carl', { label: 'Carl', kind: 'person', description: 'Staff.', roles: [{ title: 'Clerk', organisation: 'bureau', start: '2016' }], evidence: ev('Carl works for the Bureau.') });
  graph.addNode('dora', { label: 'Dora', kind: 'person', description: 'Isolated.', evidence: ev('Dora is alone.') });
  graph.addDirectedEdgeWithKey('e1', 'anna', 'bureau', { relation: 'leads', evidence: ev('Anna leads the Bureau.') });
  graph.addDirectedEdgeWithKey('e2', 'bjorn', 'anna', {
    relation: 'accuses',
    allegation: { type: 'bribery_corruption', status: 'alleged', claimant: 'bjorn' },
    evidence: ev('Björn accuses Anna of bribery.'),
  });
  graph.addDirectedEdgeWithKey('e3', 'carl', 'bureau', { relation: 'works_for', evidence: ev('Carl works for the Bureau.') });
  return {
    id: 'fixture',
    name: 'Fixture',
    format: 'redthread',
    graph,
    sources: new Map([['s1', { id: 's1', title: 'Test source', publisher: 'Tests', date: '2018-11-21', file: 's1.txt', text: FIXTURE_TEXT }]]),
  };
}

/**
 * A service (or index) built on first use instead of while the test file is collected. Call it
 * while the file is collected (at module level or in a describe body). Built at
 * module level, everything it runs looks "static" to Stryker, which then reruns every related test
 * for each of those mutants (docs/MUTATION.md): slow, and a mutant that throws there fails the
 * whole file without counting as killed.
 */
export function lazy<T extends object>(make: () => T): T {
  let value: T | undefined;
  // Under `npm run mutate`, built again for each test of the suite lazy() is called in. Stryker
  // credits code to the test that runs it: a fixture built once is credited to its first test
  // only, so a mutant in what builds it (an index, a cache) would run that test alone.
  if (process.env.REDTHREAD_MUTATE) {
    beforeEach(() => {
      value = undefined;
    });
  }
  return new Proxy({} as T, { get: (_target, key) => Reflect.get((value ??= make()), key) });
}

/** The service failure `run` throws (any other outcome fails the test). */
export function failureOf(run: () => unknown): ServiceFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceFailure) return error;
    throw error;
  }
  throw new Error('expected a service failure');
}

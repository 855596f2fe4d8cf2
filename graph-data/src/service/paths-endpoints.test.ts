// Paths asked for between two nodes the filter would hide: the endpoints are the user's
// question, so they are exempt from the node groups (kind, date); every node between
// them must still pass. Tiny graph built here.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { PathResult } from '../contract.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import type { NodeKind } from '../schema/vocabulary.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';
import { lazy } from './test-fixture.js';

//   ministry (agency) ─employs→ ana (person) ─linked_to→ bo (person) ─related_to→ shell (organisation)
//   ministry ─funds→ fund (agency) ─funds→ shell          (a second route through an agency)
function dataset(): Dataset {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const evidence = [{ source: 's', quote: 'q' }];
  const node = (id: string, kind: NodeKind) => graph.addNode(id, { label: id, kind, description: '', evidence });
  node('ministry', 'agency');
  node('ana', 'person');
  node('bo', 'person');
  node('shell', 'organisation');
  node('fund', 'agency');
  graph.addDirectedEdgeWithKey('e1', 'ministry', 'ana', { relation: 'works_for', evidence });
  graph.addDirectedEdgeWithKey('e2', 'ana', 'bo', { relation: 'linked_to', evidence });
  graph.addDirectedEdgeWithKey('e3', 'bo', 'shell', { relation: 'related_to', evidence });
  graph.addDirectedEdgeWithKey('e4', 'ministry', 'fund', { relation: 'linked_to', evidence });
  graph.addDirectedEdgeWithKey('e5', 'fund', 'shell', { relation: 'related_to', evidence });
  return { id: 'p', name: 'P', format: 'redthread', graph, sources: new Map() };
}

const service = lazy(() => createGraphService(dataset()));
const ids = (p: PathResult) => p.nodes.map((n) => n.id);

describe('allPaths with endpoints outside the node filter', () => {
  it('finds the path through people from an agency to a company when only people are shown', () => {
    const r = service.allPaths({ from: 'ministry', to: 'shell', maxLength: 4, filter: { kinds: ['person'] } });
    expect(r.paths.map(ids)).toEqual([['ministry', 'ana', 'bo', 'shell']]);
  });
  it('finds it in the other direction too', () => {
    const r = service.allPaths({ from: 'shell', to: 'ministry', maxLength: 4, filter: { kinds: ['person'] } });
    expect(r.paths.map(ids)).toEqual([['shell', 'bo', 'ana', 'ministry']]);
  });
  it('still needs every node between them to pass', () => {
    const r = service.allPaths({ from: 'ministry', to: 'shell', maxLength: 4, filter: { kinds: ['agency', 'organisation'] } });
    expect(r.paths.map(ids)).toEqual([['ministry', 'fund', 'shell']]);
  });
  it('finds the shortest path from a filtered-out source as well', () => {
    const { path } = service.shortestPath({ from: 'ministry', to: 'shell', filter: { kinds: ['person'] } });
    expect(path && ids(path)).toEqual(['ministry', 'ana', 'bo', 'shell']);
  });
});

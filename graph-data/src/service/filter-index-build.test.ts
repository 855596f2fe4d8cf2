// The filter index as built from a file (filter-index.ts) on what filters-boundaries.test.ts leaves
// out: a role known only by its end, an actor with both a date and a role, a date no one can read,
// a graph with no dates at all, and a case with more allegation types than a type code holds.
// Expectations are read off the graphs written below.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { buildFilterIndex } from './filter-index.js';
import { createGraphService } from './index.js';

const graphOf = (build: (g: RedthreadGraph) => void): Dataset => {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  build(graph);
  return { id: 'built', name: 'Built', format: 'redthread', graph, sources: new Map() };
};
const shownIn = (dataset: Dataset, dateFrom: string, dateTo: string) =>
  createGraphService(dataset).filterView({ filter: { dateFrom, dateTo, hideUndated: true }, nodes: dataset.graph.nodes() }).visibleNodes;

describe('filter index: dates of actors', () => {
  it('dates a role known only by its end by that end', () => {
    const d = graphOf((g) => g.addNode('ex', { label: 'Ex-minister', kind: 'person', roles: [{ title: 'Minister', organisation: 'gov', end: '2014' }] }));
    expect(shownIn(d, '2014-06', '2014-06')).toEqual(['ex']);
    expect(shownIn(d, '2015', '2015')).toEqual([]);
  });

  it('leaves an actor whose only role has no dates undated', () => {
    const d = graphOf((g) => {
      g.addNode('member', { label: 'Member', kind: 'person', roles: [{ title: 'Member', organisation: 'club' }] });
      g.addNode('dated', { label: 'Dated', kind: 'person', date: '2010' });
    });
    expect(shownIn(d, '2010', '2010')).toEqual(['dated']);
    expect(createGraphService(d).filterView({ filter: {}, nodes: ['member', 'dated'] }).visibleNodes).toEqual(['member', 'dated']);
  });

  it('reads both an actor’s own date and its role, each where it belongs', () => {
    const d = graphOf((g) => {
      g.addNode('first', { label: 'First', kind: 'person', date: '2001' });
      g.addNode('both', { label: 'Both', kind: 'person', date: '2005', roles: [{ title: 'Chair', organisation: 'x', start: '2010', end: '2011' }] });
      g.addNode('last', { label: 'Last', kind: 'person', date: '2020' });
    });
    expect(shownIn(d, '2005', '2005')).toEqual(['both']);
    expect(shownIn(d, '2010-06', '2010-06')).toEqual(['both']);
    expect(shownIn(d, '2008', '2008')).toEqual([]);
    expect(shownIn(d, '2020', '2020')).toEqual(['last']);
    expect(createGraphService(d).filterFacets({ filter: {} }).dateRange).toEqual({ min: '2001', max: '2020' });
  });

  it('treats a date no one can read as no date, and a graph without dates has no range', () => {
    const d = graphOf((g) => {
      g.addNode('vague', { label: 'Vague', kind: 'person', date: 'circa 1990' });
      g.addNode('plain', { label: 'Plain', kind: 'person' });
      g.addDirectedEdgeWithKey('e', 'vague', 'plain', { relation: 'linked_to', date: 'last spring' });
    });
    const service = createGraphService(d);
    expect(service.filterFacets({ filter: {} }).dateRange).toBeNull();
    expect(service.filterView({ filter: { hideUndated: true }, nodes: ['vague', 'plain'] }).visibleNodes).toEqual([]);
  });
});

describe('filter index: allegation types', () => {
  it('still counts every allegation past the 254 types a code can tell apart', () => {
    const types = Array.from({ length: 300 }, (_v, i) => `case_type_${i}`);
    const d = graphOf((g) => {
      g.addNode('claimant', { label: 'Claimant', kind: 'person' });
      types.forEach((type, i) => {
        g.addNode(`t${i}`, { label: `Target ${i}`, kind: 'person' });
        g.addDirectedEdgeWithKey(`a${i}`, 'claimant', `t${i}`, { relation: 'accuses', allegation: { type, status: 'alleged', claimant: 'claimant' } });
      });
    });
    const facets = createGraphService(d).filterFacets({ filter: { statuses: ['alleged'] } });
    expect(facets.statuses).toEqual({ alleged: 300 });
    expect(facets.matching).toEqual({ nodes: 301, edges: 300 });
    expect(facets.claimants).toEqual([{ id: 'claimant', label: 'Claimant', count: 300 }]);
  });
});

describe('filter index: structure', () => {
  it('counts degrees as graphology does (parallel edges each, a self-loop twice) and finds every edge by id', () => {
    const d = graphOf((g) => {
      for (const id of ['a', 'b', 'c', 'lone']) g.addNode(id, { label: id.toUpperCase(), kind: 'person' });
      g.addDirectedEdgeWithKey('ab1', 'a', 'b', { relation: 'linked_to' });
      g.addDirectedEdgeWithKey('ab2', 'a', 'b', { relation: 'accuses' });
      g.addDirectedEdgeWithKey('ba', 'b', 'a', { relation: 'linked_to' });
      g.addDirectedEdgeWithKey('loop', 'c', 'c', { relation: 'linked_to' });
      g.addDirectedEdgeWithKey('ca', 'c', 'a', { relation: 'linked_to' });
    });
    const index = buildFilterIndex(d.graph);
    expect([...index.nodeDegree]).toEqual(index.nodeIds.map((id) => d.graph.degree(id)));
    expect([...index.nodeDegree]).toEqual([4, 3, 3, 0]);
    expect(index.edgeIds.map((id) => index.edgeIndex.get(id))).toEqual([0, 1, 2, 3, 4]);
    expect(index.edgeIndex.size).toBe(5);
    expect([...index.edgeSrc].map((s) => index.nodeIds[s])).toEqual(['a', 'a', 'b', 'c', 'c']);
  });
});

// Date filters at their edges: a date that falls exactly on a bound is inside the range,
// and a role counts until the last day of its end year. Tiny graph built here; each
// expectation is read off the dates written below.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '../contract.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';
import { lazy } from './test-fixture.js';

// No edges between these nodes: a node with no edge in the view stays while it passes its own dates.
//   summit  event, date 2016-05 (1–31 May 2016)
//   minister  person, role from 2010 to 2014 (1 Jan 2010 – 31 Dec 2014)
//   meeting  event 2019-03-15 ─attends← envoy (person, undated); the edge is dated 2019-03-15
function boundaryDataset(): Dataset {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const evidence = [{ source: 's', quote: 'q' }];
  graph.addNode('summit', { label: 'Summit', kind: 'event', description: '', evidence, date: '2016-05' });
  graph.addNode('minister', { label: 'Minister', kind: 'person', description: '', evidence, roles: [{ title: 'Minister', organisation: 'x', start: '2010', end: '2014' }] });
  graph.addNode('meeting', { label: 'Meeting', kind: 'event', description: '', evidence, date: '2019-03-15' });
  graph.addNode('envoy', { label: 'Envoy', kind: 'person', description: '', evidence });
  graph.addDirectedEdgeWithKey('attends', 'envoy', 'meeting', { relation: 'participates_in', date: '2019-03-15', evidence });
  return { id: 'bounds', name: 'Bounds', format: 'redthread', graph, sources: new Map() };
}

const service = lazy(() => createGraphService(boundaryDataset()));
const visible = (filter: FilterSpec, nodes = ['summit', 'minister']) => [...service.filterView({ filter, nodes }).visibleNodes].sort();

describe('date range bounds are inclusive', () => {
  it('keeps an event whose month ends on the first day of the range', () => {
    expect(visible({ dateFrom: '2016-05-31' })).toContain('summit');
    expect(visible({ dateFrom: '2016-06-01' })).not.toContain('summit');
  });
  it('keeps an event whose month starts on the last day of the range', () => {
    expect(visible({ dateTo: '2016-05-01' })).toContain('summit');
    expect(visible({ dateTo: '2016-04-30' })).not.toContain('summit');
  });
  it('keeps an edge dated exactly on either bound, and its ends', () => {
    const on = service.filterView({ filter: { dateFrom: '2019-03-15', dateTo: '2019-03-15' }, nodes: ['envoy', 'meeting'] });
    expect(on.visibleEdges).toEqual(['attends']);
    expect([...on.visibleNodes].sort()).toEqual(['envoy', 'meeting']);
    expect(service.filterView({ filter: { dateFrom: '2019-03-16' }, nodes: ['envoy', 'meeting'] }).visibleEdges).toEqual([]);
    expect(service.filterView({ filter: { dateTo: '2019-03-14' }, nodes: ['envoy', 'meeting'] }).visibleEdges).toEqual([]);
  });
});

describe('a role lasts to the end of its end year', () => {
  it('shows the minister in any month of 2014, and not in 2015', () => {
    expect(visible({ dateFrom: '2014-06', dateTo: '2014-06' })).toEqual(['minister']);
    expect(visible({ dateFrom: '2014-12-31', dateTo: '2014-12-31' })).toEqual(['minister']);
    expect(visible({ dateFrom: '2015-01-01', dateTo: '2015-12-31' })).toEqual([]);
  });
  it('shows the minister from the first day of the start year, and not before', () => {
    expect(visible({ dateFrom: '2009', dateTo: '2010-01-01' })).toEqual(['minister']);
    expect(visible({ dateTo: '2009-12-31' })).toEqual([]);
  });
  it('counts the same span in the date facet', () => {
    expect(service.filterFacets({ filter: {} }).dateRange).toEqual({ min: '2010', max: '2019-03-15' });
  });
});

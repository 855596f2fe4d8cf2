// The filter index when dated elements come back or come in (filter-index-restructure.ts): an
// actor put back by Undo brings its own dates and its role's, a claim dated on a day that already
// ends the range leaves the range as first written. Answers and index are compared with full
// builds (test-filter-edits.ts); the range is also read off the case itself.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { RedthreadGraph } from './dataset.js';
import { buildFilterIndex } from './filter-index.js';
import { updateFilterIndex } from './filter-index-update.js';
import { caseGraph, cite, expectIndexOfFullBuild, opened } from './test-filter-edits.js';

describe('filter index: dated actors put back by Undo', () => {
  it('puts back an actor whose role lies inside the range in place, and a role filter finds it again', () => {
    const c = opened();
    // Carl held a role 2016 to 2019-06: the end of his role may end the range, so deleting him rebuilds.
    expect(c.apply({ type: 'deleteNode', id: 'carl' })).toBe('dropped');
    expect(c.apply('undo')).toBe('restructured');
    expect(c.shown({ dateFrom: '2019-06', dateTo: '2019-06' }).visibleNodes).toContain('carl');
    expect(c.shown({ dateFrom: '2019-07', dateTo: '2019-12', hideUndated: true }).visibleNodes).not.toContain('carl');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
  });

  it('widens the range again for an actor dated before it', () => {
    const c = opened();
    c.apply({ type: 'editNode', id: 'dora', date: '2010' });
    expect(c.apply({ type: 'deleteNode', id: 'dora' })).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2010', max: '2021' });
    expect(c.shown({ dateTo: '2010', hideUndated: true }).visibleNodes).toEqual(['dora']);
  });

  it('puts back in place an actor dated on an end of the range written the same way', () => {
    const c = opened();
    c.apply({ type: 'editNode', id: 'dora', date: '2014' });
    c.apply({ type: 'deleteNode', id: 'dora' });
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
    c.apply({ type: 'editNode', id: 'dora', date: '2020/2021' });
    c.apply({ type: 'deleteNode', id: 'dora' });
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
  });
});

describe('filter index: claims dated on an end of the range', () => {
  it('keeps the range as first written when a new claim starts or ends on the same day, in place', () => {
    const c = opened();
    // e1 "2014" starts on 2014-01-01, e4 "2020/2021" ends on 2021-12-31: the full build keeps them.
    expect(c.apply({ type: 'addClaim', subject: 'dora', relation: 'linked_to', object: 'eve', date: '2014-01', citation: cite('Dora is alone.') })).toBe('restructured');
    expect(c.apply({ type: 'addClaim', subject: 'dora', relation: 'linked_to', object: 'carl', date: '2021-12-31', citation: cite('Dora is alone.') })).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
    expect(c.shown({ dateFrom: '2021-12-31', hideUndated: true }).visibleEdges).toEqual([]);
  });
});

describe('filter index: dates changed at one end only', () => {
  it('rebuilds when only the start or only the end of a claim’s or an actor’s date moves', () => {
    const c = opened();
    expect(c.apply({ type: 'editEdge', id: 'e5', date: '2017-04/2017-05-02' })).toBe('dropped');
    expect(c.apply({ type: 'editEdge', id: 'e5', date: '2017-04/2017-06' })).toBe('dropped');
    expect(c.apply({ type: 'editNode', id: 'anna', date: '2015-01/2015-06' })).toBe('dropped');
    expect(c.apply({ type: 'editNode', id: 'anna', date: '2015-01/2016' })).toBe('dropped');
  });

  it('renames in place an actor known by a date and a role', () => {
    const c = opened();
    expect(c.apply({ type: 'editNode', id: 'carl', date: '2012' })).toBe('dropped');
    expect(c.apply({ type: 'editNode', id: 'carl', label: 'Carl Clerk' })).toBe('patched');
  });
});

describe('filter index: several dated actors added at once', () => {
  it('adds their dates and roles, widens the range to a role’s end, and leaves a tie on an end to a full build', () => {
    const graph = caseGraph();
    let index = buildFilterIndex(graph);
    // Two actors in one step (a journal replay, a merge undone): one with a date and a role past the range, one unreadable.
    graph.addNode('gus', { label: 'Gus', kind: 'group', date: '2016-02', roles: [{ title: 'Chair', organisation: 'eve', start: '2022', end: '2023-03' }] });
    graph.addNode('hal', { label: 'Hal', kind: 'person', date: 'circa 1990' });
    expect(updateFilterIndex(index, graph, ['gus', 'hal'], [])).toBe('restructured');
    expectIndexOfFullBuild(index, graph);
    expect(index.dateRange).toEqual({ min: '2014', max: '2023-03' });
    // A role ending on the last day of the range as another text: only a full build knows which text it shows.
    graph.addNode('ida', { label: 'Ida', kind: 'person', roles: [{ title: 'Clerk', organisation: 'eve', start: '2019', end: '2023-03-31' }] });
    expect(updateFilterIndex(index, graph, ['ida'], [])).toBe(false);
    index = buildFilterIndex(graph);
    expect(index.dateRange).toEqual({ min: '2014', max: '2023-03' });
  });

  it('gives a graph without dates the range of the first dated actor added', () => {
    const graph = new MultiDirectedGraph() as RedthreadGraph;
    graph.addNode('a', { label: 'A', kind: 'person' });
    const index = buildFilterIndex(graph);
    graph.addNode('b', { label: 'B', kind: 'person', date: '1999-12', roles: [{ title: 'Chair', organisation: 'a', start: '2001', end: '2003' }] });
    expect(updateFilterIndex(index, graph, ['b'], [])).toBe('restructured');
    expectIndexOfFullBuild(index, graph);
    expect(index.dateRange).toEqual({ min: '1999-12', max: '2003' });
  });
});

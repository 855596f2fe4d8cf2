import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { FilterSpec } from '../contract.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { dispatch } from './dispatch.js';
import { dateBounds } from './filter-index.js';
import { createGraphService } from './index.js';
import { lazy } from './test-fixture.js';

// Seven nodes, six edges; every expectation below is counted by hand from this picture:
//   Alice (person, role 2010–2014) ─member_of→ Agency ─located_in→ Country
//   Bob ─accuses→ Alice        bribery, alleged, claimant Bob, 2017
//   Cleo ─linked_to→ Bob       intelligence, denied, claimant Cleo, undated
//   Alice ─participates_in→ Summit (event 2016-05), edge dated 2016-05-01
//   Cleo ─accuses→ Agency      bribery, confirmed, claimant Bob, 2012
//   Loner (person, no edges)
function filterDataset(): Dataset {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const ev = [{ source: 's', quote: 'q' }];
  const node = (id: string, attrs: Partial<NodeAttributes> & Pick<NodeAttributes, 'kind'>) =>
    graph.addNode(id, { label: id[0]?.toUpperCase() + id.slice(1), description: id, evidence: ev, ...attrs });
  node('alice', { kind: 'person', roles: [{ title: 'Minister', organisation: 'agency', start: '2010', end: '2014' }] });
  node('bob', { kind: 'person' });
  node('cleo', { kind: 'person' });
  node('agency', { kind: 'agency' });
  node('summit', { kind: 'event', date: '2016-05' });
  node('country', { kind: 'country' });
  node('loner', { kind: 'person' });
  const edge = (id: string, s: string, t: string, attrs: Omit<EdgeAttributes, 'evidence'>) =>
    graph.addDirectedEdgeWithKey(id, s, t, { ...attrs, evidence: ev });
  edge('e1', 'alice', 'agency', { relation: 'member_of' });
  edge('e2', 'bob', 'alice', { relation: 'accuses', date: '2017', allegation: { type: 'bribery_corruption', status: 'alleged', claimant: 'bob' } });
  edge('e3', 'cleo', 'bob', { relation: 'linked_to', allegation: { type: 'intelligence_ties', status: 'denied', claimant: 'cleo' } });
  edge('e4', 'alice', 'summit', { relation: 'participates_in', date: '2016-05-01' });
  edge('e5', 'cleo', 'agency', { relation: 'accuses', date: '2012', allegation: { type: 'bribery_corruption', status: 'confirmed', claimant: 'bob' } });
  edge('e6', 'agency', 'country', { relation: 'located_in' });
  return { id: 'filters', name: 'Filters', format: 'redthread', graph, sources: new Map() };
}

const service = lazy(() => createGraphService(filterDataset()));
const ALL = ['alice', 'bob', 'cleo', 'agency', 'summit', 'country', 'loner'];
const view = (filter: FilterSpec, pinned?: string[], nodes = ALL) => {
  const r = service.filterView(pinned ? { filter, nodes, pinned } : { filter, nodes });
  return { nodes: [...r.visibleNodes].sort(), edges: [...r.visibleEdges].sort(), hiddenNodes: r.hiddenNodes, hiddenEdges: r.hiddenEdges };
};
const without = (...ids: string[]) => ALL.filter((id) => !ids.includes(id)).sort();

describe('dates', () => {
  it('reads partial dates and intervals as inclusive day ranges', () => {
    expect(dateBounds('2018')).toEqual([20180101, 20181231]);
    expect(dateBounds('2018-10')).toEqual([20181001, 20181031]);
    expect(dateBounds('2018-11-21')).toEqual([20181121, 20181121]);
    expect(dateBounds('1930/1939')).toEqual([19300101, 19391231]);
    expect(dateBounds(undefined)).toBeNull();
    expect(dateBounds('circa 1990')).toBeNull();
  });
});

describe('filterView, one group at a time', () => {
  it('shows everything with an empty filter', () => {
    expect(view({})).toEqual({ nodes: [...ALL].sort(), edges: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'], hiddenNodes: 0, hiddenEdges: 0 });
  });
  it('with keepRelations, filters allegation types, leaving edges without an allegation alone', () => {
    expect(view({ keepRelations: true, allegationTypes: ['bribery_corruption'] })).toMatchObject({ edges: ['e1', 'e2', 'e4', 'e5', 'e6'], hiddenEdges: 1, hiddenNodes: 0 });
    expect(view({ keepRelations: true, allegationTypes: ['intelligence_ties'] }).edges).toEqual(['e1', 'e3', 'e4', 'e6']);
  });
  it('filters statuses and hides a node the filter cut off, but not one that never had an edge', () => {
    // Cleo's only edges are denied (e3) and confirmed (e5); Loner never had one.
    expect(view({ keepRelations: true, statuses: ['alleged'] })).toEqual({ nodes: without('cleo'), edges: ['e1', 'e2', 'e4', 'e6'], hiddenNodes: 1, hiddenEdges: 2 });
  });
  it('keeps pinned nodes', () => {
    expect(view({ keepRelations: true, statuses: ['alleged'] }, ['cleo']).nodes).toEqual([...ALL].sort());
    expect(view({ kinds: ['agency'] }, ['alice']).edges).toEqual(['e1']);
  });
  it('filters claimants', () => {
    expect(view({ keepRelations: true, claimants: ['bob'] }).edges).toEqual(['e1', 'e2', 'e4', 'e5', 'e6']);
    expect(view({ keepRelations: true, claimants: ['nobody'] }).edges).toEqual(['e1', 'e4', 'e6']);
  });
  it('filters node kinds, taking their edges along', () => {
    expect(view({ kinds: ['person'] })).toEqual({ nodes: ['alice', 'bob', 'cleo', 'loner'], edges: ['e2', 'e3'], hiddenNodes: 3, hiddenEdges: 4 });
  });
  it('filters relations', () => {
    expect(view({ relations: ['accuses'] })).toMatchObject({ nodes: without('summit', 'country'), edges: ['e2', 'e5'] });
  });
  it('treats an empty list as "none of these"', () => {
    expect(view({ kinds: [] }).nodes).toEqual([]);
    expect(view({ keepRelations: true, allegationTypes: [] }).edges).toEqual(['e1', 'e4', 'e6']);
  });
});

describe('filterView, date range', () => {
  it('matches event, role and edge dates by overlap and keeps undated elements', () => {
    // 2013: Alice's role (2010–2014) overlaps; the summit (2016), e2 (2017), e4 (2016) and e5 (2012) do not.
    expect(view({ dateFrom: '2013', dateTo: '2013' })).toEqual({ nodes: without('summit'), edges: ['e1', 'e3', 'e6'], hiddenNodes: 1, hiddenEdges: 3 });
    expect(view({ dateFrom: '2010', dateTo: '2017' }).edges).toHaveLength(6);
  });
  it('reads bounds inclusively at their own precision', () => {
    expect(view({ dateFrom: '2012-06', dateTo: '2012' }).edges).toContain('e5');
    // Alice's role ended in 2014, so e2 (2017) needs her pinned to show.
    expect(view({ dateFrom: '2017-12-31' }).edges).not.toContain('e2');
    expect(view({ dateFrom: '2017-12-31' }, ['alice']).edges).toContain('e2');
    expect(view({ dateTo: '2016-04' }).edges).not.toContain('e4');
  });
  it('hides undated elements on request', () => {
    expect(view({ dateFrom: '2010', dateTo: '2017', hideUndated: true })).toMatchObject({ nodes: ['alice', 'summit'], edges: ['e4'] });
    expect(view({ hideUndated: true }).nodes).toEqual(['alice', 'summit']);
  });
});

describe('filterView, combinations', () => {
  it('ANDs groups', () => {
    expect(view({ keepRelations: true, allegationTypes: ['bribery_corruption'], statuses: ['alleged'] })).toMatchObject({ nodes: without('cleo'), edges: ['e1', 'e2', 'e4', 'e6'] });
    expect(view({ kinds: ['person', 'agency'], relations: ['accuses', 'linked_to'] }).edges).toEqual(['e2', 'e3', 'e5']);
  });
  it('ORs values within a group', () => {
    expect(view({ keepRelations: true, allegationTypes: ['bribery_corruption'], statuses: ['alleged', 'confirmed'] }).edges).toEqual(['e1', 'e2', 'e4', 'e5', 'e6']);
  });
  it('works on the given view only, with its induced edges', () => {
    expect(view({ keepRelations: true, statuses: ['alleged'] }, undefined, ['cleo', 'bob', 'ghost'])).toEqual({ nodes: [], edges: [], hiddenNodes: 2, hiddenEdges: 1 });
    expect(view({ keepRelations: true, statuses: ['alleged'] }, undefined, ['cleo', 'loner']).nodes).toEqual(['cleo', 'loner']);
  });
});

describe('filterView, "show me that allegation"', () => {
  const bribery = { allegationTypes: ['bribery_corruption' as const] };
  it('shows the matching allegations and the actors at their ends, nothing else', () => {
    expect(view(bribery)).toEqual({ nodes: ['agency', 'alice', 'bob', 'cleo'], edges: ['e2', 'e5'], hiddenNodes: 3, hiddenEdges: 4 });
    expect(view({ statuses: ['denied'] })).toMatchObject({ nodes: ['bob', 'cleo'], edges: ['e3'] });
    expect(view({ claimants: ['bob'], statuses: ['confirmed'] })).toMatchObject({ nodes: ['agency', 'cleo'], edges: ['e5'] });
  });
  it('adds context steps around those actors, never through another allegation', () => {
    // One step: the summit (e4) and the country (e6) join; e3 (intelligence ties) stays hidden.
    expect(view({ ...bribery, context: 1 })).toEqual({ nodes: without('loner'), edges: ['e1', 'e2', 'e4', 'e5', 'e6'], hiddenNodes: 1, hiddenEdges: 1 });
    // Bob and Cleo are linked to the rest only by bribery allegations: context adds nothing.
    expect(view({ allegationTypes: ['intelligence_ties'], context: 2 })).toMatchObject({ nodes: ['bob', 'cleo'], edges: ['e3'] });
  });
  it('combines with kind, relation and dates: an allegation shows only when both its ends and the edge itself pass', () => {
    expect(view({ ...bribery, kinds: ['person'] })).toMatchObject({ nodes: ['alice', 'bob'], edges: ['e2'] });
    expect(view({ ...bribery, relations: ['member_of'] })).toMatchObject({ nodes: [], edges: [] });
    expect(view({ ...bribery, relations: ['accuses', 'member_of'], context: 1 })).toMatchObject({ nodes: ['agency', 'alice', 'bob', 'cleo'], edges: ['e1', 'e2', 'e5'] });
    // 2017: e2 is dated 2017 but Alice (role 2010–2014) is not; pinning her brings it back.
    expect(view({ ...bribery, dateFrom: '2017' })).toMatchObject({ nodes: [], edges: [] });
    expect(view({ ...bribery, dateFrom: '2017' }, ['alice'])).toMatchObject({ nodes: ['alice', 'bob'], edges: ['e2'] });
  });
  it('keeps pinned nodes, and shows nothing for "no allegation type"', () => {
    expect(view(bribery, ['loner']).nodes).toEqual(['agency', 'alice', 'bob', 'cleo', 'loner']);
    expect(view({ allegationTypes: [] })).toMatchObject({ nodes: [], edges: [] });
  });
});

describe('filterFacets', () => {
  const facets = (filter: FilterSpec) => service.filterFacets({ filter });
  it('counts everything with an empty filter', () => {
    expect(facets({})).toEqual({
      allegationTypes: { intelligence_ties: 1, bribery_corruption: 2 },
      statuses: { alleged: 1, denied: 1, confirmed: 1 },
      claimants: [{ id: 'bob', label: 'Bob', count: 2 }, { id: 'cleo', label: 'Cleo', count: 1 }],
      kinds: { person: 4, agency: 1, event: 1, country: 1 },
      relations: { member_of: 1, participates_in: 1, accuses: 2, linked_to: 1, located_in: 1 },
      dateRange: { min: '2010', max: '2017' },
      matching: { nodes: 7, edges: 6 },
    });
  });
  it('applies every other group to each group', () => {
    expect(facets({ keepRelations: true, allegationTypes: ['bribery_corruption'], statuses: ['alleged'] })).toEqual({
      allegationTypes: { intelligence_ties: 0, bribery_corruption: 1 },
      statuses: { alleged: 1, denied: 0, confirmed: 1 },
      claimants: [{ id: 'bob', label: 'Bob', count: 1 }, { id: 'cleo', label: 'Cleo', count: 0 }],
      kinds: { person: 3, agency: 1, event: 1, country: 1 },
      relations: { member_of: 1, participates_in: 1, accuses: 1, linked_to: 0, located_in: 1 },
      dateRange: { min: '2010', max: '2017' },
      matching: { nodes: 6, edges: 4 },
    });
  });
  it('counts what each box would show when allegations are picked', () => {
    expect(facets({ allegationTypes: ['bribery_corruption'] })).toEqual({
      allegationTypes: { intelligence_ties: 1, bribery_corruption: 2 },
      statuses: { alleged: 1, denied: 0, confirmed: 1 },
      claimants: [{ id: 'bob', label: 'Bob', count: 2 }, { id: 'cleo', label: 'Cleo', count: 0 }],
      kinds: { person: 3, agency: 1, event: 0, country: 0 },
      relations: { member_of: 0, participates_in: 0, accuses: 2, linked_to: 0, located_in: 0 },
      dateRange: { min: '2010', max: '2017' },
      matching: { nodes: 4, edges: 2 },
    });
    expect(facets({ allegationTypes: ['bribery_corruption'], context: 1 }).relations).toEqual({ member_of: 1, participates_in: 1, accuses: 2, linked_to: 0, located_in: 1 });
  });
  it('counts within the view when given one, listing every value of the graph', () => {
    const f = service.filterFacets({ filter: {}, nodes: ['bob', 'alice', 'summit'] });
    expect(f.allegationTypes).toEqual({ intelligence_ties: 0, bribery_corruption: 1 });
    expect(f.kinds).toEqual({ person: 2, agency: 0, event: 1, country: 0 });
    expect(f.matching).toEqual({ nodes: 3, edges: 2 });
  });
  it('counts kinds without the kind group, and other groups with it', () => {
    const f = facets({ kinds: ['person'] });
    expect(f.kinds).toEqual({ person: 4, agency: 1, event: 1, country: 1 });
    expect(f.relations).toEqual({ member_of: 0, participates_in: 0, accuses: 1, linked_to: 1, located_in: 0 });
    expect(f.matching).toEqual({ nodes: 4, edges: 2 });
  });
});

describe('filter arguments', () => {
  it('validates vocabulary values and dates against the contract', () => {
    expect(dispatch(service, 'filterView', { filter: { kinds: ['alien'] }, nodes: [] })).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(dispatch(service, 'filterFacets', { filter: { dateFrom: '1930/1939' } })).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(dispatch(service, 'filterFacets', { filter: { colour: 'red' } })).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(dispatch(service, 'filterView', { filter: { statuses: ['alleged'] }, nodes: ALL, pinned: ['cleo'] })).toMatchObject({ ok: true });
  });
});

describe('role dates', () => {
  it('keeps a current role open-ended and dates a past role without an end by its start only', () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
    const ev = [{ source: 's', quote: 'q' }];
    graph.addNode('now', { label: 'Now', kind: 'person', description: 'd', evidence: ev, roles: [{ title: 'Chief', start: '2016', current: true }] });
    graph.addNode('then', { label: 'Then', kind: 'person', description: 'd', evidence: ev, roles: [{ title: 'Chief', start: '2016' }] });
    const s = createGraphService({ id: 'roles', name: 'Roles', format: 'redthread', graph, sources: new Map() });
    expect(s.filterView({ filter: { dateFrom: '2020' }, nodes: ['now', 'then'] }).visibleNodes).toEqual(['now']);
    expect(s.filterView({ filter: { dateFrom: '2016-03', dateTo: '2016-03' }, nodes: ['now', 'then'] }).visibleNodes).toEqual(['now', 'then']);
    expect(s.filterFacets({ filter: {} }).dateRange).toEqual({ min: '2016', max: '2016' });
  });
});

import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch.js';
import { createGraphService } from './index.js';
import { FIXTURE_TEXT, fixtureDataset, lazy } from './test-fixture.js';

const service = lazy(() => createGraphService(fixtureDataset()));
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

describe('search', () => {
  it('matches labels ignoring case and accents', () => {
    expect(service.search({ query: 'BJORN' }).map((h) => h.id)).toEqual(['bjorn']);
    expect(service.search({ query: 'aberg' }).map((h) => h.id)).toEqual(['anna']);
  });
  it('matches aliases and says which alias matched', () => {
    expect(service.search({ query: 'madame' })).toEqual([{ id: 'anna', label: 'Anna Åberg', kind: 'person', matchedAlias: 'Madame A' }]);
  });
  it('ranks word starts (people first) above matches inside a word, and honours the limit', () => {
    // "ber" starts no word; it is inside "Åberg".
    expect(service.search({ query: 'b' }).map((h) => h.id)).toEqual(['bjorn', 'bureau']);
    expect(service.search({ query: 'ber' }).map((h) => h.id)).toEqual(['anna']);
    expect(service.search({ query: 'b', limit: 1 })).toHaveLength(1);
  });
  it('returns nothing for a blank query', () => {
    expect(service.search({ query: '   ' })).toEqual([]);
  });
});

describe('views', () => {
  it('say which open graph they belong to: every view of one service alike, another service (even of the same data) differs', () => {
    const graph = service.datasetInfo({}).graph;
    const views = [service.initialView({}), service.expand({ id: 'anna', visible: [] }), service.ego({ id: 'anna', depth: 1 }), service.view({ ids: ['anna'] })];
    expect(views.map((v) => v.graph)).toEqual([graph, graph, graph, graph]);
    const again = createGraphService(fixtureDataset());
    expect(again.initialView({}).graph).not.toBe(graph);
    expect(again.datasetInfo({}).graph).toBe(again.initialView({}).graph);
  });
  it('opens on the whole graph when it fits, on the hubs when it does not', () => {
    const whole = service.initialView({});
    expect([whole.nodes.length, whole.edges.length, whole.truncated]).toEqual([5, 3, false]);
    const hubs = service.initialView({ maxNodes: 2 });
    expect(ids(hubs.nodes)).toEqual(['anna', 'bureau']);
    expect(hubs.edges.map((e) => e.id)).toEqual(['e1']);
    expect([hubs.truncated, hubs.requestedNodes]).toEqual([true, 5]);
  });
  it('expands a node into the visible set with the edges among them', () => {
    const view = service.expand({ id: 'anna', visible: ['dora'] });
    expect(ids(view.nodes)).toEqual(['anna', 'bjorn', 'bureau', 'dora']);
    expect(view.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });
  it('walks the ego network in both directions to the asked depth', () => {
    expect(ids(service.ego({ id: 'bjorn', depth: 1 }).nodes)).toEqual(['anna', 'bjorn']);
    expect(ids(service.ego({ id: 'bjorn', depth: 2 }).nodes)).toEqual(['anna', 'bjorn', 'bureau']);
    expect(ids(service.ego({ id: 'bjorn', depth: 3 }).nodes)).toEqual(['anna', 'bjorn', 'bureau', 'carl']);
  });
  it('carries allegations on view edges', () => {
    const e2 = service.view({ ids: ['anna', 'bjorn'] }).edges[0];
    expect(e2?.allegation).toEqual({ type: 'bribery_corruption', status: 'alleged', claimant: 'bjorn' });
  });
});

describe('details', () => {
  it('groups neighbours by relation and direction and resolves roles', () => {
    const anna = service.nodeDetails({ id: 'anna' });
    expect(anna.neighbours).toEqual([
      { relation: 'leads', direction: 'out', items: [{ id: 'bureau', label: 'The Bureau', kind: 'agency', edgeId: 'e1' }] },
      { relation: 'accuses', direction: 'in', items: [{ id: 'bjorn', label: 'Björn Borg', kind: 'person', edgeId: 'e2' }] },
    ]);
    expect(service.nodeDetails({ id: 'carl' }).roles).toEqual([
      { title: 'Clerk', start: '2016', organisation: { id: 'bureau', label: 'The Bureau', kind: 'agency' } },
    ]);
  });
  it('locates each quote in its source', () => {
    const [evidence] = service.edgeDetails({ id: 'e2' }).evidence;
    expect(evidence?.offset).toBe(FIXTURE_TEXT.indexOf('Björn accuses'));
    expect(evidence?.sourceTitle).toBe('Test source');
  });
  it('resolves the claimant of an allegation', () => {
    expect(service.edgeDetails({ id: 'e2' }).allegation?.claimant.label).toBe('Björn Borg');
  });
});

describe('dispatch', () => {
  it('answers a good call with ok', () => {
    expect(dispatch(service, 'search', { query: 'carl' })).toEqual({ ok: true, value: [{ id: 'carl', label: 'Carl', kind: 'person' }] });
  });
  it('names the unknown node', () => {
    expect(dispatch(service, 'nodeDetails', { id: 'zed' })).toEqual({
      ok: false,
      error: { code: 'unknown_node', message: 'service/nodeDetails: unknown node "zed"' },
    });
  });
  it('rejects malformed arguments, naming the field', () => {
    const result = dispatch(service, 'ego', { id: 'anna', depth: 7 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad_arguments');
      expect(result.error.message).toMatch(/^ego: depth/);
    }
    const extra = dispatch(service, 'search', { query: 'x', evil: true });
    expect(extra.ok || extra.error.code).toBe('bad_arguments');
  });
  it('rejects unknown methods and a missing graph', () => {
    expect(dispatch(service, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(dispatch(null, 'search', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'no_graph' } });
  });
  it('reports an unknown source', () => {
    expect(dispatch(service, 'source', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'unknown_source' } });
  });
});

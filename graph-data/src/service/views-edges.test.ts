// What the canvas is sent for a view: only the attributes a node or edge really has, the counts
// behind "showing n of m", and the errors' words. Expected values are read off the fixture
// (test-fixture.ts: anna–bureau, bjorn→anna, carl→bureau; dora alone) and the graph built here.
import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch.js';
import { ServiceFailure, toServiceError } from './errors.js';
import { createGraphService } from './index.js';
import { ego, expand, initialView } from './neighbourhood.js';
import { fixtureDataset } from './test-fixture.js';
import { inducedView, toViewEdge, toViewNode } from './views.js';

describe('view nodes and edges carry only what they have', () => {
  it('sends a date, a position, a colour, a size and a shape only when the node has them', () => {
    const { graph } = fixtureDataset();
    expect(Object.keys(toViewNode(graph, 'dora')).sort()).toEqual(['degree', 'id', 'kind', 'label']);
    graph.mergeNodeAttributes('dora', { date: '2017-05', x: 10, y: -4, color: '#ff0000', size: 3, extra: { shape: 'Diamond' } });
    expect(toViewNode(graph, 'dora')).toEqual({ id: 'dora', label: 'Dora', kind: 'person', degree: 0, date: '2017-05', x: 10, y: -4, color: '#ff0000', size: 3, shape: 'diamond' });
  });
  it('takes a node’s shape from the file’s declared node default, and its own shape over it', () => {
    const { graph } = fixtureDataset();
    graph.setAttribute('defaults', { node: { shape: 'Hexagon' }, edge: { shape: 'star' } });
    graph.mergeNodeAttributes('anna', { extra: { shape: 'box' } });
    expect([toViewNode(graph, 'dora').shape, toViewNode(graph, 'anna').shape]).toEqual(['hexagon', 'rectangle']);
  });
  it('leaves out half a position and a size that is not a positive number', () => {
    const { graph } = fixtureDataset();
    graph.mergeNodeAttributes('dora', { x: 10, size: 0 });
    graph.mergeNodeAttributes('carl', { y: 5, size: -2 });
    graph.mergeNodeAttributes('anna', { size: Number.NaN });
    for (const id of ['dora', 'carl', 'anna']) expect(Object.keys(toViewNode(graph, id)).filter((k) => ['x', 'y', 'size'].includes(k)), id).toEqual([]);
  });
  it('sends an edge colour, weight and label only when the edge has them', () => {
    const { graph } = fixtureDataset();
    expect(Object.keys(toViewEdge(graph, 'e1')).sort()).toEqual(['id', 'relation', 'source', 'target']);
    graph.mergeEdgeAttributes('e1', { color: '#00ff00', weight: 0, label: 'since 2010' });
    expect(toViewEdge(graph, 'e1')).toEqual({ id: 'e1', source: 'anna', target: 'bureau', relation: 'leads', color: '#00ff00', weight: 0, label: 'since 2010' });
  });
});

describe('how many nodes a view stands for', () => {
  it('counts each asked node once, skipping unknown ids, so a view of everything is not "truncated"', () => {
    const { graph } = fixtureDataset();
    expect(inducedView(graph, ['anna', 'anna', 'nobody', 'bureau'])).toMatchObject({ requestedNodes: 2, truncated: false });
    expect(inducedView(graph, ['anna', 'anna', 'bureau'], 2)).toMatchObject({ requestedNodes: 2, truncated: false });
  });
  it('says a capped expansion shows fewer nodes than it reaches', () => {
    const { graph } = fixtureDataset();
    // anna and her two neighbours (bureau, bjorn), capped at two.
    const view = expand(graph, 'anna', [], 2);
    expect(view.nodes).toHaveLength(2);
    expect([view.requestedNodes, view.truncated]).toEqual([3, true]);
  });
  it('opens on the whole graph when it has exactly as many nodes as the limit', () => {
    const view = initialView(fixtureDataset().graph, 5);
    expect([view.nodes.length, view.truncated, view.requestedNodes]).toEqual([5, false, 5]);
  });
});

describe('errors name their origin', () => {
  it('names the method that met an unknown node or edge', () => {
    const { graph } = fixtureDataset();
    expect(() => expand(graph, 'zed', [])).toThrow('service/expand: unknown node "zed"');
    expect(() => ego(graph, 'zed', 1)).toThrow('service/ego: unknown node "zed"');
    expect(dispatch(createGraphService(fixtureDataset()), 'edgeDetails', { id: 'zz' })).toEqual({ ok: false, error: { code: 'unknown_edge', message: 'service/edgeDetails: unknown edge "zz"' } });
  });
  it('turns a service failure into its code and message only, and anything else into an internal error', () => {
    expect(Object.keys(toServiceError(new ServiceFailure('unknown_node', 'm')))).toEqual(['code', 'message']);
    expect(toServiceError(new Error('boom'))).toEqual({ code: 'internal', message: 'service: unexpected failure: boom' });
    expect(toServiceError('plain')).toEqual({ code: 'internal', message: 'service: unexpected failure: plain' });
  });
});

describe('evidence offsets', () => {
  it('finds a quote at the very start of its source when the file records no offset', () => {
    // The fixture's first quote, "Anna leads the Bureau.", opens its source text.
    expect(createGraphService(fixtureDataset()).nodeDetails({ id: 'anna' }).evidence[0]?.offset).toBe(0);
  });
});

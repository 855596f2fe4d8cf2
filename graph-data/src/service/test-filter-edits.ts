// The case and the checks of the filter-index edit tests (filter-index-edits.test.ts,
// filter-index-dates.test.ts): a small case with dates, claimants and allegations; an edit applied
// to a live service and to a bare filter index, both compared with full builds afterwards.
import { expect } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { Editor } from '../case/editor.js';
import type { EditCommand } from '../case/commands-schema.js';
import type { FilterSpec } from '../contract.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from './dataset.js';
import { buildFilterIndex, type FilterIndex } from './filter-index.js';
import { updateFilterIndex } from './filter-index-update.js';
import { createGraphService, createLiveGraphService, type IndexUpdate } from './index.js';

const TEXT = 'Anna leads the Bureau. Björn accuses Anna of bribery. Carl works for the Bureau. Dora is alone. Frank says Eve abused red notices. Eve paid Anna. Reuters says Björn spied for Eve.';
export const cite = (quote: string) => ({ source: 's1', quote, offset: TEXT.indexOf(quote) });
const ev = (quote: string) => [{ source: 's1', quote }];

/**
 * Seven actors, six claims. Dates: Anna 2015-06, Carl's role 2016 to 2019-06, claims in 2014 (the
 * earliest, e1), 2018-03, 2017-05-02 and 2020/2021 (the latest, e4). Claimants: Björn, Frank,
 * and "Reuters", which is no node of the graph. Eve is an organisation, the Bureau an agency.
 */
function caseDataset(): Dataset {
  return { id: 'edits', name: 'Edits', format: 'redthread', graph: caseGraph(), sources: new Map([['s1', { id: 's1', title: 'Wire', publisher: 'Tests', date: '2022-01-01', file: 's1.txt', text: TEXT }]]) };
}

/** The graph of caseDataset. */
export function caseGraph(): RedthreadGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  graph.addNode('anna', { label: 'Anna Åberg', kind: 'person', date: '2015-06', evidence: ev('Anna leads the Bureau.') });
  graph.addNode('bjorn', { label: 'Björn Borg', kind: 'person', evidence: ev('Björn accuses Anna of bribery.') });
  graph.addNode('bureau', { label: 'The Bureau', kind: 'agency', evidence: ev('Anna leads the Bureau.') });
  graph.addNode('carl', { label: 'Carl', kind: 'person', roles: [{ title: 'Clerk', organisation: 'bureau', start: '2016', end: '2019-06' }], evidence: ev('Carl works for the Bureau.') });
  graph.addNode('dora', { label: 'Dora', kind: 'person', evidence: ev('Dora is alone.') });
  graph.addNode('eve', { label: 'Eve Holdings', kind: 'organisation', evidence: ev('Eve paid Anna.') });
  graph.addNode('frank', { label: 'Frank', kind: 'person', evidence: ev('Frank says Eve abused red notices.') });
  graph.addDirectedEdgeWithKey('e1', 'anna', 'bureau', { relation: 'leads', date: '2014', evidence: ev('Anna leads the Bureau.') });
  graph.addDirectedEdgeWithKey('e2', 'bjorn', 'anna', { relation: 'accuses', date: '2018-03', allegation: { type: 'bribery_corruption', status: 'alleged', claimant: 'bjorn' }, evidence: ev('Björn accuses Anna of bribery.') });
  graph.addDirectedEdgeWithKey('e3', 'carl', 'bureau', { relation: 'works_for', evidence: ev('Carl works for the Bureau.') });
  graph.addDirectedEdgeWithKey('e4', 'frank', 'eve', { relation: 'accuses', date: '2020/2021', allegation: { type: 'red_notice_abuse', status: 'confirmed', claimant: 'frank' }, evidence: ev('Frank says Eve abused red notices.') });
  graph.addDirectedEdgeWithKey('e5', 'eve', 'anna', { relation: 'paid', date: '2017-05-02', evidence: ev('Eve paid Anna.') });
  graph.addDirectedEdgeWithKey('e6', 'bjorn', 'eve', { relation: 'linked_to', allegation: { type: 'intelligence_ties', status: 'denied', claimant: 'Reuters' }, evidence: ev('Reuters says Björn spied for Eve.') });
  return graph;
}

/** Every group of the filter panel, dates at and around the data's ends. */
const FILTERS: FilterSpec[] = [
  {},
  { kinds: ['person'] },
  { kinds: ['agency', 'organisation'], hideUndated: true },
  { statuses: ['alleged', 'confirmed'] },
  { statuses: ['denied'], context: 1 },
  { statuses: ['alleged', 'denied', 'confirmed', 'disputed'], keepRelations: true },
  { relations: ['accuses', 'paid'] },
  { allegationTypes: ['bribery_corruption', 'offshore_leaks'] },
  { claimants: ['bjorn'] },
  { claimants: ['frank', 'Reuters'], context: 2 },
  { dateFrom: '2016', dateTo: '2018' },
  { dateFrom: '2018-03', hideUndated: true },
  { dateTo: '2014' },
  { dateFrom: '2021-12-31' },
  { dateFrom: '2023', dateTo: '2023' },
  { dateTo: '2012', hideUndated: true },
];

/** What the filter panel and the canvas read, from `live` and from a service built on the graph as it is now. */
function expectAnswersOfFreshService(live: ReturnType<typeof createLiveGraphService>, dataset: Dataset) {
  const fresh = createGraphService(dataset, { graphId: 'g' });
  const nodes = dataset.graph.nodes();
  const some = nodes.filter((_id, i) => i % 2 === 0);
  for (const filter of FILTERS) {
    const name = JSON.stringify(filter);
    expect(live.service.filterFacets({ filter }), name).toEqual(fresh.filterFacets({ filter }));
    expect(live.service.filterView({ filter, nodes }), name).toEqual(fresh.filterView({ filter, nodes }));
    expect(live.service.filterFacets({ filter, nodes: some }), name).toEqual(fresh.filterFacets({ filter, nodes: some }));
    expect(live.service.filterView({ filter, nodes: some, pinned: nodes.slice(-1) }), name).toEqual(fresh.filterView({ filter, nodes: some, pinned: nodes.slice(-1) }));
  }
  for (const to of nodes) expect(live.service.shortestPath({ from: nodes[0] as string, to }), to).toEqual(fresh.shortestPath({ from: nodes[0] as string, to }));
  expect(live.service.measures({ measure: 'degree' })).toEqual(fresh.measures({ measure: 'degree' }));
}

/** The index as updated in place, field by field, against a full build (types compared by the names the edges carry). */
export function expectIndexOfFullBuild(index: FilterIndex, graph: RedthreadGraph) {
  const full = buildFilterIndex(graph);
  const typeNames = (x: FilterIndex) => [...x.edgeType].map((t) => (t === 255 ? null : x.types[t]));
  expect(typeNames(index)).toEqual(typeNames(full));
  // A type no claim uses any more stays in the tables of an index updated in place: it is never shown (filter-results.ts lists the types in use).
  const rest = (x: FilterIndex): Partial<FilterIndex> => ({ ...x, types: [], typeIndex: new Map(), edgeType: new Uint8Array() });
  expect(rest(index)).toEqual(rest(full));
}

/** A case opened with both the service's indexes and a bare filter index in use, edited by `run`. */
export function opened() {
  const dataset = caseDataset();
  const editor = new Editor(dataset, () => '2026-01-01T00:00:00.000Z');
  const live = createLiveGraphService(dataset, { graphId: 'g' });
  live.service.filterFacets({ filter: {} });
  let index = buildFilterIndex(dataset.graph);
  /** Applies an edit (or undo / redo) to both, checks both against full builds, answers how the service's index was updated. */
  const apply = (command: EditCommand | 'undo' | 'redo'): IndexUpdate => {
    const out = command === 'undo' ? editor.undo() : command === 'redo' ? editor.redo() : editor.edit(command);
    const how = live.update(out.touched);
    // Filters read again, so the next edit finds the index built.
    expectAnswersOfFreshService(live, dataset);
    const direct = updateFilterIndex(index, dataset.graph, out.touched.nodes, out.touched.edges);
    if (direct) expectIndexOfFullBuild(index, dataset.graph);
    else index = buildFilterIndex(dataset.graph);
    expect(direct || 'dropped').toBe(how);
    return how;
  };
  const facets = (filter: FilterSpec = {}) => live.service.filterFacets({ filter });
  const shown = (filter: FilterSpec) => live.service.filterView({ filter, nodes: dataset.graph.nodes() });
  return { dataset, apply, facets, shown };
}


// The graph service: every contract method as a synchronous function over one
// dataset. Hosts (Electron worker thread, browser Web Worker) call it via dispatch.
import type { Args, AttributeCatalog, AttributeElement, ContractResults, DatasetInfo, GraphView, ServiceMethod, TaskProgress } from '../contract.js';
import { attributeCatalog, attributeValues } from './attributes.js';
import type { Dataset } from './dataset.js';
import { edgeDetails, nodeDetails } from './details.js';
import { fail } from './errors.js';
import { createColumnSource } from './attribute-filter.js';
import { buildFilterIndex } from './filter-index.js';
import { scopeOf } from './filter-eval.js';
import { filterFacets, filterView } from './filter-results.js';
import { compileFilter } from './filters.js';
import { datasetInfo } from './info.js';
import { createMeasures } from './measures.js';
import { ego, expand, initialView } from './neighbourhood.js';
import { createOverview } from './overview.js';
import { allPaths, shortestPath, whyConnected } from './paths.js';
import { buildSearchIndex, search } from './search.js';
import { createTableService } from './table.js';
import { tableCsvFile } from './table-csv.js';
import { DEFAULT_VIEW_LIMIT, inducedView } from './views.js';

export type GraphService = { [M in ServiceMethod]: (args: Args<M>) => ContractResults[M] };

export interface ServiceHooks {
  /** Progress of long computations (exact betweenness on a large graph), for the host to forward. */
  progress?(event: TaskProgress): void;
  /** Keep this graph id (the canvas starts over when it changes): a service rebuilt after an edit answers for the same graph. */
  graphId?: string;
}

// Every service instance answers for one graph; its views say which (GraphView.graph).
let generation = 0;

export function createGraphService(dataset: Dataset, hooks: ServiceHooks = {}): GraphService {
  const graphId = hooks.graphId ?? `${dataset.id}#${++generation}`;
  const stamp = (view: Omit<GraphView, 'graph'>): GraphView => ({ ...view, graph: graphId });
  const index = buildSearchIndex(dataset.graph);
  const { graph } = dataset;
  // Built once: after an edit the session builds a new service (service/session.ts).
  const filterIndex = buildFilterIndex(graph);
  const measures = createMeasures(dataset, filterIndex, (fraction) =>
    hooks.progress?.({ task: 'measure', phase: 'betweenness', done: Math.round(fraction * 100), total: 100 }),
  );
  const columns = createColumnSource(graph, filterIndex);
  const compile = (filter: Args<'filterView'>['filter']) => compileFilter(filterIndex, filter, columns);
  const paths = { dataset, index: filterIndex, columns };
  // The catalogue is a scan of every element: made once, on first use (the graph never changes).
  let catalog: AttributeCatalog | null = null;
  const catalogue = () => (catalog ??= attributeCatalog(graph, graphId));
  const typeOf = (element: AttributeElement, key: string, builtin: boolean) =>
    catalogue()[element].find((info) => info.key === key && info.builtin === builtin)?.type ?? 'string';
  const table = createTableService(graph, graphId);
  let info: DatasetInfo | null = null;
  const overview = createOverview(graph, filterIndex, (fraction) =>
    hooks.progress?.({ task: 'overview', phase: 'communities', done: Math.round(fraction * 100), total: 100 }),
  );
  return {
    // Counted once: a pass over millions of elements is not free, and the graph never changes.
    datasetInfo: () => (info ??= { ...datasetInfo(dataset), graph: graphId, ...(graph.order > DEFAULT_VIEW_LIMIT && { opensOnOverview: true }) }),
    initialView: ({ maxNodes }) => stamp(initialView(graph, maxNodes)),
    search: ({ query, limit }) => search(index, query, limit ?? 10),
    nodeDetails: ({ id }) => nodeDetails(dataset, id, typeOf),
    edgeDetails: ({ id }) => edgeDetails(dataset, id, typeOf),
    expand: ({ id, visible, limit }) => stamp(expand(graph, id, visible, limit)),
    ego: ({ id, depth, limit }) => stamp(ego(graph, id, depth, limit)),
    view: ({ ids }) => stamp(inducedView(graph, ids)),
    source: ({ id }) => {
      const source = dataset.sources.get(id);
      if (!source) fail('unknown_source', 'source', `unknown source "${id}"`);
      const { title, publisher, date, cites, text } = source;
      return { id, title, publisher, date, cites: cites ?? [], text };
    },
    filterView: ({ filter, nodes, pinned }) => filterView(filterIndex, compile(filter), nodes, pinned),
    filterFacets: ({ filter, nodes, pinned }) => filterFacets(filterIndex, compile(filter), scopeOf(filterIndex, nodes ?? null, pinned)),
    shortestPath: ({ from, to, filter }) => ({ path: shortestPath(paths, from, to, filter) }),
    allPaths: ({ from, to, maxLength, limit, filter }) => allPaths(paths, from, to, maxLength, limit ?? 50, filter),
    whyConnected: ({ a, b }) => whyConnected(paths, a, b),
    measures: ({ measure, sample }) => measures.measure(measure, sample),
    communities: () => measures.communities(),
    attributes: () => catalogue(),
    attributeValues: ({ element, key, builtin, ids }) => ({ values: attributeValues(graph, element, key, builtin ?? false, ids) }),
    table: (args) => table.page(args),
    tableIds: (args) => table.ids(args),
    tableCsv: (args) => tableCsvFile(dataset.id, args.element, table.rows(args)),
    overview: ({ maxGroups }) => ({ ...overview.overview(maxGroups), graph: graphId }),
    overviewMembers: ({ group, limit }) => stamp(overview.members(group, limit)),
  };
}

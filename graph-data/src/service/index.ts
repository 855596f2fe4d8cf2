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
import { buildSearchIndex, search, updateSearchIndex } from './search.js';
import { citationCounts, sourceList } from './source-list.js';
import { updateFilterIndex } from './filter-index-update.js';
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

/** What an edit touched (EditOutcome.touched): the service brings its indexes up to date for these alone. */
export interface Touched {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface LiveGraphService {
  service: GraphService;
  /**
   * After an edit: the search index is updated for the touched nodes only; the filter index is
   * patched in place or restructured for the elements that came or went, and only when that cannot
   * give the full build's answer, rebuilt on the first read that needs it (filters, paths,
   * measures, overview); every cache that reads attributes is dropped.
   */
  update(touched: Touched): IndexUpdate;
}

/** What `update` did to the filter index (for tests and the bench). */
export type IndexUpdate = 'patched' | 'restructured' | 'dropped' | 'not built';

export function createGraphService(dataset: Dataset, hooks: ServiceHooks = {}): GraphService {
  return createLiveGraphService(dataset, hooks).service;
}

export function createLiveGraphService(dataset: Dataset, hooks: ServiceHooks = {}): LiveGraphService {
  const graphId = hooks.graphId ?? `${dataset.id}#${++generation}`;
  const stamp = (view: Omit<GraphView, 'graph'>): GraphView => ({ ...view, graph: graphId });
  // Made at the first search, not with the service: opening a graph waits for everything made
  // here (at 10k nodes the index was 47 ms of the open, for a search the user may never make).
  let searchIndex: ReturnType<typeof buildSearchIndex> | null = null;
  const index = () => (searchIndex ??= buildSearchIndex(dataset.graph));
  const { graph } = dataset;
  // Everything built on the filter index, made on first use and again after an edit that added or dropped elements.
  const buildStructure = (filterIndex = buildFilterIndex(graph)) => {
    const measures = createMeasures(dataset, filterIndex, (fraction) =>
      hooks.progress?.({ task: 'measure', phase: 'betweenness', done: Math.round(fraction * 100), total: 100 }),
    );
    const overview = createOverview(graph, filterIndex, (fraction) =>
      hooks.progress?.({ task: 'overview', phase: 'communities', done: Math.round(fraction * 100), total: 100 }),
    );
    return { filterIndex, measures, overview, columns: createColumnSource(graph, filterIndex) };
  };
  let structure: ReturnType<typeof buildStructure> | null = null;
  const built = () => (structure ??= buildStructure());
  const compile = (filter: Args<'filterView'>['filter']) => compileFilter(built().filterIndex, filter, built().columns);
  const paths = () => ({ dataset, index: built().filterIndex, columns: built().columns });
  // The catalogue is a scan of every element: made on first use, again after an edit.
  let catalog: AttributeCatalog | null = null;
  const catalogue = () => (catalog ??= attributeCatalog(graph, graphId));
  const typeOf = (element: AttributeElement, key: string, builtin: boolean) =>
    catalogue()[element].find((info) => info.key === key && info.builtin === builtin)?.type ?? 'string';
  let table = createTableService(graph, graphId);
  let info: DatasetInfo | null = null;
  // Counted on first use, and again after an edit (sources and claims come and go).
  let citations: ReturnType<typeof citationCounts> | null = null;
  const service: GraphService = {
    // Counted once, and again after an edit: a pass over millions of elements is not free.
    datasetInfo: () => (info ??= { ...datasetInfo(dataset), graph: graphId, ...(graph.order > DEFAULT_VIEW_LIMIT && { opensOnOverview: true }) }),
    initialView: ({ maxNodes }) => stamp(initialView(graph, maxNodes)),
    search: ({ query, limit }) => search(index(), query, limit ?? 10),
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
    sourceList: ({ query }) => sourceList(dataset, (citations ??= citationCounts(dataset)), query),
    filterView: ({ filter, nodes, pinned }) => filterView(built().filterIndex, compile(filter), nodes, pinned),
    filterFacets: ({ filter, nodes, pinned }) => filterFacets(built().filterIndex, compile(filter), scopeOf(built().filterIndex, nodes ?? null, pinned)),
    shortestPath: ({ from, to, filter }) => ({ path: shortestPath(paths(), from, to, filter) }),
    allPaths: ({ from, to, maxLength, limit, filter }) => allPaths(paths(), from, to, maxLength, limit ?? 50, filter),
    whyConnected: ({ a, b }) => whyConnected(paths(), a, b),
    measures: ({ measure, sample }) => built().measures.measure(measure, sample),
    communities: () => built().measures.communities(),
    attributes: () => catalogue(),
    attributeValues: ({ element, key, builtin, ids }) => ({ values: attributeValues(graph, element, key, builtin ?? false, ids) }),
    table: (args) => table.page(args),
    tableIds: (args) => table.ids(args),
    tableCsv: (args) => tableCsvFile(dataset.id, args.element, table.rows(args)),
    overview: ({ maxGroups }) => ({ ...built().overview.overview(maxGroups), graph: graphId }),
    overviewMembers: ({ group, limit }) => stamp(built().overview.members(group, limit)),
  };
  const update = (touched: Touched): IndexUpdate => {
    // An index not made yet will be made from the edited graph.
    if (searchIndex) updateSearchIndex(searchIndex, graph, touched.nodes);
    catalog = null;
    citations = null;
    info = null;
    table = createTableService(graph, graphId);
    if (!structure) return 'not built';
    const updated = updateFilterIndex(structure.filterIndex, graph, touched.nodes, touched.edges);
    if (updated) {
      // The index stands; what caches labels, kinds, attribute values or measures is made again.
      structure = buildStructure(structure.filterIndex);
      return updated;
    }
    structure = null;
    return 'dropped';
  };
  return { service, update };
}

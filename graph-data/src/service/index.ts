// The graph service: every contract method as a synchronous function over one
// dataset. Hosts (Electron worker thread, browser Web Worker) call it via dispatch.
import type { Args, ContractResults, Method } from '../contract.js';
import type { Dataset } from './dataset.js';
import { edgeDetails, nodeDetails } from './details.js';
import { fail } from './errors.js';
import { datasetInfo } from './info.js';
import { ego, expand, initialView } from './neighbourhood.js';
import { buildSearchIndex, search } from './search.js';
import { inducedView } from './views.js';

export type GraphService = { [M in Method]: (args: Args<M>) => ContractResults[M] };

export function createGraphService(dataset: Dataset): GraphService {
  const index = buildSearchIndex(dataset.graph);
  const { graph } = dataset;
  return {
    datasetInfo: () => datasetInfo(dataset),
    initialView: ({ maxNodes }) => initialView(graph, maxNodes),
    search: ({ query, limit }) => search(index, query, limit ?? 10),
    nodeDetails: ({ id }) => nodeDetails(dataset, id),
    edgeDetails: ({ id }) => edgeDetails(dataset, id),
    expand: ({ id, visible, limit }) => expand(graph, id, visible, limit),
    ego: ({ id, depth, limit }) => ego(graph, id, depth, limit),
    view: ({ ids }) => inducedView(graph, ids),
    source: ({ id }) => {
      const source = dataset.sources.get(id);
      if (!source) fail('unknown_source', 'source', `unknown source "${id}"`);
      const { title, publisher, date, cites, text } = source;
      return { id, title, publisher, date, cites: cites ?? [], text };
    },
  };
}

// Summary counts of the loaded dataset, for the legend, status bar and filters.
import type { DatasetInfo } from '../contract.js';
import type { Dataset } from './dataset.js';

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function datasetInfo(dataset: Dataset): Omit<DatasetInfo, 'graph'> {
  const { graph } = dataset;
  const info: Omit<DatasetInfo, 'graph'> = {
    id: dataset.id,
    name: dataset.name,
    format: dataset.format,
    nodeCount: graph.order,
    edgeCount: graph.size,
    kinds: {},
    relations: {},
    allegationTypes: {},
    customAllegationTypes: (dataset.case?.allegationTypes ?? []).filter((t) => !t.builtin).map(({ id, label, color }) => ({ id, label, color })),
    sources: [...dataset.sources.values()].map(({ id, title, publisher, date }) => ({ id, title, publisher, date })),
  };
  graph.forEachNode((_id, attrs) => bump(info.kinds, attrs.kind));
  graph.forEachEdge((_id, attrs) => {
    bump(info.relations, attrs.relation);
    if (attrs.allegation) bump(info.allegationTypes, attrs.allegation.type);
  });
  return info;
}

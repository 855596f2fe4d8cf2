// Service benchmark: medians of the graph service's queries on the Interpol dataset and on a
// generated 10k-node / 50k-edge graph, so regressions in filters, paths and measures show up.
// Usage: npx tsx scripts/bench/service-bench.ts   (prints a table; run.ts imports benchService)
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import type { FilterSpec } from '../../graph-data/src/contract.js';
import { buildDataset } from '../../graph-data/src/io/dataset-loader.js';
import { readDatasetParts } from '../../graph-data/src/io/dataset-node.js';
import { seededRandom } from '../../graph-data/src/util/seeded-random.js';
import type { Dataset, GraphAttributes, RedthreadGraph } from '../../graph-data/src/service/dataset.js';
import { buildFilterIndex } from '../../graph-data/src/service/filter-index.js';
import { createGraphService, type GraphService } from '../../graph-data/src/service/index.js';
import { betweenness, createMeasures } from '../../graph-data/src/service/measures.js';
import { generateGraph, SYNTHETIC_SOURCE, SYNTHETIC_TEXT } from '../generate-graph.js';

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median of `runs` timed calls after one warm-up; run `i` may vary its input. */
function medianOf(fn: (i: number) => unknown, runs = RUNS): number {
  fn(-1);
  return median(Array.from({ length: runs }, (_v, i) => time(() => fn(i))));
}

export function generatedDataset(nodes: number, edges: number, seed: number): Dataset {
  const graph = new MultiDirectedGraph<never, never, GraphAttributes>() as unknown as RedthreadGraph;
  graph.import(generateGraph({ nodes, edges, seed }) as unknown as Parameters<RedthreadGraph['import']>[0]);
  return {
    id: `generated-${nodes}`,
    name: graph.getAttribute('name') ?? 'generated',
    format: 'redthread',
    graph,
    sources: new Map([[SYNTHETIC_SOURCE.id, { ...SYNTHETIC_SOURCE, text: SYNTHETIC_TEXT }]]),
  };
}

// A filter that constrains every group, varied by run so no two calls see the same input.
function filterFor(i: number, claimants: string[]): FilterSpec {
  const types = ['intelligence_ties', 'bribery_corruption', 'organised_crime', 'collusion'] as const;
  return {
    allegationTypes: [types[Math.abs(i) % types.length] ?? 'collusion', 'red_notice_abuse'],
    statuses: i % 2 ? ['alleged', 'confirmed'] : ['alleged', 'denied', 'disputed'],
    claimants: claimants.slice(0, 10 + Math.abs(i)),
    kinds: ['person', 'agency', 'group', 'event'],
    dateFrom: `${2000 + Math.abs(i)}`,
    dateTo: '2018',
  };
}

function benchOne(name: string, dataset: Dataset, results: Record<string, number>, exactOnce: boolean): void {
  const key = (what: string) => `service.${name}.${what}.ms`;
  let service: GraphService | undefined;
  results[key('create')] = time(() => (service = createGraphService(dataset)));
  if (!service) return;
  const s = service;
  const { graph } = dataset;
  const ids = graph.nodes();
  const hub = ids.reduce((best, id) => (graph.degree(id) > graph.degree(best) ? id : best), ids[0] ?? '');
  const claimants = [...new Set(graph.mapEdges((_e, attrs) => attrs.allegation?.claimant).filter((c): c is string => Boolean(c)))];
  const random = seededRandom(7);
  const pairs = Array.from({ length: RUNS + 1 }, () => [ids[Math.floor(random() * ids.length)] ?? '', ids[Math.floor(random() * ids.length)] ?? ''] as const);
  const pair = (i: number) => pairs[i + 1] ?? ['', ''];
  const label = graph.getNodeAttribute(hub, 'label');

  // As typed, key by key: prefixes of the hub's label, then the label with a typo (every word is then compared with typos allowed).
  const typed = Array.from({ length: label.length }, (_v, n) => label.slice(0, n + 1));
  results[key('search')] = medianOf((i) => s.search({ query: typed[Math.abs(i) % typed.length] ?? label }));
  const typo = label.length > 4 ? `${label.slice(0, 2)}${label[3] ?? ''}${label[2] ?? ''}${label.slice(4)}` : label;
  results[key('searchTypo')] = medianOf(() => s.search({ query: typo }));
  results[key('expand')] = medianOf(() => s.expand({ id: hub, visible: [] }));
  results[key('ego2')] = medianOf(() => s.ego({ id: hub, depth: 2 }));
  results[key('filterView')] = medianOf((i) => s.filterView({ filter: filterFor(i, claimants), nodes: ids }));
  results[key('filterFacets')] = medianOf((i) => s.filterFacets({ filter: filterFor(i, claimants) }));
  results[key('filterChange')] = medianOf((i) => {
    s.filterView({ filter: filterFor(i, claimants), nodes: ids });
    s.filterFacets({ filter: filterFor(i, claimants) });
  });
  results[key('shortestPath')] = medianOf((i) => s.shortestPath({ from: pair(i)[0], to: pair(i)[1] }));
  results[key('shortestPath.filtered')] = medianOf((i) =>
    s.shortestPath({ from: pair(i)[0], to: pair(i)[1], filter: { statuses: ['alleged', 'confirmed'], kinds: ['person', 'agency', 'group'] } }),
  );
  results[key('allPaths4')] = medianOf((i) => s.allPaths({ from: pair(i)[0], to: pair(i)[1], maxLength: 4 }));
  // Worst case: the two best-connected nodes, up to the largest limit the contract allows.
  const [hub1 = hub, hub2 = hub] = [...ids].sort((a, b) => graph.degree(b) - graph.degree(a));
  results[key('allPaths4.hubs1000')] = medianOf(() => s.allPaths({ from: hub1, to: hub2, maxLength: 4, limit: 1000 }));

  const adjacency = createMeasures(dataset, buildFilterIndex(graph)).adjacency();
  const exact = () => betweenness(adjacency, { sample: ids.length });
  results[key('betweenness.exact')] = exactOnce ? time(exact) : medianOf(exact);
  // CPU time too: on a shared machine wall time also measures the neighbours.
  const cpuBefore = process.cpuUsage();
  exact();
  const cpu = process.cpuUsage(cpuBefore);
  results[key('betweenness.exact.cpu')] = (cpu.user + cpu.system) / 1000;
  if (ids.length > 1000) results[key('betweenness.sampled100')] = medianOf(() => betweenness(adjacency, { sample: 100 }));
  results[key('pagerank')] = time(() => s.measures({ measure: 'pagerank' }));
  results[key('communities')] = time(() => s.communities({}));
}

export async function benchService(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  try {
    const interpol = buildDataset(await readDatasetParts('graph-data/datasets/interpol-2018'));
    benchOne('interpol', interpol, results, false);
  } catch (error) {
    // The curated dataset may be mid-edit; the generated graph still measures the service.
    process.stderr.write(`service-bench: skipping interpol-2018: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  benchOne('10k', generatedDataset(10_000, 50_000, 1), results, true);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchService();
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  for (const [name, ms] of Object.entries(results)) {
    process.stdout.write(`${name.padEnd(width)}  ${ms.toFixed(ms < 10 ? 2 : 0).padStart(10)}\n`);
  }
}

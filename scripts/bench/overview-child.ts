// One graph opened and summed up in its own process, so its peak memory is its own: run by
// overview-bench.ts as `node --import tsx scripts/bench/overview-child.ts FILE`, prints JSON.
// Phases: import (parse + build), service (filter and search indexes), first view (the
// overview: Louvain over the whole graph + aggregates), members (one community expanded).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importGraph } from '../../graph-data/src/io/import/index.js';
import { createGraphService } from '../../graph-data/src/service/index.js';

const file = process.argv[2];
if (!file) throw new Error('usage: overview-child.ts FILE');
let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 25);
const lap = (() => {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
})();
const bytes = new Uint8Array(readFileSync(file));
lap();
const { dataset } = await importGraph({ files: [{ name: path.basename(file), bytes }], maxBytes: 4 * 1024 ** 3, signal: { cancelled: false }, onProgress: sample });
const importMs = lap();
const service = createGraphService(dataset);
const info = service.datasetInfo({});
const serviceMs = lap();
const overview = service.overview({});
const overviewMs = lap();
const members = service.overviewMembers({ group: 0 });
const membersMs = lap();
clearInterval(timer);
sample();
process.stdout.write(
  `${JSON.stringify({
    importMs,
    serviceMs,
    overviewMs,
    membersMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    peakHeapMB: peakHeap / 1024 ** 2,
    nodes: info.nodeCount,
    edges: info.edgeCount,
    communities: overview.communityCount,
    groups: overview.groups.length,
    modularity: overview.modularity,
    memberNodes: members.nodes.length,
  })}\n`,
);

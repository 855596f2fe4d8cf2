// One import measured in its own process, so its peak memory is its own: run by import-bench.ts
// as `node --import tsx scripts/bench/import-child.ts redthread|graphology-gexf FILE`, prints JSON.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { importGraph } from '../../graph-data/src/io/import/index.js';

const [parser, file] = process.argv.slice(2);
if (!file || (parser !== 'redthread' && parser !== 'graphology-gexf')) throw new Error('usage: import-child.ts redthread|graphology-gexf FILE');
const bytes = new Uint8Array(readFileSync(file));
let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 25);
const start = performance.now();
let counts: { nodes: number; edges: number };
if (parser === 'redthread') {
  const { dataset } = await importGraph({ files: [{ name: path.basename(file), bytes }], maxBytes: 4 * 1024 ** 3, signal: { cancelled: false }, onProgress: sample });
  counts = { nodes: dataset.graph.order, edges: dataset.graph.size };
} else {
  // graphology-gexf's own path: decode to a string, xmldom DOM, then build the graph.
  const graph = parse(MultiDirectedGraph, new TextDecoder().decode(bytes));
  counts = { nodes: graph.order, edges: graph.size };
}
const ms = performance.now() - start;
clearInterval(timer);
sample();
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({ parser, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, peakHeapMB: peakHeap / 1024 ** 2, ...counts })}\n`,
);

// One hostile file opened (and for the export case, exported) in its own process, so its peak
// memory is its own: run by hostile-bench.ts as `node --import tsx hostile-child.ts FILE [export]`.
// Prints one JSON line: outcome (the graph's counts or the typed error), time and peak memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportData } from '../../graph-data/src/io/export/index.js';
import { importGraph } from '../../graph-data/src/io/import/index.js';
import { ServiceFailure } from '../../graph-data/src/service/errors.js';

const [file, mode] = process.argv.slice(2);
if (!file) throw new Error('usage: hostile-child.ts FILE [export]');
const bytes = new Uint8Array(readFileSync(file));
let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 20);
const start = performance.now();
const result: Record<string, unknown> = {};
try {
  const { dataset, warnings } = await importGraph({ files: [{ name: path.basename(file), bytes }], maxBytes: 512 * 1024 ** 2, signal: { cancelled: false }, onProgress: sample });
  result.outcome = `graph ${dataset.graph.order.toLocaleString('en-US')} nodes, ${dataset.graph.size.toLocaleString('en-US')} edges, ${warnings.length} warnings`;
  result.importMs = performance.now() - start;
  if (mode === 'export') {
    for (const format of ['csv', 'gexf'] as const) {
      const t = performance.now();
      const out = await exportData(dataset, { format });
      result[`${format}ExportMs`] = performance.now() - t;
      result[`${format}ExportMB`] = out.bytes.length / 1024 ** 2;
      sample();
    }
  }
} catch (error) {
  if (!(error instanceof ServiceFailure)) throw error;
  result.outcome = `${error.code}${error.limit ? ` ${error.limit.name} (limit ${error.limit.limit.toLocaleString('en-US')}, found ${error.limit.found.toLocaleString('en-US')})` : `: ${error.message.slice(0, 80)}`}`;
  result.importMs = performance.now() - start;
}
result.ms = performance.now() - start;
clearInterval(timer);
sample();
result.maxRssMB = process.resourceUsage().maxRSS / 1024;
result.peakHeapMB = peakHeap / 1024 ** 2;
process.stdout.write(`${JSON.stringify(result)}\n`);

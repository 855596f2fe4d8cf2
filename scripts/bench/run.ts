// `npm run bench`: runs every benchmark, prints the medians and writes them to
// bench-results/bench.json. Speed lives here, never in tests.
import { mkdir, writeFile } from 'node:fs/promises';
import { benchCase } from './case-bench.js';
import { benchEditUi } from './edit-ui-bench.js';
import { benchExport } from './export-bench.js';
import { benchFirstGraph } from './first-graph.js';
import { benchHostile } from './hostile-bench.js';
import { benchImport } from './import-bench.js';
import { benchOpenFiles } from './open-files-bench.js';
import { benchOverview } from './overview-bench.js';
import { benchService } from './service-bench.js';
import { benchTransfer } from './transfer-bench.js';

const results: Record<string, number> = {};
const suites: [string, () => Promise<Record<string, number>>][] = [
  ['service', benchService],
  ['first graph', benchFirstGraph],
  ['import', benchImport],
  ['hostile files', benchHostile],
  ['export', benchExport],
  ['open files (issue #11)', () => benchOpenFiles(3)],
  ['cases (issue #13)', benchCase],
  ['an edit in the window (issue #13)', benchEditUi],
  ['view transfer (issue #11)', () => benchTransfer()],
  // The largest view the window draws whole (beyond it, the overview): what opening one waits for.
  ['view transfer, 10k (issue #11)', () => benchTransfer(10_000, 30_000)],
  ['overview beyond 10k (issue #11)', () => benchOverview(1)],
];
for (const [name, suite] of suites) {
  process.stdout.write(`bench: ${name}…\n`);
  Object.assign(results, await suite());
}
const width = Math.max(...Object.keys(results).map((k) => k.length));
for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(width)}  ${value.toFixed(3)}`);
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log('bench: wrote bench-results/bench.json');

// Amplification benchmark: the worst hostile file per format at the sizes an outside review
// used (issue 12), each opened in its own child process with a 2 GB heap and a 3-minute cap, so
// its peak RSS and time are its own and a regression shows as a crash or a timeout here rather
// than in a test. Usage: npx tsx scripts/bench/hostile-bench.ts
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as hostile from '../../graph-data/src/io/import/hostile-files.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const CHILD = path.join(HERE, 'hostile-child.ts');

interface Outcome {
  outcome: string;
  ms: number;
  maxRssMB: number;
  peakHeapMB: number;
  csvExportMs?: number;
  gexfExportMs?: number;
}

/** The cases: per format, the pattern that grew most before the budgets, at the review's sizes. */
const CASES: [string, () => hostile.HostileFile, boolean?][] = [
  ['graphml defaults × keys (1.2 MB)', () => hostile.graphmlDefaults(1_000, 20_000)],
  ['graphml hyperedges (3.4 MB, 4.8 M pairs)', () => hostile.graphmlHyperedges(2_400, 64)],
  ['gexf nested titles (2.4 MB)', () => hostile.gexfNestedTitles(150_000)],
  ['gexf defaults × keys (1.2 MB)', () => hostile.gexfDefaults(1_000, 60_000)],
  ['gexf gzip of one repeated id (50 MB inflated)', () => hostile.gzipBomb(50 * 1024 ** 2)],
  ['ftm ownership cross product (52 KB)', () => hostile.ftmCrossProduct(2_000)],
  ['csv 30,000-column header, short rows (8 MB)', () => hostile.csvWideHeader(30_000, 560_000)],
  ['json nested 1,000,000 deep (2 MB)', () => hostile.jsonDeep(1_000_000)],
  ['json wide nodes (8 MB)', () => hostile.jsonWideNodes(800, 1_000)],
  ['export: 2.7 MB GEXF, 14,000 sparse attributes → CSV, GEXF', () => hostile.gexfSparseAttributes(14_000), true],
];

function run(file: string, exporting: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--max-old-space-size=2048', '--import', 'tsx', CHILD, file, ...(exporting ? ['export'] : [])], { cwd: REPO, maxBuffer: 1 << 20, timeout: 180_000 }, (error, stdout, stderr) => {
      if (error) resolve({ outcome: `FAILED: ${error.killed ? 'timed out after 180 s' : (stderr.split('\n').find((l) => /heap|Error/.test(l)) ?? error.message).slice(0, 120)}`, ms: NaN, maxRssMB: NaN, peakHeapMB: NaN });
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Outcome);
    });
  });
}

export async function benchHostile(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'redthread-hostile-'));
  const results: Record<string, number> = {};
  try {
    for (const [label, make, exporting] of CASES) {
      const made = make();
      const file = path.join(dir, made.name);
      writeFileSync(file, made.bytes);
      const r = await run(file, exporting === true);
      const size = `${(made.bytes.length / 1024 ** 2).toFixed(2)} MB`;
      const exports = r.csvExportMs !== undefined ? `, CSV export ${Math.round(r.csvExportMs)} ms, GEXF export ${Math.round(r.gexfExportMs ?? NaN)} ms` : '';
      console.log(`hostile: ${label} [${made.pattern}, ${size}]: ${r.outcome}; ${Math.round(r.ms)} ms, peak RSS ${Math.round(r.maxRssMB)} MB, peak heap ${Math.round(r.peakHeapMB)} MB${exports}`);
      results[`hostile ${made.pattern} ms`] = r.ms;
      results[`hostile ${made.pattern} peak RSS MB`] = r.maxRssMB;
      if (r.csvExportMs !== undefined) results[`hostile ${made.pattern} CSV export ms`] = r.csvExportMs;
      if (r.gexfExportMs !== undefined) results[`hostile ${made.pattern} GEXF export ms`] = r.gexfExportMs;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHostile();

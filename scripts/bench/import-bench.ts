// Importer benchmark: median import time and peak memory for the largest sample file in
// ../shared/data, the largest GEXF sample, and a generated GEXF of 100,000 nodes / 300,000
// edges (~86 MB), each beside graphology-gexf on the same GEXF file in the same run, and the
// generated one beside the floor: graphology's own inserts for its counts (graphology-floor.ts).
// Each measurement runs in a child process so its peak RSS is its own. graphology-gexf needs
// minutes and several GB at 100k nodes: it runs once, with a 12 GB heap; skip it with
// BENCH_SKIP_GRAPHOLOGY_GEXF=1. Usage: npx tsx scripts/bench/import-bench.ts
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeGexf } from '../generate-gexf.js';
import { graphologyFloor } from './graphology-floor.js';
import { median } from './stats.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const SHARED = path.resolve(REPO, '../shared/data');
const CHILD = path.join(HERE, 'import-child.ts');
const RUNS = 3;

interface Measurement {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  peakHeapMB: number;
  nodes: number;
  edges: number;
}

function measure(parser: 'redthread' | 'graphology-gexf', file: string): Promise<Measurement> {
  const heap = parser === 'graphology-gexf' ? ['--max-old-space-size=12000'] : [];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...heap, '--import', 'tsx', CHILD, parser, file], { cwd: REPO, maxBuffer: 1 << 20, timeout: 30 * 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`import-bench: ${parser} on ${path.basename(file)} failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measurement);
    });
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const largest = (files: string[]) => files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));

async function medianOf(file: string, runs: number): Promise<Measurement> {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure('redthread', file));
  const first = all[0] as Measurement;
  return { ...first, ms: median(all.map((m) => m.ms)), cpuMs: median(all.map((m) => m.cpuMs)), maxRssMB: Math.max(...all.map((m) => m.maxRssMB)), peakHeapMB: Math.max(...all.map((m) => m.peakHeapMB)) };
}

function record(results: Record<string, number>, key: string, m: Measurement): void {
  results[`import.${key}.ms`] = Math.round(m.ms);
  results[`import.${key}.cpu.ms`] = Math.round(m.cpuMs);
  results[`import.${key}.peakRss.MB`] = Math.round(m.maxRssMB);
  results[`import.${key}.peakHeap.MB`] = Math.round(m.peakHeapMB);
}

export async function benchImport(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const skipGraphology = process.env.BENCH_SKIP_GRAPHOLOGY_GEXF === '1';
  if (existsSync(SHARED)) {
    const samples = walk(SHARED).filter((f) => !f.endsWith('.md'));
    const biggest = largest(samples);
    process.stdout.write(`import-bench: largest sample ${path.relative(SHARED, biggest)} (${(statSync(biggest).size / 1e6).toFixed(1)} MB)\n`);
    record(results, 'largestSample', await medianOf(biggest, 5));
    const gexf = largest(samples.filter((f) => f.endsWith('.gexf')));
    process.stdout.write(`import-bench: largest GEXF sample ${path.relative(SHARED, gexf)}\n`);
    record(results, 'largestGexfSample', await medianOf(gexf, 5));
    if (!skipGraphology) record(results, 'largestGexfSample.graphologyGexf', await measure('graphology-gexf', gexf));
  } else process.stderr.write(`import-bench: ${SHARED} is missing; skipping the sample files\n`);

  const dir = mkdtempSync(path.join(tmpdir(), 'redthread-bench-'));
  try {
    const file = path.join(dir, 'generated-100k.gexf');
    const bytes = writeGexf(file, { nodes: 100_000, edges: 300_000, seed: 1 });
    results['import.generated100k.fileSize.MB'] = Math.round(bytes / 1e5) / 10;
    process.stdout.write(`import-bench: generated ${(bytes / 1e6).toFixed(1)} MB GEXF; Redthread importer ×${RUNS}…\n`);
    const ours = await medianOf(file, RUNS);
    record(results, 'generated100k', ours);
    // What graphology alone takes for the same counts: no importer can go under it.
    results['import.generated100k.graphologyFloor.ms'] = Math.round(await graphologyFloor(100_000, 300_000));
    if (!skipGraphology) {
      process.stdout.write('import-bench: graphology-gexf once (minutes, GBs)…\n');
      const theirs = await measure('graphology-gexf', file);
      record(results, 'generated100k.graphologyGexf', theirs);
      results['import.generated100k.speedup'] = Math.round((theirs.ms / ours.ms) * 10) / 10;
      // CPU time too: on a shared machine wall time also measures the neighbours.
      results['import.generated100k.cpuSpeedup'] = Math.round((theirs.cpuMs / ours.cpuMs) * 10) / 10;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchImport();
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  for (const [name, value] of Object.entries(results)) process.stdout.write(`${name.padEnd(width)}  ${String(value).padStart(10)}\n`);
}

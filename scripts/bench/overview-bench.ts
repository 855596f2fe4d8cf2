// Benchmark (issue #11, "beyond 10,000 nodes"): generated graphs of 200k/600k and 1M/3M
// (lean, 40 and 400 planted communities) opened to their overview. In Node, each in its own
// process (overview-child.ts) for its peak memory: import, service indexes, first view; and
// graphology's own inserts for the same counts (graphology-floor.ts).
// In the browser host (200k only unless BENCH_BROWSER_1M=1): file chosen → overview drawn,
// and the longest main-thread task meanwhile.
import { chromium } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.js';
import { writeGraphFile } from '../generate-graph.js';
import { startStaticServer } from '../serve-static.js';
import { graphologyFloor } from './graphology-floor.js';
import { median } from './stats.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = path.join(REPO, 'scripts/bench/overview-child.ts');

interface NodeRun {
  importMs: number;
  serviceMs: number;
  overviewMs: number;
  membersMs: number;
  maxRssMB: number;
  peakHeapMB: number;
  communities: number;
  modularity: number;
}

function child(file: string): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', CHILD, file], { cwd: REPO, maxBuffer: 1 << 20, timeout: 60 * 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`overview-bench: ${path.basename(file)} failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as NodeRun);
    });
  });
}

const OBSERVE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask' });
})()`;

async function inBrowser(file: string): Promise<{ firstView: number; longest: number }> {
  const server = await startStaticServer('dist/renderer', 0);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.evaluate(OBSERVE);
    const t0 = (await page.evaluate('performance.now()')) as number;
    await page.getByTestId('open-file-input').setInputFiles(file);
    await page.locator('[data-testid="overview"][data-ready="true"]').waitFor({ timeout: 60 * 60_000 });
    const t1 = (await page.evaluate('performance.now()')) as number;
    const longest = (await page.evaluate('Math.max(0, ...window.__longTasks)')) as number;
    return { firstView: t1 - t0, longest };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchOverview(runs = 1): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'redthread-overview-bench-'));
  const sizes: [string, number, number, number][] = [
    ['200k', 200_000, 600_000, 40],
    ['1m', 1_000_000, 3_000_000, 400],
  ];
  const results: Record<string, number> = {};
  try {
    for (const [name, nodes, edges, communities] of sizes) {
      const file = path.join(dir, `synthetic-${name}.json`);
      await writeGraphFile({ nodes, edges, seed: 1, lean: true, communities }, file);
      const samples: NodeRun[] = [];
      for (let i = 0; i < runs; i++) samples.push(await child(file));
      const pick = (k: keyof NodeRun) => median(samples.map((s) => s[k]));
      const key = `overview.${name}`;
      results[`${key}.import.ms`] = pick('importMs');
      results[`${key}.serviceIndexes.ms`] = pick('serviceMs');
      results[`${key}.firstView.ms`] = pick('overviewMs');
      results[`${key}.openToFirstView.ms`] = pick('importMs') + pick('serviceMs') + pick('overviewMs');
      results[`${key}.expandCommunity.ms`] = pick('membersMs');
      results[`${key}.peakRss.MB`] = pick('maxRssMB');
      results[`${key}.peakHeap.MB`] = pick('peakHeapMB');
      // The store's own inserts for these counts, under which no import goes (graphology-floor.ts).
      results[`${key}.graphologyFloor.ms`] = await graphologyFloor(nodes, edges);
      results[`${key}.communities`] = pick('communities');
      results[`${key}.modularity`] = pick('modularity');
      if (name === '200k' || process.env.BENCH_BROWSER_1M === '1') {
        const browserRuns: { firstView: number; longest: number }[] = [];
        for (let i = 0; i < runs; i++) browserRuns.push(await inBrowser(file));
        results[`renderer.${key}.openToOverview.ms`] = median(browserRuns.map((r) => r.firstView));
        results[`renderer.${key}.longestTask.ms`] = median(browserRuns.map((r) => r.longest));
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchOverview(Number(process.argv[2] ?? 1));
  for (const [k, v] of Object.entries(results)) console.log(`${k}  ${v.toFixed(1)}`);
}

// Benchmark (issue #11): opening real and generated graphs in the browser host. For each
// file: time to the first picture, time to a settled layout (on open, and a re-run with ⟳),
// the longest main-thread task (PerformanceObserver "longtask") while opening and laying
// out, and the median JavaScript time of a redraw while the user pans and zooms at fit (a
// wrapped cy.renderer().render, since headless Chromium's frame spacing says nothing), and the
// longest task while the Export dialog opens and writes a PNG of the whole graph.
// BENCH_ONLY=java,eurosis picks files; BENCH_DIST=dir serves another build (A/B of two commits).
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateGraph } from '../generate-graph.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.js';
import { startStaticServer } from '../serve-static.js';
import { sharedData } from '../../tests/shared-data.js';
import { median } from './stats.js';

const canvas = '[data-testid="graph-canvas"]';

// Strings, not functions: tsx would wrap inner arrows in a __name helper the page lacks.
const OBSERVE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push({ at: e.startTime, ms: e.duration }))).observe({ type: 'longtask' });
})()`;
// Pan and zoom as a user does (drag on the background, wheel), so Cytoscape's viewport level of
// detail applies; each redraw's JavaScript time is recorded by wrapping its render.
const RECORD_RENDERS = `(() => {
  const cy = document.querySelector('${canvas}')._cyreg.cy;
  cy.fit(undefined, 40);
  const r = cy.renderer();
  const render = r.render;
  window.__renders = [];
  r.render = function (...args) { const t = performance.now(); const out = render.apply(this, args); window.__renders.push(performance.now() - t); return out; };
  window.__stopRenders = () => { r.render = render; };
})()`;

async function panZoom(page: Page): Promise<number> {
  await page.evaluate(RECORD_RENDERS);
  const box = await page.locator(canvas).boundingBox();
  if (!box) return NaN;
  // A corner of the fitted view (40 px padding) is background, where a drag pans.
  const x = box.x + 12;
  const y = box.y + 12;
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 120, y + 60, { steps: 8 });
    await page.mouse.move(x, y, { steps: 8 });
    await page.mouse.up();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let k = 0; k < 4; k++) await page.mouse.wheel(0, i % 2 ? 120 : -120);
  }
  const times = (await page.evaluate('(window.__stopRenders(), window.__renders)')) as number[];
  return median(times);
}

async function layoutsDone(page: Page): Promise<number> {
  return Number(await page.locator(canvas).getAttribute('data-layouts-done'));
}

async function measure(page: Page, url: string, file: string) {
  await page.goto(url);
  await page.locator(`${canvas}[data-ready="true"]`).waitFor({ timeout: 60_000 });
  await page.evaluate(OBSERVE);
  const t0 = (await page.evaluate('(performance.clearMarks(), performance.now())')) as number;
  await page.getByTestId('open-file-input').setInputFiles(file);
  // Polled from outside: the page's CSP forbids the eval behind waitForFunction(string).
  while (((await page.evaluate(`performance.getEntriesByName('redthread:first-picture').length`)) as number) === 0) await page.waitForTimeout(50);
  const picture = (await page.evaluate(`performance.getEntriesByName('redthread:first-picture')[0].startTime`)) as number;
  await page.locator(`${canvas}[data-ready="true"][data-layout="settled"]`).waitFor({ timeout: 300_000 });
  const settled = (await page.evaluate('performance.now()')) as number;
  const longestOpening = (await page.evaluate(`Math.max(0, ...window.__longTasks.map((t) => t.ms))`)) as number;
  const before = await layoutsDone(page);
  const t1 = (await page.evaluate('performance.now()')) as number;
  await page.getByRole('button', { name: 'Run the layout again' }).click();
  await page.locator(`${canvas}[data-layouts-done="${before + 1}"]`).waitFor({ timeout: 300_000 });
  const relaid = (await page.evaluate('performance.now()')) as number;
  const longest = (await page.evaluate(`Math.max(0, ...window.__longTasks.map((t) => t.ms))`)) as number;
  if (process.env.BENCH_TRACE) console.log(file, JSON.stringify(await page.evaluate(`window.__longTasks.map((t) => [Math.round(t.at - ${t0}), Math.round(t.ms)])`)));
  const redraw = await panZoom(page);
  const drawn = Number(await page.locator(canvas).getAttribute('data-visible-nodes'));
  const exportLongest: Record<string, number> = {};
  for (const format of EXPORT_FORMATS) exportLongest[format] = await exportLongestTask(page, format);
  return { picture: picture - t0, settled: settled - t0, relayout: relaid - t1, longest, longestOpening, redraw, drawn, exportLongest };
}

/** Image formats whose export is timed; each is drawn or written off the UI thread except SVG. */
const EXPORT_FORMATS = ['png', 'jpeg', 'pdf', 'svg'] as const;

/** The longest task from opening the Export dialog to the file's download. */
async function exportLongestTask(page: Page, format: (typeof EXPORT_FORMATS)[number]): Promise<number> {
  // The re-run layout's hand-over and the pan/zoom redraws are over, and their long tasks reported.
  await page.locator(`${canvas}[data-ready="true"]`).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.evaluate('window.__longTasks.length = 0');
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format').selectOption(format);
  await page.getByTestId('export-measuring').waitFor({ state: 'detached', timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByTestId('export-run').click()]);
  await download.delete();
  // Close waits until the dialog has finished with the export, Escape would not.
  await page.getByTestId('export-backdrop').getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('export-backdrop').waitFor({ state: 'detached' });
  return (await page.evaluate(`Math.max(0, ...window.__longTasks.map((t) => t.ms))`)) as number;
}

export async function benchOpenFiles(runs = 1): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'redthread-bench-'));
  const generated = join(dir, 'generated-10k-30k.json');
  writeFileSync(generated, JSON.stringify(generateGraph({ nodes: 10_000, edges: 30_000, seed: 1 })));
  const files: [string, string][] = [
    ['java', sharedData('gexf/gephi-lite/Java.gexf')],
    ['eurosis', sharedData('json/graphology/eurosis.json')],
    // Labelled by an attribute whose values come from the service after the elements.
    ['airlines', sharedData('graphml/gephi-lite/airlines.graphml')],
    ['generated10k', generated],
  ];
  const server = await startStaticServer(process.env.BENCH_DIST ?? 'dist/renderer', 0);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const results: Record<string, number> = {};
  const only = process.env.BENCH_ONLY?.split(',');
  try {
    for (const [name, file] of files.filter(([n]) => !only || only.includes(n))) {
      const samples: Awaited<ReturnType<typeof measure>>[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
        samples.push(await measure(page, server.url, file));
        await page.close();
      }
      const pick = (k: Exclude<keyof (typeof samples)[number], 'exportLongest'>) => median(samples.map((s) => s[k]));
      results[`renderer.open.${name}.firstPicture.ms`] = pick('picture');
      results[`renderer.open.${name}.settled.ms`] = pick('settled');
      results[`renderer.open.${name}.relayoutSettled.ms`] = pick('relayout');
      results[`renderer.open.${name}.longestTask.ms`] = pick('longest');
      results[`renderer.open.${name}.longestTaskOpening.ms`] = pick('longestOpening');
      for (const format of EXPORT_FORMATS) {
        const label = format === 'jpeg' ? 'Jpeg' : format.charAt(0).toUpperCase() + format.slice(1);
        results[`renderer.open.${name}.export${label}LongestTask.ms`] = median(samples.map((s) => s.exportLongest[format] ?? 0));
      }
      results[`renderer.open.${name}.panZoomFrameJs.ms`] = pick('redraw');
      results[`renderer.open.${name}.drawnNodes`] = pick('drawn');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchOpenFiles(Number(process.argv[2] ?? 1));
  for (const [k, v] of Object.entries(results)) console.log(`${k}  ${v.toFixed(1)}`);
}

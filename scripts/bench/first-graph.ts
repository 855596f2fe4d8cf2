// Benchmark: time from navigation to the first placed graph (data-ready="true") in
// headless Chromium against the production renderer, median of several runs. The
// Interpol dataset opens on its saved layout; `firstLayout` is 0 when no layout ran.
// `launchLongestTask` (issue #11) is the longest main-thread task from navigation until the
// launched window has been quiet for a while: each run is a new browser profile, a first launch.
import { chromium } from '@playwright/test';
import { startStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.js';
import { median } from './stats.js';

/** Long enough for the label placement and the panels' answers after the first picture. */
const QUIET_MS = 2000;
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });`;

export async function benchFirstGraph(runs = 5): Promise<Record<string, number>> {
  const server = await startStaticServer('dist/renderer', 0);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const toReady: number[] = [];
  const layout: number[] = [];
  const longest: number[] = [];
  try {
    // One warm-up so the disk cache and Chromium's code cache are in the same state every run.
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // Before the page's own scripts: the launch's first tasks are the ones measured.
      await page.addInitScript(LONG_TASKS);
      await page.goto(server.url);
      await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
      // What follows the first picture (labels placed, panels filled) is part of the launch.
      await page.waitForTimeout(QUIET_MS);
      // A string, not a function: tsx would wrap inner arrows in a __name helper the page lacks.
      const marks = (await page.evaluate(`(() => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { ready: at('redthread:first-graph'), layoutStart: at('redthread:layout-start') };
      })()`)) as { ready: number; layoutStart: number };
      if (i > 0) {
        toReady.push(marks.ready);
        layout.push(Number.isNaN(marks.layoutStart) ? 0 : marks.ready - marks.layoutStart);
        longest.push((await page.evaluate('Math.max(0, ...window.__longTasks)')) as number);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    'renderer.interpol.navigationToReady.ms': median(toReady),
    'renderer.interpol.firstLayout.ms': median(layout),
    'renderer.interpol.launchLongestTask.ms': median(longest),
  };
}

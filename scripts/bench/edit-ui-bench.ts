// Benchmark (issue #13): the UI thread's time for one edit in the window at 10k nodes. A node is
// renamed in Details several times; for each, Chromium's sampling profiler counts the main
// thread's busy time (JavaScript and garbage collection) from Enter until the edit is on screen
// and the page is quiet, and a wrapped cy.renderer().render counts what of it was the canvas
// repainting. "Without the repaint" is the edit's own cost (service answer, view patch, React,
// canvas hooks); the repaint is Cytoscape drawing the whole 10k canvas once (issue #11's frame cost).
import { chromium } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateGraph } from '../generate-graph.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.js';
import { startStaticServer } from '../serve-static.js';
import { median } from './stats.js';

const canvas = '[data-testid="graph-canvas"]';
const RENAMES = 5;
/** Quiet time after the new name shows, for the effects and the repaint it sets off. */
const SETTLE_MS = 1500;

// A string, not a function: tsx would wrap inner arrows in a __name helper the page lacks.
const RECORD_RENDERS = `(() => {
  const r = document.querySelector('${canvas}')._cyreg.cy.renderer();
  if (!r.__timed) {
    const render = r.render;
    r.render = function (...args) { const t = performance.now(); const out = render.apply(this, args); window.__renderMs += performance.now() - t; return out; };
    r.__timed = true;
  }
  window.__renderMs = 0;
})()`;

interface Profile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

function busyMs(profile: Profile): number {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  let busy = 0;
  profile.samples.forEach((id, k) => {
    const name = names.get(id);
    if (name !== '(idle)' && name !== '(program)') busy += (profile.timeDeltas[k] ?? 0) / 1000;
  });
  return busy;
}

export async function benchEditUi(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'redthread-bench-'));
  const file = join(dir, 'generated-10k-30k.json');
  writeFileSync(file, JSON.stringify(generateGraph({ nodes: 10_000, edges: 30_000, seed: 1 })));
  const server = await startStaticServer('dist/renderer', 0);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.locator(`${canvas}[data-ready="true"]`).waitFor();
    await page.getByTestId('open-file-input').setInputFiles(file);
    await page.locator(`${canvas}[data-visible-nodes="10000"][data-layout="settled"][data-ready="true"]`).waitFor({ timeout: 900_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const withoutRepaint: number[] = [];
    const repaint: number[] = [];
    const details = page.getByTestId('details-panel');
    for (let i = 0; i < RENAMES; i++) {
      await page.getByTestId('search-input').fill(i === 0 ? 'Farid Costa 1' : `Renamed ${i - 1}`);
      await page.getByTestId('search-result').first().click();
      await details.getByTestId('edit-node').click();
      await details.getByTestId('edit-label').fill(`Renamed ${i}`);
      await page.evaluate(RECORD_RENDERS);
      await cdp.send('Profiler.start');
      await details.getByTestId('edit-label').press('Enter');
      await details.locator('h2').filter({ hasText: `Renamed ${i}` }).waitFor();
      await page.locator(`${canvas}[data-ready="true"]`).waitFor();
      await page.waitForTimeout(SETTLE_MS);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const drawn = (await page.evaluate('window.__renderMs')) as number;
      // The first rename warms the edit code paths up; the median is of the rest.
      if (i === 0) continue;
      repaint.push(drawn);
      withoutRepaint.push(Math.max(0, busyMs(profile) - drawn));
    }
    return {
      'edit in the window at 10k: UI time without the canvas repaint (ms)': median(withoutRepaint),
      'edit in the window at 10k: canvas repaint (ms)': median(repaint),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// Layouts off the UI thread: on a large view the force-directed layout runs as ForceAtlas2
// in a worker, the canvas says it is running, and the stop control ends it where it is.
import { expect, type Page, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateGraph } from '../../scripts/generate-graph.js';
import type { PreviewProbe } from '../../renderer/src/graph-view/layout-preview.js';
import { sharedData } from '../shared-data.js';

const JAVA = sharedData('gexf/gephi-lite/Java.gexf');
const JAVA_NODES = (readFileSync(JAVA, 'utf8').match(/<node /g) ?? []).length;
/**
 * A graph without positions (the real files at hand all carry theirs since #10): the layout
 * runs from quick places, long enough to stop it or drag a node.
 */
const UNPLACED_NODES = 3000;
function unplacedFile(path: string): string {
  writeFileSync(path, JSON.stringify(generateGraph({ nodes: UNPLACED_NODES, edges: 9000, seed: 3 })));
  return path;
}
const canvas = (page: Page) => page.getByTestId('graph-canvas');
/** Cytoscape keeps its instance on the container; the layout preview its probe on its canvas. */
type WithCy = { _cyreg: { cy: Core } };
type WithPreview = { _preview: PreviewProbe };

/** Set on the page: the layout worker's "settled" is held back. */
type Holding = { holdLayoutSettled?: boolean };
/**
 * Once `holdLayoutSettled` is set, the page never hears the layout worker say it has settled, so
 * the layout runs until Stop. Without this the test races the layout: on a fast machine (CI) it
 * settled between the test seeing it run and pressing Stop, and the press waited for a button that was gone.
 */
async function canHoldLayout(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const setOnMessage = Object.getOwnPropertyDescriptor(Native.prototype, 'onmessage')?.set;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== 'redthread-fa2' || !setOnMessage) return;
        Object.defineProperty(this, 'onmessage', {
          set: (handler: (event: MessageEvent) => void) => {
            setOnMessage.call(this, (event: MessageEvent<{ done?: unknown }>) => {
              if (!(event.data?.done && (window as Holding).holdLayoutSettled)) handler(event);
            });
          },
        });
      }
    };
  });
}

test('the layout runs in the background on a large view and can be stopped', async ({ page }, info) => {
  test.setTimeout(400_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await canHoldLayout(page);
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(JAVA);
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', String(JAVA_NODES), { timeout: 60_000 });
  // Java.gexf carries its own positions: it opens placed, with no layout running.
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled');
  await expect(page.getByTestId('layout-stop')).toHaveCount(0);

  // Re-run from Gephi's own ForceAtlas2 places: the picture hardly moves, so the layout settles by itself.
  await page.getByRole('button', { name: 'Run the layout again' }).click();
  await expect(canvas(page)).toHaveAttribute('data-layouts-done', '1', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled');

  await page.evaluate(() => {
    (window as Holding).holdLayoutSettled = true;
  });
  await page.getByTestId('open-file-input').setInputFiles(unplacedFile(info.outputPath('unplaced.json')));
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', String(UNPLACED_NODES), { timeout: 60_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'running', { timeout: 180_000 });
  // The window answers while it runs: the layout menu opens and the status bar is there.
  await expect(page.getByTestId('layout-select')).toBeEnabled();
  await page.getByTestId('layout-stop').click();
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('layout-stop')).toHaveCount(0);
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(UNPLACED_NODES));
  expect(errors).toEqual([]);
});

// A large view's layout is drawn on its preview (layout-preview.ts) until it ends: the user takes
// the busiest node there, drops it elsewhere, and stops the layout; the node is where it was dropped.
test('a node dragged while the layout runs stays where it was dropped', async ({ page }, info) => {
  test.setTimeout(400_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await canHoldLayout(page);
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.evaluate(() => {
    (window as Holding).holdLayoutSettled = true;
  });
  await page.getByTestId('open-file-input').setInputFiles(unplacedFile(info.outputPath('unplaced.json')));
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', String(UNPLACED_NODES), { timeout: 60_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'running', { timeout: 180_000 });
  const preview = page.getByTestId('layout-preview');
  await expect(preview).toBeVisible();
  // The preview leaves edges out, and says so.
  await expect(page.getByTestId('layout-preview-note')).toHaveText('edges and labels appear when it stops');
  const busiest = await canvas(page).evaluate((el) => (el as unknown as WithCy)._cyreg.cy.nodes().max((n) => n.degree(false)).ele.id());
  const box = await preview.boundingBox();
  let from = { x: 0, y: 0 };
  // Press where the preview draws it now; if it moved away under the pointer, try again.
  for (let attempt = 0; attempt < 10; attempt++) {
    const at = await preview.evaluate((el, id) => (el as unknown as WithPreview)._preview.renderedPositionOf(id), busiest);
    if (!at) throw new Error(`the preview does not draw ${busiest}`);
    from = { x: (box?.x ?? 0) + at.x, y: (box?.y ?? 0) + at.y };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    if ((await preview.evaluate((el) => (el as unknown as WithPreview)._preview.dragged())) === busiest) break;
    await page.mouse.up();
  }
  expect(await preview.evaluate((el) => (el as unknown as WithPreview)._preview.dragged())).toBe(busiest);
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
  await page.mouse.up();
  const dropped = await preview.evaluate((el, id) => (el as unknown as WithPreview)._preview.placeOf(id), busiest);
  await page.getByTestId('layout-stop').click();
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('layout-preview-note')).toHaveCount(0);
  const after = await canvas(page).evaluate((el, id) => (el as unknown as WithCy)._cyreg.cy.getElementById(id).position(), busiest);
  expect(Math.abs(after.x - (dropped?.x ?? NaN))).toBeLessThan(1);
  expect(Math.abs(after.y - (dropped?.y ?? NaN))).toBeLessThan(1);
  // And on screen where the pointer left it: the canvas keeps the preview's viewport.
  const rendered = await canvas(page).evaluate((el, id) => (el as unknown as WithCy)._cyreg.cy.getElementById(id).renderedPosition(), busiest);
  expect(Math.abs(rendered.x - (from.x + 60 - (box?.x ?? 0)))).toBeLessThan(2);
  expect(Math.abs(rendered.y - (from.y + 40 - (box?.y ?? 0)))).toBeLessThan(2);
  expect(errors).toEqual([]);
});

// A view drawn in full (tokyo-railways.cyjs.json: 943 stations, 860 lines) moves on the preview
// too, where a frame costs a millisecond or two, not 60-200 ms in Cytoscape: there its lines are
// drawn as well, so the user watches the railway take shape, and only the labels wait.
test('re-running the layout on tokyo-railways draws its lines on the preview, and says only the labels wait', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await canHoldLayout(page);
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(sharedData('json/cytoscape/tokyo-railways.cyjs.json'));
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', '943', { timeout: 60_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await page.evaluate(() => {
    (window as Holding).holdLayoutSettled = true;
  });
  await page.getByRole('button', { name: 'Run the layout again' }).click();
  await expect(canvas(page)).toHaveAttribute('data-layout', 'running');
  const preview = page.getByTestId('layout-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('layout-preview-note')).toHaveText('labels appear when it stops');
  // The middles of lines, away from every station's dot, are inked (places and pixels read in one task).
  const ink = await preview.evaluate((el) => {
    const probe = (el as unknown as WithPreview)._preview;
    const cy = (document.querySelector('[data-testid="graph-canvas"]') as unknown as WithCy)._cyreg.cy;
    const stations = cy.nodes().map((n) => ({ at: probe.renderedPositionOf(n.id()), r: probe.renderedRadiusOf(n.id()) ?? 0 }));
    const context = (el as HTMLCanvasElement).getContext('2d');
    let lines = 0;
    let inked = 0;
    cy.edges().forEach((e) => {
      const [s, t] = [probe.renderedPositionOf(e.source().id()), probe.renderedPositionOf(e.target().id())];
      if (!s || !t) return;
      const mid = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
      if (stations.some(({ at, r }) => at && Math.hypot(at.x - mid.x, at.y - mid.y) < r + 3)) return;
      lines++;
      const alpha = context?.getImageData(Math.floor(mid.x), Math.floor(mid.y), 1, 1).data[3] ?? 0;
      if (alpha > 0) inked++;
    });
    return { lines, inked };
  });
  expect(ink.lines, 'lines with their middle away from any station').toBeGreaterThan(100);
  expect(ink.inked, 'of them, drawn').toBe(ink.lines);
  await page.getByTestId('layout-stop').click();
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

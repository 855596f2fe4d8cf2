// Whole graphs up to 10,000 nodes (issue #11): a generated 10k-node graph without positions is
// drawn whole, its layout runs in the background until it settles, and its labels are chosen
// so that none overlaps another and none is under 9 screen pixels.
import { expect, type Page, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import type { PreviewProbe } from '../../renderer/src/graph-view/layout-preview.js';
import { writeFileSync } from 'node:fs';
import { generateGraph } from '../../scripts/generate-graph.js';

const NODES = 10_000;
const EDGES = 30_000;
const canvas = (page: Page) => page.getByTestId('graph-canvas');
/** Cytoscape keeps its instance on the container. */
type WithCy = { _cyreg: { cy: Core } };
type WithPreview = { _preview: PreviewProbe };

/** What the page saw while the elements went into the canvas, frame by frame. */
interface AddingSeen {
  /** Distinct places of node n0 on the layout preview (model x). */
  places: number[];
  /** The canvas's layout states. */
  states: (string | null)[];
  frames: number;
}

/**
 * Records, on every animation frame from now until the canvas holds `total` elements, where the
 * layout preview draws node n0 and what state the layout is in. Read in the page, frame by frame:
 * polled from the test, a fast machine added every element between two polls.
 */
const recordAdding = (page: Page, total: number) =>
  page.evaluate((total) => {
    const seen = { places: new Set<number>(), states: new Set<string | null>(), frames: 0 };
    return new Promise<AddingSeen>((resolve) => {
      const tick = () => {
        const el = document.querySelector('[data-testid="graph-canvas"]');
        const cy = (el as unknown as WithCy | null)?._cyreg?.cy;
        const added = cy ? cy.elements().length : 0;
        const preview = document.querySelector('[data-testid="layout-preview"]') as unknown as WithPreview | null;
        const x = preview?._preview.placeOf('n0')?.x;
        // The last graph's elements are there until the new one's first go in: count from n0 on.
        const ours = x !== undefined || (cy?.hasElementWithId('n0') ?? false);
        if (ours && added < total) {
          seen.frames++;
          if (x !== undefined) seen.places.add(x);
          seen.states.add(el?.getAttribute('data-layout') ?? null);
        }
        if (added >= total) resolve({ places: [...seen.places], states: [...seen.states], frames: seen.frames });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }, total);

interface LabelFacts {
  labelled: number;
  smallestPx: number;
  overlaps: number;
}

/** Labels as Cytoscape itself lays them out (its label bounds), not as the label grid estimated them. */
const labelFacts = (page: Page) =>
  canvas(page).evaluate((el): LabelFacts => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const nodes = cy.nodes('.labelled');
    const boxes = nodes.map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a && b && a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1) overlaps++;
      }
    const sizes = nodes.map((n) => parseFloat(String(n.renderedStyle('font-size'))));
    return { labelled: nodes.length, smallestPx: Math.min(...sizes), overlaps };
  });

test('a 10,000-node graph is drawn whole, laid out in the background, and its labels do not overlap', async ({ page }, info) => {
  test.setTimeout(900_000);
  const file = info.outputPath('generated-10k.json');
  writeFileSync(file, JSON.stringify(generateGraph({ nodes: NODES, edges: EDGES, seed: 1 })));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  const layoutsBefore = Number(await canvas(page).getAttribute('data-layouts-done'));
  // The layout streams its places to the preview while the elements go into the canvas (seconds
  // at 10k): the picture moves from the start, rather than standing still until they are all in.
  const adding = recordAdding(page, NODES + EDGES);
  await page.getByTestId('open-file-input').setInputFiles(file);
  const seen = await adding;
  console.log(`adding: ${seen.frames} frames, ${seen.places.length} places of n0`);
  expect(seen.places.length, 'places of n0 on the preview while the elements were being added').toBeGreaterThan(1);
  expect(seen.states, 'the layout while the elements were being added').toContain('running');
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', String(NODES), { timeout: 400_000 });
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(NODES), { timeout: 400_000 });
  // No positions in the file: the layout runs, in the background, until the picture settles, and
  // counts as done once. (The stop control is tested on a smaller graph in layout-worker.spec.ts.)
  await expect(canvas(page)).toHaveAttribute('data-layouts-done', String(layoutsBefore + 1), { timeout: 400_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled', { timeout: 400_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  const drawn = await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    return { nodes: cy.nodes().length, edges: cy.edges(':visible').length };
  });
  // Every edge is back once the layout stops (they wait while it moves a large view).
  expect(drawn).toEqual({ nodes: NODES, edges: EDGES });

  // At fit: the hubs are named, in labels of at least 9 screen pixels that never overlap.
  // Labels are placed again once the view stops moving (the fit animates): until then those of the
  // previous zoom may touch, so the test waits for a placement with none overlapping.
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await expect.poll(async () => (await labelFacts(page)).labelled, { timeout: 120_000 }).toBeGreaterThan(5);
  await expect.poll(async () => (await labelFacts(page)).overlaps, { timeout: 120_000 }).toBe(0);
  const fit = await labelFacts(page);
  expect(fit.overlaps).toBe(0);
  expect(fit.smallestPx).toBeGreaterThanOrEqual(9);
  await page.screenshot({ path: info.outputPath('10k-fit.png') });

  // Zoomed in: more labels on screen, still apart.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await labelFacts(page)).labelled, { timeout: 120_000 }).not.toBe(fit.labelled);
  await expect.poll(async () => (await labelFacts(page)).overlaps, { timeout: 120_000 }).toBe(0);
  const zoomed = await labelFacts(page);
  expect(zoomed.overlaps).toBe(0);
  expect(zoomed.smallestPx).toBeGreaterThanOrEqual(9);
  await page.screenshot({ path: info.outputPath('10k-zoomed.png') });
  expect(errors).toEqual([]);
});

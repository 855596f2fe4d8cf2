// Large views are drawn in batches (renderer/src/graph-view/batched-draw.ts) instead of by
// Cytoscape element by element. The batched picture must be the one Cytoscape would draw: both
// are drawn here into canvases of their own from the same elements and viewport, and compared
// pixel by pixel, on a generated graph with every node kind (every shape), allegation colours
// and dashed statuses, one selected node and one selected edge, two thirds of it dimmed.
import { expect, type Page, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { writeFileSync } from 'node:fs';
import { generateGraph } from '../../scripts/generate-graph.js';

const canvas = (page: Page) => page.getByTestId('graph-canvas');
type WithCy = { _cyreg: { cy: Core } };

interface Comparison {
  batchedIsInstalled: boolean;
  inkBatched: number;
  inkCytoscape: number;
  differing: number;
  pixels: number;
}

test('a large view drawn in batches looks as Cytoscape draws it', async ({ page }, info) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const file = info.outputPath('kinds-2500.json');
  writeFileSync(file, JSON.stringify(generateGraph({ nodes: 2500, edges: 6000, seed: 5 })));
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(file);
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', '2500', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled', { timeout: 240_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');

  const result = await canvas(page).evaluate((el): Comparison => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    cy.nodes()[0]?.select();
    cy.edges()[0]?.select();
    // Two thirds of it faded, as a highlighted path leaves the rest.
    cy.elements().filter((_e, i) => i % 3 > 0).addClass('dimmed');
    type Draw = (context: CanvasRenderingContext2D, eles: unknown, pxRatio: number, extent: unknown) => void;
    const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    const own = r.drawLayeredElements as Draw;
    const cytoscapes = Object.getPrototypeOf(r).drawCachedElements as Draw;
    // Cytoscape's own z-order: what its node layer draws from.
    const eles = (r.getCachedZSortedEles as () => unknown).call(r);
    const { width, height } = el.getBoundingClientRect();
    const draw = (how: Draw) => {
      const c = document.createElement('canvas');
      c.width = Math.round(width);
      c.height = Math.round(height);
      const context = c.getContext('2d') as CanvasRenderingContext2D;
      const pan = cy.pan();
      context.setTransform(cy.zoom(), 0, 0, cy.zoom(), pan.x, pan.y);
      how.call(r, context, eles, 1, cy.extent());
      return context.getImageData(0, 0, c.width, c.height).data;
    };
    const a = draw(own);
    const b = draw(cytoscapes);
    let inkBatched = 0;
    let inkCytoscape = 0;
    let differing = 0;
    for (let i = 0; i < a.length; i += 4) {
      if ((a[i + 3] as number) > 0) inkBatched++;
      if ((b[i + 3] as number) > 0) inkCytoscape++;
      let most = 0;
      for (let k = 0; k < 4; k++) most = Math.max(most, Math.abs((a[i + k] as number) - (b[i + k] as number)));
      if (most > 96) differing++;
    }
    return { batchedIsInstalled: own !== Object.getPrototypeOf(r).drawLayeredElements, inkBatched, inkCytoscape, differing, pixels: a.length / 4 };
  });
  console.log(JSON.stringify(result));
  expect(result.batchedIsInstalled).toBe(true);
  // The graph covers a good part of the canvas, in both pictures alike.
  expect(result.inkCytoscape).toBeGreaterThan(result.pixels * 0.05);
  expect(Math.abs(result.inkBatched - result.inkCytoscape)).toBeLessThan(result.inkCytoscape * 0.05);
  // Pixels that differ plainly (antialiasing and the order of overlapping lines aside).
  expect(result.differing).toBeLessThan(result.inkCytoscape * 0.025);
  expect(errors).toEqual([]);
});

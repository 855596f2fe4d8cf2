// Large views are drawn in batches (renderer/src/graph-view/batched-draw.ts) instead of by
// Cytoscape element by element. The batched picture must be the one Cytoscape would draw: both
// are drawn here into canvases of their own from the same elements and viewport, and compared
// pixel by pixel, at fit and zoomed in on a row of every shape on the screen itself, on a generated graph with every node kind (every shape), allegation colours
// and dashed statuses, one selected node and one selected edge, two thirds of it dimmed.
import { expect, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { graphCanvas, openGenerated } from './generated-graph.js';
import { NODE_KINDS } from '../../graph-data/src/schema/vocabulary.js';

const canvas = graphCanvas;
type WithCy = { _cyreg: { cy: Core } };

type Counts = Omit<Comparison, 'batchedIsInstalled'>;
type Comparing = { comparePixels(a: Uint8ClampedArray, b: Uint8ClampedArray, plain: number): Counts };

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
  await openGenerated(page, info, { nodes: 2500, edges: 6000, seed: 5 }, 240_000);

  // One comparison for both pictures below: inked pixels of each, and pixels where some channel
  // differs by more than `plain` (of 255).
  await page.evaluate(() => {
    (window as unknown as Comparing).comparePixels = (a, b, plain) => {
      let inkBatched = 0;
      let inkCytoscape = 0;
      let differing = 0;
      for (let i = 0; i < a.length; i += 4) {
        if ((a[i + 3] as number) > 0) inkBatched++;
        if ((b[i + 3] as number) > 0) inkCytoscape++;
        let most = 0;
        for (let k = 0; k < 4; k++) most = Math.max(most, Math.abs((a[i + k] as number) - (b[i + k] as number)));
        if (most > plain) differing++;
      }
      return { inkBatched, inkCytoscape, differing, pixels: a.length / 4 };
    };
  });
  const result = await canvas(page).evaluate((el): Comparison => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    // Labels are Cytoscape's to draw either way, above the rest; left out, the order of the
    // nodes under them does not count as a difference.
    cy.nodes('.labelled').removeClass('labelled');
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
    return { batchedIsInstalled: own !== Object.getPrototypeOf(r).drawLayeredElements, ...(window as unknown as Comparing).comparePixels(a, b, 96) };
  });
  console.log(JSON.stringify(result));
  // Zoomed in on a row of nodes of every kind (every shape), apart from the graph and from each
  // other, the screen itself, drawn without what lies off it, must show each shape as Cytoscape does.
  await canvas(page).evaluate((el, kinds) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const box = cy.elements().boundingBox();
    const row = cy.add(kinds.map((kind, i) => ({ group: 'nodes' as const, data: { id: `shape-${kind}`, kind, label: '', degree: 30 }, position: { x: box.x2 + 400 + i * 70, y: box.y2 + 400 }, classes: 'lod' })));
    cy.fit(row, 40);
  }, [...NODE_KINDS]);
  await page.waitForTimeout(1000);
  const zoomed = await canvas(page).evaluate((el): Comparison => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    type Draw = (context: CanvasRenderingContext2D, eles: unknown, pxRatio: number, extent: unknown) => void;
    const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    const screen = (r.data as { canvases: HTMLCanvasElement[] }).canvases[r.NODE as number] as HTMLCanvasElement;
    const eles = (r.getCachedZSortedEles as () => unknown).call(r);
    const pixelsOf = (paint: (context: CanvasRenderingContext2D) => void) => {
      const c = document.createElement('canvas');
      c.width = screen.width;
      c.height = screen.height;
      const context = c.getContext('2d') as CanvasRenderingContext2D;
      paint(context);
      return context.getImageData(0, 0, c.width, c.height).data;
    };
    const a = pixelsOf((context) => context.drawImage(screen, 0, 0));
    const b = pixelsOf((context) => {
      const pan = cy.pan();
      context.setTransform(cy.zoom(), 0, 0, cy.zoom(), pan.x, pan.y);
      (Object.getPrototypeOf(r).drawCachedElements as Draw).call(r, context, eles, 1, cy.extent());
    });
    const compared = (window as unknown as Comparing).comparePixels(a, b, 160);
    cy.remove('[id ^= "shape-"]');
    return { batchedIsInstalled: true, ...compared };
  });
  console.log(JSON.stringify(zoomed));
  expect(zoomed.inkCytoscape).toBeGreaterThan(zoomed.pixels * 0.01);
  expect(Math.abs(zoomed.inkBatched - zoomed.inkCytoscape)).toBeLessThan(zoomed.inkCytoscape * 0.05);
  // Cytoscape's own picture comes from textures, a little soft at the edges: only a plain
  // difference (a shape's colour against the background) counts.
  expect(zoomed.differing).toBeLessThan(zoomed.inkCytoscape * 0.075);
  expect(result.batchedIsInstalled).toBe(true);
  // The graph covers a good part of the canvas, in both pictures alike.
  expect(result.inkCytoscape).toBeGreaterThan(result.pixels * 0.05);
  expect(Math.abs(result.inkBatched - result.inkCytoscape)).toBeLessThan(result.inkCytoscape * 0.05);
  // Pixels that differ plainly (antialiasing and the order of overlapping lines aside).
  expect(result.differing).toBeLessThan(result.inkCytoscape * 0.025);
  expect(errors).toEqual([]);
});

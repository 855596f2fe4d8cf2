// A large view keeps the picture of its plain elements and copies it to the screen while none of
// them changed (renderer/src/graph-view/plain-layer.ts). A kept picture that missed a change
// would show the graph as it was: after each kind of change a user makes (select, deselect,
// move, fade, hide, show, remove, add, resize), the screen must be what a fresh batched drawing of
// the same elements gives, and differ from the screen before the change. The picture a layout's
// end shows is drawn ahead of its frame (PlainLayer.prepare), and must be as true.
import { expect, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { graphCanvas, openGenerated } from './generated-graph.js';
import { sharedData } from '../shared-data.js';

const canvas = graphCanvas;
type WithCy = { _cyreg: { cy: Core } };

interface Look {
  /** Pixels where the screen differs from a fresh drawing of the same elements. */
  stale: number;
  /** Pixels where the screen differs from the screen before the change. */
  changed: number;
  /** Pixels where the screen differs from the last look at it. */
  moving: number;
  inked: number;
}

test('the kept picture of a large view follows every change to its elements', async ({ page }, info) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openGenerated(page, info, { nodes: 900, edges: 1600, seed: 11 }, 180_000);

  // Keeps the screen's pixels for the next comparison, and the nodes the changes act on: plain
  // ones (unlabelled, unselected) well inside the view, with a few edges each.
  await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const box = cy.extent();
    const inside = cy.nodes().filter((n) => {
      const { x, y } = n.position();
      return !n.hasClass('labelled') && n.degree(false) >= 3 && x > box.x1 + box.w / 4 && x < box.x2 - box.w / 4 && y > box.y1 + box.h / 4 && y < box.y2 - box.h / 4;
    });
    (window as unknown as { plainNodes: string[] }).plainNodes = inside.map((n) => n.id()).slice(0, 8);
  });

  const compare = () =>
    canvas(page).evaluate((el): Look => {
      const cy = (el as unknown as WithCy)._cyreg.cy;
      type Draw = (context: CanvasRenderingContext2D, eles: unknown, pxRatio: number, extent: unknown) => void;
      const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      const screen = (r.data as { canvases: HTMLCanvasElement[] }).canvases[r.NODE as number] as HTMLCanvasElement;
      const pixelsOf = (paint: (context: CanvasRenderingContext2D) => void) => {
        const c = document.createElement('canvas');
        c.width = screen.width;
        c.height = screen.height;
        const context = c.getContext('2d') as CanvasRenderingContext2D;
        paint(context);
        return context.getImageData(0, 0, c.width, c.height).data;
      };
      const shown = pixelsOf((context) => context.drawImage(screen, 0, 0));
      // Off the screen, batched drawing draws everything afresh and keeps nothing.
      const fresh = pixelsOf((context) => {
        const pan = cy.pan();
        context.setTransform(cy.zoom(), 0, 0, cy.zoom(), pan.x, pan.y);
        const eles = (r.getCachedZSortedEles as () => unknown).call(r);
        (r.drawLayeredElements as Draw).call(r, context, eles, 1, cy.extent());
      });
      const w = window as unknown as { before?: Uint8ClampedArray; last?: Uint8ClampedArray };
      // A node that turns labelled or selected is drawn by Cytoscape over its plain picture,
      // which stays (the opaque shape covers it; only the rim of Cytoscape's softer texture
      // differs). Pixels under such nodes are left out of the comparison with a fresh drawing.
      const covered = new Uint8Array(screen.width * screen.height);
      cy.nodes()
        .filter((n) => (n as unknown as { pstyle(name: string): { strValue: string } }).pstyle('label').strValue !== '' || n.selected())
        .forEach((n) => {
          const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false } as never);
          for (let y = Math.max(0, Math.floor(b.y1) - 1); y <= Math.min(screen.height - 1, Math.ceil(b.y2) + 1); y++)
            for (let x = Math.max(0, Math.floor(b.x1) - 1); x <= Math.min(screen.width - 1, Math.ceil(b.x2) + 1); x++) covered[y * screen.width + x] = 1;
        });
      const differ = (a: Uint8ClampedArray, b: Uint8ClampedArray, mask: Uint8Array | null = null) => {
        let n = 0;
        for (let i = 0; i < a.length; i += 4) {
          if (mask?.[i / 4] === 1) continue;
          let most = 0;
          for (let k = 0; k < 4; k++) most = Math.max(most, Math.abs((a[i + k] as number) - (b[i + k] as number)));
          if (most > 48) n++;
        }
        return n;
      };
      let inked = 0;
      for (let i = 3; i < shown.length; i += 4) if ((shown[i] as number) > 0) inked++;
      const changed = w.before ? differ(shown, w.before) : 0;
      const moving = w.last ? differ(shown, w.last) : shown.length;
      w.last = shown;
      return { stale: differ(shown, fresh, covered), changed, moving, inked };
    });
  const keepAsBefore = () => page.evaluate(() => {
    const w = window as unknown as { before?: Uint8ClampedArray; last?: Uint8ClampedArray };
    w.before = w.last;
  });

  // Lets the change reach the screen (Cytoscape draws on animation frames, labels are placed
  // after a pause): looks until the screen stops changing.
  const settled = async () => {
    for (let tries = 0; ; tries++) {
      await page.waitForTimeout(300);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const look = await compare();
      if (look.moving === 0 || tries === 10) return look;
    }
  };
  const start = await settled();
  await keepAsBefore();
  expect(start.inked).toBeGreaterThan(10_000);
  expect(start.stale).toBeLessThan(50);
  // The layout's end drew the picture ahead, in slices, and the frame that replaced the preview
  // only copied it: no frame since the graph opened has drawn the plain elements itself.
  const stats = await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy as unknown as { renderer(): { plainLayer: { stats: { redraws: number; copies: number; prepared: number } } } };
    const r = cy.renderer();
    return r.plainLayer.stats;
  });
  expect(stats).toMatchObject({ redraws: 0, prepared: 1 });
  expect(stats.copies).toBeGreaterThan(0);

  const ids = await page.evaluate(() => (window as unknown as { plainNodes: string[] }).plainNodes);
  expect(ids.length).toBe(8);
  const changes = ['select a node', 'deselect it', 'move a node', 'fade the edges of a node', 'hide a node', 'show it again', 'remove a node', 'add a node and an edge', 'size a node by a measure'] as const;
  for (const name of changes) {
    await canvas(page).evaluate(
      (el, { name, ids }) => {
        const cy = (el as unknown as WithCy)._cyreg.cy;
        const node = (k: number) => cy.getElementById(ids[k] as string);
        const { w, h } = cy.extent();
        if (name === 'select a node') node(0).select();
        else if (name === 'deselect it') cy.elements(':selected').unselect();
        else if (name === 'move a node') node(1).position({ x: node(1).position('x') + w / 6, y: node(1).position('y') + h / 9 });
        else if (name === 'fade the edges of a node') node(2).connectedEdges().addClass('dimmed');
        else if (name === 'hide a node') node(3).addClass('hidden');
        else if (name === 'show it again') node(3).removeClass('hidden');
        else if (name === 'remove a node') node(4).remove();
        else if (name === 'add a node and an edge') {
          const at = node(5).position();
          cy.add([
            { group: 'nodes', data: { id: 'added', kind: 'person', label: '', degree: 1 }, position: { x: at.x + w / 8, y: at.y + h / 8 }, classes: 'lod' },
            { group: 'edges', data: { id: 'added-edge', source: 'added', target: ids[5] as string, relation: 'associate_of' }, classes: 'lod' },
          ]);
        } else node(6).data('measure', 1).addClass('sized');
      },
      { name, ids },
    );
    const look = await settled();
    await keepAsBefore();
    console.log(name, JSON.stringify(look));
    expect(look.stale, `${name}: the screen shows the elements as they are`).toBeLessThan(Math.max(10, look.changed / 20));
    expect(look.changed, `${name}: the screen changed`).toBeGreaterThan(20);
  }
  expect(errors).toEqual([]);
});

test('a re-run layout places its labels before drawing its landing frame ahead, so that frame only copies', async ({ page }, info) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openGenerated(page, info, { nodes: 900, edges: 1600, seed: 11 }, 180_000);
  const stats = () =>
    canvas(page).evaluate((el) => {
      const cy = (el as unknown as WithCy)._cyreg.cy as unknown as { renderer(): { plainLayer: { stats: { redraws: number; copies: number; prepared: number } } } };
      return { ...cy.renderer().plainLayer.stats };
    });
  const labelled = () => canvas(page).evaluate((el) => (el as unknown as WithCy)._cyreg.cy.nodes('.labelled').map((n) => n.id()).sort().join(' '));
  // The label grid's places after opening (it places them a moment after the viewport settles).
  await page.waitForTimeout(600);
  const before = await stats();
  const labelsBefore = await labelled();
  const done = Number(await canvas(page).getAttribute('data-layouts-done'));
  await page.getByRole('button', { name: 'Run the layout again' }).click();
  await expect(canvas(page)).toHaveAttribute('data-layouts-done', String(done + 1), { timeout: 180_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.waitForTimeout(600);
  const after = await stats();
  // The nodes moved, so other labels fit: the landing's picture had to be drawn with them.
  expect(await labelled()).not.toBe(labelsBefore);
  expect(after.prepared).toBe(before.prepared + 1);
  expect(after.redraws, 'no frame drew the plain elements itself').toBe(before.redraws);
  expect(errors).toEqual([]);
});

// eurosis.json brings its own colours and sizes; airlines.graphml is labelled by an attribute
// whose values come from the service after its elements, and the hand-over waits for them.
for (const { file, nodes } of [
  { file: 'json/graphology/eurosis.json', nodes: '1285' },
  { file: 'graphml/gephi-lite/airlines.graphml', nodes: '235' },
]) {
  test(`opening ${file.split('/').pop()}, no frame draws its plain elements itself: the first picture is drawn ahead under the preview`, async ({ page }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('open-file-input').setInputFiles(sharedData(file));
    await expect(canvas(page)).toHaveAttribute('data-visible-nodes', nodes, { timeout: 180_000 });
    await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 180_000 });
    // Past the label grid's wait after the framing (150 ms), and a few frames.
    await page.waitForTimeout(1500);
    const stats = await canvas(page).evaluate((el) => {
      const cy = (el as unknown as WithCy)._cyreg.cy as unknown as { renderer(): { plainLayer: { stats: { redraws: number; copies: number; prepared: number } } } };
      return { ...cy.renderer().plainLayer.stats };
    });
    // While the preview is still up, the file's looks are applied (in slices), the labels placed,
    // and the picture drawn ahead, once; Cytoscape draws nothing until then. Had the first frame
    // come before (a task of 233 ms), or anything changed the plain elements after the picture
    // (labels placed once more), or the hand-over given up waiting for the looks (its fallback
    // draws nothing ahead), a frame would have drawn them all itself.
    expect(stats.prepared, JSON.stringify(stats)).toBe(1);
    expect(stats.redraws, JSON.stringify(stats)).toBe(0);
    expect(stats.copies).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });
}

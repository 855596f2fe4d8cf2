// The label grid on a real file (Java.gexf, 1,538 nodes whose hubs have hundreds of edges):
// showing or hiding a node's label leaves its edges' paths as they were (renderer/src/graph-view/
// label-only.ts), and a hub that really moved still takes its edges along.
import { expect, type Page, test } from '@playwright/test';
import type { Core, NodeSingular } from 'cytoscape';
import { sharedData } from '../shared-data.js';
import { overlappingNodes } from './node-overlaps.js';

const JAVA = sharedData('gexf/gephi-lite/Java.gexf');
const canvas = (page: Page) => page.getByTestId('graph-canvas');
type WithCy = { _cyreg: { cy: Core } };

test.describe.configure({ timeout: 180_000 });

test('labels placed after a zoom recompute no edge path, and a moved hub’s edges follow it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(JAVA);
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', '1538', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await page.waitForTimeout(600);

  // Counts the edges Cytoscape recomputes from here on, and notes which nodes are labelled.
  const labelled = () => canvas(page).evaluate((el) => (el as unknown as WithCy)._cyreg.cy.nodes('.labelled').map((n) => n.id()).sort());
  await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const r = (cy as unknown as { renderer(): unknown }).renderer() as { recalculateRenderedStyle(eles: { isEdge(): boolean }[], useCache?: boolean): void };
    const recalc = r.recalculateRenderedStyle;
    const w = window as unknown as { edgesRecomputed: number };
    w.edgesRecomputed = 0;
    r.recalculateRenderedStyle = function (eles, useCache) {
      for (const e of eles) if (e.isEdge() && !(e as unknown as { _private: { rstyle: { clean?: boolean } } })._private.rstyle.clean) w.edgesRecomputed++;
      return recalc.call(this, eles, useCache);
    };
  });
  const before = await labelled();
  const hubEdges = await canvas(page).evaluate((el) =>
    (el as unknown as WithCy)._cyreg.cy
      .nodes()
      .map((n) => n.degree(false))
      .sort((a, b) => b - a)
      .slice(0, 10)
      .reduce((sum, d) => sum + d, 0),
  );
  expect(hubEdges).toBeGreaterThan(1_000);

  // An animation that ends where it began (centring on a search hit already in the middle) places
  // no label anew: at 10k that placement took 40 ms of the UI thread, from the edit that followed.
  const placements = () => page.evaluate(() => performance.getEntriesByName('redthread:label-grid').length);
  const placedBefore = await placements();
  const viewportEvents = await canvas(page).evaluate(async (el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    let events = 0;
    cy.on('viewport', () => events++);
    await new Promise<void>((done) => cy.animate({ pan: { ...cy.pan() }, zoom: cy.zoom() }, { duration: 200, complete: done }));
    return events;
  });
  expect(viewportEvents, 'the animation moved the viewport in place').toBeGreaterThan(0);
  await page.waitForTimeout(600);
  expect(await placements(), 'placements after a viewport that ended where it began').toBe(placedBefore);

  // Zooming in on the middle: more labels fit, and the grid places them when the zoom ends.
  // (Zoomed from code: a pointer over the canvas would hover an edge, which restyles others.)
  await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await expect.poll(labelled, { timeout: 30_000 }).not.toEqual(before);
  await page.waitForTimeout(600);
  const after = await labelled();
  const changed = after.filter((id) => !before.includes(id)).length + before.filter((id) => !after.includes(id)).length;
  expect(changed).toBeGreaterThan(5);
  // Before label-only.ts, each labelled hub queued every one of its edges.
  expect(await page.evaluate(() => (window as unknown as { edgesRecomputed: number }).edgesRecomputed)).toBeLessThan(50);

  // A labelled hub dragged away: its edges must end where it now is.
  const hub = await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const n = cy
      .nodes('.labelled')
      .sort((a, b) => b.degree(false) - a.degree(false))
      .first() as unknown as NodeSingular;
    return { id: n.id(), from: n.position(), at: n.renderedPosition(), edges: n.connectedEdges().length };
  });
  expect(hub.edges).toBeGreaterThan(20);
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the canvas has no box');
  await page.mouse.move(box.x + hub.at.x, box.y + hub.at.y);
  await page.mouse.down();
  await page.mouse.move(box.x + hub.at.x + 120, box.y + hub.at.y + 90, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(600);
  const moved = await canvas(page).evaluate((el, hub) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const n = cy.getElementById(hub.id);
    const at = n.position();
    // Straight edges end on the node's shape: no farther from its centre than its size.
    const reach = n.outerWidth();
    const away = n.connectedEdges().filter((e) => {
      const end = e.source().id() === hub.id ? e.sourceEndpoint() : e.targetEndpoint();
      return Math.hypot(end.x - at.x, end.y - at.y) > reach;
    }).length;
    return { distance: Math.hypot(at.x - hub.from.x, at.y - hub.from.y), reach, away };
  }, hub);
  expect(moved.distance, 'the hub moved farther than its own size').toBeGreaterThan(moved.reach);
  expect(moved.away, 'edges still ending where the hub was').toBe(0);
  expect(errors).toEqual([]);
});

interface ShownLabels {
  labelled: number;
  /** Every shown label has a finite, non-empty box. */
  finite: boolean;
  /** Pairs of shown labels that overlap. */
  overlaps: number;
  texts: string[];
}

/**
 * The labels on the canvas, measured with Cytoscape's own label bounds made afresh (the cached ones
 * of a label that was empty until lately are NaN, and overlap nothing).
 */
const shownLabels = (page: Page) =>
  canvas(page).evaluate((el): ShownLabels => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const labelled = cy.nodes('.labelled');
    labelled.forEach((n) => (n as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache());
    const boxes = labelled.map((n) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = 0; j < i; j++) {
        const [a, b] = [boxes[i], boxes[j]] as [(typeof boxes)[number], (typeof boxes)[number]];
        // Cytoscape's bounds take 2 px of margin on each side: touching is allowed, overlapping is not.
        if (a.x1 + 2 < b.x2 - 2 && a.x2 - 2 > b.x1 + 2 && a.y1 + 2 < b.y2 - 2 && a.y2 - 2 > b.y1 + 2) overlaps++;
      }
    }
    const texts = labelled.map((n) => (n as unknown as { pstyle(name: string): { strValue: string } }).pstyle('label').strValue);
    return { labelled: labelled.length, finite: boxes.every((b) => Number.isFinite(b.w) && b.w > 0), overlaps, texts };
  });

/** Opens a file from ../shared/data and waits until its view is drawn, laid out and ready. */
async function openShared(page: Page, file: string, nodes: string): Promise<void> {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(sharedData(file));
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', nodes, { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'settled', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
}

// airlines.graphml has no labels: the Appearance labels it by an attribute ("LIT(lngx=…)"), whose
// values come from the service after the elements. Its labels were placed for the ids, then drawn
// with the long texts: 106 labels, 408 pairs of them overlapping.
for (const { file, nodes } of [
  { file: 'graphml/gephi-lite/airlines.graphml', nodes: '235' },
  { file: 'gexf/gephi-lite/Java.gexf', nodes: '1538' },
]) {
  test(`no two labels overlap on ${file.split('/').pop()} when it opens`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openShared(page, file, nodes);
    // Past the label grid's wait after the framing (150 ms), and a few frames.
    await page.waitForTimeout(1500);
    const shown = await shownLabels(page);
    expect(shown.labelled, 'some labels are shown').toBeGreaterThan(10);
    expect(shown.finite, 'every shown label has a size').toBe(true);
    expect(shown.overlaps, `overlapping pairs among ${shown.labelled} labels`).toBe(0);
    if (file.includes('airlines')) expect(shown.texts.every((t) => /^[A-Z]{3}\(lngx=/.test(t)), shown.texts.slice(0, 5).join(' | ')).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('labels are placed again for their new texts when the Appearance labels a large view by another attribute', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openShared(page, 'graphml/gephi-lite/airlines.graphml', '235');
  const long = async () => (await shownLabels(page)).texts.filter((t) => t.includes('lngx')).length;
  const withTooltips = await shownLabels(page);
  await page.getByTestId('side-tab-appearance').click();
  // The node ids, a few characters each: more of them fit (placed again at once, or at the next zoom).
  await page.getByTestId('appearance-label-by').selectOption('builtin:label');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    cy.zoom({ level: cy.zoom() * 1.05, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await expect.poll(async () => (await shownLabels(page)).labelled, { timeout: 30_000 }).toBeGreaterThan(withTooltips.labelled);
  // Back to the long texts: placed for the ids, they would overlap.
  await page.getByTestId('appearance-label-by').selectOption('attr:tooltip');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect.poll(long, { timeout: 30_000 }).toBeGreaterThan(10);
  await page.waitForTimeout(1000);
  const back = await shownLabels(page);
  expect(back.overlaps, `overlapping pairs among ${back.labelled} labels`).toBe(0);
  expect(errors).toEqual([]);
});

// A label shown again at another zoom gets a new font size; Cytoscape kept its old label bounds,
// and drew it from a texture of that size: after a re-run on eurosis.json (zoom 0.31 to 0.20),
// about ten hubs' labels were drawn clipped at both ends ("onal Academy of Sci").
test('after a re-run, every label is drawn from bounds of its current size', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openShared(page, 'json/graphology/eurosis.json', '1285');
  const done = Number(await canvas(page).getAttribute('data-layouts-done'));
  await page.getByRole('button', { name: 'Run the layout again' }).click();
  await expect(canvas(page)).toHaveAttribute('data-layouts-done', String(done + 1), { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const stale = await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const only = { includeNodes: false, includeEdges: false, includeLabels: true } as never;
    const out: string[] = [];
    cy.nodes('.labelled').forEach((n) => {
      const cached = n.boundingBox(only).w;
      (n as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
      const fresh = n.boundingBox(only).w;
      if (Math.abs(cached - fresh) > 1) out.push(`${n.id()}: ${Math.round(cached)} drawn, ${Math.round(fresh)} needed`);
    });
    return { labelled: cy.nodes('.labelled').length, out };
  });
  expect(stale.labelled, 'some labels are shown').toBeGreaterThan(10);
  expect(stale.out, 'labels whose bounds are of another size').toEqual([]);
  expect(errors).toEqual([]);
});

// tokyo-railways.cyjs.json: 943 stations and 860 lines, drawn in full (no level of detail). Its
// re-run layout moved every node in Cytoscape frame after frame, each frame a task of 60–200 ms
// (edge paths, bounds and label textures made again); and laid out, its labels were a pile.
test('re-running the layout on tokyo-railways moves it on the preview, spreads its stations, then places its labels apart', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openShared(page, 'json/cytoscape/tokyo-railways.cyjs.json', '943');
  await canvas(page).evaluate((el) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const seen = { moves: new Map<string, number>(), preview: false };
    Object.assign(window, { seen });
    cy.on('position', 'node', (e) => seen.moves.set(e.target.id(), (seen.moves.get(e.target.id()) ?? 0) + 1));
    new MutationObserver(() => {
      seen.preview ||= document.querySelector('[data-testid="layout-preview"]') !== null;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const done = Number(await canvas(page).getAttribute('data-layouts-done'));
  await page.getByRole('button', { name: 'Run the layout again' }).click();
  await expect(canvas(page)).toHaveAttribute('data-layouts-done', String(done + 1), { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  const run = await page.evaluate(() => {
    const { seen } = window as unknown as { seen: { moves: Map<string, number>; preview: boolean } };
    return { preview: seen.preview, moved: seen.moves.size, mostMoves: Math.max(0, ...seen.moves.values()) };
  });
  expect(run.preview, 'the layout was drawn on the preview').toBe(true);
  // The places go into Cytoscape once, when the layout lands.
  expect(run.moved, 'stations moved by the layout').toBeGreaterThan(900);
  expect(run.mostMoves, 'moves of one station in the canvas').toBe(1);
  // Spread so that its lines show between the stations, and pushed apart where they still pile up:
  // ForceAtlas2's own scale drew 41-unit stations 18 units apart, 1,636 pairs of them over each
  // other (the file's own layout: 871).
  const overlapping = await overlappingNodes(page);
  expect(overlapping, 'pairs of stations drawn over each other').toBe(0);
  await page.waitForTimeout(1500);
  const shown = await shownLabels(page);
  expect(shown.labelled, 'some labels are shown').toBeGreaterThan(30);
  expect(shown.overlaps, `overlapping pairs among ${shown.labelled} labels`).toBe(0);
  expect(errors).toEqual([]);
});

// Papercuts of the core loop: dialogs close on Escape and on a press outside and give the
// focus back; a path search frames the path; the Filters header agrees with the canvas in
// Focus; long filter labels are readable; the window has a favicon.
import { expect, type Page, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { sharedData } from '../shared-data.js';
import { label } from './interpol-graph.js';

const canvas = (page: Page) => page.getByTestId('graph-canvas');

async function open(page: Page) {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
}

async function pick(page: Page, testId: string, query: string, id: string, resultId = `${testId}-result`) {
  await page.getByTestId(testId).fill(query);
  await page.getByTestId(resultId).filter({ hasText: label(id) }).first().click();
}

/** Which of `ids` Cytoscape draws inside the visible frame (its instance is registered on the container). */
async function inFrame(page: Page, ids: string[]): Promise<string[]> {
  return canvas(page).evaluate((el, wanted) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const ext = cy.extent();
    return wanted.filter((id) => {
      const p = cy.getElementById(id).position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
  }, ids);
}

test('the source viewer: focus moves in, Escape closes it and gives the focus back to the quote; a press outside closes it', async ({ page }) => {
  await open(page);
  await pick(page, 'search-input', 'Prokopchuk', 'alexander-prokopchuk', 'search-result');
  const quote = page.getByTestId('evidence-quote').first();
  await quote.click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer).toBeVisible();
  await expect.poll(() => viewer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(quote).toBeFocused();
  // Escape closed only the viewer: the selection behind it stays.
  await expect(page.getByTestId('details-panel').locator('h2')).toHaveText(label('alexander-prokopchuk'));

  await quote.click();
  await expect(viewer).toBeVisible();
  await page.mouse.click(5, 450);
  await expect(viewer).toHaveCount(0);
});

test('the CSV mapping dialog closes on a press outside and on Escape, leaving the open graph as it was', async ({ page }) => {
  await open(page);
  const nodes = await page.getByTestId('graph-status').getAttribute('data-nodes');
  const files = [sharedData('csv/icij-panama-papers-mini/Officers_mini.csv'), sharedData('csv/icij-panama-papers-mini/all_edges_mini.csv')];
  const dialog = page.getByTestId('csv-mapping');
  await page.getByTestId('open-file-input').setInputFiles(files);
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.mouse.click(5, 5);
  await expect(dialog).toHaveCount(0);

  await page.getByTestId('open-file-input').setInputFiles(files);
  await expect(dialog).toBeVisible();
  // Escape works wherever the focus is, not only inside the dialog.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', nodes ?? '');
});

test('after a path search the view frames the path', async ({ page }) => {
  await open(page);
  // Zoomed into one corner first: most of the graph is out of frame.
  for (let i = 0; i < 8; i++) await page.keyboard.press('+');
  await page.getByTestId('side-tab-paths').click();
  await pick(page, 'path-from', 'Browder', 'bill-browder');
  await pick(page, 'path-to', 'Prokopchuk', 'alexander-prokopchuk');
  await page.getByTestId('path-run').click();
  const hops = page.getByTestId('path-hop');
  await expect(hops.first()).toBeVisible();
  const edges = await hops.evaluateAll((items) => items.map((li) => li.getAttribute('data-edge') ?? ''));
  const ends = await canvas(page).evaluate((el, ids) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    return [...new Set(ids.flatMap((id) => [cy.getElementById(id).source().id(), cy.getElementById(id).target().id()]))];
  }, edges);
  expect(ends.length).toBe(edges.length + 1);
  await expect.poll(() => inFrame(page, ends)).toEqual(ends);
});

test('in Focus, the Filters header counts what the canvas shows', async ({ page }) => {
  await open(page);
  await pick(page, 'search-input', 'Prokopchuk', 'alexander-prokopchuk', 'search-result');
  await page.getByTestId('action-focus').click();
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  const nodes = Number(await canvas(page).getAttribute('data-visible-nodes'));
  const edges = Number(await canvas(page).getAttribute('data-visible-edges'));
  await expect(page.getByTestId('filter-status')).toHaveText(`${nodes} nodes · ${edges} edges on screen`);
  // And with a filter on: the Person box counts the people on screen.
  await page.locator('.filter-group[data-group="kinds"] > summary').click();
  await page.getByTestId('filter-kind-none').click();
  await page.getByTestId('filter-kind-person').check();
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  const people = await canvas(page).getAttribute('data-visible-nodes');
  await expect(page.getByTestId('filter-kind-person')).toHaveAttribute('data-count', people ?? '');
  await expect(page.getByTestId('filter-status')).toContainText(`${people} node`);
});

test('long filter labels are readable: nothing cut, the full name in a tooltip', async ({ page }) => {
  await open(page);
  await page.locator('.filter-group[data-group="claimants"] > summary').click();
  await page.locator('.filter-group[data-group="relations"] > summary').click();
  const labels = page.locator('.filter-group .filter-label');
  await expect(labels.first()).toBeVisible();
  const cut = await labels.evaluateAll((items) =>
    items.filter((el) => el.scrollWidth > el.clientWidth + 1 || !(el.closest('label')?.title ?? '').startsWith(el.textContent ?? '')).map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
});

test('the window has a favicon', async ({ page, request }) => {
  await open(page);
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(new URL(href ?? '', page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

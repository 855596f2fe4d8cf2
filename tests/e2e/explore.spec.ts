// The foundation walk-through in the browser host: search → select → details with
// quotes → source with highlight → focus → expand → focus depth 2 → back → forward.
import { expect, type Page, test } from '@playwright/test';
import { counts, egoSet, interpol, label, neighbours } from './interpol-graph.js';

const canvas = (page: Page) => page.getByTestId('graph-canvas');

async function expectCanvas(page: Page, expected: { nodes: number; edges: number }) {
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(expected.nodes));
  await expect(canvas(page)).toHaveAttribute('data-visible-edges', String(expected.edges));
}

async function searchAndChoose(page: Page, query: string, expectedLabel: string) {
  await page.getByTestId('search-input').fill(query);
  const exact = new RegExp(`^${expectedLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const result = page.getByTestId('search-result').filter({ has: page.locator('.hit-label', { hasText: exact }) });
  await expect(result).toHaveCount(1);
  await result.click();
  await expect(page.getByTestId('details-panel').locator('h2')).toHaveText(expectedLabel);
}

test('opens on the whole Interpol network', async ({ page }) => {
  await page.goto('/');
  await expectCanvas(page, { nodes: interpol.nodes.length, edges: interpol.edges.length });
  await expect(page.getByTestId('status-bar')).toContainText(`${interpol.nodes.length} nodes, ${interpol.edges.length} edges`);
});

test('search is case- and accent-insensitive and finds aliases', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('search-input').fill('HONGWEI MENG');
  await expect(page.getByTestId('search-result').first()).toContainText(label('meng-hongwei'));
  await page.getByTestId('search-input').fill('zzzz-nobody');
  await expect(page.getByTestId('search-result')).toHaveCount(0);
  await expect(page.locator('.search-empty')).toContainText('No match');
});

test('traverses the network and back through history', async ({ page }) => {
  await page.goto('/');
  await expectCanvas(page, counts(new Set(interpol.nodes.map((n) => n.key))));

  // Search and select: the details panel shows the evidence quotes.
  const prokopchuk = 'alexander-prokopchuk';
  await searchAndChoose(page, 'prokop', label(prokopchuk));
  const node = interpol.nodes.find((n) => n.key === prokopchuk);
  const quotes = page.getByTestId('evidence-quote');
  await expect(quotes).toHaveCount(node?.attributes.evidence.length ?? -1);
  const firstQuote = node?.attributes.evidence[0]?.quote ?? '';
  await expect(quotes.first()).toContainText(firstQuote);

  // A quote opens the source with that passage marked.
  await quotes.first().click();
  await expect(page.getByTestId('source-viewer').locator('mark')).toHaveText(firstQuote);
  await expect(page.getByTestId('source-viewer').locator('mark')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('source-viewer')).toHaveCount(0);

  // Focus on the ego network at depth 1.
  await page.getByTestId('action-focus').click();
  const ego1 = egoSet(prokopchuk, 1);
  await expectCanvas(page, counts(ego1));

  // Expand a neighbour that brings new nodes in.
  const toExpand = [...ego1].find((id) => id !== prokopchuk && [...neighbours(id)].some((n) => !ego1.has(n)));
  if (!toExpand) throw new Error('no neighbour of Prokopchuk has neighbours outside his ego network');
  await searchAndChoose(page, label(toExpand), label(toExpand));
  await page.getByTestId('action-expand').click();
  const expanded = new Set([...ego1, ...neighbours(toExpand)]);
  await expectCanvas(page, counts(expanded));

  // Focus at depth 2 on the expanded node.
  await page.getByTestId('focus-depth').fill('2');
  await page.getByTestId('action-focus').click();
  const ego2 = egoSet(toExpand, 2);
  await expectCanvas(page, counts(ego2));

  // Back restores the expanded view; forward the depth-2 focus; Alt+Left works too.
  await page.getByTestId('history-back').click();
  await expectCanvas(page, counts(expanded));
  await page.getByTestId('history-forward').click();
  await expectCanvas(page, counts(ego2));
  await page.getByTestId('search-input').blur();
  await page.keyboard.press('Alt+ArrowLeft');
  await expectCanvas(page, counts(expanded));
  await expect(page.getByTestId('history-forward')).toBeEnabled();
});

test('hides and removes nodes, and switches layouts', async ({ page }) => {
  await page.goto('/');
  const all = counts(new Set(interpol.nodes.map((n) => n.key)));
  await expectCanvas(page, all);
  const russia = 'russia';
  await searchAndChoose(page, label(russia), label(russia));
  await page.getByTestId('action-hide').click();
  const withoutRussia = counts(new Set(interpol.nodes.map((n) => n.key).filter((k) => k !== russia)));
  await expectCanvas(page, withoutRussia);
  await page.getByTestId('show-hidden').click();
  await expectCanvas(page, all);

  for (const layout of ['concentric', 'breadthfirst', 'circle', 'grid', 'fcose']) {
    await page.getByTestId('layout-select').selectOption(layout);
    await expectCanvas(page, all);
  }
});

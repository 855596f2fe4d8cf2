// Issue 10: the data table holds a generated 100,000-node graph while only the rows in sight
// exist in the page, and its last row is reached with the keyboard.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateGraph } from '../../scripts/generate-graph.js';

const NODES = 100_000;

test('100,000 rows: data-rows counts them all, a few dozen row elements exist, End reaches the last', async ({ page }) => {
  test.setTimeout(240_000);
  const graph = generateGraph({ nodes: NODES, edges: 20_000, seed: 5 });
  const file = join(mkdtempSync(join(tmpdir(), 'redthread-100k-')), 'synthetic-100k.json');
  writeFileSync(file, JSON.stringify(graph));
  const last = graph.nodes.at(-1)?.key ?? '?';

  await page.goto('/');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(file);
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', String(NODES), { timeout: 120_000 });
  await page.getByTestId('data-table-toggle').click();
  const table = page.getByTestId('data-table');
  await expect(table).toHaveAttribute('data-rows', String(NODES), { timeout: 60_000 });
  const rows = page.getByTestId('data-table-row');
  await expect(rows.first()).toHaveAttribute('data-id', graph.nodes[0]?.key ?? '?');
  expect(await rows.count()).toBeLessThan(100);

  // Keyboard to the end: the last row of the file is drawn, and still only a few dozen exist.
  await rows.first().click();
  await page.keyboard.press('End');
  // The last page comes from the service, which may still be building the graph's indexes on a
  // loaded machine (seen: over 15 s at load 20): a wait, not a speed check.
  await expect(page.locator(`[data-testid="data-table-row"][aria-rowindex="${NODES + 1}"]`)).toHaveAttribute('data-id', last, { timeout: 90_000 });
  expect(await rows.count()).toBeLessThan(100);
  // Scrolling back to the middle fetches that page from the service.
  await page.getByTestId('data-table-grid').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  const middle = page.locator(`[data-testid="data-table-row"][data-id="${graph.nodes[NODES / 2]?.key ?? '?'}"]`);
  await expect(middle).toHaveCount(1);
});

// Imports keep what the file says, in the browser host: an undirected GEXF (Gephi Lite's Les
// Misérables) is drawn without arrowheads, exported as SVG without them, and listed as one
// undirected group per relation; a file over an import budget says which, and opens with a
// higher limit when the user asks. Expectations come from the files, read with plain code.
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interpol } from './interpol-graph.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = process.env.REDTHREAD_SAMPLES ?? join(repoRoot, '..', 'shared', 'data');
const LES_MIS = join(SAMPLES, 'gexf/gephi-lite/Les_Miserables.gexf');

const lesMis = readFileSync(LES_MIS, 'utf8');
const count = (re: RegExp) => (lesMis.match(re) ?? []).length;

const canvas = (page: Page) => page.getByTestId('graph-canvas');
const status = (page: Page) => page.getByTestId('graph-status');

async function start(page: Page) {
  await page.goto('/');
  await expect(status(page)).toHaveAttribute('data-nodes', String(interpol.nodes.length));
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
}

test('an undirected GEXF is drawn, exported and listed without direction', async ({ page }) => {
  // What the file says: the graph's default edge type, and no edge that overrides it.
  expect(lesMis).toMatch(/defaultedgetype="undirected"/);
  expect(lesMis).not.toMatch(/<edge[^>]*\stype="directed"/);
  const edges = count(/<edge\s/g);
  await start(page);
  await page.getByTestId('open-file-input').setInputFiles(LES_MIS);
  await expect(status(page)).toHaveAttribute('data-edges', String(edges));
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');

  // Valjean, the best-connected character: one group per relation, none with an arrow.
  const valjean = /<node id="([^"]+)" label="Valjean"/.exec(lesMis)?.[1];
  if (!valjean) throw new Error('Les_Miserables.gexf has no Valjean');
  const degree = count(new RegExp(`<edge[^>]*(source|target)="${valjean}"`, 'g'));
  await page.getByTestId('search-input').fill('Valjean');
  await page.getByTestId('search-result').filter({ hasText: 'Valjean' }).first().click();
  const details = page.getByTestId('details-panel');
  await expect(details.locator('h2')).toHaveText('Valjean');
  const groups = details.locator('.neighbour-group h4');
  await expect(groups).toHaveCount(1);
  await expect(groups).toHaveText('— related to —');
  await expect(details.locator('.neighbour-group li')).toHaveCount(degree);
  await expect(details).not.toContainText('←');
  await expect(details).not.toContainText('→');

  // The SVG of the view: every edge drawn, none with an arrowhead.
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format').selectOption('svg');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg.match(/<g class="edge"/g) ?? []).toHaveLength(edges);
  expect(svg).not.toContain('class="arrow"');
});

test('a file over an import budget names it, and opens with a higher limit when asked', async ({ page }) => {
  await start(page);
  // 1,200 nested <title>s: a few kilobytes over the nesting budget of 1,000 levels.
  const gexf = `<gexf version="1.3"><meta>${'<title>t'.repeat(1_200)}${'</title>'.repeat(1_200)}</meta><graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;
  await page.getByTestId('open-file-input').setInputFiles({ name: 'nested.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('nested.gexf');
  await expect(error).toContainText('the limit is 1,000 (maxDepth)');
  await expect(status(page)).toHaveAttribute('data-nodes', String(interpol.nodes.length));
  await page.getByTestId('import-retry-higher-limit').click();
  await expect(status(page)).toHaveAttribute('data-nodes', '2');
  await expect(status(page)).toHaveAttribute('data-edges', '1');
  await expect(page.getByTestId('import-error')).toHaveCount(0);
});

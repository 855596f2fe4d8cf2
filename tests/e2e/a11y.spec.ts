// Accessibility: axe-core (dev-only, MPL-2.0) checks the main screen, the Export dialog, an
// open error, the Paths panel with a result, and a new case (its question and empty canvas). No serious or critical violation may remain.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';
import { sharedData } from '../shared-data.js';
import { label } from './interpol-graph.js';
import { editableCopy } from './editable-copy.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

async function open(page: Page) {
  await page.goto('/');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('filter-allegation-red_notice_abuse')).toBeVisible();
}

test('the main screen', async ({ page }) => {
  await open(page);
  expect(await violations(page)).toEqual([]);
});

test('the Export dialog', async ({ page }) => {
  await open(page);
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('an open error (a malformed file)', async ({ page }) => {
  await open(page);
  await page.getByTestId('open-file-input').setInputFiles(sharedData('graphml/igraph-tests/malformed/invalid1.graphml'));
  await expect(page.getByTestId('import-error')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the Paths panel with a path found', async ({ page }) => {
  await open(page);
  await page.getByTestId('side-tab-paths').click();
  await page.getByTestId('path-from').fill('Browder');
  await page.getByTestId('path-from-result').filter({ hasText: label('bill-browder') }).first().click();
  await page.getByTestId('path-to').fill('Prokopchuk');
  await page.getByTestId('path-to-result').filter({ hasText: label('alexander-prokopchuk') }).first().click();
  await page.getByTestId('path-run').click();
  await expect(page.getByTestId('path-hop').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the main screen with picked allegations and the filter help open', async ({ page }) => {
    await open(page);
    await page.getByTestId('filter-allegation-none').click();
    await page.getByTestId('filter-allegation-red_notice_abuse').check();
    await page.getByTestId('filter-context').selectOption('1');
    await page.getByTestId('filter-help').locator('summary').click();
    await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`sources, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('the add-source dialog with a web page read, and the Sources tab searched with a source\'s details open', async ({ page }) => {
      await open(page);
      await editableCopy(page);
      await page.getByTestId('add-source').click();
      await page.getByTestId('source-file-input').setInputFiles(new URL('../../graph-data/src/io/source-files/fixtures/article.html', import.meta.url).pathname);
      await expect(page.getByTestId('source-file-status')).toHaveAttribute('data-status', 'read');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('side-tab-sources').click();
      await page.getByTestId('sources-search').fill('minister');
      await expect(page.getByTestId('source-row')).toHaveCount(1);
      await page.getByTestId('source-row').locator('summary').click();
      expect(await violations(page)).toEqual([]);
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`a new case, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('the unsaved-edits question, then the empty case with its first step', async ({ page }) => {
      await open(page);
      await editableCopy(page);
      await page.getByTestId('new-case').click();
      await expect(page.getByTestId('unsaved-dialog')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId('unsaved-discard').click();
      await expect(page.getByTestId('empty-case')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

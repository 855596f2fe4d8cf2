// The header search finds the person you meant: a surname puts the person before the group
// named after them, a Cyrillic spelling or a typo still finds them, and word order is free.
// Labels come from graph.json.
import { expect, type Page, test } from '@playwright/test';
import { label } from './interpol-graph.js';

async function firstHits(page: Page, query: string, testId = 'search-input'): Promise<string[]> {
  await page.getByTestId(testId).fill(query);
  const hits = page.getByTestId(`${testId === 'search-input' ? 'search-result' : `${testId}-result`}`).locator('.hit-label');
  await expect(hits.first()).toBeVisible();
  return hits.allTextContents();
}

test('a surname, a Cyrillic spelling, a typo and a reversed name all put Alexander Prokopchuk first', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  const person = label('alexander-prokopchuk');
  const group = label('prokopchuk-critics');
  expect((await firstHits(page, 'Prokopchuk')).slice(0, 2)).toEqual([person, group]);
  await expect.poll(async () => (await firstHits(page, 'Прокопчук'))[0]).toBe(person);
  await expect.poll(async () => (await firstHits(page, 'Prokopchk'))[0]).toBe(person);
  await expect.poll(async () => (await firstHits(page, 'Prokopchuk Alexander'))[0]).toBe(person);
  await expect.poll(async () => (await firstHits(page, 'Hongwei Meng'))[0]).toBe(label('meng-hongwei'));
  // Enter takes the first suggestion: the details are the person's.
  await page.getByTestId('search-input').fill('Prokopchuk');
  await expect(page.getByTestId('search-result').first()).toHaveText(new RegExp(person));
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('details-panel').locator('h2')).toHaveText(person);
});

test('a path search typed as a surname starts from the person', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await page.getByTestId('side-tab-paths').click();
  expect((await firstHits(page, 'Prokopchuk', 'path-from'))[0]).toBe(label('alexander-prokopchuk'));
});

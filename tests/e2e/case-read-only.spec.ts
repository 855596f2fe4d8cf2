// The shipped Interpol case opens read-only (issue #13): the UI says "Read-only — Save a copy",
// nothing can be added to it, and "Save a copy" makes an editable, unsaved case under a new name
// that saves as its own file. Closing with unsaved edits asks first (beforeunload).
// The case's name comes from graph.json, the counts from the canvas before the copy.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { interpol } from './interpol-graph.js';

const NAME = interpol.attributes.name;
const canvas = (page: Page) => page.locator('[data-testid="graph-canvas"][data-ready="true"]');
const counts = async (page: Page) => [Number(await canvas(page).getAttribute('data-visible-nodes')), Number(await canvas(page).getAttribute('data-visible-edges'))];

test('the shipped case is read-only; Save a copy makes an editable, unsaved case that saves as its own file', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  const before = await counts(page);
  const controls = page.getByRole('toolbar', { name: 'Case' });
  await expect(controls.getByTestId('save-copy')).toHaveText('Read-only — Save a copy');
  await expect(controls.getByTestId('read-only')).toBeVisible();
  // Nothing to add to, undo or save: the one way to edit is the copy.
  await expect(controls.getByTestId('add-source')).toHaveCount(0);
  await expect(controls.getByTestId('save-case')).toHaveCount(0);
  await expect(page.getByTestId('export-button')).toBeInViewport();
  await expect(page).toHaveTitle(`${NAME} — Redthread`);
  await page.screenshot({ path: 'test-results/case-read-only.png' });

  await controls.getByTestId('save-copy').click();
  await expect(controls.getByTestId('read-only')).toHaveCount(0);
  await expect(page).toHaveTitle(`• ${NAME} (copy) — Redthread`);
  await expect(page.getByTestId('export-button')).toBeInViewport();
  await page.screenshot({ path: 'test-results/case-copy.png' });
  await expect(controls.getByTestId('save-case')).toHaveAttribute('data-unsaved', 'true');
  await expect(controls.getByTestId('add-source')).toBeEnabled();
  // The copy is the same graph, with nothing to undo.
  expect(await counts(page)).toEqual(before);
  await expect(controls.getByTestId('undo-button')).toBeDisabled();

  const [download] = await Promise.all([page.waitForEvent('download'), controls.getByTestId('save-case').click()]);
  expect(download.suggestedFilename()).toBe(`${NAME} (copy).redthread`);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { name: string; graph: { nodes: unknown[] } };
  expect(saved.name).toBe(`${NAME} (copy)`);
  expect(saved.graph.nodes).toHaveLength(interpol.nodes.length);
  await expect(page).toHaveTitle(`${NAME} (copy) — Redthread`);
  await expect(controls.getByTestId('save-case')).toHaveAttribute('data-unsaved', 'false');

  // Opening the shipped case again brings back the read-only original.
  await page.getByTestId('open-default').click();
  await expect(controls.getByTestId('read-only')).toBeVisible();
  await expect(page).toHaveTitle(`${NAME} — Redthread`);

  // The saved copy opens editable, under its own name.
  await page.getByTestId('open-file-input').setInputFiles(await download.path());
  await expect(page).toHaveTitle(`${NAME} (copy) — Redthread`);
  await expect(controls.getByTestId('add-source')).toBeEnabled();
  await expect(controls.getByTestId('read-only')).toHaveCount(0);
});

test('closing the tab with unsaved edits asks first (beforeunload); a saved case closes without asking', async ({ page, context }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await page.getByTestId('save-copy').click();
  await expect(page).toHaveTitle(/^• /);
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  // Dismissed: the page stays open with its edits.
  expect(page.isClosed()).toBe(false);
  await expect(page).toHaveTitle(/^• /);

  const other = await context.newPage();
  await other.goto('/');
  await expect(canvas(other)).toBeVisible();
  let dialogs = 0;
  other.on('dialog', (dialog) => {
    dialogs++;
    void dialog.accept();
  });
  // With runBeforeUnload, close() does not wait for the page to go: wait for it.
  await Promise.all([other.waitForEvent('close'), other.close({ runBeforeUnload: true })]);
  expect(other.isClosed()).toBe(true);
  expect(dialogs).toBe(0);
});

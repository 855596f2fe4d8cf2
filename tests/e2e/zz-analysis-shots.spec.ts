// Scratch: screenshots of the analysis panels in light and dark (deleted before hand-off).
import { expect, test } from '@playwright/test';

for (const scheme of ['light', 'dark'] as const) {
  test(`shots ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const canvas = page.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('filter-allegation-intelligence_ties').uncheck();
    await page.getByTestId('filter-status-alleged').isVisible();
    await expect(canvas).toHaveAttribute('data-visible-nodes', '69');
    await page.getByTestId('side-tab-paths').click();
    await page.getByTestId('path-from').fill('Browder');
    await page.getByTestId('path-from-result').first().click();
    await page.getByTestId('path-to').fill('Prokopchuk');
    await page.getByTestId('path-to-result').first().click();
    await page.locator('.filter-group[data-group="relations"] > summary').click();
    await page.getByTestId('filter-relation-opposes').uncheck();
    await page.getByTestId('path-run').click();
    await expect(page.getByTestId('path-hop').first()).toBeVisible();
    await expect(canvas).toHaveAttribute('data-ready', 'true');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shot-${scheme}-paths.png` });
    await page.getByTestId('side-tab-measures').click();
    await page.getByTestId('measure-select').selectOption('betweenness');
    await page.getByTestId('measure-communities').check();
    await expect(page.getByTestId('community-legend')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByTestId('side-tab-measures').click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shot-${scheme}-measures.png` });
    await page.getByTestId('side-tab-views').click();
    await page.getByTestId('view-name').fill('Demo');
    await page.getByTestId('view-save').click();
    await page.screenshot({ path: `/tmp/shot-${scheme}-views.png` });
    await page.locator('.filter-group[data-group="kinds"] > summary').click();
    await page.getByTestId('filter-kind-none').click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shot-${scheme}-empty.png` });
  });
}

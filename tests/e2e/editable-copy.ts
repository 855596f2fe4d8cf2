// The shipped case opens read-only (issue #13): e2e tests that edit work on its editable copy.
import { expect, type Page } from '@playwright/test';

export async function editableCopy(page: Page): Promise<void> {
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
  await page.getByTestId('save-copy').click();
  await expect(page.getByTestId('add-source')).toBeEnabled();
}

// The header at common laptop widths: every control in it is drawn whole (inside the header,
// inside the window, its text not cut), in light and dark, also with one more button in the
// case toolbar (a "New case" button is coming) — the regression was Export… pushed out of a
// 1280 px window and the search box squeezed at 1400 px.
import { expect, type Page, test } from '@playwright/test';

const ready = (page: Page) => expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();

/** Controls of the header drawn partly outside it or the window, or whose own text is cut. */
async function clipped(page: Page): Promise<string[]> {
  return page.locator('header.app-header').evaluate((header) => {
    const outer = header.getBoundingClientRect();
    const bad: string[] = [];
    if (header.scrollWidth > header.clientWidth) bad.push(`header scrolls: ${header.scrollWidth} > ${header.clientWidth}`);
    for (const el of header.querySelectorAll<HTMLElement>('button, select, input:not([type="file"]), h1')) {
      const box = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
      if (box.width === 0) continue;
      if (box.left < outer.left || box.right > outer.right || box.top < outer.top || box.bottom > outer.bottom) bad.push(`${name} at ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(outer.left)}–${Math.round(outer.right)}`);
      if (box.right > window.innerWidth) bad.push(`${name} past the window`);
      if (el.tagName === 'BUTTON' && el.scrollWidth > el.clientWidth + 1) bad.push(`${name} text cut: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return bad;
  });
}

for (const [width, height] of [
  [1280, 800],
  [1400, 900],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${width}×${height} ${scheme}: every header control is whole, also with one more case button`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await ready(page);
      await expect(page.getByTestId('save-copy')).toBeVisible();
      expect(await clipped(page)).toEqual([]);
      // The search box keeps a usable width.
      expect((await page.getByTestId('search-input').boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(width >= 1400 ? 180 : 120);
      // Room for one more button ("New case") beside the case controls.
      await page.locator('.case-controls').evaluate((bar) => {
        const extra = document.createElement('button');
        extra.type = 'button';
        extra.textContent = 'New case';
        bar.prepend(extra);
      });
      expect(await clipped(page)).toEqual([]);
    });
  }
}

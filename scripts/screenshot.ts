// Regenerates docs/screenshot.png (the README's picture): the production renderer in
// headless Chromium, Bill Browder selected. Run after `npm run build:renderer`.
import { chromium } from '@playwright/test';
import { startStaticServer } from './serve-static.js';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.js';

const out = process.argv[2] ?? 'docs/screenshot.png';
const server = await startStaticServer('dist/renderer', 0);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  await page.goto(server.url);
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.getByTestId('search-input').fill('browder');
  await page.getByTestId('search-result').first().click();
  await page.getByTestId('details-panel').locator('h2').waitFor();
  await page.getByTestId('search-input').blur();
  // Choosing a result centres on it with a 250 ms animation; let it settle.
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`screenshot: wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}

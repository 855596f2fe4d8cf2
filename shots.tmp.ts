import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.js';
import { startStaticServer } from './scripts/serve-static.js';
const server = await startStaticServer('dist/renderer', 0);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const d = '/work/shared/data/';
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme: scheme });
  await page.goto(server.url);
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  await page.getByTestId('open-file-input').setInputFiles([d + 'csv/icij-panama-papers-mini/Officers_mini.csv', d + 'csv/icij-panama-papers-mini/all_edges_mini.csv']);
  await page.getByTestId('csv-mapping').waitFor();
  await page.screenshot({ path: `/tmp/shot-mapping-${scheme}.png` });
  await page.getByTestId('csv-mapping-confirm').click();
  await page.getByTestId('import-warnings').waitFor();
  await page.getByTestId('import-warnings').locator('summary').click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-warnings-${scheme}.png` });
  await page.getByTestId('open-file-input').setInputFiles(d + 'graphml/igraph-tests/malformed/invalid1.graphml');
  await page.getByTestId('import-error').waitFor();
  await page.getByTestId('recent-toggle').click();
  await page.screenshot({ path: `/tmp/shot-error-${scheme}.png` });
  await page.getByTestId('recent-toggle').click();
  // Drop overlay
  const dt = await page.evaluateHandle(() => { const t = new DataTransfer(); t.items.add(new File(['x'], 'a.gexf')); return t; });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await page.screenshot({ path: `/tmp/shot-drop-${scheme}.png` });
  await page.dispatchEvent('body', 'dragleave', { dataTransfer: dt });
  // Progress: a big generated GEXF
  const nodes = Array.from({ length: 60000 }, (_, i) => `<node id="n${i}" label="Node ${i}"/>`).join('');
  const edges = Array.from({ length: 120000 }, (_, i) => `<edge id="e${i}" source="n${i % 60000}" target="n${(i * 7 + 1) % 60000}"/>`).join('');
  await page.getByTestId('open-file-input').setInputFiles({ name: 'big.gexf', mimeType: 'application/xml', buffer: Buffer.from(`<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`) });
  await page.getByTestId('open-progress').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shot-progress-${scheme}.png` });
  await page.getByTestId('open-cancel').click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-cancelled-${scheme}.png` });
  console.log(scheme, await page.getByTestId('graph-status').getAttribute('data-nodes'), await page.title());
  await page.close();
}
await browser.close();
await server.close();

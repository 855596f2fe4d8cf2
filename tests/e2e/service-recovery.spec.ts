// The browser host survives its graph worker crashing: the user is told, the graph that
// was open comes back from the file it was opened from, and the service answers again —
// twice in a row. The worker is crashed through the ?test-hooks=1 hook (an uncaught error
// in the worker, as a real crash would raise).
import { expect, type Page, test } from '@playwright/test';
import { interpol } from './interpol-graph.js';

// A small GEXF written here: 40 people in a ring, so the counts are known without a parser.
const PEOPLE = Array.from({ length: 40 }, (_, i) => `Witness ${String(i + 1).padStart(2, '0')}`);
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>
${PEOPLE.map((label, i) => `<node id="n${i}" label="${label}"/>`).join('\n')}
</nodes><edges>
${PEOPLE.map((_, i) => `<edge id="e${i}" source="n${i}" target="n${(i + 1) % PEOPLE.length}"/>`).join('\n')}
</edges></graph></gexf>`;
const expected = { nodes: PEOPLE.length, edges: PEOPLE.length, label: PEOPLE[17] ?? '?' };
const file = { name: 'witnesses.gexf', mimeType: 'application/xml', buffer: Buffer.from(GEXF) };

const status = (page: Page) => page.getByTestId('graph-status');
const notice = (page: Page) => page.getByTestId('service-notice');

test('a crashed graph worker is replaced twice, each time reopening the file the user had open', async ({ page }) => {
  await page.goto('/?test-hooks=1');
  await expect(status(page)).toHaveAttribute('data-nodes', String(interpol.nodes.length));
  await page.getByTestId('open-file-input').setInputFiles(file);
  await expect(status(page)).toHaveAttribute('data-nodes', String(expected.nodes));
  await expect(status(page)).toHaveAttribute('data-edges', String(expected.edges));

  for (let round = 1; round <= 2; round++) {
    await page.evaluate(() => window.__redthreadCrashWorker?.());
    await expect(notice(page)).toHaveAttribute('data-state', 'restarted');
    await expect(notice(page)).toHaveAttribute('data-lost', 'false');
    await expect(notice(page)).toContainText('The graph service stopped (the graph worker crashed (test hook)) and was restarted.');
    await expect(notice(page)).toContainText('“witnesses.gexf” was reopened');
    // The graph on screen is still the file's, and the new worker answers for it.
    await expect(status(page)).toHaveAttribute('data-nodes', String(expected.nodes));
    await page.getByTestId('search-input').fill(expected.label);
    await expect(page.getByTestId('search-result').first()).toContainText(expected.label);
    await page.getByTestId('search-input').fill('');
    if (round === 1) {
      await notice(page).getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice(page)).toHaveCount(0);
    }
  }
  await page.screenshot({ path: test.info().outputPath('service-notice.png') });
});

// Appearance in the browser host: a Gephi file keeps its own colours on screen and in an SVG
// export, colouring by an attribute gives a legend of its classes with their counts, and the
// legend lists only what the graph uses. Expectations come from the files, read with plain code.
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sharedData } from '../shared-data.js';
import { interpol } from './interpol-graph.js';

const JAVA = sharedData('gexf/gephi-lite/Java.gexf');
// The graphology copy of Les Misérables has no modularity_class; Gephi Lite's has it (and cooccurrence).
const LES_MIS = sharedData('gexf/gephi-lite/Les_Miserables.gexf');

const canvas = (page: Page) => page.getByTestId('graph-canvas');
const status = (page: Page) => page.getByTestId('graph-status');

async function open(page: Page, file: string, nodes: number) {
  await page.goto('/');
  await expect(status(page)).toHaveAttribute('data-nodes', String(interpol.nodes.length));
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(file);
  // Java.gexf takes seconds to open and draw on a busy machine.
  await expect(status(page)).toHaveAttribute('data-nodes', String(nodes), { timeout: 60_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

test.describe.configure({ timeout: 180_000 });

/** Each <node>'s id and the text of its body (up to </node>), read with a regular expression. */
function gexfNodes(text: string): { id: string; body: string }[] {
  return [...text.matchAll(/<node id="([^"]+)"[^>]*>([\s\S]*?)<\/node>/g)].map((m) => ({ id: m[1] as string, body: m[2] as string }));
}

test('a Gephi file is drawn in its own colours, and an SVG export of the view has them', async ({ page }) => {
  const nodes = gexfNodes(readFileSync(JAVA, 'utf8'));
  const expected = new Map<string, string>();
  for (const { id, body } of nodes) {
    const c = /<viz:color r="(\d+)" g="(\d+)" b="(\d+)"/.exec(body);
    if (c) expected.set(id, `rgb(${c[1]},${c[2]},${c[3]})`);
  }
  expect(expected.size).toBe(nodes.length);
  await open(page, JAVA, nodes.length);

  // The file has no kinds, so colour is the file's own, and the legend says so (no allegations here).
  const legend = page.getByTestId('legend');
  await expect(legend.getByTestId('legend-colour-title')).toHaveText('Colour: the file’s own');
  await expect(legend.getByTestId('legend-statuses')).toHaveCount(0);
  await expect(legend.getByTestId('legend-allegations')).toHaveCount(0);
  await page.getByTestId('side-tab-appearance').click();
  await expect(page.getByTestId('appearance-color-by')).toHaveValue('file');
  // The file's colours reach the 9,500 elements in slices: the canvas says when they all have.
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');

  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format').selectOption('svg');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  const drawn = [...svg.matchAll(/<g class="node" data-id="([^"]+)"[^>]*><(?:ellipse|path)[^>]*?fill="([^"]+)"/g)].map((m) => [m[1] as string, (m[2] as string).replace(/\s/g, '')]);
  expect(drawn.length).toBe(nodes.length);
  const wrong = drawn.filter(([id, fill]) => expected.get(id as string) !== fill);
  expect(wrong.slice(0, 5)).toEqual([]);
});

test('colouring Les Misérables by modularity_class gives a legend of its classes with their counts', async ({ page }) => {
  const nodes = gexfNodes(readFileSync(LES_MIS, 'utf8'));
  const counts = new Map<string, number>();
  for (const { body } of nodes) {
    const value = /<attvalue for="modularity_class" value="([^"]+)"/.exec(body)?.[1] ?? '(none)';
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  expect(counts.size).toBeGreaterThan(3);
  await open(page, LES_MIS, nodes.length);

  await page.getByTestId('side-tab-appearance').click();
  const colourBy = page.getByTestId('appearance-color-by');
  await expect(colourBy.locator('option', { hasText: 'modularity_class' })).toHaveCount(1);
  await colourBy.selectOption({ label: 'modularity_class' });

  const classes = page.getByTestId('legend').getByTestId('legend-class');
  await expect(classes).toHaveCount(counts.size);
  const shown = await classes.evaluateAll((items) => items.map((li) => [li.getAttribute('data-value'), Number(li.getAttribute('data-count'))]));
  expect(new Map(shown as [string, number][])).toEqual(counts);
  // Most frequent class first, and the visible count text agrees.
  const largest = [...counts.values()].sort((a, b) => b - a)[0];
  await expect(classes.first().locator('.count')).toHaveText(String(largest));
  // The panel lists the same classes, each colour editable.
  await expect(page.getByTestId('appearance-panel').getByTestId('legend-class')).toHaveCount(counts.size);
  await expect(page.getByTestId('appearance-panel').locator('input[type="color"]')).toHaveCount(counts.size);
});

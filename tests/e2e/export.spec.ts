// Export from the dialog in the browser host: every format downloads a file that a real
// reader opens — decoded PNG with the asked size, background and text chunks; an SVG of
// true vectors; a PDF whose text holds the caption and the numbered quotes; data files
// with every node and edge. Expectations come from graph.json, not from the exporters.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { csvRowCount, readCsvZip, readJpeg, readPdf, readPng, readSvg } from '../export/read-outputs.js';
import { interpol } from './interpol-graph.js';

interface RawEdge {
  key: string;
  attributes: { allegation?: { type: string }; evidence: { quote: string }[] };
}
const allegationEdges = (interpol.edges as unknown as RawEdge[]).filter((e) => e.attributes.allegation);
const datasetName = interpol.attributes.name;
const LIGHT_BG = [0xf8, 0xfa, 0xfc, 255];

async function open(page: Page) {
  await page.goto('/');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

async function exportFile(page: Page, format: string, setup?: () => Promise<unknown>): Promise<{ name: string; bytes: Uint8Array }> {
  await page.getByTestId('export-format').selectOption(format);
  await setup?.();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  await expect(page.getByTestId('export-status')).toContainText('Saved');
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

async function shownSize(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('export-size').textContent()) ?? '';
  const m = /([\d,]+) × ([\d,]+) px/.exec(text);
  if (!m) throw new Error(`no size in "${text}"`);
  return [Number(m[1]?.replace(/,/g, '')), Number(m[2]?.replace(/,/g, ''))];
}

test('PNG: the size the dialog promised, solid or transparent background, metadata chunks', async ({ page }) => {
  await open(page);
  await page.getByTestId('export-format').selectOption('png');
  await page.getByTestId('export-scale').selectOption('2');
  const size = await shownSize(page);
  const solid = await exportFile(page, 'png');
  expect(solid.name).toMatch(/^interpol-2018-\d{4}-\d{2}-\d{2}\.png$/);
  const png = readPng(solid.bytes);
  expect([png.width, png.height]).toEqual(size);
  expect(png.at(0, 0)).toEqual(LIGHT_BG);
  expect(png.distinctColours).toBeGreaterThan(20);
  expect(png.text.Title).toBe(datasetName);
  expect(png.text.Source).toContain('Source: UK and US launch last-ditch bid');
  expect(png.text.Description).toContain('Whole graph');

  const clear = readPng((await exportFile(page, 'png', () => page.getByTestId('export-background').selectOption('transparent'))).bytes);
  expect(clear.at(0, 0)[3]).toBe(0);
  expect(clear.distinctColours).toBeGreaterThan(20);
});

test('JPEG: encoded at the promised size with the metadata comment', async ({ page }) => {
  await open(page);
  await page.getByTestId('export-format').selectOption('jpeg');
  await page.getByTestId('export-scale').selectOption('1');
  const size = await shownSize(page);
  const jpeg = readJpeg((await exportFile(page, 'jpeg')).bytes);
  expect([jpeg.width, jpeg.height]).toEqual(size);
  expect(jpeg.comment).toContain(`Title: ${datasetName}`);
});

test('SVG: one vector shape per visible node, labels as text, no bitmap', async ({ page }) => {
  await open(page);
  const file = await exportFile(page, 'svg');
  expect(file.name).toMatch(/\.svg$/);
  const svg = readSvg(new TextDecoder().decode(file.bytes));
  expect(svg.nodes).toHaveLength(interpol.nodes.length);
  expect(svg.edges).toHaveLength(interpol.edges.length);
  expect(svg.images).toBe(0);
  const labels = new Set(svg.texts);
  // Short labels are never cut by the 120 px ellipsis.
  for (const n of interpol.nodes.filter((x) => x.attributes.label.length <= 12)) expect(labels).toContain(n.attributes.label);
  expect(svg.texts.join(' ')).toContain(datasetName);
  expect(svg.metadata[0]).toContain('Whole graph');
});

test('PDF: caption, legend and the numbered sources with their quotes', async ({ page }) => {
  await open(page);
  const pdf = await readPdf((await exportFile(page, 'pdf')).bytes);
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain(datasetName);
  expect(pdf.flat).toContain('Source: UK and US launch last-ditch bid');
  expect(pdf.text).toContain('Sources of the numbered allegations');
  expect(pdf.flat).toContain(`${allegationEdges.length}. `);
  expect(pdf.flat).not.toContain(`${allegationEdges.length + 1}. `);
  // Quotes may wrap across lines; compare with whitespace folded.
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  for (const edge of allegationEdges.slice(0, 5)) expect(pdf.flat).toContain(fold(edge.attributes.evidence[0]?.quote ?? ''));
  expect(pdf.info.Title).toBe(datasetName);
});

test('data formats: every node and edge, from the whole graph or only the view', async ({ page }) => {
  await open(page);
  const json = JSON.parse(new TextDecoder().decode((await exportFile(page, 'json')).bytes)) as { nodes: unknown[]; edges: unknown[] };
  expect([json.nodes.length, json.edges.length]).toEqual([interpol.nodes.length, interpol.edges.length]);

  const gexf = new TextDecoder().decode((await exportFile(page, 'gexf')).bytes);
  expect(gexf.match(/<node /g)).toHaveLength(interpol.nodes.length);
  expect(gexf.match(/<edge /g)).toHaveLength(interpol.edges.length);
  expect(gexf).toContain('<viz:position');

  const graphml = new TextDecoder().decode((await exportFile(page, 'graphml')).bytes);
  expect(graphml.match(/<node /g)).toHaveLength(interpol.nodes.length);

  const zip = await exportFile(page, 'csv');
  expect(zip.name).toMatch(/\.zip$/);
  const files = readCsvZip(zip.bytes);
  expect(csvRowCount(files['nodes.csv'] ?? '')).toBe(interpol.nodes.length);
  expect(csvRowCount(files['edges.csv'] ?? '')).toBe(interpol.edges.length);
});

test('the current view only: a focused ego network exports just its nodes', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await page.getByTestId('search-input').fill('prokop');
  await page.getByTestId('search-result').first().click();
  await page.getByTestId('action-focus').click();
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  const visible = Number(await page.getByTestId('graph-canvas').getAttribute('data-visible-nodes'));
  expect(visible).toBeLessThan(interpol.nodes.length);
  await page.getByTestId('export-button').click();
  const json = JSON.parse(new TextDecoder().decode((await exportFile(page, 'json', () => page.getByTestId('export-scope-view').check())).bytes)) as { nodes: unknown[] };
  expect(json.nodes).toHaveLength(visible);
});

test('a running export can be cancelled: nothing is downloaded', async ({ page }) => {
  await open(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('export-scale').selectOption('4');
  await page.evaluate(() => {
    // Press Cancel the moment it appears, from inside the page (no round trip to race the export).
    const observer = new MutationObserver(() => {
      const cancel = document.querySelector<HTMLButtonElement>('[data-testid="export-cancel"]');
      if (!cancel) return;
      observer.disconnect();
      cancel.click();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector<HTMLButtonElement>('[data-testid="export-run"]')?.click();
  });
  await expect(page.getByTestId('export-status')).toHaveText('Export cancelled; nothing was saved.');
  expect(downloads).toBe(0);
  // The dialog is usable again.
  await expect(page.getByTestId('export-run')).toBeEnabled();
});

// Exports that say what they show: the caption names the view's scope (a focus, not
// "Whole graph"); every label is whole; PDF numbers sit beside labels; Cyrillic stays
// text in a PDF with an embedded font and CJK is drawn as a picture with a warning;
// the Export dialog takes the focus, gives it back, and closes on Escape or a click outside.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { readPdf, readSvg } from '../export/read-outputs.js';
import { interpol } from './interpol-graph.js';

const ready = (page: Page) => expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();

async function exportFile(page: Page, format: string): Promise<Uint8Array> {
  await page.getByTestId('export-format').selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  await expect(page.getByTestId('export-status')).toContainText('Saved');
  return new Uint8Array(readFileSync(await download.path()));
}

test('the Export dialog takes the focus, keeps Tab inside, gives the focus back, closes on Escape and outside', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const opener = page.getByTestId('export-button');
  const dialog = page.getByTestId('export-dialog');
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-format')).toBeFocused();
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="export-dialog"]')))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  await expect(dialog).toBeVisible();
  await page.getByTestId('export-backdrop').click({ position: { x: 4, y: 4 } });
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a Focus view exports with a caption naming the focus and its depth, not "Whole graph"', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByTestId('search-input').fill('Alexander Prokopchuk');
  await page.getByTestId('search-result').filter({ hasText: /^Alexander Prokopchuk/ }).first().click();
  await page.getByTestId('action-focus').click();
  await ready(page);
  const visible = Number(await page.getByTestId('graph-canvas').getAttribute('data-visible-nodes'));
  expect(visible).toBeLessThan(interpol.nodes.length);
  await page.getByTestId('export-button').click();
  const svg = readSvg(new TextDecoder().decode(await exportFile(page, 'svg')));
  expect(svg.nodes).toHaveLength(visible);
  const caption = svg.metadata[0] ?? '';
  expect(caption).toContain('Focus on Alexander Prokopchuk at depth 1');
  expect(caption).toContain(`${visible} nodes`);
  expect(caption).not.toContain('Whole graph');
  const pdf = await readPdf(await exportFile(page, 'pdf'));
  expect(pdf.flat).toContain('Focus on Alexander Prokopchuk at depth 1');
  expect(pdf.info.Subject).toContain('Focus on Alexander Prokopchuk at depth 1');
});

test('SVG and PDF carry every label whole (long ones wrapped), and PDF numbers never sit on a label', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByTestId('export-button').click();
  const svg = readSvg(new TextDecoder().decode(await exportFile(page, 'svg')));
  const labels = interpol.nodes.map((n) => n.attributes.label);
  expect(svg.nodeLabels.sort()).toEqual([...labels].sort());
  expect(svg.texts.join(' ')).not.toContain('…');

  const pdf = await readPdf(await exportFile(page, 'pdf'));
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  // Wrapped lines come out as separate runs: the folded page text holds each label whole.
  for (const label of labels.filter((l) => l.length > 20)) expect(fold(pdf.text)).toContain(label);
  const numbers = pdf.items.filter((i) => /^\d+$/.test(i.str) && i.y2 - i.y1 < 9);
  expect(numbers.length).toBeGreaterThan(5);
  const words = pdf.items.filter((i) => /\p{L}/u.test(i.str) && i.y2 - i.y1 < 14 && !/^\d+\. /.test(i.str));
  for (const n of numbers) {
    const r = 5.5;
    const cx = (n.x1 + n.x2) / 2;
    const cy = (n.y1 + n.y2) / 2;
    const over = words.find((w) => cx - r < w.x2 && cx + r > w.x1 && cy - r < w.y2 && cy + r > w.y1);
    expect(over?.str, `badge ${n.str} on a label`).toBeUndefined();
  }
});

test('PDF: a Cyrillic name is text in an embedded font subset; a CJK name is a picture, and the dialog says so', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const graph = {
    attributes: { name: 'Scripts' },
    nodes: [
      { key: 'a', attributes: { label: 'Александр Прокопчук' } },
      { key: 'b', attributes: { label: 'Ιντερπόλ' } },
      { key: 'c', attributes: { label: '孟宏伟' } },
    ],
    edges: [
      { key: 'e1', source: 'a', target: 'b' },
      { key: 'e2', source: 'b', target: 'c' },
    ],
  };
  await page.getByTestId('open-file-input').setInputFiles({ name: 'scripts.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-visible-nodes', '3');
  await ready(page);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format').selectOption('pdf');
  await expect(page.getByTestId('export-note')).toContainText('“孟宏伟”');
  await expect(page.getByTestId('export-note')).toContainText('drawn as pictures');
  const bytes = await exportFile(page, 'pdf');
  await expect(page.getByTestId('export-status')).toContainText('not searchable or copyable');
  const pdf = await readPdf(bytes);
  // Once each: a label is not also written a second time (as a stroked halo would be).
  expect(pdf.flat.split('Александр Прокопчук')).toHaveLength(2);
  expect(pdf.flat.split('Ιντερπόλ')).toHaveLength(2);
  expect(pdf.text).not.toContain('孟宏伟');
  expect(pdf.text).not.toContain('?');

  const doc = await PDFDocument.load(bytes);
  const fonts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type'))?.toString() === '/FontDescriptor' && obj.get(PDFName.of('FontFile2'))) fonts.push(obj.get(PDFName.of('FontName'))?.toString() ?? '');
  }
  expect(fonts.some((f) => f.startsWith('/NotoSans-Regular'))).toBe(true);
});

test('after a path search, the export caption names the highlighted path', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('p');
  for (const [box, query, label] of [['path-from', 'Browder', 'Bill Browder'], ['path-to', 'Prokopchuk', 'Alexander Prokopchuk']] as const) {
    await page.getByTestId(box).fill(query);
    await page.getByTestId(`${box}-result`).filter({ has: page.locator('.hit-label', { hasText: new RegExp(`^${label}$`) }) }).click();
  }
  await page.getByTestId('path-run').click();
  await expect(page.getByTestId('path-hop').first()).toBeVisible();
  const hops = await page.getByTestId('path-hop').count();
  expect(hops).toBeGreaterThan(0);
  await page.getByTestId('export-button').click();
  const svg = readSvg(new TextDecoder().decode(await exportFile(page, 'svg')));
  expect(svg.metadata[0]).toContain(`Whole graph; Path from Bill Browder to Alexander Prokopchuk highlighted (${hops} ${hops === 1 ? 'hop' : 'hops'})`);
});

// Editing a case from the window (issue #13, "Edit anything"): rename and re-alias a node in
// Details and find it by its new names, edit a relationship, change an allegation's status citing
// a later source and read the history, delete a node after its preview, and have a cited source's
// deletion refused with the count of what cites it. Expected values come from graph.json and the
// texts the test pastes, never from the app.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { readPdf } from '../export/read-outputs.js';
import { editableCopy } from './editable-copy.js';
import { interpol, label } from './interpol-graph.js';
import { addSource, addSourceAndClaim, canvas, PARAGRAPH, selectInSource, SENTENCE, SOURCE_TITLE, visibleEdges, visibleNodes } from './case-steps.js';

const PROKOPCHUK = 'alexander-prokopchuk';

async function openNode(page: Page, query: string, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId('search-result').filter({ hasText: name }).first().click();
  await expect(page.getByTestId('details-panel').locator('h2')).toHaveText(name);
}

test('a node renamed and re-aliased in Details shows its new name there and in search; Escape cancels; undo restores', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  const details = page.getByTestId('details-panel');
  const original = label(PROKOPCHUK);
  await openNode(page, 'Prokopchuk', original);

  // Escape leaves the node as it was.
  await details.getByTestId('edit-node').click();
  await details.getByTestId('edit-label').fill('Somebody else');
  await details.getByTestId('edit-label').press('Escape');
  await expect(details.getByTestId('node-editor')).toHaveCount(0);
  await expect(details.locator('h2')).toHaveText(original);
  // Keyboard focus stays in Details when the form closes, rather than falling back to the page.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
  await expect.poll(focused).toBe('details-panel');

  await details.getByTestId('edit-node').click();
  await details.getByTestId('edit-label').fill('Alexander Vladimirovich Prokopchuk');
  // graph.json gives him three aliases; remove "Mr Prokopchuk", add one with Enter.
  await expect(details.getByTestId('edit-alias')).toHaveCount(3);
  await details.getByTestId('edit-alias').filter({ hasText: 'Mr Prokopchuk' }).getByTestId('alias-remove').click();
  await details.getByTestId('alias-add').fill('Sasha Prokopchuk');
  await details.getByTestId('alias-add').press('Enter');
  await expect(details.getByTestId('edit-alias')).toHaveText(['Major General Alexander Prokopchuk×', 'Maj-Gen Prokopchuk×', 'Sasha Prokopchuk×']);
  await details.getByTestId('edit-date').fill('1961');
  await details.getByTestId('edit-label').press('Enter');
  await expect(details.getByTestId('node-editor')).toHaveCount(0);
  await expect(details.locator('h2')).toHaveText('Alexander Vladimirovich Prokopchuk');
  await expect.poll(focused).toBe('details-panel');
  await expect(details.locator('.aliases')).toHaveText('Also: Major General Alexander Prokopchuk · Maj-Gen Prokopchuk · Sasha Prokopchuk');
  await expect(details.locator('.date')).toHaveText('Date: 1961');

  await page.getByTestId('search-input').fill('Vladimirovich');
  await expect(page.getByTestId('search-result').first()).toContainText('Alexander Vladimirovich Prokopchuk');
  await page.getByTestId('search-input').fill('Sasha');
  await expect(page.getByTestId('search-result').first()).toContainText('Alexander Vladimirovich Prokopchuk');
  // The removed alias no longer finds him: "Mr" was a word of that alias only.
  await page.getByTestId('search-input').fill('Mr Prokopchuk');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await expect(page.getByTestId('search-result').filter({ hasText: 'Vladimirovich' })).toHaveCount(0);

  await page.getByTestId('undo-button').click();
  await expect(details.locator('h2')).toHaveText(original);
  await page.getByTestId('search-input').fill('Vladimirovich');
  await expect(page.getByTestId('search-result')).toHaveCount(0);
});

test("a relationship's relation and date are edited inline", async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  await addSourceAndClaim(page, 'Unnamed Ukrainian MP');
  const details = page.getByTestId('details-panel');
  await expect(details.locator('.relation')).toContainText('accuses');
  await details.getByTestId('edit-edge').click();
  await details.getByTestId('edit-relation').selectOption('linked_to');
  await details.getByTestId('edit-edge-date').fill('2018-11-20');
  await details.getByTestId('edit-edge-date').press('Enter');
  await expect(details.getByTestId('edge-editor')).toHaveCount(0);
  await expect(details.locator('.relation')).toContainText('linked to');
  await expect(details.locator('.date')).toHaveText('Date: 2018-11-20');
});

test("an allegation's status changed by a later source's passage keeps the earlier status, its source and quote in the history", async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  await addSourceAndClaim(page, 'Unnamed Ukrainian MP');
  const details = page.getByTestId('details-panel');
  await expect(details.locator('.allegation .status')).toHaveText('alleged');
  // The allegation stays selected while a later source is added and one of its sentences cited.
  const DENIAL = 'The MP later withdrew the claim that Mr Prokopchuk served in the KGB.';
  await addSource(page, 'Kyiv Post, 22 November 2018', `Two days on, the story changed. ${DENIAL} No evidence was offered.`);
  await selectInSource(page, DENIAL);
  await page.getByTestId('cite-button').click();
  await expect(page.getByTestId('status-change')).toContainText('alleged');
  await page.getByTestId('cite-new-status').selectOption('denied');
  await page.getByTestId('cite-set-status').click();
  await expect(page.getByTestId('cite-form')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close source' }).click();
  await expect(details.locator('.allegation .status')).toHaveText('denied');
  const lines = details.getByTestId('status-history-line');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toHaveText(`alleged — ${SOURCE_TITLE}“${SENTENCE}”`);
  await expect(lines.nth(1)).toContainText('denied');
  await expect(lines.nth(1)).toContainText(`— Kyiv Post, 22 November 2018“${DENIAL}”`);
  // The later passage is evidence of the edge too.
  await expect(details.getByTestId('evidence-quote')).toHaveText([`“${SENTENCE}”`, `“${DENIAL}”`]);
  await page.getByTestId('undo-button').click();
  await expect(details.locator('.allegation .status')).toHaveText('alleged');
  await expect(details.getByTestId('status-history-line')).toHaveCount(0);
});

test('deleting a node lists what goes with it, asks, and undo puts it all back', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  const [nodes0, edges0] = [await visibleNodes(page), await visibleEdges(page)];
  // From graph.json: his own edges and the allegations he is the claimant of.
  const going = new Set(interpol.edges.filter((e) => e.source === PROKOPCHUK || e.target === PROKOPCHUK || e.attributes.allegation?.claimant === PROKOPCHUK).map((e) => e.key));
  expect(nodes0).toBe(interpol.nodes.length);
  const details = page.getByTestId('details-panel');
  await openNode(page, 'Prokopchuk', label(PROKOPCHUK));
  await details.getByTestId('delete-node').click();
  await expect(details.getByTestId('delete-preview-count')).toHaveText(`Deleting ${label(PROKOPCHUK)} also deletes ${going.size} relationships:`);
  await expect(details.getByTestId('delete-preview-edge')).toHaveCount(going.size);
  await details.getByTestId('delete-cancel').click();
  await expect(details.getByTestId('delete-preview')).toHaveCount(0);
  await details.getByTestId('delete-node').click();
  await details.getByTestId('delete-confirm').click();
  await expect.poll(() => visibleNodes(page)).toBe(nodes0 - 1);
  expect(await visibleEdges(page)).toBe(edges0 - going.size);
  await page.getByTestId('search-input').fill('Prokopchuk');
  await expect(page.getByTestId('search-result').filter({ hasText: label(PROKOPCHUK) })).toHaveCount(0);
  await page.getByTestId('undo-button').click();
  await expect.poll(() => visibleEdges(page)).toBe(edges0);
  expect(await visibleNodes(page)).toBe(nodes0);
});

test('a cited source is refused with how many cite it, and goes only with the claims resting on it', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  const [nodes0, edges0] = [await visibleNodes(page), await visibleEdges(page)];
  await addSourceAndClaim(page, 'Unnamed Ukrainian MP');
  await expect.poll(() => visibleEdges(page)).toBe(edges0 + 1);
  const details = page.getByTestId('details-panel');
  // The new claim and the new actor both cite the pasted source.
  await details.getByTestId('evidence-quote').click();
  await page.getByTestId('delete-source').click();
  await expect(page.getByTestId('delete-source-refusal')).toContainText(`Not deleted: source "${SOURCE_TITLE}" is cited by 1 node and 1 edge`);
  await expect(page.getByTestId('delete-source-cascade')).toHaveText('Delete it and the 1 claim resting only on it');
  await page.getByTestId('delete-source-cascade').click();
  await expect(page.getByTestId('source-viewer')).toHaveCount(0);
  await expect.poll(() => visibleEdges(page)).toBe(edges0);
  expect(await visibleNodes(page)).toBe(nodes0 + 1);
  await page.getByTestId('undo-button').click();
  await expect.poll(() => visibleEdges(page)).toBe(edges0 + 1);
});

test('a claim is deleted from its details in one click and undo brings it back', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  const edges0 = await visibleEdges(page);
  await addSourceAndClaim(page, 'Unnamed Ukrainian MP');
  await expect.poll(() => visibleEdges(page)).toBe(edges0 + 1);
  await page.getByTestId('details-panel').getByTestId('delete-edge').click();
  await expect.poll(() => visibleEdges(page)).toBe(edges0);
  await page.getByTestId('undo-button').click();
  await expect.poll(() => visibleEdges(page)).toBe(edges0 + 1);
});

test("an allegation type added with its colour is chosen in the cite form and shows in Details, the legend and the filters", async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  await addSource(page, SOURCE_TITLE, PARAGRAPH);
  await selectInSource(page, SENTENCE);
  await page.getByTestId('cite-button').click();
  await page.getByTestId('cite-subject').fill('Unnamed Ukrainian MP');
  await page.locator('.cite-subject-field').getByTestId('cite-new-node').click();
  await page.getByTestId('cite-object').fill('Prokopchuk');
  await page.getByTestId('cite-form').getByTestId('search-result').filter({ hasText: label(PROKOPCHUK) }).first().click();
  await page.getByTestId('cite-new-type').click();
  await page.getByTestId('type-label').fill('Espionage');
  // Pale yellow: too faint on the light canvas, fine on the dark one (WCAG ratios against #f8fafc and #0b1120, worked out by hand).
  await page.getByTestId('type-colour').fill('#fde68a');
  await expect(page.getByTestId('type-contrast').locator('li').nth(0)).toHaveText('light 1.2:1, drawn darker');
  await expect(page.getByTestId('type-contrast').locator('li').nth(1)).toHaveText('dark 15.1:1');
  await page.getByTestId('type-add').click();
  await expect(page.getByTestId('type-form')).toHaveCount(0);
  await expect(page.getByTestId('cite-allegation-type')).toHaveValue('espionage');
  await expect(page.getByTestId('cite-allegation-type').locator('option:checked')).toHaveText('Espionage');
  await page.getByTestId('cite-submit').click();
  const details = page.getByTestId('details-panel');
  await expect(details.locator('.allegation')).toContainText('Espionage');
  await expect(page.getByTestId('legend-allegations')).toContainText('Espionage 1');
  await expect(page.getByTestId('filter-allegation-espionage')).toBeVisible();
  // Filtering on the new type alone leaves the one claim and its two ends.
  await page.getByTestId('filter-allegation-none').click();
  await page.getByTestId('filter-allegation-espionage').click();
  await expect(page.getByTestId('filter-status')).toContainText('2 nodes · 1 edge on screen');

  // Exported pictures name the new type and draw it in the colour the canvas draws its edge.
  await page.getByTestId('export-button').click();
  const svg = new TextDecoder().decode(await exportFile(page, 'svg'));
  const edgeStroke = /<g class="edge"[^>]*><path d="[^"]*" stroke="([^"]+)"/.exec(svg)?.[1] ?? '';
  const caption = svg.slice(svg.indexOf('<g class="caption"'));
  const texts = [...caption.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  expect(texts.join(' ')).toContain('Allegation: Espionage');
  expect(texts.slice(texts.indexOf('Allegations'), texts.indexOf('Status'))).toEqual(['Allegations', 'Espionage']);
  const legendStrokes = [...caption.matchAll(/<line [^>]*stroke="([^"]+)" stroke-width="3"/g)].map((m) => m[1] ?? '');
  expect(legendStrokes.map(rgb)).toEqual([rgb(edgeStroke)]);
  const pdf = await readPdf(await exportFile(page, 'pdf'));
  expect(pdf.flat).toContain('Allegations Espionage Status');
  expect(pdf.flat).toContain(`Unnamed Ukrainian MP accuses ${label(PROKOPCHUK)} — Espionage (alleged; claimant: Unnamed Ukrainian MP)`);
});

/** A CSS colour as "r,g,b", whichever way the file writes it. */
function rgb(css: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (hex) return hex.slice(1).map((h) => parseInt(h, 16)).join(',');
  return /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css)?.slice(1).join(',') ?? css;
}

/** Exports in `format` from the open export dialog and returns the downloaded bytes. */
async function exportFile(page: Page, format: string): Promise<Uint8Array> {
  await page.getByTestId('export-format').selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  await expect(page.getByTestId('export-status')).toContainText('Saved');
  return new Uint8Array(readFileSync(await download.path()));
}

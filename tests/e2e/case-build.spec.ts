// Building a case in the browser host (issue #13): paste a paragraph of the seed article as a
// new source, select a sentence and cite it as an allegation by a new actor, undo and redo it,
// save the case and open it again, and get unsaved edits back after the tab was closed.
// Expected texts come from the dataset's source.txt, never from the app.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { readPdf } from '../export/read-outputs.js';
import { interpol, label } from './interpol-graph.js';
import { editableCopy } from './editable-copy.js';
import { selectInSource } from './source-selection.js';

const ARTICLE = readFileSync(new URL('../../graph-data/datasets/interpol-2018/source.txt', import.meta.url), 'utf8');
const SENTENCE = 'According to The Times, a prominent Ukrainian MP has accused Mr Prokopchuk of being a foreign intelligence agent who has served in the KGB.';
// The paragraph around the sentence, as a reader would copy it from the article.
const PARAGRAPH = ARTICLE.slice(ARTICLE.indexOf('Maj-Gen Prokopchuk is currently'), ARTICLE.indexOf(SENTENCE) + SENTENCE.length);
const NEW_PERSON = 'Unnamed Ukrainian MP';

const canvas = (page: Page) => page.locator('[data-testid="graph-canvas"][data-ready="true"]');
const edges = async (page: Page) => Number(await canvas(page).getAttribute('data-visible-edges'));
const nodes = async (page: Page) => Number(await canvas(page).getAttribute('data-visible-nodes'));
/**
 * Entries in the browser host's journal (IndexedDB, journal-store.ts). The canvas shows an edit as
 * its journal write starts; a test that closes the tab to play a crash waits for the write, as a
 * tab closed a few milliseconds after an edit may lose it (CI, under load, once did).
 */
const journalEntries = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('redthread-journal');
        request.onerror = () => reject(request.error ?? new Error('no journal'));
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('entries', 'readonly').objectStore('entries').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error ?? new Error('no count'));
        };
      }),
  );

/** Pastes the paragraph as a source, then cites the sentence: NEW_PERSON accuses Prokopchuk (intelligence ties, alleged). */
async function addSourceAndClaim(page: Page, person = NEW_PERSON): Promise<void> {
  await page.getByTestId('add-source').click();
  await page.getByTestId('source-title').fill('Daily Mail, 20 November 2018');
  await page.getByTestId('source-paste').fill(PARAGRAPH);
  await page.getByTestId('source-submit').click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.locator('.source-text')).toHaveText(PARAGRAPH);
  await expect(page.getByTestId('cite-button')).toBeDisabled();
  await selectInSource(page, SENTENCE);
  await page.getByTestId('cite-button').click();
  await expect(page.getByTestId('cite-form').locator('.cite-quote')).toHaveText(`“${SENTENCE}”`);
  await page.getByTestId('cite-subject').fill(person);
  await page.locator('.cite-subject-field').getByTestId('cite-new-node').click();
  await expect(page.getByTestId('cite-subject-name')).toHaveValue(person);
  await page.getByTestId('cite-subject-aliases').fill('the MP');
  await page.getByTestId('cite-relation').selectOption('accuses');
  await page.getByTestId('cite-object').fill('Prokopchuk');
  await page.getByTestId('cite-form').getByTestId('search-result').filter({ hasText: label('alexander-prokopchuk') }).first().click();
  await page.getByTestId('cite-allegation-type').selectOption('intelligence_ties');
  await page.getByTestId('cite-status').selectOption('alleged');
  await page.getByTestId('cite-submit').click();
}

test('a pasted source, a cited sentence, a new actor and an allegation; undo and redo', async ({ page }) => {
  await page.goto('/');
  await editableCopy(page);
  const [nodes0, edges0] = [await nodes(page), await edges(page)];
  await expect(page.getByTestId('undo-button')).toBeDisabled();
  await addSourceAndClaim(page);
  await expect.poll(() => edges(page)).toBe(edges0 + 1);
  expect(await nodes(page)).toBe(nodes0 + 1);
  await expect(page).toHaveTitle(/^• /);
  // The new edge is selected: its details give the quote, and "says who?" opens it highlighted.
  const details = page.getByTestId('details-panel');
  await expect(details.getByTestId('evidence-quote')).toHaveText(`“${SENTENCE}”`);
  await expect(details).toContainText(NEW_PERSON);
  await details.getByTestId('evidence-quote').click();
  await expect(page.getByTestId('source-viewer').locator('mark')).toHaveText(SENTENCE);
  await page.getByRole('button', { name: 'Close source' }).click();

  await page.getByTestId('undo-button').click();
  await expect.poll(() => edges(page)).toBe(edges0);
  expect(await nodes(page)).toBe(nodes0);
  await page.getByTestId('redo-button').click();
  await expect.poll(() => edges(page)).toBe(edges0 + 1);
  await page.getByTestId('search-input').fill('the MP');
  await expect(page.getByTestId('search-result').first()).toContainText(NEW_PERSON);
});

test('a saved case opens again with the same graph, sources and quotes', async ({ page }) => {
  await page.goto('/');
  await editableCopy(page);
  await addSourceAndClaim(page);
  await expect(page.getByTestId('details-panel').getByTestId('evidence-quote')).toHaveText(`“${SENTENCE}”`);
  const [nodes1, edges1] = [await nodes(page), await edges(page)];
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-case').click()]);
  expect(download.suggestedFilename()).toMatch(/\.redthread$/);
  const path = await download.path();
  const first = JSON.parse(readFileSync(path, 'utf8')) as { version: number; sources: { id: string; title: string; text: string }[]; graph: { nodes: unknown[]; edges: { attributes: { evidence?: { quote: string; offset: number; source: string }[] } }[] } };
  expect(first.version).toBe(2);
  const saved = first.sources.find((s) => s.title === 'Daily Mail, 20 November 2018');
  expect(saved?.text).toBe(PARAGRAPH);
  // The seed article says it too (the shipped edge): the new claim cites the new source.
  const cited = first.graph.edges.flatMap((e) => e.attributes.evidence ?? []).find((e) => e.source === saved?.id && e.quote === SENTENCE);
  expect(cited?.offset).toBe(PARAGRAPH.indexOf(SENTENCE));
  await expect(page).not.toHaveTitle(/^• /);

  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await expect(page.getByTestId('restore-offer')).toHaveCount(0);
  await page.getByTestId('open-file-input').setInputFiles(path);
  await expect.poll(() => nodes(page)).toBe(nodes1);
  expect(await edges(page)).toBe(edges1);
  await page.getByTestId('search-input').fill(NEW_PERSON);
  await page.getByTestId('search-result').first().click();
  await expect(page.getByTestId('details-panel')).toContainText(NEW_PERSON);
  // Saved again straight away: the same graph, sources and quotes; the same layout up to where
  // the canvas put its origin (every node moved by one and the same vector).
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-case').click()]);
  type Doc = { savedAt?: string; layout: { positions: Record<string, { x: number; y: number }> } };
  const second = JSON.parse(readFileSync(await again.path(), 'utf8')) as Doc;
  const original = JSON.parse(readFileSync(path, 'utf8')) as Doc;
  const rest = ({ savedAt: _s, layout: _l, ...doc }: Doc) => doc;
  expect(rest(second)).toEqual(rest(original));
  const keys = Object.keys(original.layout.positions);
  expect(Object.keys(second.layout.positions).sort()).toEqual([...keys].sort());
  const shift = (k: string) => [((second.layout.positions[k]?.x ?? NaN) - (original.layout.positions[k]?.x ?? NaN)).toFixed(2), ((second.layout.positions[k]?.y ?? NaN) - (original.layout.positions[k]?.y ?? NaN)).toFixed(2)].join(',');
  expect(new Set(keys.map(shift)).size).toBe(1);
});

test('a tab closed mid-edit without saving: the next start offers the edits back', async ({ page, context }) => {
  await page.goto('/');
  await editableCopy(page);
  const edges0 = await edges(page);
  await addSourceAndClaim(page);
  await expect.poll(() => edges(page)).toBe(edges0 + 1);
  await expect.poll(() => journalEntries(page)).toBe(2);
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await next.goto('/');
  await expect(canvas(next)).toBeVisible();
  await expect(next.getByTestId('restore-offer')).toContainText('2 changes');
  await next.getByTestId('restore-accept').click();
  await expect.poll(() => edges(next)).toBe(edges0 + 1);
  await next.getByTestId('search-input').fill(NEW_PERSON);
  await next.getByTestId('search-result').first().click();
  await expect(next.getByTestId('details-panel')).toContainText(NEW_PERSON);
  // The restored edits are unsaved, and undo goes on from them.
  await expect(next).toHaveTitle(/^• /);
  await expect(next.getByTestId('undo-button')).toBeEnabled();
});

test('the same actor added twice is suggested as a duplicate and merged, keeping its edges and every quote', async ({ page }) => {
  await page.goto('/');
  await editableCopy(page);
  const [nodes0, edges0] = [await nodes(page), await edges(page)];
  const shipped = interpol.nodes.find((n) => n.key === 'ukrainian-mp');
  if (!shipped) throw new Error('graph.json has no ukrainian-mp');
  // The new claim's actor has the shipped node's very name.
  await addSourceAndClaim(page, shipped.attributes.label);
  await expect.poll(() => nodes(page)).toBe(nodes0 + 1);
  await page.getByTestId('search-input').fill(shipped.attributes.label);
  await expect(page.getByTestId('search-result').filter({ hasText: shipped.attributes.label })).toHaveCount(2);
  await page.getByTestId('search-result').first().click();
  const details = page.getByTestId('details-panel');
  await expect(details.getByTestId('duplicate-merge')).toHaveCount(1);
  await details.getByTestId('duplicate-merge').click();
  await expect.poll(() => nodes(page)).toBe(nodes0);
  expect(await edges(page)).toBe(edges0 + 1);
  // Both nodes' quotes: the shipped ones and the new claim's passage of the pasted source.
  await expect(details.getByTestId('evidence-quote')).toHaveCount(shipped.attributes.evidence.length + 1);
  await expect(details.getByTestId('duplicate-merge')).toHaveCount(0);
  await page.getByTestId('undo-button').click();
  await expect.poll(() => nodes(page)).toBe(nodes0 + 1);
});

test('a PDF exported after the edit lists the new source and the new claim with its quote', async ({ page }) => {
  await page.goto('/');
  await editableCopy(page);
  const edges0 = await edges(page);
  await addSourceAndClaim(page);
  await expect.poll(() => edges(page)).toBe(edges0 + 1);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format').selectOption('pdf');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  await expect(page.getByTestId('export-status')).toContainText('Saved');
  const pdf = await readPdf(new Uint8Array(readFileSync(await download.path())));
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  // The caption's source line names both sources; the numbered list gives the claim and its passage.
  expect(pdf.flat).toContain('Daily Mail, 20 November 2018');
  expect(pdf.flat).toContain('UK and US launch last-ditch bid');
  expect(pdf.flat).toContain(`${NEW_PERSON} accuses ${label('alexander-prokopchuk')}`);
  expect(pdf.flat).toContain(fold(`“${SENTENCE}” — Daily Mail, 20 November 2018`));
});

test('edits made after saving are restored onto the saved case, not onto the shipped dataset', async ({ page, context }) => {
  await page.goto('/');
  await editableCopy(page);
  const [nodes0, edges0] = [await nodes(page), await edges(page)];
  await addSourceAndClaim(page);
  await expect.poll(() => edges(page)).toBe(edges0 + 1);
  await Promise.all([page.waitForEvent('download'), page.getByTestId('save-case').click()]);
  await expect(page).not.toHaveTitle(/^• /);
  // One more edit after the save: undo the claim (the new actor and its edge go).
  await page.getByTestId('undo-button').click();
  await expect.poll(() => edges(page)).toBe(edges0);
  await expect.poll(() => journalEntries(page)).toBe(1);
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await next.goto('/');
  await expect(canvas(next)).toBeVisible();
  await expect(next.getByTestId('restore-offer')).toContainText('1 change');
  await next.getByTestId('restore-accept').click();
  // The saved case (with the source) is opened, then the undo replayed onto it.
  await expect.poll(() => edges(next)).toBe(edges0);
  // The canvas counts edges and nodes as each is drawn: wait for both.
  await expect.poll(() => nodes(next)).toBe(nodes0);
  await expect(next).toHaveTitle(/^• /);
  await expect(next.getByTestId('redo-button')).toBeEnabled();
  await next.getByTestId('redo-button').click();
  await expect.poll(() => edges(next)).toBe(edges0 + 1);
});

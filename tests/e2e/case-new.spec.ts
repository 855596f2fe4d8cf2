// New case from the browser host's header (issue #13): an empty case that says how to start,
// built from a pasted source into two new people and the claim between them, saved and opened
// again unchanged; and the Save / Don't Save / Cancel question before unsaved edits are replaced.
// Expected values come from the seed article's text and graph.json, never from the app.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { canvas, PARAGRAPH, selectInSource, SENTENCE, SOURCE_TITLE } from './case-steps.js';
import { editableCopy } from './editable-copy.js';
import { interpol } from './interpol-graph.js';

const MP = 'Unnamed Ukrainian MP';
const ACCUSED = 'Alexander Prokopchuk';

const status = (page: Page) => page.getByTestId('graph-status');

/** Cites SENTENCE as "MP accuses ACCUSED" (intelligence ties, alleged), both people new. */
async function citeBetweenNewPeople(page: Page): Promise<void> {
  await selectInSource(page, SENTENCE);
  await page.getByTestId('cite-button').click();
  await page.getByTestId('cite-subject').fill(MP);
  await page.locator('.cite-subject-field').getByTestId('cite-new-node').click();
  await page.getByTestId('cite-relation').selectOption('accuses');
  await page.getByTestId('cite-object').fill(ACCUSED);
  await page.locator('.cite-object-field').getByTestId('cite-new-node').click();
  await expect(page.getByTestId('cite-object-name')).toHaveValue(ACCUSED);
  await page.getByTestId('cite-allegation-type').selectOption('intelligence_ties');
  await page.getByTestId('cite-status').selectOption('alleged');
  await page.getByTestId('cite-submit').click();
  await expect(page.getByTestId('details-panel').getByTestId('evidence-quote')).toHaveText(`“${SENTENCE}”`);
}

/** Every header control wholly on a 1,400 px wide window (the suite's viewport), Export the last of them. */
async function headerFits(page: Page): Promise<void> {
  expect(page.viewportSize()?.width).toBe(1400);
  await expect(page.getByTestId('new-case')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('export-button')).toBeInViewport({ ratio: 1 });
  expect(await page.locator('.app-header').evaluate((h) => h.scrollWidth - h.clientWidth)).toBe(0);
}

interface CaseDoc {
  savedAt?: string;
  name: string;
  graph: { nodes: { key: string; attributes: { label: string; kind: string } }[]; edges: { source: string; target: string; attributes: { relation: string; evidence?: { source: string; quote: string; offset: number }[] } }[] };
  sources: { id: string; title: string; text: string }[];
  layout: unknown;
}


/** From the empty case's own button: the pasted source, then a claim between two new people. */
async function firstSourceAndClaim(page: Page): Promise<void> {
  await page.getByTestId('empty-case').getByTestId('empty-add-source').click();
  await page.getByTestId('source-title').fill(SOURCE_TITLE);
  await page.getByTestId('source-paste').fill(PARAGRAPH);
  await page.getByTestId('source-submit').click();
  await expect(page.getByTestId('source-viewer').locator('.source-text')).toHaveText(PARAGRAPH);
  await citeBetweenNewPeople(page);
}

test('New case from the shipped case: an empty canvas that says how to start, a source, two new people and their claim, saved and opened again unchanged', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-nodes', String(interpol.nodes.length));
  await headerFits(page);
  // The shipped case has no edits of the user's: nothing to ask.
  await page.getByTestId('new-case').click();
  await expect(status(page)).toHaveAttribute('data-nodes', '0');
  await expect(status(page)).toHaveAttribute('data-edges', '0');
  await expect(page.getByTestId('unsaved-dialog')).toHaveCount(0);
  const empty = page.getByTestId('empty-case');
  await expect(empty).toContainText('This case is empty');
  await expect(empty).toContainText('Add a source');
  // The editable case's header (+ Source, undo, redo, Save) fits too.
  await headerFits(page);

  await firstSourceAndClaim(page);
  await expect(status(page)).toHaveAttribute('data-nodes', '2');
  await expect(status(page)).toHaveAttribute('data-edges', '1');
  await expect(page.getByTestId('empty-case')).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-case').click()]);
  expect(download.suggestedFilename()).toMatch(/\.redthread$/);
  const path = await download.path();
  const saved = JSON.parse(readFileSync(path, 'utf8')) as CaseDoc;
  expect(saved.graph.nodes.map((n) => [n.attributes.label, n.attributes.kind]).sort()).toEqual([[ACCUSED, 'person'], [MP, 'person']]);
  expect(saved.sources.map((s) => [s.title, s.text])).toEqual([[SOURCE_TITLE, PARAGRAPH]]);
  const [edge] = saved.graph.edges;
  const labelOf = (key: string | undefined) => saved.graph.nodes.find((n) => n.key === key)?.attributes.label;
  expect([labelOf(edge?.source), edge?.attributes.relation, labelOf(edge?.target)]).toEqual([MP, 'accuses', ACCUSED]);
  expect(edge?.attributes.evidence).toEqual([{ source: saved.sources[0]?.id, quote: SENTENCE, offset: PARAGRAPH.indexOf(SENTENCE) }]);
  await expect(page.getByTestId('save-case')).toHaveAttribute('data-unsaved', 'false');

  // Another graph in between, then the file: the same case, saved again to the same content.
  await page.getByTestId('open-default').click();
  await expect(status(page)).toHaveAttribute('data-nodes', String(interpol.nodes.length));
  await page.getByTestId('open-file-input').setInputFiles(path);
  await expect(status(page)).toHaveAttribute('data-nodes', '2');
  await expect(status(page)).toHaveAttribute('data-edges', '1');
  await expect(status(page)).toHaveAttribute('data-name', saved.name);
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-case').click()]);
  const second = JSON.parse(readFileSync(await again.path(), 'utf8')) as CaseDoc;
  const rest = ({ savedAt: _s, layout: _l, ...doc }: CaseDoc) => doc;
  expect(rest(second)).toEqual(rest(saved));
});

test("New case and Interpol 2018 over unsaved edits ask Save / Don't Save / Cancel, from the keyboard too", async ({ page }) => {
  await page.goto('/');
  await editableCopy(page);
  const all = String(interpol.nodes.length);
  const dialog = page.getByTestId('unsaved-dialog');

  // Escape and Cancel keep the case and its edits.
  await page.getByTestId('new-case').click();
  await expect(dialog).toContainText('before opening a new case');
  await expect(page.getByTestId('unsaved-save')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('new-case').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('unsaved-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toHaveAttribute('data-nodes', all);
  await expect(page.getByTestId('save-case')).toHaveAttribute('data-unsaved', 'true');

  // Save downloads the case first, then the new case opens.
  await page.getByTestId('new-case').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('unsaved-save').click()]);
  expect(download.suggestedFilename()).toMatch(/\.redthread$/);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as CaseDoc;
  expect(saved.graph.nodes).toHaveLength(interpol.nodes.length);
  await expect(status(page)).toHaveAttribute('data-nodes', '0');

  // Don't Save lets the edits go: here a new case's source and claim, replaced by the shipped case.
  await firstSourceAndClaim(page);
  await expect(status(page)).toHaveAttribute('data-nodes', '2');
  await page.getByTestId('open-default').click();
  await expect(dialog).toContainText('before opening Interpol 2018');
  await page.getByTestId('unsaved-discard').click();
  await expect(status(page)).toHaveAttribute('data-nodes', all);
  await expect(page.getByTestId('save-copy')).toBeVisible();
  // Let go means gone: the next start offers nothing back.
  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await expect(page.getByTestId('restore-offer')).toHaveCount(0);
});

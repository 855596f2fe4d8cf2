// Steps shared by the case-editing specs: select a sentence in the source viewer, add a pasted
// source, and cite a sentence of the seed article as an allegation by a new actor.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { label } from './interpol-graph.js';
import { selectInSource } from './source-selection.js';

export const ARTICLE = readFileSync(new URL('../../graph-data/datasets/interpol-2018/source.txt', import.meta.url), 'utf8');
export const SENTENCE = 'According to The Times, a prominent Ukrainian MP has accused Mr Prokopchuk of being a foreign intelligence agent who has served in the KGB.';
export const PARAGRAPH = ARTICLE.slice(ARTICLE.indexOf('Maj-Gen Prokopchuk is currently'), ARTICLE.indexOf(SENTENCE) + SENTENCE.length);
export const SOURCE_TITLE = 'Daily Mail, 20 November 2018';

export const canvas = (page: Page) => page.locator('[data-testid="graph-canvas"][data-ready="true"]');
export const visibleEdges = async (page: Page) => Number(await canvas(page).getAttribute('data-visible-edges'));
export const visibleNodes = async (page: Page) => Number(await canvas(page).getAttribute('data-visible-nodes'));

export { selectInSource };

export async function addSource(page: Page, title: string, text: string): Promise<void> {
  await page.getByTestId('add-source').click();
  await page.getByTestId('source-title').fill(title);
  await page.getByTestId('source-paste').fill(text);
  await page.getByTestId('source-submit').click();
  await expect(page.getByTestId('source-viewer').locator('.source-text')).toHaveText(text);
}

/** Pastes the paragraph as a source, then cites the sentence: `person` (new) accuses Prokopchuk, intelligence ties, alleged. */
export async function addSourceAndClaim(page: Page, person: string, type = 'intelligence_ties'): Promise<void> {
  await addSource(page, SOURCE_TITLE, PARAGRAPH);
  await selectInSource(page, SENTENCE);
  await page.getByTestId('cite-button').click();
  await page.getByTestId('cite-subject').fill(person);
  await page.locator('.cite-subject-field').getByTestId('cite-new-node').click();
  await page.getByTestId('cite-relation').selectOption('accuses');
  await page.getByTestId('cite-object').fill('Prokopchuk');
  await page.getByTestId('cite-form').getByTestId('search-result').filter({ hasText: label('alexander-prokopchuk') }).first().click();
  await page.getByTestId('cite-allegation-type').selectOption(type);
  await page.getByTestId('cite-status').selectOption('alleged');
  await page.getByTestId('cite-submit').click();
  await expect(page.getByTestId('details-panel').getByTestId('evidence-quote')).toHaveText(`“${SENTENCE}”`);
}

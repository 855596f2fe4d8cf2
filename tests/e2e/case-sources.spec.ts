// Sources from files in the browser host (issue #13): a web page and a PDF chosen through the
// add-source dialog's file input arrive as readable text with their metadata, a sentence of
// each is cited, and the Sources list counts the claims and finds sources by a search.
// Expected texts come from the fixture page and from the PDF this test draws.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { editableCopy } from './editable-copy.js';
import { selectInSource } from './source-selection.js';

const HTML_PATH = new URL('../../graph-data/src/io/source-files/fixtures/article.html', import.meta.url);
const HTML = readFileSync(HTML_PATH, 'utf8');
const HTML_SENTENCE = "The records show that the company's sole director is the brother of the energy minister.";
const PDF_LINES = ['The harbour fund paid 1.2 million euros to Meridian Logistics', 'in 2019 without a tender.'];
const PDF_SENTENCE = 'The harbour fund paid 1.2 million euros to Meridian Logistics in 2019 without a tender.';

async function auditPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('Audit of the harbour fund', { x: 60, y: 780, size: 18, font });
  PDF_LINES.forEach((line, i) => page.drawText(line, { x: 60, y: 740 - i * 14, size: 11, font }));
  pdf.setTitle('Harbour fund audit');
  pdf.setAuthor('Office of the Auditor');
  pdf.setCreationDate(new Date(Date.UTC(2022, 1, 14, 12)));
  return Buffer.from(await pdf.save());
}

const canvas = (page: Page) => page.locator('[data-testid="graph-canvas"][data-ready="true"]');
const fileStatus = (page: Page) => page.getByTestId('source-file-status');

/** The sentence becomes a claim between two new people: subject director_of object. */
async function citeAsClaim(page: Page, sentence: string, subject: string, object: string): Promise<void> {
  await selectInSource(page, sentence);
  await page.getByTestId('cite-button').click();
  await expect(page.getByTestId('cite-form').locator('.cite-quote')).toHaveText(`“${sentence}”`);
  await page.getByTestId('cite-subject').fill(subject);
  await page.locator('.cite-subject-field').getByTestId('cite-new-node').click();
  await page.getByTestId('cite-relation').selectOption('director_of');
  await page.getByTestId('cite-object').fill(object);
  await page.locator('.cite-object-field').getByTestId('cite-new-node').click();
  await page.getByTestId('cite-submit').click();
  await expect(page.getByTestId('details-panel').getByTestId('evidence-quote')).toHaveText(`“${sentence}”`);
}

async function openSources(page: Page) {
  await page.getByTestId('side-tab-sources').click();
  const panel = page.getByTestId('sources-panel');
  await expect(panel).toHaveAttribute('data-ready', 'true');
  return panel;
}

test('a web page and a PDF added from files, cited, then found in the Sources list', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  const sources0 = await (await openSources(page)).getByTestId('source-row').count();

  // The web page: the article's text without the menu or the advert, the page's metadata filled in.
  await page.getByTestId('add-source').click();
  await page.getByTestId('source-file-input').setInputFiles(HTML_PATH.pathname);
  await expect(fileStatus(page)).toHaveAttribute('data-status', 'read');
  await expect(page.getByTestId('source-title')).toHaveValue("Shell company tied to minister's brother");
  await expect(page.getByTestId('source-publisher')).toHaveValue('The Northern Courier');
  await expect(page.getByTestId('source-author')).toHaveValue('Ilse Marchetti');
  await expect(page.getByTestId('source-published')).toHaveValue('2020-05-17');
  await expect(page.getByTestId('source-url')).toHaveValue('https://courier.example.com/2020/05/shell-company');
  const text = await page.getByTestId('source-paste').inputValue();
  expect(HTML).toContain(HTML_SENTENCE);
  expect(text).toContain(HTML_SENTENCE);
  expect(text).not.toContain('BUY CHEAP FLIGHTS');
  expect(text).not.toContain('Subscribe now');
  // Every field stays editable.
  await page.getByTestId('source-publisher').fill('Northern Courier (print)');
  await page.getByTestId('source-submit').click();
  await expect(page.getByTestId('source-viewer').locator('h2')).toHaveText("Shell company tied to minister's brother");
  await citeAsClaim(page, HTML_SENTENCE, "The minister's brother", 'Limassol company');

  // The PDF: lines of a paragraph joined, the info dictionary as metadata.
  await page.getByTestId('add-source').click();
  await page.getByTestId('source-file-input').setInputFiles({ name: 'audit.pdf', mimeType: 'application/pdf', buffer: await auditPdf() });
  await expect(fileStatus(page)).toHaveAttribute('data-status', 'read');
  await expect(fileStatus(page)).toHaveText(/From audit\.pdf \(PDF, 1 page,/);
  await expect(page.getByTestId('source-title')).toHaveValue('Harbour fund audit');
  await expect(page.getByTestId('source-author')).toHaveValue('Office of the Auditor');
  await expect(page.getByTestId('source-published')).toHaveValue('2022-02-14');
  await expect(page.getByTestId('source-paste')).toHaveValue(`Audit of the harbour fund\n\n${PDF_SENTENCE}`);
  await page.getByTestId('source-submit').click();
  await expect(page.getByTestId('source-viewer').locator('h2')).toHaveText('Harbour fund audit');
  await citeAsClaim(page, PDF_SENTENCE, 'Harbour fund', 'Meridian Logistics');

  // The list: both new sources, each cited by its claim and the two people created with it; a search narrows it.
  const panel = await openSources(page);
  await expect(panel.getByTestId('source-row')).toHaveCount(sources0 + 2);
  const courier = panel.getByTestId('source-row').filter({ hasText: "Shell company tied to minister's brother" });
  await expect(courier).toContainText('Northern Courier (print) · 2020-05-17');
  await expect(courier.getByTestId('source-cites')).toHaveText('cited by 1 claim and 2 nodes');
  await expect(panel.getByTestId('source-row').filter({ hasText: 'Harbour fund audit' }).getByTestId('source-cites')).toHaveAttribute('data-claims', '1');
  await courier.locator('summary').click();
  await expect(courier.getByTestId('source-sha256')).toHaveText(/^[0-9a-f]{64}$/);

  await panel.getByTestId('sources-search').fill('sole director');
  await expect(panel).toHaveAttribute('data-ready', 'true');
  await expect(panel.getByTestId('source-row')).toHaveCount(1);
  await expect(panel.getByTestId('source-row')).toContainText("Shell company tied to minister's brother");
  await expect(panel.locator('.source-snippet')).toContainText('sole director');
  await panel.getByTestId('sources-search').fill('office of the auditor');
  await expect(panel.getByTestId('source-row')).toHaveCount(1);
  await expect(panel.getByTestId('source-row')).toContainText('Harbour fund audit');
  await panel.getByTestId('sources-search').fill('no source says this');
  await expect(panel.getByTestId('source-row')).toHaveCount(0);
  await expect(panel.getByTestId('sources-count')).toHaveText(`0 sources of ${sources0 + 2} match`);

  // Opening one shows it in the viewer, ready to cite from.
  await panel.getByTestId('sources-search').fill('');
  await panel.getByTestId('source-row').filter({ hasText: 'Harbour fund audit' }).getByTestId('source-open').click();
  await expect(page.getByTestId('source-viewer').locator('.source-text')).toHaveText(`Audit of the harbour fund\n\n${PDF_SENTENCE}`);
});

test('an empty or unreadable file is refused with its reason, and nothing is added', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await editableCopy(page);
  const sources0 = await (await openSources(page)).getByTestId('source-row').count();
  await page.getByTestId('add-source').click();
  await page.getByTestId('source-file-input').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('source-file-error')).toHaveText('"empty.txt" is empty');
  await expect(page.getByTestId('source-file-error')).toHaveAttribute('data-code', 'no_text');
  await page.getByTestId('source-file-input').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nnot really a pdf') });
  await expect(page.getByTestId('source-file-error')).toHaveAttribute('data-code', 'bad_file');
  await expect(page.getByTestId('source-file-error')).toContainText('"report.pdf" could not be read as a PDF');
  await expect(page.getByTestId('source-submit')).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect((await openSources(page)).getByTestId('source-row')).toHaveCount(sources0);
  await expect(page.getByTestId('undo-button')).toBeDisabled();
});

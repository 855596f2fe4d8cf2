// Opening real-world graph files in the browser host: GEXF, GraphML and a CSV pair through
// the file input (with the column-mapping step), a drop on the window, a broken file that
// leaves the open graph untouched, hostile labels shown as text, and back to Interpol.
import { expect, type Page, test } from '@playwright/test';
import { sharedData } from '../shared-data.js';
import { readFileSync } from 'node:fs';
import { interpol } from './interpol-graph.js';

const data = sharedData;

const GEXF = data('gexf/graphology/les_miserables.gexf');
const GRAPHML = data('graphml/graphology/miserables.graphml');
const OFFICERS = data('csv/icij-panama-papers-mini/Officers_mini.csv');
const EDGES = data('csv/icij-panama-papers-mini/all_edges_mini.csv');
const MALFORMED = data('graphml/igraph-tests/malformed/invalid1.graphml');

// ---- independent expectations, from the files with plain code -----------------------

const count = (path: string, re: RegExp) => (readFileSync(path, 'utf8').match(re) ?? []).length;

/** Splits one CSV line, honouring double quotes (enough for these files). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && line[i + 1] === '"' && quoted) {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...out, cell];
}

function table(path: string): Record<string, string>[] {
  const [header = '', ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = cells(header);
  return rows.map((row) => Object.fromEntries(cells(row).map((v, i) => [columns[i] ?? `col${i}`, v])));
}

// A nodes table plus an edges table: every declared node, plus each endpoint the nodes table lacks.
const officers = table(OFFICERS);
const icijEdges = table(EDGES);
const icij = {
  nodes: new Set([...officers.map((r) => r.node_id), ...icijEdges.flatMap((r) => [r.node_1, r.node_2])]).size,
  edges: icijEdges.length,
};

// ---- helpers -----------------------------------------------------------------------

const canvas = (page: Page) => page.getByTestId('graph-canvas');
const status = (page: Page) => page.getByTestId('graph-status');

async function expectGraph(page: Page, expected: { nodes: number; edges: number; format?: string }) {
  await expect(status(page)).toHaveAttribute('data-nodes', String(expected.nodes));
  await expect(status(page)).toHaveAttribute('data-edges', String(expected.edges));
  if (expected.format) await expect(status(page)).toHaveAttribute('data-format', expected.format);
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(expected.nodes));
  await expect(canvas(page)).toHaveAttribute('data-visible-edges', String(expected.edges));
}

async function start(page: Page) {
  await page.goto('/');
  await expectGraph(page, { nodes: interpol.nodes.length, edges: interpol.edges.length });
}

async function openFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
  await page.getByTestId('open-file-input').setInputFiles(files);
}

// ---- tests -------------------------------------------------------------------------

test('opens a GEXF and then a GraphML file: counts, format, title, fresh history', async ({ page }) => {
  await start(page);
  await openFiles(page, GEXF);
  await expectGraph(page, { nodes: count(GEXF, /<node\s/g), edges: count(GEXF, /<edge\s/g), format: 'gexf' });
  const name = (await status(page).getAttribute('data-name')) ?? '';
  expect(name).not.toBe('');
  await expect(page).toHaveTitle(`${name} — Redthread`);
  // The old graph's views are gone from history: Back would reach ids this graph lacks.
  await expect(page.getByTestId('history-back')).toBeDisabled();
  await expect(page.getByTestId('import-error')).toHaveCount(0);

  await openFiles(page, GRAPHML);
  await expectGraph(page, { nodes: count(GRAPHML, /<node\s/g), edges: count(GRAPHML, /<edge\s/g), format: 'graphml' });
  await expect(status(page)).toHaveAttribute('data-name', 'miserables');
  await expect(page).toHaveTitle('miserables — Redthread');
});

test('opens a CSV nodes table and edges table after the column-mapping step, and remembers the mapping', async ({ page }) => {
  await start(page);
  await openFiles(page, [OFFICERS, EDGES]);
  const dialog = page.getByTestId('csv-mapping');
  await expect(dialog).toBeVisible();
  // What was detected, and the first five rows as they will be read.
  const nodesSection = page.getByTestId('csv-file-nodes');
  await expect(nodesSection).toContainText('Officers_mini.csv');
  await expect(nodesSection.getByTestId('csv-detected')).toContainText('comma-separated, utf-8, 8 columns');
  await expect(nodesSection.locator('tbody tr')).toHaveCount(5);
  await expect(nodesSection.locator('tbody tr').first()).toContainText(officers[0]?.name ?? '?');
  await expect(page.getByTestId('csv-map-nodes-id')).toHaveValue('node_id');
  await expect(page.getByTestId('csv-map-edges-source')).toHaveValue('node_1');
  await expect(page.getByTestId('csv-map-edges-target')).toHaveValue('node_2');
  await page.getByTestId('csv-map-nodes-label').selectOption('name');
  await page.getByTestId('csv-mapping-confirm').click();

  await expectGraph(page, { ...icij, format: 'csv' });
  // Edges to entities the officers table does not declare are kept, with a warning saying so.
  const warnings = page.getByTestId('import-warnings');
  await expect(warnings).toBeVisible();
  await warnings.locator('summary').click();
  await expect(warnings).toContainText('placeholder');

  // Same files again: the mapping chosen last time is pre-filled.
  await page.getByTestId('open-default').click();
  await expectGraph(page, { nodes: interpol.nodes.length, edges: interpol.edges.length });
  await openFiles(page, [OFFICERS, EDGES]);
  await expect(page.getByTestId('csv-map-nodes-label')).toHaveValue('name');
  await page.getByTestId('csv-mapping-confirm').click();
  await expectGraph(page, icij);
});

test('a malformed or empty file shows an error naming it, and the open graph stays', async ({ page }) => {
  await start(page);
  await openFiles(page, GRAPHML);
  const before = { nodes: count(GRAPHML, /<node\s/g), edges: count(GRAPHML, /<edge\s/g), format: 'graphml' };
  await expectGraph(page, before);

  await openFiles(page, MALFORMED);
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('invalid1.graphml');
  await expect(error).toContainText(/line \d+/);
  await expectGraph(page, before);
  await expect(page).toHaveTitle('miserables — Redthread');

  await openFiles(page, { name: 'empty.gexf', mimeType: 'application/xml', buffer: Buffer.alloc(0) });
  await expect(error).toContainText('empty.gexf');
  await expect(error).toContainText('empty');
  await expectGraph(page, before);
});

test('labels from a file are shown as text: no markup, no script, no dialog', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await start(page);
  const hostile = '<img src=x onerror=alert(1)>';
  const graph = {
    attributes: { name: 'hostile <b>graph</b>' },
    nodes: [
      { key: 'x1', attributes: { label: hostile } },
      { key: 'x2', attributes: { label: 'Plain neighbour' } },
    ],
    edges: [{ key: 'e1', source: 'x1', target: 'x2' }],
  };
  await openFiles(page, { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
  await expectGraph(page, { nodes: 2, edges: 1 });

  await page.getByTestId('search-input').fill('onerror');
  const hit = page.getByTestId('search-result').first();
  await expect(hit.locator('.hit-label')).toHaveText(hostile);
  await expect(page.getByTestId('search-result').locator('img')).toHaveCount(0);
  await hit.click();
  const details = page.getByTestId('details-panel');
  await expect(details.locator('h2')).toHaveText(hostile);
  await expect(details.locator('img')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a file dropped on the window opens, with a "Drop to open" overlay while dragging', async ({ page }) => {
  await start(page);
  const text = readFileSync(GRAPHML, 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'miserables.graphml', { type: 'application/xml' }));
    return dt;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop to open');
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await expectGraph(page, { nodes: count(GRAPHML, /<node\s/g), edges: count(GRAPHML, /<edge\s/g), format: 'graphml' });
});

test('Interpol 2018 is one click away, and the browser lists recent files as a hint', async ({ page }) => {
  await start(page);
  await openFiles(page, GEXF);
  await expectGraph(page, { nodes: count(GEXF, /<node\s/g), edges: count(GEXF, /<edge\s/g) });
  await page.getByTestId('open-default').click();
  await expectGraph(page, { nodes: interpol.nodes.length, edges: interpol.edges.length });
  await expect(page.getByTestId('history-back')).toBeDisabled();

  // Ctrl+O opens the same file chooser as the Open… button.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  expect((await chooser).isMultiple()).toBe(true);

  await page.getByTestId('recent-toggle').click();
  const recent = page.getByTestId('recent-files');
  await expect(recent).toContainText('les_miserables.gexf');
  await expect(recent).toContainText(`${count(GEXF, /<node\s/g)} nodes`);
});

// Issue 10, actions on a selection of many: neighbours, focus, remove (keys), pin, path search,
// and export of only the selection; Back undoes what changed the view. Expectations from graph.json.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { counts, interpol, label, neighbours } from './interpol-graph.js';

const canvas = (page: Page) => page.getByTestId('graph-canvas');
const rows = (page: Page) => page.getByTestId('data-table-row');
const ALL = interpol.nodes.length;
const ids = interpol.nodes.map((n) => n.key);

async function start(page: Page) {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(ALL));
  await page.getByTestId('data-table-toggle').click();
  await expect(page.getByTestId('data-table')).toHaveAttribute('data-rows', String(ALL));
}

/** Rows first…last of the table (graph order) selected with a click and a Shift+click. */
async function selectRows(page: Page, first: number, last: number) {
  await rows(page).nth(first).click();
  if (last > first) await rows(page).nth(last).click({ modifiers: ['Shift'] });
  await expect(canvas(page)).toHaveAttribute('data-selected-nodes', String(last - first + 1));
}

test('neighbours (N) then Focus shows exactly them; Back restores the view', async ({ page }) => {
  await start(page);
  const id = ids[0] as string;
  const expected = new Set([id, ...neighbours(id)]);
  await selectRows(page, 0, 0);
  await page.keyboard.press('n');
  await expect(canvas(page)).toHaveAttribute('data-selected-nodes', String(expected.size));
  const selected = ((await canvas(page).getAttribute('data-selected')) ?? '').split(' ').sort();
  expect(selected).toEqual([...expected].sort());
  await page.getByTestId('selection-focus').click();
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(expected.size));
  await expect(canvas(page)).toHaveAttribute('data-visible-edges', String(counts(expected).edges));
  await page.getByTestId('history-back').click();
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(ALL));
});

test('Delete removes every selected node, Back brings them back; Pin pins them all', async ({ page }) => {
  await start(page);
  await selectRows(page, 1, 3);
  await page.getByTestId('data-table-grid').blur();
  await page.keyboard.press('Delete');
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(ALL - 3));
  // The table still lists them (the graph's truth), marked hidden.
  await expect(rows(page).nth(2)).toHaveAttribute('data-hidden', 'true');
  await page.getByTestId('history-back').click();
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(ALL));
  await expect(rows(page).nth(2)).toHaveAttribute('data-hidden', 'false');

  await selectRows(page, 1, 2);
  await page.getByTestId('selection-pin').click();
  for (const at of [1, 2]) {
    await rows(page).nth(at).click();
    await expect(page.getByTestId('action-pin')).toHaveAttribute('aria-pressed', 'true');
  }
  await rows(page).nth(3).click();
  await expect(page.getByTestId('action-pin')).toHaveAttribute('aria-pressed', 'false');
});

test('Path… puts the first two selected nodes into the path search', async ({ page }) => {
  await start(page);
  await selectRows(page, 0, 1);
  await page.getByTestId('selection-path').click();
  await expect(page.getByTestId('path-from')).toHaveValue(label(ids[0] as string));
  await expect(page.getByTestId('path-to')).toHaveValue(label(ids[1] as string));
  await expect(page.getByTestId('path-run')).toBeEnabled();
});

test('Export… exports only the selection: its nodes and the edges among them', async ({ page }) => {
  await start(page);
  await selectRows(page, 0, 4);
  await page.getByTestId('selection-export').click();
  await expect(page.getByTestId('export-scope-selection')).toBeChecked();
  await page.getByTestId('export-format').selectOption('json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { nodes: { key: string }[]; edges: { key: string }[] };
  const picked = new Set(ids.slice(0, 5));
  expect(file.nodes.map((n) => n.key).sort()).toEqual([...picked].sort());
  const among = interpol.edges.filter((e) => picked.has(e.source) && picked.has(e.target)).map((e) => e.key);
  expect(file.edges.map((e) => e.key).sort()).toEqual(among.sort());
});

test('Select rows selects every row the table filter keeps; H hides them all, Back shows them', async ({ page }) => {
  await start(page);
  const degree = new Map<string, number>();
  for (const e of interpol.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  type RawNode = { key: string; attributes: { label: string; kind: string; date?: string } };
  const matching = (interpol.nodes as unknown as RawNode[]).filter((n) =>
    [n.key, n.attributes.label, n.attributes.kind, n.attributes.date ?? '', String(degree.get(n.key) ?? 0)].some((c) => c.toLowerCase().includes('person')),
  );
  await page.getByTestId('data-table-filter').fill('person');
  await expect(page.getByTestId('data-table')).toHaveAttribute('data-rows', String(matching.length));
  await page.getByTestId('data-table-select-rows').click();
  await expect(canvas(page)).toHaveAttribute('data-selected-nodes', String(matching.length));
  await page.getByTestId('selection-hide').click();
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(ALL - matching.length));
  await page.getByTestId('history-back').click();
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(ALL));
});

// Issue 3 in the browser host: filter by allegation (counts, chips, reset, pins, history),
// find paths (hops and quotes against a BFS of graph.json), measure the network (top
// betweenness against graphology-metrics), and saved views (reload, export, import).
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { edgeById, edgesPerType, filteredCounts, graph, topBetweenness, undirectedDistance } from './analysis-expect.js';
import { label } from './interpol-graph.js';

const canvas = (page: Page) => page.getByTestId('graph-canvas');
const ALL = { nodes: graph.nodes.length, edges: graph.edges.length };
const TYPE = 'intelligence_ties';
const withoutType = filteredCounts((e) => e.attributes.allegation?.type !== TYPE);

async function expectCanvas(page: Page, expected: { nodes: number; edges: number }) {
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(expected.nodes));
  await expect(canvas(page)).toHaveAttribute('data-visible-edges', String(expected.edges));
}

async function open(page: Page) {
  await page.goto('/');
  await expectCanvas(page, ALL);
  // Facets are in once the allegation boxes are drawn.
  await expect(page.getByTestId(`filter-allegation-${TYPE}`)).toBeVisible();
}

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function pick(page: Page, testId: string, query: string, id: string, resultId = `${testId}-result`) {
  await page.getByTestId(testId).fill(query);
  const hit = page.getByTestId(resultId).filter({ has: page.locator('.hit-label', { hasText: exact(label(id)) }) });
  await expect(hit).toHaveCount(1);
  await hit.click();
}

test('with “keep other relations”, allegation boxes count edges; unticking one hides its edges and orphans; chips; reset; back', async ({ page }) => {
  await open(page);
  // The behaviour before allegation boxes picked allegations, kept behind the toggle.
  await page.getByTestId('filter-keep-relations').check();
  for (const [type, count] of edgesPerType()) {
    await expect(page.getByTestId(`filter-allegation-${type}`)).toHaveAttribute('data-count', String(count));
  }
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);

  await page.getByTestId(`filter-allegation-${TYPE}`).uncheck();
  await expectCanvas(page, withoutType);
  expect(withoutType.nodes).toBeLessThan(ALL.nodes); // the type cuts a node off: the orphan rule is exercised
  // The allegation chip, and the chip saying other relations are kept.
  await expect(page.getByTestId('filter-chip')).toHaveCount(2);
  await expect(page.getByTestId('filter-chip').first()).toContainText('Allegation');
  await expect(page.getByTestId('filter-chip').nth(1)).toHaveText(/Other relations kept/);
  await expect(page.getByTestId('status-bar')).toContainText(`Showing ${withoutType.nodes} nodes, ${withoutType.edges} edges`);

  // Reset restores everything; Back brings the filter back; Forward clears it again.
  await page.getByTestId('filters-panel').getByTestId('filter-reset').click();
  await expectCanvas(page, ALL);
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
  await page.getByTestId('history-back').click();
  await expectCanvas(page, withoutType);
  await expect(page.getByTestId(`filter-allegation-${TYPE}`)).not.toBeChecked();
  await expect(page.getByTestId('filter-chip')).toHaveCount(2);
  await page.getByTestId('history-forward').click();
  await expectCanvas(page, ALL);

  // The chip's × removes its constraint.
  await page.getByTestId(`filter-allegation-${TYPE}`).uncheck();
  await expectCanvas(page, withoutType);
  await page.getByTestId('filter-chip').first().getByRole('button').click();
  await expectCanvas(page, ALL);
});

test('a pinned node survives the filter; a filter that leaves nothing says so and resets in one click', async ({ page }) => {
  await open(page);
  await page.getByTestId('filter-keep-relations').check();
  // The node the type would cut off.
  const kept = new Set(graph.edges.filter((e) => e.attributes.allegation?.type !== TYPE).flatMap((e) => [e.source, e.target]));
  const orphan = graph.edges.filter((e) => e.attributes.allegation?.type === TYPE).flatMap((e) => [e.source, e.target]).find((id) => !kept.has(id));
  if (!orphan) throw new Error(`no node loses all its edges without ${TYPE}`);
  await pick(page, 'search-input', label(orphan), orphan, 'search-result');
  await page.getByTestId('action-pin').click();
  await expect(page.getByTestId('action-pin')).toHaveText('Unpin');
  await page.getByTestId(`filter-allegation-${TYPE}`).uncheck();
  await expectCanvas(page, filteredCounts((e) => e.attributes.allegation?.type !== TYPE, new Set([orphan])));

  // No kind at all: nothing but the pin; unpinned, nothing, and the canvas says so.
  await page.locator('.filter-group[data-group="kinds"] > summary').click();
  await page.getByTestId('filter-kind-none').click();
  await expectCanvas(page, { nodes: 1, edges: 0 });
  await page.getByTestId('action-pin').click();
  await expectCanvas(page, { nodes: 0, edges: 0 });
  const empty = page.getByTestId('filter-empty');
  await expect(empty).toContainText('matches the active filters');
  await empty.getByTestId('filter-reset').click();
  await expectCanvas(page, ALL);
});

test('finds the path from Bill Browder to Alexander Prokopchuk, hop by hop with quotes', async ({ page }) => {
  await open(page);
  const from = 'bill-browder';
  const to = 'alexander-prokopchuk';
  // P opens the path finder with the focus in its first box.
  await page.keyboard.press('p');
  await expect(page.getByTestId('path-from')).toBeFocused();
  await pick(page, 'path-from', 'Browder', from);
  await pick(page, 'path-to', 'Prokopchuk', to);
  await page.getByTestId('path-run').click();

  const hops = page.getByTestId('path-hop');
  await expect(hops).toHaveCount(undirectedDistance(from, to));
  await checkHops(page, from, to);
  // Every hop is highlighted and on screen.
  await expectCanvas(page, ALL);

  // Through a filter without the "opposes" relation the chain is longer, and avoids it.
  await page.locator('.filter-group[data-group="relations"] > summary').click();
  await page.getByTestId('filter-relation-opposes').uncheck();
  await page.getByTestId('path-run').click();
  const around = undirectedDistance(from, to, (e) => e.attributes.relation !== 'opposes');
  expect(around).toBeGreaterThan(undirectedDistance(from, to));
  await expect(hops).toHaveCount(around);
  const relations = await hops.evaluateAll((items) => items.map((li) => li.getAttribute('data-edge') ?? ''));
  for (const id of relations) expect(edgeById.get(id)?.attributes.relation).not.toBe('opposes');
  await checkHops(page, from, to);

  // A quote opens the source at the passage.
  const first = edgeById.get(relations[0] ?? '')?.attributes.evidence[0]?.quote ?? '';
  await page.getByTestId('path-hop-quote').first().click();
  await expect(page.getByTestId('source-viewer').locator('mark')).toHaveText(first);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('source-viewer')).toHaveCount(0);

  // Nothing gets through a filter of no relations: the panel says so and offers a way out.
  await page.locator('.filter-group[data-group="relations"]').getByTestId('filter-relation-none').click();
  await page.getByTestId('path-run').click();
  await expect(page.getByTestId('path-none')).toContainText('through the active filters');
  await page.getByTestId('path-none').getByRole('button', { name: 'search ignoring them' }).click();
  await expect(hops).toHaveCount(undirectedDistance(from, to));

  // Enter in a picker runs; all simple paths up to 3 hops (there are more than 2), capped at 2, says it is capped.
  await page.getByTestId('path-through-filter').uncheck();
  await page.getByTestId('path-mode-all').check();
  await page.getByTestId('path-max').fill('3');
  await page.getByTestId('path-cap').fill('2');
  await page.getByTestId('path-to').press('Enter');
  await expect(page.getByTestId('path-choice')).toHaveCount(2);
  await expect(page.getByTestId('path-capped')).toBeVisible();
});

async function checkHops(page: Page, from: string, to: string) {
  const hops = await page.getByTestId('path-hop').evaluateAll((items) =>
    items.map((li) => ({
      edge: li.getAttribute('data-edge') ?? '',
      from: li.getAttribute('data-from') ?? '',
      to: li.getAttribute('data-to') ?? '',
      quote: li.querySelector('[data-testid="path-hop-quote"]')?.textContent ?? '',
      text: li.querySelector('.hop-line')?.textContent ?? '',
    })),
  );
  let at = from;
  for (const hop of hops) {
    const edge = edgeById.get(hop.edge);
    if (!edge) throw new Error(`hop over unknown edge ${hop.edge}`);
    expect(hop.from).toBe(at);
    expect([edge.source, edge.target].sort()).toEqual([hop.from, hop.to].sort());
    expect(hop.quote).toBe(`“${edge.attributes.evidence[0]?.quote ?? ''}”`);
    expect(hop.text).toContain(label(hop.from));
    expect(hop.text).toContain(label(hop.to));
    at = hop.to;
  }
  expect(at).toBe(to);
}

test('why connected: the direct relations with quotes and the shared neighbours; Escape closes the panel', async ({ page }) => {
  await open(page);
  const [a, b] = ['bill-browder', 'alexander-prokopchuk'];
  await pick(page, 'search-input', label(a), a, 'search-result');
  await page.getByTestId('action-compare').click();
  await expect(page.getByTestId('compare-with')).toBeFocused();
  await pick(page, 'compare-with', 'Prokopchuk', b);
  const direct = graph.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
  const around = (id: string) => new Set(graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])));
  const shared = [...around(a)].filter((n) => around(b).has(n) && n !== a && n !== b);
  await expect(page.getByTestId('compare-direct')).toHaveCount(direct.length);
  for (const [i, edge] of direct.entries()) {
    await expect(page.getByTestId('compare-direct').nth(i).getByTestId('evidence-quote').first()).toHaveText(`“${edge.attributes.evidence[0]?.quote ?? ''}”`);
  }
  await expect(page.getByTestId('compare-shared')).toHaveText(shared.map(label).sort((x, y) => x.localeCompare(y)));
  await page.getByTestId('compare-shared').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('side-tab-details')).toHaveAttribute('aria-selected', 'true');
});

test('sizes by betweenness and ranks the top broker first; a row selects the node', async ({ page }) => {
  await open(page);
  const top = topBetweenness();
  await page.getByTestId('side-tab-measures').click();
  await page.getByTestId('measure-select').selectOption('betweenness');
  const rows = page.getByTestId('ranking-row');
  await expect(rows.first()).toBeVisible();
  expect(top.ids).toContain(await rows.first().getAttribute('data-node'));
  await expect(page.getByTestId('measure-exactness')).toContainText('Exact');
  await page.getByTestId('measure-communities').check();
  await expect(page.getByTestId('community-legend')).toContainText('communities · modularity');
  await rows.first().getByRole('button').click();
  await page.getByTestId('side-tab-details').click();
  await expect(page.getByTestId('details-panel').locator('h2')).toHaveText(label(top.ids[0] ?? ''));
});

test('saves a view, keeps it across a reload, exports and imports it, and refuses bad or foreign files', async ({ page }, info) => {
  await open(page);
  await page.getByTestId('filter-keep-relations').check();
  await page.getByTestId(`filter-allegation-${TYPE}`).uncheck();
  await expectCanvas(page, withoutType);
  await page.getByTestId('side-tab-views').click();
  await page.getByTestId('view-name').fill('Without KGB ties');
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('saved-view')).toHaveCount(1);

  await page.reload();
  await open(page);
  await page.getByTestId('side-tab-views').click();
  await page.getByTestId('saved-view-open').click();
  await expectCanvas(page, withoutType);
  await expect(page.getByTestId(`filter-allegation-${TYPE}`)).not.toBeChecked();
  await expect(page.getByTestId('filter-chip')).toHaveCount(2);

  // Export, delete, import the exported file: the same view comes back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('saved-view-export').click()]);
  const file = info.outputPath('view.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { name: string; filter: { allegationTypes?: string[]; keepRelations?: boolean }; dataset: { id: string } };
  expect(exported.filter.keepRelations).toBe(true);
  expect(exported.name).toBe('Without KGB ties');
  expect(exported.dataset.id).toBe('interpol-2018');
  expect(exported.filter.allegationTypes?.slice().sort()).toEqual([...edgesPerType().keys()].filter((t) => t !== TYPE).sort());
  await page.getByTestId('saved-view-delete').click();
  await expect(page.getByTestId('saved-view')).toHaveCount(0);
  await page.getByTestId('view-import-file').setInputFiles(file);
  await expect(page.getByTestId('saved-view')).toHaveCount(1);
  await page.getByTestId('filters-panel').getByTestId('filter-reset').click();
  await expectCanvas(page, ALL);
  await page.getByTestId('saved-view-open').click();
  await expectCanvas(page, withoutType);

  // A bad file names what is wrong and changes nothing.
  const bad = info.outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ ...exported, filter: { statuses: ['rumoured'] } }));
  await page.getByTestId('view-import-file').setInputFiles(bad);
  await expect(page.getByTestId('view-error')).toContainText('filter.statuses.0');
  await expect(page.getByTestId('saved-view')).toHaveCount(1);

  // A view saved for another dataset is listed but refused, naming the dataset.
  const foreign = info.outputPath('foreign.json');
  writeFileSync(foreign, JSON.stringify({ ...exported, name: 'Elsewhere', dataset: { id: 'other-graph', name: 'Another graph' } }));
  await page.getByTestId('view-import-file').setInputFiles(foreign);
  const elsewhere = page.getByTestId('saved-view').filter({ hasText: 'Elsewhere' });
  await expect(elsewhere).toHaveCount(1);
  await page.getByTestId('filters-panel').getByTestId('filter-reset').click();
  await expectCanvas(page, ALL);
  await elsewhere.getByTestId('saved-view-open').click();
  await expect(page.getByTestId('view-error')).toContainText('Another graph');
  await expectCanvas(page, ALL);
});

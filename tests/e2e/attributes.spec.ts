// Every attribute visible and usable, on real files from other tools: range filters on a node
// attribute and an edge attribute of Gephi Lite's Les Misérables (visible counts and facet
// counts checked against the file, parsed here with plain code), Back undoing one, a term filter
// with counts on a declared default (gexf-spec data.gexf), and the Details panel listing file
// attributes with https addresses as links that open outside the app window (yEd's file).
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sharedData } from '../shared-data.js';

const LES_MIS = sharedData('gexf/gephi-lite/Les_Miserables.gexf');
const DATA = sharedData('gexf/gexf-spec/data.gexf');
const YED = sharedData('graphml/yed/yed_created_edges.graphml');

// ---- the files, read with regular expressions (an oracle independent of the importers) ----

interface Parsed {
  nodes: { id: string; label: string; values: Record<string, string> }[];
  edges: { source: string; target: string; values: Record<string, string> }[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function attvalues(body: string, titles: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/<attvalue\s+for="([^"]*)"\s+value="([^"]*)"/g)) out[titles.get(m[1] ?? '') ?? ''] = m[2] ?? '';
  return out;
}

/** A static GEXF: nodes and edges with their attvalues by title, declared defaults filled in. */
function parseGexf(path: string): Parsed {
  const xml = readFileSync(path, 'utf8');
  const titles = new Map<string, string>();
  const defaults: Record<'node' | 'edge', Record<string, string>> = { node: {}, edge: {} };
  for (const block of xml.matchAll(/<attributes\s+class="(node|edge)"[^>]*>([\s\S]*?)<\/attributes>/g)) {
    for (const a of (block[2] ?? '').matchAll(/<attribute\s+([^>]*?)\/?>(?:\s*<default>([^<]*)<\/default>\s*<\/attribute>)?/g)) {
      const id = attr(` ${a[1]}`, 'id') ?? '';
      const title = attr(` ${a[1]}`, 'title') ?? id;
      titles.set(id, title);
      if (a[2] !== undefined) defaults[block[1] as 'node' | 'edge'][title] = a[2];
    }
  }
  const nodes = [...xml.matchAll(/<node\s([^>]*?)(?:\/>|>([\s\S]*?)<\/node>)/g)].map((m) => ({
    id: attr(` ${m[1]}`, 'id') ?? '',
    label: attr(` ${m[1]}`, 'label') ?? '',
    values: { ...defaults.node, ...attvalues(m[2] ?? '', titles) },
  }));
  const edges = [...xml.matchAll(/<edge\s([^>]*?)(?:\/>|>([\s\S]*?)<\/edge>)/g)].map((m) => ({
    source: attr(` ${m[1]}`, 'source') ?? '',
    target: attr(` ${m[1]}`, 'target') ?? '',
    values: { ...defaults.edge, ...attvalues(m[2] ?? '', titles) },
  }));
  return { nodes, edges };
}

/**
 * What the filters show, by the rules the panel states: edges pass their own filter and need
 * both ends; a node passes its own filter and stays if it has a shown edge or had none at all.
 */
function expected(g: Parsed, nodeOk: (n: Parsed['nodes'][number]) => boolean, edgeOk: (e: Parsed['edges'][number]) => boolean) {
  const passing = new Set(g.nodes.filter(nodeOk).map((n) => n.id));
  const edges = g.edges.filter((e) => passing.has(e.source) && passing.has(e.target) && edgeOk(e));
  const hadEdge = new Set(g.edges.flatMap((e) => [e.source, e.target]));
  const hasEdge = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = [...passing].filter((id) => hasEdge.has(id) || !hadEdge.has(id));
  return { nodes: nodes.length, edges: edges.length, passing: passing.size };
}

// ---- helpers -----------------------------------------------------------------------------

const canvas = (page: Page) => page.getByTestId('graph-canvas');

async function expectCanvas(page: Page, counts: { nodes: number; edges: number }) {
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(counts.nodes));
  await expect(canvas(page)).toHaveAttribute('data-visible-edges', String(counts.edges));
}

async function open(page: Page, path: string, graph: Parsed) {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(path);
  const counts = { nodes: graph.nodes.length, edges: graph.edges.length };
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', String(counts.nodes));
  await expectCanvas(page, counts);
}

const filterRow = (page: Page, key: string) => page.getByTestId('attribute-filter').and(page.locator(`[data-key="${key}"]`));

async function expectFacet(page: Page, key: string, counts: { matching: number; shown: number }) {
  const count = filterRow(page, key).getByTestId('attribute-filter-count');
  await expect(count).toHaveAttribute('data-matching', String(counts.matching));
  await expect(count).toHaveAttribute('data-shown', String(counts.shown));
}

async function setRange(page: Page, key: string, bound: 'min' | 'max', value: string) {
  const box = filterRow(page, key).getByTestId(`attribute-filter-${bound}`);
  await box.fill(value);
  await box.press('Enter');
}

// ---- tests -------------------------------------------------------------------------------

test('range filters on a node and an edge attribute: visible and facet counts match the file; Back undoes one; a saved view keeps them', async ({ page }) => {
  const g = parseGexf(LES_MIS);
  await open(page, LES_MIS, g);
  const cls = (n: Parsed['nodes'][number]) => Number(n.values.modularity_class);
  const co = (e: Parsed['edges'][number]) => Number(e.values.cooccurrence);
  const add = page.getByTestId('attribute-filter-add');
  await expect(add.locator('option')).toContainText([`modularity_class (number, ${g.nodes.length})`]);

  // modularity_class from 2 to 4, both included.
  await add.selectOption({ label: `modularity_class (number, ${g.nodes.filter((n) => n.values.modularity_class !== undefined).length})` });
  await expectFacet(page, 'modularity_class', { matching: g.nodes.length, shown: g.nodes.length });
  await setRange(page, 'modularity_class', 'min', '2');
  await setRange(page, 'modularity_class', 'max', '4');
  const byClass = expected(g, (n) => cls(n) >= 2 && cls(n) <= 4, () => true);
  expect(byClass.passing).toBeGreaterThan(0);
  await expectCanvas(page, byClass);
  await expectFacet(page, 'modularity_class', { matching: byClass.passing, shown: g.nodes.length });
  await expect(page.getByTestId('filter-chip').filter({ hasText: 'modularity_class: 2 – 4' })).toHaveCount(1);
  // The Kind box counts what would show: the same nodes.
  await expect(page.getByTestId('filter-kind-other')).toHaveAttribute('data-count', String(byClass.nodes));

  // An edge attribute on top: cooccurrence ≥ 3.
  await add.selectOption({ label: `cooccurrence (number, ${g.edges.length})` });
  await setRange(page, 'cooccurrence', 'min', '3');
  const both = expected(g, (n) => cls(n) >= 2 && cls(n) <= 4, (e) => co(e) >= 3);
  await expectCanvas(page, both);
  // Each facet leaves its own filter open and applies the other.
  const edgesOpen = expected(g, (n) => cls(n) >= 2 && cls(n) <= 4, () => true);
  await expectFacet(page, 'cooccurrence', { matching: both.edges, shown: edgesOpen.edges });
  const coOnly = g.edges.filter((e) => co(e) >= 3);
  const hadEdge = new Set(g.edges.flatMap((e) => [e.source, e.target]));
  const nodesOpen = g.nodes.filter((n) => coOnly.some((e) => e.source === n.id || e.target === n.id) || !hadEdge.has(n.id));
  await expectFacet(page, 'modularity_class', { matching: nodesOpen.filter((n) => cls(n) >= 2 && cls(n) <= 4).length, shown: nodesOpen.length });

  // Back: the edge range goes (its row stays, as it was just after it was added), the node range stays.
  await page.getByTestId('history-back').click();
  await expectCanvas(page, byClass);
  await expect(filterRow(page, 'cooccurrence')).toHaveAttribute('data-constrained', 'false');
  await expect(filterRow(page, 'cooccurrence').getByTestId('attribute-filter-min')).toHaveValue('');
  await expect(filterRow(page, 'modularity_class').getByTestId('attribute-filter-min')).toHaveValue('2');

  // A saved view keeps the attribute filters: reset, open it, the same nodes come back.
  await page.getByTestId('side-tab-views').click();
  await page.getByTestId('view-name').fill('Classes 2 to 4');
  await page.getByTestId('view-save').click();
  await page.getByTestId('filters-panel').getByTestId('filter-reset').click();
  await expectCanvas(page, { nodes: g.nodes.length, edges: g.edges.length });
  await expect(page.getByTestId('attribute-filter')).toHaveCount(0);
  await page.getByTestId('saved-view-open').click();
  await expectCanvas(page, byClass);
  await expect(filterRow(page, 'modularity_class').getByTestId('attribute-filter-max')).toHaveValue('4');
});

test('a term filter lists values with their counts, the file’s declared default included', async ({ page }) => {
  const g = parseGexf(DATA);
  await open(page, DATA, g);
  const frogs = (value: string) => g.nodes.filter((n) => n.values.frog === value).length;
  await page.getByTestId('attribute-filter-add').selectOption({ label: `frog (yes/no, ${g.nodes.length})` });
  const terms = filterRow(page, 'frog').getByTestId('attribute-term');
  await expect(terms).toHaveCount(2);
  await expect(terms.and(page.locator('[data-value="true"]'))).toHaveAttribute('data-count', String(frogs('true')));
  await expect(terms.and(page.locator('[data-value="false"]'))).toHaveAttribute('data-count', String(frogs('false')));
  expect(frogs('true')).toBe(3); // three nodes take the <default>true</default>

  await terms.and(page.locator('[data-value="true"]')).check();
  await expectCanvas(page, expected(g, (n) => n.values.frog === 'true', () => true));
  await expectFacet(page, 'frog', { matching: frogs('true'), shown: g.nodes.length });
  await expect(page.getByTestId('filter-chip').filter({ hasText: 'frog: true' })).toHaveCount(1);
});

test('Details lists file attributes: a declared default, numbers, and https addresses as links that leave the app window alone', async ({ page }) => {
  const g = parseGexf(DATA);
  await open(page, DATA, g);
  await page.getByTestId('search-input').fill('Gephi');
  await page.getByTestId('search-result').filter({ hasText: 'Gephi' }).first().click();
  const details = page.getByTestId('details-attributes');
  const gephi = g.nodes.find((n) => n.label === 'Gephi');
  await expect(details.locator('.attr[data-key="frog"] dd')).toHaveText(gephi?.values.frog === 'true' ? 'yes' : 'no');
  await expect(details.locator('.attr[data-key="indegree"] dd')).toHaveText(String(Number(gephi?.values.indegree)));
  // http is not among the addresses the app hands to the browser: text, not a link.
  await expect(details.locator('.attr[data-key="url"] dd')).toHaveText(gephi?.values.url ?? '?');
  await expect(details.locator('.attr[data-key="url"] a')).toHaveCount(0);

  // yEd's file: a node's url key, and an edge's url and description keys.
  const yed = readFileSync(YED, 'utf8');
  const dataOf = (element: string, key: string) => new RegExp(`${element}[\\s\\S]*?<data key="${key}"[^>]*><!\\[CDATA\\[([^\\]]*)\\]\\]>`).exec(yed)?.[1] ?? '?';
  const href = dataOf('<node id="n0">', 'd4');
  await page.getByTestId('open-file-input').setInputFiles(YED);
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-format', 'graphml');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('search-input').fill('Turin');
  await page.getByTestId('search-result').filter({ hasText: 'Turin' }).first().click();
  await expect(details.locator('.attr[data-key="url"] dd')).toHaveText(dataOf('<node id="n1">', 'd4'));
  await page.getByTestId('details-panel').locator('li', { hasText: 'Brescia' }).getByRole('button', { name: 'why?' }).click();
  await expect(details.locator('.attr[data-key="description"] dd')).toHaveText(dataOf('<edge id="e0"', 'd9'));
  await expect(details.locator('.attr[data-key="url"] a')).toHaveAttribute('href', dataOf('<edge id="e0"', 'd8'));
  await page.getByTestId('search-input').fill('Ivrea');
  await page.getByTestId('search-result').filter({ hasText: 'Ivrea' }).first().click();
  const link = details.locator('.attr[data-key="url"] a');
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');

  // A click opens a new window (the Electron host turns that into its confirmed openExternal);
  // the app stays where it was, with its graph.
  await page.context().route(href, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'outside' }));
  const appUrl = page.url();
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect.poll(() => popup.url()).toBe(href);
  await popup.close();
  expect(page.url()).toBe(appUrl);
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-format', 'graphml');
});

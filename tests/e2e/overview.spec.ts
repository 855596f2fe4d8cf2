// A graph far past what the canvas draws (200,000 nodes, 600,000 edges, 40 planted
// communities) opens on an overview of its communities; the status bar says what is shown
// and what is not; expanding a community draws its members, and search still reaches any
// node. Expected numbers come from the generator's parameters and its planted groups.
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { communityOf, generateElements, type GenerateOptions, writeGraphFile } from '../../scripts/generate-graph.js';

const NODES = 200_000;
const EDGES = 600_000;
const PLANTED = 40;
const OPTIONS: GenerateOptions = { nodes: NODES, edges: EDGES, seed: 11, lean: true, communities: PLANTED };
/** Members overviewMembers brings in at once (its documented default). */
const MEMBER_LIMIT = 500;
const fmt = (n: number) => n.toLocaleString('en-US');

let dir = '';
let file = '';
const labels = new Map<number, string>();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'redthread-overview-'));
  file = join(dir, 'synthetic-200k.json');
  await writeGraphFile(OPTIONS, file, (node, i) => {
    if (i === NODES - 1) labels.set(i, node.attributes.label);
  });
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 200,000-node graph opens on its communities, one expands into its members, and search reaches any node', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('/');
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();
  await page.getByTestId('open-file-input').setInputFiles(file);

  const overview = page.locator('[data-testid="overview"][data-ready="true"]');
  await expect(overview).toBeVisible({ timeout: 540_000 });
  const status = page.getByTestId('overview-status');
  await expect(status).toHaveAttribute('data-mode', 'overview');
  await expect(status).toHaveAttribute('data-nodes', String(NODES));
  await expect(status).toHaveAttribute('data-undrawn-edges', String(EDGES));
  await expect(status).toContainText(`communities of ${fmt(NODES)} nodes`);
  await expect(status).toContainText(`${fmt(EDGES)} edges not drawn`);
  // Nothing of the graph itself is drawn yet, and the canvas holds nothing of the last graph
  // (kept unseen, the Interpol case's elements were restyled and redrawn for this graph's looks).
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-visible-nodes', '0');
  expect(await page.getByTestId('graph-canvas').evaluate((el) => (el as unknown as { _cyreg: { cy: { elements(): { length: number } } } })._cyreg.cy.elements().length)).toBe(0);
  // The filters say so, rather than "Counting…" for as long as the overview shows, and the
  // overview does not promise that they cover the whole graph.
  await expect(page.getByTestId('filter-status')).toHaveText('Nothing on screen to filter');
  await expect(page.locator('.overview-note')).toContainText('filters act on what is drawn');

  // The listed communities are as many as the status says, and hold the nodes it says they hold.
  const groups = Number(await status.getAttribute('data-groups'));
  // Louvain may join a few planted groups (the generator's hubs tie them), never lump them all.
  expect(groups).toBeGreaterThanOrEqual(PLANTED / 2);
  const sizes = (await page.locator('[data-testid^="overview-size-"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-size')))));
  expect(sizes).toHaveLength(groups);
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(Number(await status.getAttribute('data-grouped-nodes')));
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(NODES);
  await expect(status).toContainText(`Overview: ${fmt(groups)} communities`);

  // The map names communities where their names fit at a readable size: the largest among them,
  // none over another, none cut by the map's edge.
  const largestId = (await page.locator('[data-testid^="overview-size-"]').first().getAttribute('data-testid'))?.replace('overview-size-', 'g');
  const map = page.getByTestId('overview-canvas');
  const named = await map.evaluate((el) => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    type Circle = { id(): string; renderedBoundingBox(o: object): Box; style(p: string): string };
    const cy = (el as unknown as { _cyreg: { cy: { nodes(s: string): { map<T>(f: (n: Circle) => T): T[] }; width(): number; height(): number; zoom(): number } } })._cyreg.cy;
    const boxes = cy.nodes('.labelled').map((n) => ({ id: n.id(), font: parseFloat(n.style('font-size')) * cy.zoom(), ...n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
    return { boxes, width: cy.width(), height: cy.height() };
  });
  expect(named.boxes.length).toBeGreaterThanOrEqual(5);
  expect(named.boxes.map((b) => b.id)).toContain(largestId);
  for (const [i, a] of named.boxes.entries()) {
    expect(a.font).toBeGreaterThanOrEqual(9);
    expect(a.x1 >= 0 && a.x2 <= named.width && a.y2 <= named.height, `${a.id} inside the map`).toBe(true);
    for (const b of named.boxes.slice(i + 1)) expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1, `${a.id} clear of ${b.id}`).toBe(true);
  }
  // Zoomed in, the names are placed again, still at the same size on screen.
  const zoomedFonts = () =>
    map.evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: { nodes(s: string): { map<T>(f: (n: { style(p: string): string }) => T): T[] }; zoom(): number } } })._cyreg.cy;
      return cy.nodes('.labelled').map((n) => Math.round(parseFloat(n.style('font-size')) * cy.zoom()));
    });
  const fontAtFit = (await zoomedFonts())[0];
  await map.evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: { zoom(o?: object): number; width(): number; height(): number } } })._cyreg.cy;
    cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await expect.poll(async () => [...new Set(await zoomedFonts())]).toEqual([fontAtFit]);

  // Expanding the largest community draws its best-connected members…
  const largest = sizes[0] ?? 0;
  const shown = Math.min(MEMBER_LIMIT, largest);
  await page.getByTestId('overview-expand-0').click();
  const canvas = page.locator(`[data-testid="graph-canvas"][data-ready="true"][data-visible-nodes="${shown}"]`);
  await expect(canvas).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('overview')).toBeHidden();
  await expect(status).toHaveAttribute('data-mode', 'canvas');
  await expect(status).toHaveAttribute('data-undrawn-nodes', String(NODES - shown));
  await expect(status).toContainText(`${fmt(shown)} of ${fmt(largest)} members shown`);
  await expect(page.getByTestId('filter-status')).toContainText(`${fmt(shown)} nodes · `);
  // …which come from one or two of the generator's planted groups (node nK is in K mod 40)…
  const ids = await page.getByTestId('graph-canvas').evaluate((el) => (el as unknown as { _cyreg: { cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } } })._cyreg.cy.nodes().map((n) => n.id()));
  expect(ids).toHaveLength(shown);
  const planted = new Map<number, number>();
  for (const id of ids) {
    const c = communityOf(Number(id.slice(1)), PLANTED);
    planted.set(c, (planted.get(c) ?? 0) + 1);
  }
  const [first = 0, second = 0] = [...planted.values()].sort((a, b) => b - a);
  expect(first + second).toBeGreaterThan(shown * 0.8);
  // …with every edge the file has among them, counted from the generator's own elements.
  const members = new Set(ids);
  let among = 0;
  for (const element of generateElements(OPTIONS)) if ('edge' in element && members.has(element.edge.source) && members.has(element.edge.target)) among++;
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-visible-edges', String(among));

  // The overview comes back from the status bar.
  await page.getByTestId('overview-show').click();
  await expect(overview).toBeVisible();
  await expect(status).toHaveAttribute('data-mode', 'overview');

  // Search still covers the whole graph: the last node generated is found and drawn.
  const last = labels.get(NODES - 1) ?? '';
  await page.getByTestId('search-input').fill(last);
  await expect(page.getByTestId('search-result').first()).toContainText(last);
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('details-panel').locator('h2')).toHaveText(last);
  await expect(page.getByTestId('overview')).toBeHidden();
  await expect(page.getByTestId('overview-status')).toHaveAttribute('data-mode', 'canvas');
  // The hit joins the 500 members on the canvas (laying them out can take a while on a busy machine).
  await expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible({ timeout: 120_000 });
  const drawn = Number(await page.getByTestId('graph-canvas').getAttribute('data-visible-nodes'));
  expect(drawn).toBeGreaterThan(shown);
});

// "Filter by allegation" means "show me that allegation", on the Interpol data. The expected
// node and edge sets and every box's count come from graph.json through a second, plain
// implementation of the rules written in the Filters panel's help (FilterHelp.tsx), not
// through the service.
import { expect, type Page, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { interpol } from './interpol-graph.js';

interface Spec {
  allegationTypes?: string[];
  statuses?: string[];
  claimants?: string[];
  kinds?: string[];
  relations?: string[];
  /** Years, inclusive. */
  from?: number;
  to?: number;
  context?: number;
  keepRelations?: boolean;
}

interface RawNode {
  key: string;
  attributes: { kind: string; date?: string; roles?: { start?: string; end?: string; current?: boolean }[] };
}
interface RawEdgeFull {
  key: string;
  source: string;
  target: string;
  attributes: { relation: string; date?: string; allegation?: { type: string; status: string; claimant: string } };
}
const nodes = interpol.nodes as unknown as RawNode[];
const edges = interpol.edges as unknown as RawEdgeFull[];
const nodeById = new Map(nodes.map((n) => [n.key, n]));

const year = (d: string | undefined, end = false) => (d ? Number((end ? d.split('/').at(-1) : d.split('/')[0])?.slice(0, 4)) : NaN);

/** Year intervals an element is known by: its date, and for a node its roles (rule 1). */
function intervals(n: RawNode): [number, number][] {
  const out: [number, number][] = [];
  if (n.attributes.date) out.push([year(n.attributes.date), year(n.attributes.date, true)]);
  for (const r of n.attributes.roles ?? []) {
    const s = year(r.start);
    const e = year(r.end, true);
    if (!Number.isNaN(s) && !Number.isNaN(e)) out.push([s, e]);
    else if (!Number.isNaN(s)) out.push([s, r.current ? Infinity : s]);
    else if (!Number.isNaN(e)) out.push([e, e]);
  }
  return out;
}
const inRange = (list: [number, number][], spec: Spec) =>
  list.length === 0 || list.some(([lo, hi]) => lo <= (spec.to ?? Infinity) && hi >= (spec.from ?? -Infinity));

function expected(spec: Spec): { nodes: Set<string>; edges: Set<string> } {
  const nodeOk = (id: string) => {
    const n = nodeById.get(id);
    return !!n && (!spec.kinds || spec.kinds.includes(n.attributes.kind)) && inRange(intervals(n), spec);
  };
  const date = (e: RawEdgeFull): [number, number][] => (e.attributes.date ? [[year(e.attributes.date), year(e.attributes.date, true)]] : []);
  const linkOk = (e: RawEdgeFull) => (!spec.relations || spec.relations.includes(e.attributes.relation)) && inRange(date(e), spec) && nodeOk(e.source) && nodeOk(e.target);
  const matches = (e: RawEdgeFull) => {
    const a = e.attributes.allegation;
    if (!a) return true;
    return (!spec.allegationTypes || spec.allegationTypes.includes(a.type)) && (!spec.statuses || spec.statuses.includes(a.status)) && (!spec.claimants || spec.claimants.includes(a.claimant));
  };
  const walkable = edges.filter((e) => linkOk(e) && matches(e));
  const picks = spec.allegationTypes !== undefined || spec.statuses !== undefined || spec.claimants !== undefined;
  if (!picks || spec.keepRelations) {
    const had = new Set(edges.flatMap((e) => [e.source, e.target]));
    const has = new Set(walkable.flatMap((e) => [e.source, e.target]));
    return { nodes: new Set(nodes.map((n) => n.key).filter((id) => nodeOk(id) && (!had.has(id) || has.has(id)))), edges: new Set(walkable.map((e) => e.key)) };
  }
  const seeds = walkable.filter((e) => e.attributes.allegation);
  const shown = new Set(seeds.flatMap((e) => [e.source, e.target]));
  for (let step = 0; step < (spec.context ?? 0); step++) {
    const next = new Set(shown);
    for (const e of walkable) {
      if (e.source === e.target) continue;
      if (shown.has(e.source)) next.add(e.target);
      if (shown.has(e.target)) next.add(e.source);
    }
    next.forEach((id) => shown.add(id));
  }
  const shownEdges = (spec.context ?? 0) === 0 ? seeds : walkable.filter((e) => shown.has(e.source) && shown.has(e.target));
  return { nodes: shown, edges: new Set(shownEdges.map((e) => e.key)) };
}

/** What each box should count: shown with its own group left open. */
function boxCounts(spec: Spec): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (testId: string) => counts.set(testId, (counts.get(testId) ?? 0) + 1);
  const open = (key: keyof Spec) => ({ ...spec, [key]: undefined });
  for (const id of expected(open('allegationTypes')).edges) {
    const a = edges.find((e) => e.key === id)?.attributes.allegation;
    if (a) bump(`filter-allegation-${a.type}`);
  }
  for (const id of expected(open('statuses')).edges) {
    const a = edges.find((e) => e.key === id)?.attributes.allegation;
    if (a) bump(`filter-status-${a.status}`);
  }
  for (const id of expected(open('relations')).edges) bump(`filter-relation-${edges.find((e) => e.key === id)?.attributes.relation}`);
  for (const id of expected(open('kinds')).nodes) bump(`filter-kind-${nodeById.get(id)?.attributes.kind}`);
  return counts;
}

const canvas = (page: Page) => page.getByTestId('graph-canvas');

/** What Cytoscape draws (its instance is registered on the container), and whether it is all in frame. */
async function drawn(page: Page) {
  return canvas(page).evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const ext = cy.extent();
    const nodes = cy.nodes(':visible');
    let inFrame = true;
    nodes.forEach((n) => {
      const p = n.position();
      inFrame &&= p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    return { nodes: nodes.map((n) => n.id()).sort(), edges: cy.edges(':visible').map((e) => e.id()).sort(), inFrame };
  });
}

async function expectShown(page: Page, spec: Spec) {
  const want = expected(spec);
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(want.nodes.size));
  await expect(canvas(page)).toHaveAttribute('data-visible-edges', String(want.edges.size));
  await expect.poll(async () => (await drawn(page)).nodes).toEqual([...want.nodes].sort());
  expect((await drawn(page)).edges).toEqual([...want.edges].sort());
  // The header says what is on screen.
  await expect(page.getByTestId('filter-status')).toHaveText(`${want.nodes.size} node${want.nodes.size === 1 ? '' : 's'} · ${want.edges.size} edge${want.edges.size === 1 ? '' : 's'} on screen`);
  const counts = boxCounts(spec);
  const boxes = page.locator('[data-testid^="filter-"][data-count]');
  await expect.poll(async () => {
    const wrong: string[] = [];
    for (const box of await boxes.all()) {
      const id = (await box.getAttribute('data-testid')) ?? '';
      if (id.startsWith('filter-claimant-')) continue;
      const count = Number(await box.getAttribute('data-count'));
      if (count !== (counts.get(id) ?? 0)) wrong.push(`${id}: ${count}, expected ${counts.get(id) ?? 0}`);
    }
    return wrong;
  }).toEqual([]);
  return want;
}

const RED = 'red_notice_abuse';

test('ticking one allegation type shows those allegations and their actors; kind narrows them; context adds surroundings; the toggle restores the old behaviour', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId(`filter-allegation-${RED}`)).toBeVisible();
  await expect(page.getByTestId('filter-context')).toHaveValue('0');
  // Zoomed in first, so that framing what stays is something the app must do.
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');

  await page.getByTestId('filter-allegation-none').click();
  await page.getByTestId(`filter-allegation-${RED}`).check();
  const red = await expectShown(page, { allegationTypes: [RED] });
  expect(red.edges.size).toBe(edges.filter((e) => e.attributes.allegation?.type === RED).length);
  await expect.poll(async () => (await drawn(page)).inFrame).toBe(true);

  // Kind = Person: only red notices between two people; the Red notice box counts exactly those.
  await page.locator('.filter-group[data-group="kinds"] > summary').click();
  await page.getByTestId('filter-kind-none').click();
  await page.getByTestId('filter-kind-person').check();
  const people = await expectShown(page, { allegationTypes: [RED], kinds: ['person'] });
  await expect(page.getByTestId(`filter-allegation-${RED}`)).toHaveAttribute('data-count', String(people.edges.size));

  await page.getByTestId('filter-context').selectOption('1');
  await expectShown(page, { allegationTypes: [RED], kinds: ['person'], context: 1 });
  await page.getByTestId('filter-kind-all').click();
  await expectShown(page, { allegationTypes: [RED], context: 1 });
  await page.getByTestId('filter-context').selectOption('2');
  const wide = await expectShown(page, { allegationTypes: [RED], context: 2 });
  expect(wide.nodes.size).toBeGreaterThan(red.nodes.size);

  await page.getByTestId('filter-keep-relations').check();
  await expect(page.getByTestId('filter-context')).toBeDisabled();
  await expectShown(page, { allegationTypes: [RED], keepRelations: true });

  // Back walks the history of these changes, restoring the mode with the boxes.
  await page.getByTestId('history-back').click();
  await expectShown(page, { allegationTypes: [RED], context: 2 });
  await expect(page.getByTestId('filter-keep-relations')).not.toBeChecked();
});

test('claimant and relation combine with picked allegations as the help says', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('filter-help')).toContainText('Allegation, Status and Claimed by pick allegations');
  await page.locator('.filter-group[data-group="claimants"] > summary').click();
  await page.getByTestId('filter-claimant-none').click();
  await page.getByTestId('filter-claimant-united-kingdom').check();
  const uk = await expectShown(page, { claimants: ['united-kingdom'] });
  await page.locator('.filter-group[data-group="relations"] > summary').click();
  await page.getByTestId('filter-relation-none').click();
  await page.getByTestId('filter-relation-accuses').check();
  const accuses = await expectShown(page, { claimants: ['united-kingdom'], relations: ['accuses'] });
  expect(accuses.edges.size).toBeGreaterThan(0);
  expect(accuses.edges.size).toBeLessThan(uk.edges.size);
  await page.getByTestId('filter-relation-linked_to').check();
  await page.getByTestId('filter-context').selectOption('1');
  await expectShown(page, { claimants: ['united-kingdom'], relations: ['accuses', 'linked_to'], context: 1 });
});

test('dates narrow picked allegations by their own dates and their actors’ dates', async ({ page }) => {
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('filter-allegation-none').click();
  await page.getByTestId('filter-allegation-salisbury_poisoning').check();
  await page.getByTestId(`filter-allegation-${RED}`).check();
  await expectShown(page, { allegationTypes: ['salisbury_poisoning', RED] });
  await page.getByTestId('filter-date-from').fill('2017');
  await expectShown(page, { allegationTypes: ['salisbury_poisoning', RED], from: 2017 });
  // The chip names both years: the open end is the last year the data mentions.
  const years = [...nodes.flatMap((n) => intervals(n).flat()), ...edges.map((e) => year(e.attributes.date, true))].filter(Number.isFinite);
  await expect(page.getByTestId('filter-chip').filter({ hasText: 'Dates' })).toHaveText(`Dates: 2017 – ${Math.max(...years)}×`);
});

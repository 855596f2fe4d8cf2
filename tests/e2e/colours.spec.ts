// Colours that mean one thing: a selection is drawn in a colour that no legend entry
// uses (in both themes), and when colour shows communities the legend says so, naming
// each community after a member instead of "Community 1", kinds then told by shape; the
// Appearance panel shows community colouring as the colour in use and can take it back.
import { expect, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { readSvg } from '../export/read-outputs.js';
import { interpol } from './interpol-graph.js';

const ready = (page: Page) => expect(page.locator('[data-testid="graph-canvas"][data-ready="true"]')).toBeVisible();

// sRGB → CIELAB (D65), for distances as the eye sees them.
const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function lab([r8, g8, b8]: number[]): number[] {
  const [r, g, b] = [r8 ?? 0, g8 ?? 0, b8 ?? 0].map((v) => lin(v / 255)) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: number[], b: number[]) => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** Colours of the canvas pixels (sampled), as counts. */
async function canvasColours(page: Page): Promise<Map<string, number>> {
  const png = PNG.sync.read(await page.getByTestId('graph-canvas').screenshot());
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the selection is drawn in a colour no legend entry comes near`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await ready(page);
    const before = await canvasColours(page);
    await page.getByTestId('search-input').fill('Alexander Prokopchuk');
    await page.getByTestId('search-result').filter({ hasText: /^Alexander Prokopchuk/ }).first().click();
    await expect(page.getByTestId('details-panel').locator('h2')).toHaveText('Alexander Prokopchuk');
    await ready(page);
    const after = await canvasColours(page);
    // Colours that appeared with the selection, and in strength (not faint blends).
    const added = [...after].filter(([key, n]) => n >= 8 && !before.has(key)).map(([key]) => key.split(',').map(Number));
    const legend = await page.getByTestId('legend').locator('path[fill], line[stroke], circle[fill]').evaluateAll((els) =>
      els.map((e) => getComputedStyle(e).fill !== 'none' && e.tagName !== 'line' ? getComputedStyle(e).fill : getComputedStyle(e).stroke),
    );
    const legendRgb = legend.map((c) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number));
    expect(legendRgb.length).toBeGreaterThan(10);
    // The selection's colour: new, saturated, and far (ΔE*ab ≥ 30) from every legend colour.
    const highlight = added.filter((c) => legendRgb.every((l) => deltaE(c, l) >= 30) && Math.max(...c) - Math.min(...c) > 150);
    expect(highlight.length, `new colours: ${added.slice(0, 12).map((c) => c.join(',')).join(' ')}`).toBeGreaterThan(0);
    expect(Math.min(...highlight.map((c) => deltaE(c, hex('#ff00cc'))))).toBeLessThan(12);
  });
}

test('colour by community: the legend names communities after a member and tells kinds by shape; so does an export', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByTestId('side-tab-measures').click();
  await page.getByTestId('measure-communities').check();
  const items = page.getByTestId('community-item');
  await expect(items.first()).toBeVisible();
  const names = (await items.allTextContents()).map((t) => t.replace(/\d+$/, '').trim());
  const labels = new Set(interpol.nodes.map((n) => n.attributes.label));
  for (const name of names) {
    expect(name).toMatch(/’s circle$/);
    expect(labels).toContain(name.replace(/’s circle$/, ''));
  }
  expect(names.join(' ')).not.toMatch(/Community \d/);
  const sizes = (await items.allTextContents()).map((t) => Number(/(\d+)$/.exec(t)?.[1]));
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(interpol.nodes.length);

  const legend = page.getByTestId('legend');
  await expect(legend).toContainText('Colour: communities');
  await expect(legend).toContainText('Kinds (shape)');
  await expect(page.getByTestId('legend-communities').locator('li')).toHaveCount(names.length);
  await expect(page.getByTestId('legend-communities')).toContainText(names[0] ?? '');

  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format').selectOption('svg');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const { readFileSync } = await import('node:fs');
  const svg = readSvg(readFileSync(await download.path(), 'utf8'));
  const caption = svg.texts.join(' | ');
  expect(caption).toContain('Communities');
  expect(caption).toContain(names[0] ?? '');
  expect(caption).toContain('Kinds (shape)');
});

test('colour by community from Measures shows in Appearance as the colour in use, and either panel takes it back', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const legend = page.getByTestId('legend');
  const colourBy = page.getByTestId('appearance-color-by');
  const communities = page.getByTestId('measure-communities');
  await page.getByTestId('side-tab-appearance').click();
  await colourBy.selectOption('measure:degree');
  await expect(legend.getByTestId('legend-colour-title')).toHaveText('Colour: degree');

  await page.getByTestId('side-tab-measures').click();
  await communities.check();
  await expect(page.getByTestId('measure-communities-note')).toBeVisible();
  await expect(legend).toContainText('Colour: communities');
  await page.getByTestId('side-tab-appearance').click();
  await expect(colourBy).toHaveValue('community');
  await expect(page.getByTestId('appearance-community-note')).toBeVisible();

  // Back from Appearance: the measure chosen there colours the nodes again, and Measures says so.
  await page.getByTestId('appearance-community-reset').click();
  await expect(colourBy).toHaveValue('measure:degree');
  await expect(legend.getByTestId('legend-colour-title')).toHaveText('Colour: degree');
  await expect(legend).not.toContainText('Colour: communities');
  await page.getByTestId('side-tab-measures').click();
  await expect(communities).not.toBeChecked();

  // On again, then another colour chosen in Appearance wins and unticks Measures.
  await communities.check();
  await expect(legend).toContainText('Colour: communities');
  await page.getByTestId('side-tab-appearance').click();
  await colourBy.selectOption('kind');
  await expect(legend).not.toContainText('Colour: communities');
  await page.getByTestId('side-tab-measures').click();
  await expect(communities).not.toBeChecked();
});

// Banded and tiled PNG rendering (what large exports use) stitches into the same picture
// as drawing on one canvas, with no seams or gaps; and edge geometry read from
// Cytoscape's render scratch gives the same file as its public methods. Both checked on
// the Interpol graph through the automation hook.
import { expect, test } from '@playwright/test';
import { readPng } from '../export/read-outputs.js';
import { interpol } from './interpol-graph.js';

interface RawEdge {
  key: string;
  source: string;
  target: string;
  attributes: { relation: string; allegation?: { type: string; status: string; claimant: string } };
}
interface RawNode {
  key: string;
  attributes: { label: string; kind: string };
}

function interpolView() {
  const nodes = interpol.nodes as unknown as RawNode[];
  const edges = interpol.edges as unknown as RawEdge[];
  const degree = new Map<string, number>();
  for (const e of edges) for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  const view = {
    nodes: nodes.map((n) => ({ id: n.key, label: n.attributes.label, kind: n.attributes.kind, degree: degree.get(n.key) ?? 0 })),
    edges: edges.map((e) => ({ id: e.key, source: e.source, target: e.target, relation: e.attributes.relation, ...(e.attributes.allegation ? { allegation: e.attributes.allegation } : {}) })),
  };
  return view;
}

test('a PNG drawn in 300 px bands and tiles equals the one drawn in one piece', async ({ page }) => {
  const view = interpolView();
  await page.goto('/?automation=1');
  await expect(page.locator('html[data-automation="ready"]')).toBeAttached();
  const exportPng = (tileSize?: number) =>
    page.evaluate(
      ([v, t]) => {
        const hook = window.__redthreadExport;
        if (!hook) throw new Error('no automation hook');
        return hook({ format: 'png', view: v as never, layout: 'fcose', seed: 5, options: { scale: 1, caption: true, legend: true }, info: { id: 'interpol-2018', name: 'Interpol', sources: [] }, exportedAt: '2026-11-27T00:00:00Z', ...(t ? { tileSize: t } : {}) });
      },
      [view, tileSize] as const,
    );
  const whole = readPng(Buffer.from((await exportPng()).base64, 'base64'));
  const tiled = readPng(Buffer.from((await exportPng(300)).base64, 'base64'));
  expect([tiled.width, tiled.height]).toEqual([whole.width, whole.height]);
  expect(whole.width).toBeGreaterThan(600);
  let differing = 0;
  let inked = 0;
  for (let y = 0; y < whole.height; y += 2) {
    for (let x = 0; x < whole.width; x += 2) {
      const a = whole.at(x, y);
      const b = tiled.at(x, y);
      if (a.some((v, i) => Math.abs(v - (b[i] ?? 0)) > 48)) differing++;
      if (a[0] !== 0xf8 || a[1] !== 0xfa) inked++;
    }
  }
  expect(inked).toBeGreaterThan(1000);
  // Anti-aliasing may differ by a shade where a stroke meets a tile edge; shapes may not.
  expect(differing / inked).toBeLessThan(0.01);
});

test('edge geometry from the render scratch writes the same SVG as the public API', async ({ page }) => {
  const view = interpolView();
  await page.goto('/?automation=1');
  await expect(page.locator('html[data-automation="ready"]')).toBeAttached();
  const exportSvg = (publicGeometry: boolean) =>
    page.evaluate(
      ([v, p]) => {
        const hook = window.__redthreadExport;
        if (!hook) throw new Error('no automation hook');
        return hook({ format: 'svg', view: v as never, layout: 'fcose', seed: 5, info: { id: 'interpol-2018', name: 'Interpol', sources: [] }, exportedAt: '2026-11-27T00:00:00Z', publicGeometry: p });
      },
      [view, publicGeometry] as const,
    );
  const fast = await exportSvg(false);
  const slow = await exportSvg(true);
  expect(fast.geometryReads).toEqual({ scratch: view.edges.length, publicApi: 0 });
  expect(slow.geometryReads).toEqual({ scratch: 0, publicApi: view.edges.length });
  expect(Buffer.from(fast.base64, 'base64').toString()).toBe(Buffer.from(slow.base64, 'base64').toString());
});

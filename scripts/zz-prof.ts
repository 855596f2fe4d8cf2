import { chromium } from '@playwright/test';
import { startStaticServer } from './serve-static.js';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.js';
import { generateGraph } from './generate-graph.js';
import { seededRandom } from '../graph-data/src/service/betweenness-sample.js';
const n = Number(process.argv[2] ?? 2000);
const g = generateGraph({ nodes: n, edges: n * 3, seed: 7 });
const random = seededRandom(11);
const side = 39 * Math.sqrt(n);
const positions: Record<string, { x: number; y: number }> = {};
for (const x of g.nodes) positions[x.key] = { x: random() * side, y: random() * side };
const view = { nodes: g.nodes.map((x) => ({ id: x.key, label: x.attributes.label, kind: x.attributes.kind, degree: 3 })), edges: g.edges.map((e) => ({ id: e.key, source: e.source, target: e.target, relation: e.attributes.relation, ...(e.attributes.allegation ? { allegation: e.attributes.allegation } : {}) })) };
const server = await startStaticServer('/tmp/rt-renderer', 0);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('console', (m) => console.log('page:', m.text()));
await page.goto(`${server.url}?automation=1`);
await page.waitForSelector('html[data-automation="ready"]');
for (const format of (process.argv[3] ?? 'png,svg').split(',')) {
  const r = await page.evaluate((req) => window.__redthreadExport!(req), { format, view, positions, options: { scale: format === 'png' ? 4 : 1 }, info: { id: 'x', name: 'x', sources: [] }, returnBytes: false } as never);
  console.log(format, (r as { ms: number; size: number }).ms, (r as { size: number }).size);
}
await browser.close(); await server.close();

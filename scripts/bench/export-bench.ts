// Export benchmark: median time of a 4× PNG and of an SVG of the whole graph, drawn by
// the production renderer (canvas, never WebGL) in headless Chromium through the
// automation hook, for the Interpol graph and generated 2,000- and 10,000-node views,
// and of a PDF (with its numbered sources) for Interpol and 2,000 nodes.
// Only the exporter is timed (not the layout, not moving bytes out of the page); the
// PDF's first run in a page also loads pdf-lib and the fonts, reported as `pdfFirst`.
// Usage: npx tsx scripts/bench/export-bench.ts [png|svg|pdf…]   (run.ts imports benchExport)
import { chromium, type Page } from '@playwright/test';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { pathToFileURL } from 'node:url';
import type { EdgeDetails, GraphView } from '../../graph-data/src/contract.js';
import { buildDataset } from '../../graph-data/src/io/dataset-loader.js';
import { readDatasetParts } from '../../graph-data/src/io/dataset-node.js';
import { seededRandom } from '../../graph-data/src/util/seeded-random.js';
import { createGraphService } from '../../graph-data/src/service/index.js';
import type { AutomationRequest, AutomationResult } from '../../renderer/src/export/automation.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.js';
import { generateGraph } from '../generate-graph.js';
import { startStaticServer } from '../serve-static.js';
import { median } from './stats.js';

interface Case {
  name: string;
  view: Pick<GraphView, 'nodes' | 'edges'>;
  positions?: Record<string, { x: number; y: number }>;
  runs: number;
  /** Also time cy.png() at 4× on the same instance (minutes for the random 10k case). */
  baseline?: boolean;
  formats?: Format[];
  /** The PDF's numbered allegation edges, as the service would give them. */
  edgeDetails?: EdgeDetails[];
}

type Format = 'png' | 'svg' | 'pdf';

/**
 * A generated view laid out by ForceAtlas2 (seeded, Barnes–Hut), as Gephi users would
 * lay out a graph this size, scaled to a square that grows with √n: at 10,000 nodes the
 * 4× PNG is ~16,000 px a side (~96 % of Chromium's 268 M px canvas limit, the case the
 * issue names). `random` scatters nodes uniformly instead, the worst case for a raster:
 * every edge crosses half the picture.
 */
function generated(nodes: number, placement: 'forceatlas2' | 'random' = 'forceatlas2'): Case {
  const g = generateGraph({ nodes, edges: nodes * 3, seed: 7 });
  const degree = new Map<string, number>();
  for (const e of g.edges) for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  const random = seededRandom(11);
  const graph = new Graph<{ x: number; y: number }>({ multi: true });
  for (const n of g.nodes) graph.addNode(n.key, { x: random() * 1000, y: random() * 1000 });
  if (placement === 'forceatlas2') {
    for (const e of g.edges) graph.addEdge(e.source, e.target);
    forceAtlas2.assign(graph, { iterations: 100, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } });
  }
  const xs = graph.mapNodes((_k, a) => a.x);
  const ys = graph.mapNodes((_k, a) => a.y);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  const side = 39 * Math.sqrt(nodes);
  const k = side / Math.max(Math.max(...xs) - x0, Math.max(...ys) - y0, 1);
  const positions: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((key, a) => (positions[key] = { x: (a.x - x0) * k, y: (a.y - y0) * k }));
  return {
    name: `generated${nodes >= 1000 ? `${nodes / 1000}k` : nodes}${placement === 'random' ? 'Random' : ''}`,
    view: {
      nodes: g.nodes.map((n) => ({ id: n.key, label: n.attributes.label, kind: n.attributes.kind, degree: degree.get(n.key) ?? 0 })),
      edges: g.edges.map((e) => ({ id: e.key, source: e.source, target: e.target, relation: e.attributes.relation, ...(e.attributes.allegation ? { allegation: e.attributes.allegation } : {}) })),
    },
    positions,
    runs: nodes >= 10_000 ? 3 : 5,
  };
}

async function timeExport(page: Page, c: Case, format: Format): Promise<{ ms: number; size: number }> {
  const request: AutomationRequest = {
    format,
    view: c.view,
    ...(c.positions ? { positions: c.positions } : {}),
    layout: 'fcose',
    seed: 1,
    options: { scope: 'whole', scale: format === 'png' ? 4 : 1, legend: true, caption: true },
    info: { id: c.name, name: c.name, sources: [] },
    ...(c.edgeDetails ? { edgeDetails: c.edgeDetails } : {}),
    returnBytes: false,
  };
  const result: AutomationResult = await page.evaluate((req) => {
    const hook = window.__redthreadExport;
    if (!hook) throw new Error('no automation hook');
    return hook(req);
  }, request);
  return { ms: result.ms, size: result.size };
}

/** Edge details for every allegation edge of a view (generated views: no quotes). */
function detailsOf(view: Case['view'], lookup?: (id: string) => EdgeDetails): EdgeDetails[] {
  const label = new Map(view.nodes.map((n) => [n.id, n]));
  return view.edges.flatMap((e) => {
    if (!e.allegation) return [];
    if (lookup) return [lookup(e.id)];
    const ref = (id: string) => ({ id, label: label.get(id)?.label ?? id, kind: label.get(id)?.kind ?? 'other' });
    return [{ id: e.id, source: ref(e.source), target: ref(e.target), relation: e.relation, allegation: { type: e.allegation.type, status: e.allegation.status, claimant: ref(e.source) }, evidence: [], attributes: [] } as EdgeDetails];
  });
}

export async function benchExport(only: Format[] = []): Promise<Record<string, number>> {
  const dataset = buildDataset(await readDatasetParts('graph-data/datasets/interpol-2018'));
  const service = createGraphService(dataset);
  const interpolView = service.view({ ids: dataset.graph.nodes() });
  const interpol: Case = { name: 'interpol', view: interpolView, runs: 5, formats: ['png', 'svg', 'pdf'], edgeDetails: detailsOf(interpolView, (id) => service.edgeDetails({ id })) };
  const g2k = generated(2000);
  const cases: Case[] = [interpol, { ...g2k, formats: ['png', 'svg', 'pdf'], edgeDetails: detailsOf(g2k.view) }, generated(10_000), { ...generated(10_000, 'random'), runs: 1, baseline: false }];
  const server = await startStaticServer(process.env.REDTHREAD_RENDERER_DIR ?? 'dist/renderer', 0);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const results: Record<string, number> = {};
  // Each format of each case in a fresh page: one export's garbage (a 4× PNG leaves
  // hundreds of MB) must not be collected on the next one's clock.
  const freshPage = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}?automation=1`);
    await page.waitForSelector('html[data-automation="ready"]');
    return page;
  };
  try {
    for (const c of cases) {
      for (const format of (c.formats ?? ['png', 'svg']).filter((f) => only.length === 0 || only.includes(f))) {
        const page = await freshPage();
        const times: number[] = [];
        let size = 0;
        if (format === 'pdf') {
          // The first PDF in a page loads pdf-lib, fontkit and the two font files.
          const first = await timeExport(page, c, format);
          results[`export.${c.name}.pdfFirst.ms`] = Math.round(first.ms);
          process.stdout.write(`  export.${c.name}.pdfFirst: ${first.ms.toFixed(0)} ms\n`);
        }
        // One warm-up run, then the measured ones (the random worst case runs once).
        const warmUp = c.runs > 1 ? 1 : 0;
        for (let i = 0; i < c.runs + warmUp; i++) {
          const r = await timeExport(page, c, format);
          if (i >= warmUp) times.push(r.ms);
          size = r.size;
        }
        const key = `export.${c.name}.${format === 'png' ? 'png4x' : format}`;
        results[`${key}.ms`] = median(times);
        results[`${key}.MB`] = Math.round((size / 1024 ** 2) * 100) / 100;
        process.stdout.write(`  ${key}: ${median(times).toFixed(0)} ms, ${(size / 1024 ** 2).toFixed(2)} MB\n`);
        if (format !== 'png' || c.baseline === false) {
          await page.close();
          continue;
        }
        // The baseline the issue quotes: cy.png() at 4× of the same instance (one run).
        const baseline = await page.evaluate(() => {
          const cy = window.__redthreadCy;
          if (!cy) return NaN;
          const t = performance.now();
          const blob = cy.png({ full: true, scale: 4, output: 'blob', bg: '#f8fafc' });
          return blob.size > 0 ? performance.now() - t : NaN;
        });
        results[`export.${c.name}.cyPng4xBaseline.ms`] = Math.round(baseline);
        process.stdout.write(`  export.${c.name}.cyPng4xBaseline: ${baseline.toFixed(0)} ms\n`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchExport(process.argv.slice(2).filter((f): f is Format => ['png', 'svg', 'pdf'].includes(f))));
}

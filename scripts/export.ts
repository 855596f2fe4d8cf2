// `npm run export -- --input DIR|FILE --format svg|png|jpeg|pdf|json|gexf|graphml|csv --out FILE
//   [--layout fcose] [--filter allegation=a,b] [--scale 2] [--seed 1] [--theme light|dark]`
// Data formats come straight from the graph service; images are drawn by the app's own
// renderer in headless Chromium (dist/renderer, `?automation=1`), with a seeded layout,
// so the same seed gives the same picture. Errors exit non-zero with one line. --input gets
// the desktop app's file checks (export-input.ts); --out is written atomically, keeping an
// existing file's mode (electron/atomic-write.ts).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_EXPORT_FORMATS, type DataExportFormat, type EdgeDetails } from '../graph-data/src/contract.js';
import { exportData } from '../graph-data/src/io/export/index.js';
import { ServiceFailure } from '../graph-data/src/service/errors.js';
import { createGraphService } from '../graph-data/src/service/index.js';
import { describeFilterSpec } from '../renderer/src/export/describe-filter.js';
import type { AutomationRequest, AutomationResult } from '../renderer/src/export/automation.js';
import { writeFileAtomic } from '../electron/atomic-write.js';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.js';
import { CliError, type CliArgs, parseArgs } from './export-cli.js';
import { loadInput } from './export-input.js';
import { startStaticServer } from './serve-static.js';

/** Renders an image through dist/renderer in headless Chromium. */
export async function renderInBrowser(request: AutomationRequest, rendererDir = process.env.REDTHREAD_RENDERER_DIR ?? 'dist/renderer'): Promise<AutomationResult> {
  if (!existsSync(resolve(rendererDir, 'index.html'))) throw new CliError(`${rendererDir} has no index.html: run \`npm run build:renderer\` first`);
  const server = await startStaticServer(rendererDir, 0);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?automation=1`);
    await page.waitForSelector('html[data-automation="ready"]', { timeout: 30_000 });
    try {
      return await page.evaluate((req) => {
        const hook = window.__redthreadExport;
        if (!hook) throw new Error('the page has no automation hook');
        return hook(req);
      }, request);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n').find((l) => /export|automation/.test(l)) ?? String(error);
      throw new CliError(message.replace(/^.*?Error: /, '') + (errors.length ? ` (${errors[0]})` : ''));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function runExport(args: CliArgs): Promise<{ bytes: number; warnings: string[] }> {
  const { dataset, warnings } = await loadInput(args.input);
  const service = createGraphService(dataset);
  const all = dataset.graph.nodes();
  const filtered = args.filter ? service.filterView({ filter: args.filter, nodes: all }) : null;
  const nodes = filtered ? filtered.visibleNodes : all;
  if ((DATA_EXPORT_FORMATS as readonly string[]).includes(args.format)) {
    const file = await exportData(dataset, { format: args.format as DataExportFormat, ...(filtered ? { nodes, edges: filtered.visibleEdges } : {}) });
    await writeFileAtomic(args.out, file.bytes);
    return { bytes: file.bytes.length, warnings };
  }
  const view = service.view({ ids: nodes });
  const keep = filtered ? new Set(filtered.visibleEdges) : null;
  const edges = keep ? view.edges.filter((e) => keep.has(e.id)) : view.edges;
  const edgeDetails: EdgeDetails[] = args.format === 'pdf' ? edges.filter((e) => e.allegation).map((e) => service.edgeDetails({ id: e.id })) : [];
  const info = service.datasetInfo({});
  const result = await renderInBrowser({
    format: args.format,
    view: { nodes: view.nodes, edges },
    layout: args.layout,
    seed: args.seed,
    theme: args.theme,
    options: { scope: args.scope, scale: args.scale, background: args.background, quality: args.quality, legend: args.legend, caption: args.caption },
    info: { id: info.id, name: info.name, sources: info.sources, customAllegationTypes: info.customAllegationTypes },
    filters: describeFilterSpec(args.filter, (id) => (dataset.graph.hasNode(id) ? dataset.graph.getNodeAttribute(id, 'label') : id)),
    edgeDetails,
  });
  const bytes = Buffer.from(result.base64, 'base64');
  await writeFileAtomic(args.out, bytes);
  return { bytes: bytes.length, warnings: [...warnings, ...result.warnings] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const { bytes, warnings } = await runExport(args);
    for (const w of warnings) console.warn(`export: warning: ${w}`);
    console.log(`export: wrote ${args.out} (${bytes.toLocaleString('en')} bytes, ${args.format})`);
  } catch (error) {
    const known = error instanceof CliError || error instanceof ServiceFailure;
    const message = error instanceof Error ? error.message : String(error);
    console.error(`export: ${known ? message : `failed: ${message.split('\n')[0]}`}`);
    process.exit(1);
  }
}

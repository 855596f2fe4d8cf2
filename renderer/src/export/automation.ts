// The automation hook (`?automation=1` only): renders a given view with the app's own
// stylesheet, layouts and exporters on an offscreen Cytoscape, so the command line
// (scripts/export.ts) and the benchmarks produce exactly what the app would.
// Layouts are made deterministic by a seeded Math.random while they run.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { DatasetInfo, EdgeDetails, GraphView } from '../../../graph-data/src/contract.js';
import { setCustomAllegationTypes } from '../graph-view/allegation-types.js';
import { edgeElement, nodeElement } from '../graph-view/elements.js';
import { CY_LAYOUT_NAMES, type CyLayoutName, layoutOptions } from '../graph-view/layouts.js';
import type { Theme } from '../graph-view/palette.js';
import { graphStyle } from '../graph-view/style.js';
import { seededRandom } from '../../../graph-data/src/util/seeded-random.js';
import { geometryReads } from './cy-geometry.js';
import { exporterFor } from './registry.js';
import { defaultFileName } from './save.js';
import { DEFAULT_OPTIONS, type ExportContext, ExportError, type ExportOptions } from './types.js';

cytoscape.use(fcose);

export interface AutomationRequest {
  format: string;
  view: Pick<GraphView, 'nodes' | 'edges'>;
  /** Preset positions (skips the layout), e.g. for benchmarks. */
  positions?: Record<string, { x: number; y: number }>;
  layout?: CyLayoutName;
  seed?: number;
  theme?: Theme;
  options?: Partial<ExportOptions>;
  info: Pick<DatasetInfo, 'id' | 'name' | 'sources'> & Partial<Pick<DatasetInfo, 'customAllegationTypes'>>;
  filters?: string[];
  /** Evidence of the allegation edges, for the PDF's source list. */
  edgeDetails?: EdgeDetails[];
  /** ISO time stamped into the file (fixed in tests, so outputs repeat). */
  exportedAt?: string;
  /** Leave the bytes out of the answer (benchmarks only want the time). */
  returnBytes?: boolean;
  viewport?: { width: number; height: number };
  /** Force PNG bands and tiles at most this many pixels (tests of the stitching). */
  tileSize?: number;
  /** Read edge geometry through Cytoscape's public methods only (tests of cy-geometry.ts). */
  publicGeometry?: boolean;
  /** Also answer the node positions the layout gave (scripts/save-layout.ts). */
  returnPositions?: boolean;
}

export interface AutomationResult {
  fileName: string;
  /** Base64 of the file; empty when returnBytes is false. */
  base64: string;
  size: number;
  warnings: string[];
  /** Time spent in the exporter itself. */
  ms: number;
  /** Time spent in the layout. */
  layoutMs: number;
  /** Edges whose geometry came from Cytoscape's render scratch or its public methods (cy-geometry.ts). */
  geometryReads: { scratch: number; publicApi: number };
  /** Node positions after the layout, when asked for. */
  positions?: Record<string, { x: number; y: number }>;
}


async function layOut(cy: Core, name: CyLayoutName, seed: number): Promise<void> {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    const layout = cy.layout({ ...layoutOptions(name, { randomize: true, elementCount: cy.elements().length }), animate: false } as Parameters<Core['layout']>[0]);
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await stopped;
  } finally {
    Math.random = random;
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

let current: Core | null = null;

export async function runAutomation(req: AutomationRequest): Promise<AutomationResult> {
  const exporter = exporterFor(req.format);
  if (!exporter || exporter.kind !== 'image') throw new ExportError('failed', `automation: unknown image format "${req.format}"`);
  const layout = req.layout ?? 'fcose';
  if (!CY_LAYOUT_NAMES.includes(layout)) throw new ExportError('failed', `automation: unknown layout "${layout}"`);
  const theme = req.theme ?? 'light';
  current?.destroy();
  // A case's own allegation types: the stylesheet colours their edges, the legend names them.
  const allegationTypes = req.info.customAllegationTypes ?? [];
  setCustomAllegationTypes(allegationTypes);
  const host = document.getElementById('automation-canvas') ?? document.createElement('div');
  host.id = 'automation-canvas';
  Object.assign(host.style, { position: 'fixed', left: '0', top: '0', width: `${req.viewport?.width ?? 1400}px`, height: `${req.viewport?.height ?? 900}px` });
  document.body.append(host);
  const cy = cytoscape({ container: host, style: graphStyle(theme), pixelRatio: 1, minZoom: 0.01, maxZoom: 4 });
  current = cy;
  const nodeIds = new Set(req.view.nodes.map((n) => n.id));
  cy.add([...req.view.nodes.map(nodeElement), ...req.view.edges.map((e) => edgeElement(e, nodeIds))]);
  const t0 = performance.now();
  if (req.positions) {
    cy.nodes().forEach((n) => {
      const p = req.positions?.[n.id()];
      if (p) n.position(p);
    });
    cy.fit(undefined, 40);
  } else {
    await layOut(cy, layout, req.seed ?? 1);
  }
  const layoutMs = performance.now() - t0;
  // Benchmarks compare against cy.png() on the same instance.
  window.__redthreadCy = cy;
  // One frame so Cytoscape has computed edge geometry for what is drawn.
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const details = new Map((req.edgeDetails ?? []).map((d) => [d.id, d]));
  const exportedAt = req.exportedAt ? new Date(req.exportedAt) : new Date();
  const ctx: ExportContext = {
    cy,
    theme,
    options: { ...DEFAULT_OPTIONS, ...req.options },
    allegationTypes,
    meta: { title: req.info.name, datasetId: req.info.id, sources: req.info.sources, filters: req.filters ?? [], exportedAt, scope: req.options?.scope === 'view' ? 'Current view' : 'Whole graph' },
    edgeDetails: async (ids) => ids.flatMap((id) => details.get(id) ?? []),
    exportData: () => Promise.resolve({ ok: false, error: { code: 'bad_arguments', message: 'automation: data formats come from the service' } }),
    signal: new AbortController().signal,
    onProgress: () => undefined,
    ...(req.tileSize ? { tileSize: req.tileSize } : {}),
    ...(req.publicGeometry ? { publicGeometry: true } : {}),
  };
  geometryReads.scratch = 0;
  geometryReads.publicApi = 0;
  const t1 = performance.now();
  const output = await exporter.run(ctx);
  const bytes = new Uint8Array(await output.file.arrayBuffer());
  const ms = performance.now() - t1;
  return {
    fileName: defaultFileName(req.info.id, exporter.extension, exportedAt),
    base64: req.returnBytes === false ? '' : toBase64(bytes),
    size: bytes.length,
    warnings: output.warnings,
    ms,
    layoutMs,
    geometryReads: { ...geometryReads },
    ...(req.returnPositions ? { positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])) } : {}),
  };
}

declare global {
  interface Window {
    __redthreadExport?: (req: AutomationRequest) => Promise<AutomationResult>;
    __redthreadCy?: Core;
  }
}

export function installAutomation(): void {
  window.__redthreadExport = runAutomation;
  document.documentElement.dataset.automation = 'ready';
}

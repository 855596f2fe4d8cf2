// The pieces every image format shares: the scene and the region it covers, the caption
// block laid out for it, and the metadata strings (PNG text chunks, JPEG comment,
// SVG/PDF metadata).
import { BASE_COLOURS } from '../graph-view/palette.js';
import { type Block, describeExport, layoutCaption, legendContent, type LegendContent, sourceLine, type TextWidth } from './caption.js';
import { parseColour } from './colour.js';
import type { Region } from './region.js';
import { finish, runSteps } from '../../../graph-data/src/steps.js';
import { buildSceneSteps, canvasMeasure, type Scene } from './scene.js';
import type { ExportContext, ExportMeta } from './types.js';

export interface Prepared {
  scene: Scene;
  region: Region;
  background: string;
  /** Laid out at 1× in output units for `widthAt1x`; empty when neither caption nor legend is asked for. */
  block: Block;
}

const sceneKey = ({ options, theme }: ExportContext): string => `${options.scope}|${theme}`;

function sceneSteps(ctx: ExportContext): Generator<void, Scene> {
  const { cy, options, theme } = ctx;
  const e = options.scope === 'view' ? cy.extent() : null;
  const box = e ? { x: e.x1, y: e.y1, w: e.w, h: e.h } : null;
  const only = options.scope === 'selection' && ctx.selection ? { nodes: new Set(ctx.selection.nodes), edges: new Set(ctx.selection.edges) } : undefined;
  return buildSceneSteps(cy, { box, background: BASE_COLOURS[theme].background, measure: canvasMeasure(), publicGeometry: ctx.publicGeometry ?? false, ...(only ? { only } : {}) });
}

/**
 * The scene of what the export covers. Built once per scope while a dialog is open
 * (its size preview and the export itself share it): 10,000 nodes take a few hundred ms.
 */
export function sceneFor(ctx: ExportContext): Scene {
  const cached = ctx.scenes?.get(sceneKey(ctx));
  if (cached) return cached;
  const scene = finish(sceneSteps(ctx));
  ctx.scenes?.set(sceneKey(ctx), scene);
  return scene;
}

/** Whether sceneFor has the scene already (the dialog's preview waits for it). */
export const hasScene = (ctx: ExportContext): boolean => ctx.scenes?.has(sceneKey(ctx)) ?? false;

/** sceneFor on the UI thread: `pause` between steps of a few hundred elements; false if cancelled on the way. */
export async function buildSceneFor(ctx: ExportContext, pause: () => Promise<void>, cancelled: () => boolean = () => false): Promise<boolean> {
  if (hasScene(ctx)) return true;
  const scene = await runSteps(sceneSteps(ctx), pause, cancelled);
  if (!scene) return false;
  ctx.scenes?.set(sceneKey(ctx), scene);
  return true;
}

export function prepareImage(ctx: ExportContext, measure: TextWidth, widthAt1x?: number): Prepared {
  const scene = sceneFor(ctx);
  const region: Region = { box: scene.box, density: ctx.options.scope === 'view' ? ctx.cy.zoom() : 1 };
  const width = widthAt1x ?? Math.max(320, region.box.w * region.density);
  const legend = ctx.options.legend ? legendOf(ctx, scene) : null;
  const block = ctx.options.caption || ctx.options.legend
    ? layoutCaption({ meta: metaOf(ctx, scene), legend, caption: ctx.options.caption, theme: ctx.theme, width, measure })
    : { width, height: 0, prims: [] };
  return { scene, region, background: scene.background, block };
}

/**
 * The legend of what is in the picture (its own kinds, allegation types and statuses),
 * and, when colour shows communities, the communities whose colour is in the picture.
 */
export function legendOf(ctx: Pick<ExportContext, 'theme' | 'communities' | 'allegationTypes'>, scene: Scene): LegendContent {
  const communities = ctx.communities;
  const content = legendContent(
    scene.nodes.map((n) => ({ kind: n.kind ?? '' })),
    scene.edges,
    ctx.theme,
    ctx.allegationTypes ?? [],
  );
  if (!communities) return content;
  const key = (c: string) => parseColour(c).map((v) => Math.round(v * 255)).join(',');
  const fills = new Set(scene.nodes.map((n) => key(n.fill)));
  const items = [...communities.items, ...(communities.others ? [{ name: `${communities.others.count} smaller communities`, colour: communities.others.colour }] : [])];
  const shown = items.filter((c) => fills.has(key(c.colour))).map(({ name, colour }) => ({ name, colour }));
  return { ...content, communities: shown, ...(communities.title !== undefined && { colourTitle: communities.title }) };
}

/** The caption's facts with the picture's own counts. */
export function metaOf(ctx: ExportContext, scene: Scene): ExportMeta {
  return { ...ctx.meta, shown: { nodes: scene.nodes.length, edges: scene.edges.length } };
}

/** Name → value pairs naming the dataset, the scope, the filters and the time of export. */
export function metadataText(ctx: ExportContext, scene: Scene): Record<string, string> {
  const meta = metaOf(ctx, scene);
  return {
    Title: meta.title,
    Source: sourceLine(meta),
    Description: describeExport(meta),
    'Creation Time': ctx.meta.exportedAt.toUTCString(),
    Software: 'Redthread',
  };
}

// The dialog's live size preview: pixels out, and whether it can be done.
import { canvasTextWidth } from './draw-canvas.js';
import { prepareImage } from './decorations.js';
import { fitsCanvas, fitsPng, largestScale, planSize, type SizePlan } from './region.js';
import type { Scene } from './scene.js';
import type { ExportContext, Exporter } from './types.js';
import { formatCount } from '../state/plural.js';

export interface Preview {
  plan: SizePlan | null;
  /** Shown under the size; `blocking` disables Export. */
  notes: { text: string; blocking: boolean }[];
}

// Noto Sans, the PDF's font, covers these scripts (Common and Inherited: digits, punctuation, accents).
const BEYOND_FONT = /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;

/** A code unit past Latin Extended-B (surrogates too): the cheap test that lets most labels skip BEYOND_FONT's. */
const PAST_LATIN = /[\u0250-\uffff]/;

/** Labels the PDF will draw as pictures. */
function otherScripts(scene: Scene): string[] {
  const out: string[] = [];
  for (const e of [scene.nodes, scene.edges].flat()) {
    const text = e.label?.text;
    if (text && PAST_LATIN.test(text) && BEYOND_FONT.test(text)) out.push(text);
  }
  return out;
}

export function previewExport(exporter: Exporter, ctx: ExportContext): Preview {
  if (exporter.kind === 'data') {
    if (ctx.options.scope === 'selection') {
      const { nodes = [], edges = [] } = ctx.selection ?? {};
      return { plan: null, notes: [{ text: `The selection: ${formatCount(nodes.length)} nodes and ${formatCount(edges.length)} edges, every attribute.`, blocking: false }] };
    }
    const n = ctx.options.scope === 'view' ? ctx.cy.nodes(':visible').length : null;
    return { plan: null, notes: [{ text: n === null ? 'The whole graph, every attribute.' : `${formatCount(n)} nodes of the view and the edges among them.`, blocking: false }] };
  }
  const { scene, region, block } = prepareImage(ctx, canvasTextWidth());
  const scale = exporter.uses.scale ? ctx.options.scale : 1;
  const plan = planSize(region, scale, block.height);
  const notes: Preview['notes'] = [];
  if (exporter.id === 'png') {
    if (!fitsPng(plan)) notes.push({ text: `Too large to encode; the largest PNG that works is at ${largestScale(region, block.height, fitsPng)}×.`, blocking: true });
    else if (plan.overCanvas) notes.push({ text: "Over Chromium's single-canvas limit (32,767 px a side, 268 M px): drawn in bands and joined.", blocking: false });
  }
  if (exporter.id === 'pdf') {
    const other = otherScripts(scene);
    if (other.length > 0) {
      notes.push({
        text: `${other.length} label(s) use scripts beyond Latin, Greek and Cyrillic (e.g. “${other[0] ?? ''}”), which the PDF's font lacks: they will be drawn as pictures, readable but not searchable. SVG keeps them as text.`,
        blocking: false,
      });
    }
  }
  if (exporter.id === 'jpeg' && !fitsCanvas(plan)) {
    const best = largestScale(region, block.height, fitsCanvas);
    notes.push({ text: `Too large for one canvas; the largest JPEG is at ${best}×, or use PNG (tiled, no such limit).`, blocking: true });
  }
  return { plan, notes };
}

// PDF: one page with the caption on top, the graph as vectors (allegation edges
// numbered), the legend, and the numbered list of the sources and quotes behind them.
import type { EdgeDetails } from '../../../graph-data/src/contract.js';
import { ALLEGATION_TYPE_LABELS, RELATION_LABELS, type AllegationType } from '../../../graph-data/src/schema/vocabulary.js';
import { type Block, type Prim, wrap } from './caption.js';
import { ellipsePath } from './geometry.js';
import { helveticaWidth } from './helvetica.js';
import { PdfPage, type Rasterize, writePdf } from './pdf-writer.js';
import type { Scene } from './scene.js';

export const PAGE_WIDTH = 842; // A4 landscape width, in points; the page grows as tall as it needs.
const MARGIN = 36;
const MAX_GRAPH_HEIGHT = 1100;
/** Past this many numbered edges the list says how many more there are. */
export const MAX_LISTED = 400;

export interface PdfInput {
  scene: Scene;
  /** Title, sources and export line (laid out for PAGE_WIDTH − 2 × MARGIN with Helvetica widths). */
  header: Block;
  legend: Block;
  /** Details of the numbered allegation edges, in number order. */
  numbered: EdgeDetails[];
  info: Record<string, string>;
  date: Date;
  textColour: string;
  rasterize?: Rasterize;
}

/** Allegation edges in reading order (top to bottom, then left to right), so numbers are easy to find. */
export function numberAllegations(scene: Scene): string[] {
  return scene.edges
    .filter((e) => e.allegationType)
    .sort((a, b) => Math.round(a.mid.y / 40) - Math.round(b.mid.y / 40) || a.mid.x - b.mid.x)
    .map((e) => e.id);
}

function drawBlock(page: PdfPage, block: Block, left: number, top: number): void {
  for (const p of block.prims as Prim[]) {
    if (p.type === 'text') page.text(p.text, left + p.x, top + p.y, { size: p.size, bold: p.bold, colour: p.color });
    else if (p.type === 'shape') page.path(p.path, { fill: p.fill }, (x, y) => [left + x, top + y]);
    else page.path([{ op: 'M', x: p.x1, y: p.y1 }, { op: 'L', x: p.x2, y: p.y2 }], { stroke: p.color, width: p.width, dash: p.dash }, (x, y) => [left + x, top + y]);
  }
}

interface ListLine {
  text: string;
  size: number;
  bold: boolean;
  indent: number;
}

function sourceList(numbered: EdgeDetails[], width: number): ListLine[] {
  if (numbered.length === 0) return [];
  const lines: ListLine[] = [{ text: 'Sources of the numbered allegations', size: 11, bold: true, indent: 0 }];
  const push = (text: string, size: number, bold: boolean, indent: number) => {
    for (const line of wrap(text, width - indent, (t) => helveticaWidth(t, size, bold))) lines.push({ text: line, size, bold, indent });
  };
  numbered.slice(0, MAX_LISTED).forEach((edge, i) => {
    const a = edge.allegation;
    const what = a ? `${ALLEGATION_TYPE_LABELS[a.type as AllegationType] ?? a.type} (${a.status}; claimant: ${a.claimant.label})` : '';
    // Read as "source <relation> target", the vocabulary's own reading.
    push(`${i + 1}. ${edge.source.label} ${RELATION_LABELS[edge.relation] ?? edge.relation} ${edge.target.label}${what ? ` — ${what}` : ''}`, 9, true, 0);
    if (edge.evidence.length === 0) push('No quote recorded.', 8.5, false, 14);
    for (const e of edge.evidence) push(`“${e.quote}” — ${e.sourceTitle}`, 8.5, false, 14);
  });
  if (numbered.length > MAX_LISTED) push(`…and ${numbered.length - MAX_LISTED} more allegation edges (export a smaller view to list them all).`, 9, false, 0);
  return lines;
}

export function composePdf(input: PdfInput): { bytes: Uint8Array; warnings: string[] } {
  const { scene, header, legend, numbered } = input;
  const inner = PAGE_WIDTH - 2 * MARGIN;
  const { box } = scene;
  const k = Math.min(inner / box.w, MAX_GRAPH_HEIGHT / box.h);
  const graphW = box.w * k;
  const graphH = box.h * k;
  const list = sourceList(numbered, inner);
  const listHeight = list.reduce((h, l) => h + l.size * 1.4, 0);
  const graphTop = MARGIN + header.height + 6;
  const legendTop = graphTop + graphH + 8;
  const listTop = legendTop + legend.height + 8;
  const height = Math.max(595, listTop + listHeight + MARGIN);
  const page = new PdfPage(PAGE_WIDTH, height, input.rasterize);

  page.rect(0, 0, PAGE_WIDTH, height, scene.background);
  drawBlock(page, header, MARGIN, MARGIN);
  const left = MARGIN + (inner - graphW) / 2;
  const map = (x: number, y: number): [number, number] => [left + (x - box.x) * k, graphTop + (y - box.y) * k];
  for (const e of scene.edges) {
    page.path(e.path, { stroke: e.color, width: e.width * k, dash: e.dash?.map((d) => d * k) ?? null, opacity: e.opacity }, map);
    if (e.arrow) page.path([...e.arrow.map((p, i) => ({ op: i === 0 ? ('M' as const) : ('L' as const), ...p })), { op: 'Z' as const }], { fill: e.arrowColor, opacity: e.opacity }, map);
  }
  for (const node of scene.nodes) {
    page.path(node.path, { fill: node.fill, stroke: node.borderWidth > 0 ? node.border : undefined, width: node.borderWidth * k, opacity: node.opacity }, map);
    const t = node.label;
    if (t) {
      const [x, y] = map(t.x, t.y);
      page.text(t.text, x, y, { size: t.size * k, colour: t.color, centre: true, halo: { colour: t.outline, width: t.outlineWidth * 2 * k }, opacity: t.opacity });
    }
  }
  for (const e of scene.edges) {
    if (!e.label) continue;
    const [x, y] = map(e.label.x, e.label.y);
    page.text(e.label.text, x, y, { size: e.label.size * k, colour: e.label.color, centre: true, rotation: e.label.rotation, halo: { colour: e.label.outline, width: e.label.outlineWidth * 2 * k } });
  }
  // Numbers on the allegation edges, matching the list below.
  const byId = new Map(scene.edges.map((e) => [e.id, e]));
  numbered.slice(0, MAX_LISTED).forEach((d, i) => {
    const e = byId.get(d.id);
    if (!e) return;
    const [x, y] = map(e.mid.x, e.mid.y);
    const label = String(i + 1);
    const r = Math.max(5.5, helveticaWidth(label, 7, true) / 2 + 2.5);
    page.path(ellipsePath(x, y, r, r), { fill: e.color, stroke: '#ffffff', width: 0.8 });
    page.text(label, x, y, { size: 7, bold: true, colour: '#ffffff', centre: true });
  });
  drawBlock(page, legend, MARGIN, legendTop);
  let y = listTop;
  for (const line of list) {
    y += line.size * 1.4;
    page.text(line.text, MARGIN + line.indent, y, { size: line.size, bold: line.bold, colour: input.textColour });
  }
  const warnings: string[] = [];
  if (page.rasterized > 0) warnings.push(`${page.rasterized} text(s) use characters the PDF's standard fonts lack (e.g. Cyrillic or CJK); they are drawn as images, so they cannot be searched or copied.`);
  if (page.replaced > 0) warnings.push(`${page.replaced} text(s) use characters the PDF's standard fonts lack; those characters show as "?".`);
  return { bytes: writePdf(page, input.info, input.date), warnings };
}

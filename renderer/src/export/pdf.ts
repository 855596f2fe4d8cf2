// PDF: one page with the caption on top, the graph as vectors (allegation edges
// numbered), the legend, and the numbered list of the sources and quotes behind them.
import type { EdgeDetails } from '../../../graph-data/src/contract.js';
import { RELATION_LABELS } from '../../../graph-data/src/schema/vocabulary.js';
import { allegationTypeLabel, type CustomAllegationType } from '../graph-view/allegation-types.js';
import { type Block, type Prim, wrap } from './caption.js';
import { ellipsePath } from './geometry.js';
import { placeBadges, type Rect } from './pdf-badges.js';
import { MAX_LISTED } from './pdf-numbers.js';
import type { PdfFonts } from './pdf-fonts.js';
import { PdfPage, type Rasterize, writePdf } from './pdf-writer.js';
import type { Scene, SceneNode } from './scene.js';

export const PAGE_WIDTH = 842; // A4 landscape width, in points; the page grows as tall as it needs.
const MARGIN = 36;
const MAX_GRAPH_HEIGHT = 1100;

export interface PdfInput {
  scene: Scene;
  /** Title, sources and export line (laid out for PAGE_WIDTH − 2 × MARGIN with `fonts.width`). */
  header: Block;
  legend: Block;
  /** Details of the numbered allegation edges, in number order. */
  numbered: EdgeDetails[];
  /** The case's own allegation types, named in the list as the case names them. */
  allegationTypes?: readonly CustomAllegationType[];
  info: { title: string; subject: string; keywords: string };
  date: Date;
  textColour: string;
  /** The document with Noto Sans embedded (see pdf-fonts.ts); used once. */
  fonts: PdfFonts;
  rasterize?: Rasterize;
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

function sourceList(numbered: EdgeDetails[], width: number, fonts: PdfFonts, caseTypes: readonly CustomAllegationType[]): ListLine[] {
  if (numbered.length === 0) return [];
  const lines: ListLine[] = [{ text: 'Sources of the numbered allegations', size: 11, bold: true, indent: 0 }];
  const push = (text: string, size: number, bold: boolean, indent: number) => {
    for (const line of wrap(text, width - indent, (t) => fonts.width(t, size, bold))) lines.push({ text: line, size, bold, indent });
  };
  numbered.slice(0, MAX_LISTED).forEach((edge, i) => {
    const a = edge.allegation;
    const what = a ? `${allegationTypeLabel(a.type, caseTypes)} (${a.status}; claimant: ${a.claimant.label})` : '';
    // Read as "source <relation> target", the vocabulary's own reading.
    push(`${i + 1}. ${edge.source.label} ${RELATION_LABELS[edge.relation] ?? edge.relation} ${edge.target.label}${what ? ` — ${what}` : ''}`, 9, true, 0);
    if (edge.evidence.length === 0) push('No quote recorded.', 8.5, false, 14);
    for (const e of edge.evidence) push(`“${e.quote}” — ${e.sourceTitle}`, 8.5, false, 14);
  });
  if (numbered.length > MAX_LISTED) push(`…and ${numbered.length - MAX_LISTED} more allegation edges (export a smaller view to list them all).`, 9, false, 0);
  return lines;
}

/**
 * The screen's text halo, as a plate of the halo colour behind the text. A stroked copy
 * of the text (the usual way) would be text too: readers would find every label twice.
 */
function plate(page: PdfPage, x: number, y: number, halfW: number, halfH: number, rotation: number, colour: string, opacity: number): void {
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  const corner = (dx: number, dy: number) => ({ x: x + dx * cos - dy * sin, y: y + dx * sin + dy * cos });
  const pts = [corner(-halfW, -halfH), corner(halfW, -halfH), corner(halfW, halfH), corner(-halfW, halfH)];
  page.path([...pts.map((p, i) => ({ op: i === 0 ? ('M' as const) : ('L' as const), ...p })), { op: 'Z' }], { fill: colour, opacity: 0.8 * opacity });
}

/** A node's shape (not its label), model coordinates. */
function shapeBox(node: SceneNode): Rect {
  const e = node.ellipse;
  if (e) return { x1: e.cx - e.rx, y1: e.cy - e.ry, x2: e.cx + e.rx, y2: e.cy + e.ry };
  const r = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const p of node.path) {
    if (p.op === 'Z') continue;
    r.x1 = Math.min(r.x1, p.x);
    r.y1 = Math.min(r.y1, p.y);
    r.x2 = Math.max(r.x2, p.x);
    r.y2 = Math.max(r.y2, p.y);
  }
  return r;
}

/** How a list of texts the font could not show is named in a warning. */
const examples = (texts: string[]): string => [...new Set(texts)].slice(0, 3).map((t) => `“${t}”`).join(', ');

export async function composePdf(input: PdfInput): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const { scene, header, legend, numbered, fonts } = input;
  const inner = PAGE_WIDTH - 2 * MARGIN;
  const { box } = scene;
  const k = Math.min(inner / box.w, MAX_GRAPH_HEIGHT / box.h);
  const graphW = box.w * k;
  const graphH = box.h * k;
  const list = sourceList(numbered, inner, fonts, input.allegationTypes ?? []);
  const listHeight = list.reduce((h, l) => h + l.size * 1.4, 0);
  const graphTop = MARGIN + header.height + 6;
  const legendTop = graphTop + graphH + 8;
  const listTop = legendTop + legend.height + 8;
  const height = Math.max(595, listTop + listHeight + MARGIN);
  const page = new PdfPage(PAGE_WIDTH, height, fonts, input.rasterize);

  page.rect(0, 0, PAGE_WIDTH, height, scene.background);
  drawBlock(page, header, MARGIN, MARGIN);
  const left = MARGIN + (inner - graphW) / 2;
  const map = (x: number, y: number): [number, number] => [left + (x - box.x) * k, graphTop + (y - box.y) * k];
  for (const e of scene.edges) {
    page.path(e.path, { stroke: e.color, width: e.width * k, dash: e.dash?.map((d) => d * k) ?? null, opacity: e.opacity }, map);
    if (e.arrow) page.path([...e.arrow.map((p, i) => ({ op: i === 0 ? ('M' as const) : ('L' as const), ...p })), { op: 'Z' as const }], { fill: e.arrowColor, opacity: e.opacity }, map);
  }
  // What a badge must not cover: every node and every line of every label, as drawn here.
  const obstacles: Rect[] = [];
  for (const node of scene.nodes) {
    page.path(node.path, { fill: node.fill, stroke: node.borderWidth > 0 ? node.border : undefined, width: node.borderWidth * k, opacity: node.opacity }, map);
    const shape = shapeBox(node);
    const [x1, y1] = map(shape.x1, shape.y1);
    const [x2, y2] = map(shape.x2, shape.y2);
    obstacles.push({ x1, y1, x2, y2 });
    const t = node.label;
    if (!t) continue;
    const size = t.size * k;
    const [x, y] = map(t.x, t.y);
    const top = y - ((t.lines.length - 1) * t.lineHeight * k) / 2;
    t.lines.forEach((line, i) => {
      const ly = top + i * t.lineHeight * k;
      const half = fonts.width(line, size, false) / 2 + t.outlineWidth * k;
      plate(page, x, ly, half, size * 0.6, 0, t.outline, t.opacity);
      page.text(line, x, ly, { size, colour: t.color, centre: true, opacity: t.opacity });
      obstacles.push({ x1: x - half, y1: ly - size * 0.6, x2: x + half, y2: ly + size * 0.6 });
    });
  }
  for (const e of scene.edges) {
    if (!e.label) continue;
    const [x, y] = map(e.label.x, e.label.y);
    const size = e.label.size * k;
    const half = fonts.width(e.label.text, size, false) / 2;
    plate(page, x, y, half + e.label.outlineWidth * k, size * 0.6, e.label.rotation, e.label.outline, e.label.opacity);
    page.text(e.label.text, x, y, { size, colour: e.label.color, centre: true, rotation: e.label.rotation });
    const dx = Math.abs(Math.cos(e.label.rotation)) * half + size * 0.6;
    const dy = Math.abs(Math.sin(e.label.rotation)) * half + size * 0.6;
    obstacles.push({ x1: x - dx, y1: y - dy, x2: x + dx, y2: y + dy });
  }
  // Numbers beside the allegation edges, matching the list below.
  const byId = new Map(scene.edges.map((e) => [e.id, e]));
  const badges = numbered.slice(0, MAX_LISTED).flatMap((d, i) => {
    const e = byId.get(d.id);
    if (!e) return [];
    const [x, y] = map(e.mid.x, e.mid.y);
    const label = String(i + 1);
    return [{ x, y, r: Math.max(5.5, fonts.width(label, 7, true) / 2 + 2.5), label, colour: e.color }];
  });
  placeBadges(badges, obstacles).forEach((at, i) => {
    const b = badges[i];
    if (!b) return;
    if (Math.hypot(at.x - b.x, at.y - b.y) > 0.5) {
      // Moved off its edge: a thin leader line says which edge the number belongs to.
      page.path([{ op: 'M', x: b.x, y: b.y }, { op: 'L', x: at.x, y: at.y }], { stroke: b.colour, width: 0.6 });
    }
    page.path(ellipsePath(at.x, at.y, b.r, b.r), { fill: b.colour, stroke: '#ffffff', width: 0.8 });
    page.text(b.label, at.x, at.y, { size: 7, bold: true, colour: '#ffffff', centre: true });
  });
  drawBlock(page, legend, MARGIN, legendTop);
  let y = listTop;
  for (const line of list) {
    y += line.size * 1.4;
    page.text(line.text, MARGIN + line.indent, y, { size: line.size, bold: line.bold, colour: input.textColour });
  }
  const warnings: string[] = [];
  if (page.rasterized.length > 0) {
    warnings.push(
      `${page.rasterized.length} text(s) use characters outside Latin, Greek and Cyrillic that the PDF's font (Noto Sans) lacks, e.g. ${examples(page.rasterized)}: ` +
        'they are drawn as pictures, readable but not searchable or copyable. Export SVG to keep them as text.',
    );
  }
  if (page.replaced.length > 0) warnings.push(`${page.replaced.length} text(s) use characters the PDF's font (Noto Sans) lacks, e.g. ${examples(page.replaced)}: those characters show as "?".`);
  return { bytes: await writePdf(page, input.info, input.date), warnings };
}

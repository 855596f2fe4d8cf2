// The caption and legend block under an exported picture: title, sources, date,
// filters and a legend of what is in the picture. Laid out once as primitives
// (text, shapes, lines) that the canvas, SVG and PDF writers each draw.
import { ALLEGATION_STATUSES, NODE_KIND_LABELS, NODE_KINDS, type AllegationStatus, type NodeKind } from '../../../graph-data/src/schema/vocabulary.js';
import { presentAllegationTypes, type CustomAllegationType } from '../graph-view/allegation-types.js';
import { BASE_COLOURS, KIND_SHAPES, kindColour, STATUS_LINES, type Theme } from '../graph-view/palette.js';
import { nodeShapePath, type Seg } from './geometry.js';
import { plural } from '../state/plural.js';
import type { ExportMeta } from './types.js';

export type Prim =
  | { type: 'text'; text: string; x: number; y: number; size: number; bold: boolean; color: string }
  | { type: 'shape'; path: Seg[]; fill: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash: number[] | null };

/** Width of `text` at `size` px, bold or not, in the writer's font. */
export type TextWidth = (text: string, size: number, bold: boolean) => number;

export interface Block {
  width: number;
  height: number;
  prims: Prim[];
}

export interface LegendContent {
  kinds: NodeKind[];
  /** Built-in types and the case's own, named and coloured as the canvas draws them. */
  allegationTypes: { id: string; label: string; colour: string }[];
  statuses: AllegationStatus[];
  /** Set when colour shows communities: then kinds are told by shape alone. */
  communities?: { name: string; colour: string }[];
  /** The heading of those colours: "Communities", or the attribute they show. */
  colourTitle?: string;
}

const NEUTRAL: Record<Theme, string> = { light: '#94a3b8', dark: '#64748b' };

/**
 * What the legend shows: only what the exported picture contains, in vocabulary order, the
 * case's own allegation types (`caseTypes`) after the built-in ones.
 */
export function legendContent(
  nodes: { kind: string }[],
  edges: { allegationType?: string; allegationStatus?: string }[],
  theme: Theme,
  caseTypes: readonly CustomAllegationType[],
): LegendContent {
  const kinds = new Set(nodes.map((n) => n.kind));
  const types = new Set(edges.flatMap((e) => (e.allegationType ? [e.allegationType] : [])));
  const statuses = new Set(edges.map((e) => e.allegationStatus));
  return {
    kinds: NODE_KINDS.filter((k) => kinds.has(k)),
    allegationTypes: presentAllegationTypes(types, theme, caseTypes),
    statuses: ALLEGATION_STATUSES.filter((s) => statuses.has(s)),
  };
}

export function sourceLine(meta: ExportMeta): string {
  // A source added by hand may lack a publisher or a date: no empty "(, )".
  const sources = meta.sources.map((s) => {
    const about = [s.publisher, s.date].filter(Boolean).join(', ');
    return about ? `${s.title} (${about})` : s.title;
  });
  return sources.length ? `Source: ${sources.join('; ')}` : 'Source: not recorded';
}

export function describeExport(meta: ExportMeta): string {
  const when = meta.exportedAt.toISOString().replace('T', ' ').slice(0, 16);
  const filters = meta.filters.length ? `Filters: ${meta.filters.join('; ')}` : 'No filters';
  const shown = meta.shown ? ` · ${plural(meta.shown.nodes, 'node')}, ${plural(meta.shown.edges, 'edge')} shown` : '';
  return `Exported ${when} UTC · ${meta.scope}${shown} · ${filters}`;
}

/** Greedy word wrap; a word longer than the line is cut. */
export function wrap(text: string, maxWidth: number, width: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    const nextWidth = width(next);
    if (nextWidth <= maxWidth || !line) {
      line = next;
      if (nextWidth > maxWidth) {
        let cut = '';
        for (const ch of line) {
          if (width(cut + ch) > maxWidth && cut) {
            lines.push(cut);
            cut = '';
          }
          cut += ch;
        }
        line = cut;
      }
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The block at 1× (CSS pixels / points), `width` wide. `caption` adds the title,
 * sources and export line; `legend` the kinds, allegation types and statuses present.
 */
export function layoutCaption(opts: { meta: ExportMeta; legend: LegendContent | null; caption: boolean; theme: Theme; width: number; measure: TextWidth }): Block {
  const { meta, legend, theme, width, measure } = opts;
  const colour = BASE_COLOURS[theme].text;
  const pad = 12;
  const prims: Prim[] = [];
  let y = pad;
  const paragraph = (text: string, size: number, bold: boolean) => {
    for (const line of wrap(text, width - 2 * pad, (t) => measure(t, size, bold))) {
      prims.push({ type: 'text', text: line, x: pad, y: y + size * 0.8, size, bold, color: colour });
      y += size * 1.35;
    }
  };
  if (opts.caption) {
    paragraph(meta.title, 16, true);
    paragraph(sourceLine(meta), 11, false);
    paragraph(describeExport(meta), 10, false);
    y += 4;
  }
  if (legend) {
    const row = (heading: string, items: { label: string; draw: (x: number, cy: number) => number }[]) => {
      if (items.length === 0) return;
      const size = 10;
      let x = pad;
      prims.push({ type: 'text', text: heading, x, y: y + size * 0.8, size, bold: true, color: colour });
      x += measure(heading, size, true) + 10;
      for (const item of items) {
        const w = 22 + measure(item.label, size, false) + 14;
        if (x + w > width - pad && x > pad + 60) {
          x = pad + 60;
          y += size * 1.6;
        }
        const used = item.draw(x, y + size * 0.45);
        prims.push({ type: 'text', text: item.label, x: x + used + 4, y: y + size * 0.8, size, bold: false, color: colour });
        x += w;
      }
      y += size * 1.8;
    };
    const communities = legend.communities;
    if (communities) {
      row(legend.colourTitle ?? 'Communities', communities.map((c) => ({
        label: c.name,
        draw: (x, cy) => {
          prims.push({ type: 'shape', path: nodeShapePath('ellipse', x + 6, cy, 11, 11), fill: c.colour });
          return 14;
        },
      })));
    }
    // Colour shows something else and every node is "Other": kinds say nothing about the picture.
    const kinds = communities && legend.kinds.every((k) => k === 'other') ? [] : legend.kinds;
    row(communities ? 'Kinds (shape)' : 'Kinds', kinds.map((kind) => ({
      label: NODE_KIND_LABELS[kind],
      draw: (x, cy) => {
        prims.push({ type: 'shape', path: nodeShapePath(KIND_SHAPES[kind], x + 6, cy, 11, 11), fill: communities ? NEUTRAL[theme] : kindColour(theme, kind) });
        return 14;
      },
    })));
    row('Allegations', legend.allegationTypes.map((type) => ({
      label: type.label,
      draw: (x, cy) => {
        prims.push({ type: 'line', x1: x, y1: cy, x2: x + 18, y2: cy, color: type.colour, width: 3, dash: null });
        return 20;
      },
    })));
    row('Status', legend.statuses.map((status) => ({
      label: status,
      draw: (x, cy) => {
        const line = STATUS_LINES[status];
        prims.push({ type: 'line', x1: x, y1: cy, x2: x + 24, y2: cy, color: colour, width: 2, dash: line.style === 'dotted' ? [2, 2] : (line.dash ?? null) });
        return 26;
      },
    })));
  }
  return { width, height: prims.length ? Math.ceil(y + pad) : 0, prims };
}

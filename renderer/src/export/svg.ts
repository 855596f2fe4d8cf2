// SVG: the scene as true vectors — node shapes, edge paths with arrowheads and dash
// patterns, labels as <text> — plus the caption block and Dublin Core metadata.
// Every string from the data is escaped: a label is text, never markup.
import type { Block, Prim } from './caption.js';
import { CAPTION_FONT } from './draw-canvas.js';
import { svgPathData } from './geometry.js';
import type { Scene, SceneText } from './scene.js';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value: string): string => value.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

// Colours, fonts and weights repeat across thousands of elements: escape each once.
const escaped = new Map<string, string>();
const escStyle = (value: string): string => {
  let out = escaped.get(value);
  if (out === undefined) {
    out = esc(value);
    if (escaped.size < 1000) escaped.set(value, out);
  }
  return out;
};

/**
 * A font list for labels: the screen's family first, then families that cover Latin,
 * Greek and Cyrillic (Noto Sans, DejaVu Sans) and CJK, so a viewer without the first
 * still draws every script as text. SVG viewers fall back glyph by glyph along this list.
 */
export function svgFontFamily(family: string): string {
  const named = family.split(',').map((f) => f.trim()).filter((f) => f && f !== 'sans-serif');
  return [...named, '"Noto Sans"', '"DejaVu Sans"', '"Noto Sans CJK SC"', 'sans-serif'].join(', ');
}

const n = (v: number): string => String(Math.round(v * 100) / 100);
const opacity = (o: number): string => (o < 1 ? ` opacity="${n(o)}"` : '');

function textEl(t: SceneText): string {
  const rotate = t.rotation ? ` transform="rotate(${n((t.rotation * 180) / Math.PI)} ${n(t.x)} ${n(t.y)})"` : '';
  const halo = t.outlineWidth > 0 ? ` stroke="${escStyle(t.outline)}" stroke-width="${n(t.outlineWidth * 2)}" stroke-linejoin="round" paint-order="stroke"` : '';
  const attrs = `font-size="${n(t.size)}" font-weight="${escStyle(t.weight)}" fill="${escStyle(t.color)}"${halo}${opacity(t.opacity)}${rotate} text-anchor="middle" dominant-baseline="central"`;
  if (t.lines.length <= 1) return `<text x="${n(t.x)}" y="${n(t.y)}" ${attrs}>${esc(t.text)}</text>`;
  // A wrapped label: one <tspan> a line, centred on the block's centre.
  const top = t.y - ((t.lines.length - 1) * t.lineHeight) / 2;
  const spans = t.lines.map((line, i) => `<tspan x="${n(t.x)}" y="${n(top + i * t.lineHeight)}">${esc(line)}</tspan>`).join('');
  return `<text x="${n(t.x)}" y="${n(top)}" ${attrs}>${spans}</text>`;
}

function primEl(p: Prim): string {
  if (p.type === 'text') return `<text x="${n(p.x)}" y="${n(p.y)}" font-size="${n(p.size)}"${p.bold ? ' font-weight="bold"' : ''} fill="${esc(p.color)}">${esc(p.text)}</text>`;
  if (p.type === 'shape') return `<path d="${svgPathData(p.path)}" fill="${esc(p.fill)}"/>`;
  const dash = p.dash ? ` stroke-dasharray="${p.dash.map(n).join(' ')}"` : '';
  return `<line x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}" stroke="${esc(p.color)}" stroke-width="${n(p.width)}"${dash}/>`;
}

export interface SvgOptions {
  /** Output units per model unit (the screen zoom for a view, 1 for the whole graph). */
  density: number;
  transparent: boolean;
  block: Block;
  metadata: Record<string, string>;
}

export function sceneToSvg(scene: Scene, { density, transparent, block, metadata }: SvgOptions): string {
  const { box } = scene;
  const width = Math.ceil(box.w * density);
  const graphHeight = Math.ceil(box.h * density);
  const height = graphHeight + block.height;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${esc(metadata.Title ?? 'Redthread graph')}</title>`,
    `<desc>${esc([metadata.Source, metadata.Description].filter(Boolean).join('\n'))}</desc>`,
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>',
    `<dc:title>${esc(metadata.Title ?? '')}</dc:title>`,
    `<dc:source>${esc(metadata.Source ?? '')}</dc:source>`,
    `<dc:description>${esc(metadata.Description ?? '')}</dc:description>`,
    `<dc:date>${esc(metadata['Creation Time'] ?? '')}</dc:date>`,
    '<dc:creator>Redthread</dc:creator><dc:format>image/svg+xml</dc:format>',
    '</rdf:Description></rdf:RDF></metadata>',
    '<defs><clipPath id="graph-area"><rect x="0" y="0" width="' + width + '" height="' + graphHeight + '"/></clipPath></defs>',
  ];
  if (!transparent) out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${esc(scene.background)}"/>`);
  out.push(`<g clip-path="url(#graph-area)"><g transform="matrix(${n(density)} 0 0 ${n(density)} ${n(-box.x * density)} ${n(-box.y * density)})">`);
  out.push('<g class="edges" fill="none" stroke-linecap="butt">');
  for (const e of scene.edges) {
    const dash = e.dash ? ` stroke-dasharray="${e.dash.map(n).join(' ')}"` : '';
    const arrow = e.arrow ? `<path class="arrow" d="M${e.arrow.map((p) => `${n(p.x)} ${n(p.y)}`).join('L')}Z" fill="${escStyle(e.arrowColor)}" stroke="none"/>` : '';
    const label = e.label ? textEl(e.label) : '';
    out.push(`<g class="edge" data-id="${esc(e.id)}"${opacity(e.opacity)}><path d="${svgPathData(e.path)}" stroke="${escStyle(e.color)}" stroke-width="${n(e.width)}"${dash}/>${arrow}${label}</g>`);
  }
  out.push('</g>', `<g class="nodes" font-family="${esc(svgFontFamily(scene.nodes[0]?.label?.family ?? CAPTION_FONT))}">`);
  for (const node of scene.nodes) {
    const border = node.borderWidth > 0 ? ` stroke="${escStyle(node.border)}" stroke-width="${n(node.borderWidth)}"` : '';
    const label = node.label ? textEl(node.label) : '';
    const e = node.ellipse;
    const shape = e ? `<ellipse cx="${n(e.cx)}" cy="${n(e.cy)}" rx="${n(e.rx)}" ry="${n(e.ry)}"` : `<path d="${svgPathData(node.path)}"`;
    out.push(`<g class="node" data-id="${esc(node.id)}"${opacity(node.opacity)}>${shape} fill="${escStyle(node.fill)}"${border}/>${label}</g>`);
  }
  out.push('</g></g></g>');
  if (block.prims.length) {
    out.push(`<g class="caption" transform="translate(0 ${graphHeight})" font-family="${esc(svgFontFamily(CAPTION_FONT))}">`, ...block.prims.map(primEl), '</g>');
  }
  out.push('</svg>', '');
  return out.join('\n');
}

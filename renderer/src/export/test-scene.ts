// A hand-made scene for the vector writers' tests: three nodes (one with a hostile
// label, one Cyrillic), a plain edge and a numbered allegation edge.
import { ALLEGATION_TYPE_LABELS } from '../../../graph-data/src/schema/vocabulary.js';
import { allegationColour } from '../graph-view/palette.js';
import { layoutCaption } from './caption.js';
import { boundsOfPoints, nodeShapePath, type Seg } from './geometry.js';
import type { Scene, SceneEdge, SceneNode, SceneText } from './scene.js';
import type { ExportMeta } from './types.js';

export const XSS_LABEL = '<img src=x onerror=alert(1)>';
export const CYRILLIC_LABEL = 'Александр Прокопчук';
export const GREEK_LABEL = 'Ιντερπόλ Αθήνα';
export const CJK_LABEL = 'Meng Hongwei 孟宏伟';
/** Wrapped in two lines, right where the allegation edge's badge would go. */
export const LONG_LABEL = ['National Central Bureau of', 'Interpol (Russia)'];

const label = (text: string, x: number, y: number, lines = [text]): SceneText => ({
  text, lines, lineHeight: 13, x, y, size: 11, family: 'Helvetica Neue, Helvetica, sans-serif', weight: 'normal', color: 'rgb(15,23,42)', outline: '#ffffff', outlineWidth: 2, rotation: 0, opacity: 1,
});

// The box around a path's points (control points included: they bound the curve).
function pathBounds(segs: Seg[], pad: number) {
  const pts: { x: number; y: number }[] = [];
  for (const s of segs) {
    if (s.op === 'Z') continue;
    if (s.op === 'Q') pts.push({ x: s.cx, y: s.cy });
    if (s.op === 'C') pts.push({ x: s.c1x, y: s.c1y }, { x: s.c2x, y: s.c2y });
    pts.push({ x: s.x, y: s.y });
  }
  return boundsOfPoints(pts, pad);
}

// Bounds as the scene builder would give them (shape, or line and arrow, plus the label).
const node = (n: Omit<SceneNode, 'bounds'>): SceneNode => ({ ...n, bounds: pathBounds(n.path, 20) });
const edge = (e: Omit<SceneEdge, 'bounds'>): SceneEdge => ({ ...e, bounds: pathBounds([...e.path, ...(e.arrow ?? []).map((p) => ({ op: 'L' as const, ...p }))], e.width) });

export function testScene(): Scene {
  return {
    box: { x: -50, y: -50, w: 400, h: 250 },
    background: '#f8fafc',
    nodes: [
      node({ id: 'a', path: nodeShapePath('ellipse', 0, 0, 30, 30), ellipse: { cx: 0, cy: 0, rx: 15, ry: 15 }, fill: 'rgb(37,99,235)', border: '#ffffff', borderWidth: 1.5, opacity: 1, label: label(XSS_LABEL, 0, 25) }),
      node({ id: 'b', path: nodeShapePath('round-rectangle', 200, 0, 30, 30), fill: '#7c3aed', border: '#ffffff', borderWidth: 1.5, opacity: 1, label: label('Interpol', 200, 25) }),
      node({ id: 'c', path: nodeShapePath('star', 100, 150, 30, 30), fill: '#db2777', border: '#ffffff', borderWidth: 1.5, opacity: 1, label: label(CYRILLIC_LABEL, 100, 175) }),
      node({ id: 'd', path: nodeShapePath('ellipse', 60, 75, 16, 16), ellipse: { cx: 60, cy: 75, rx: 8, ry: 8 }, fill: '#0d9488', border: '#ffffff', borderWidth: 1.5, opacity: 1, label: label(LONG_LABEL.join(' '), 50, 100, LONG_LABEL) }),
      node({ id: 'g', path: nodeShapePath('ellipse', 300, 60, 16, 16), ellipse: { cx: 300, cy: 60, rx: 8, ry: 8 }, fill: '#0d9488', border: '#ffffff', borderWidth: 1.5, opacity: 1, label: label(GREEK_LABEL, 300, 80) }),
      node({ id: 'm', path: nodeShapePath('ellipse', 300, 140, 16, 16), ellipse: { cx: 300, cy: 140, rx: 8, ry: 8 }, fill: '#0d9488', border: '#ffffff', borderWidth: 1.5, opacity: 1, label: label(CJK_LABEL, 300, 160) }),
    ],
    edges: [
      edge({ id: 'e1', path: [{ op: 'M', x: 15, y: 0 }, { op: 'L', x: 177, y: 0 }], color: 'rgb(148,163,184)', width: 1.5, dash: null, opacity: 1, arrow: [{ x: 185, y: 0 }, { x: 177, y: 4 }, { x: 177, y: -4 }], arrowColor: 'rgb(148,163,184)', mid: { x: 100, y: 0 } }),
      edge({
        id: 'e2', path: [{ op: 'M', x: 0, y: 15 }, { op: 'Q', cx: 30, cy: 120, x: 85, y: 145 }], color: '#c2410c', width: 2.5, dash: [6, 3], opacity: 1,
        arrow: [{ x: 92, y: 148 }, { x: 84, y: 150 }, { x: 86, y: 142 }], arrowColor: '#c2410c', mid: { x: 40, y: 100 }, allegationType: 'red_notice_abuse', allegationStatus: 'alleged',
      }),
    ],
  };
}

export const testMeta: ExportMeta = {
  title: 'Interpol 2018 presidential election',
  datasetId: 'interpol-2018',
  sources: [{ id: 's', title: 'UK and US launch last-ditch bid', publisher: 'Daily Mail', date: '2018-11-21' }],
  filters: ['Allegation: red notice abuse'],
  exportedAt: new Date('2026-11-27T10:00:00Z'),
  scope: 'Whole graph',
};

/** Text widths near enough to a sans-serif's for layout tests. */
export const roughWidth = (t: string, size: number, bold: boolean): number => [...t].length * size * (bold ? 0.58 : 0.53);

export const testBlock = (width: number, legend: boolean, caption: boolean, measure = roughWidth) =>
  layoutCaption({
    meta: testMeta,
    legend: legend ? { kinds: ['person', 'agency'], allegationTypes: [{ id: 'red_notice_abuse', label: ALLEGATION_TYPE_LABELS.red_notice_abuse, colour: allegationColour('light', 'red_notice_abuse') }], statuses: ['alleged'] } : null,
    caption,
    theme: 'light',
    width,
    measure,
  });

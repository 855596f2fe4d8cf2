// Vector paths shared by the SVG and PDF writers: node shapes as Cytoscape draws them
// (same unit polygons and corner radii), as plain move/line/quad/cubic segments.

export type Seg =
  | { op: 'M' | 'L'; x: number; y: number }
  | { op: 'Q'; cx: number; cy: number; x: number; y: number }
  | { op: 'C'; c1x: number; c1y: number; c2x: number; c2y: number; x: number; y: number }
  | { op: 'Z' };

function ngon(sides: number, rotation = 0): number[] {
  const inc = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + inc / 2 : Math.PI / 2) + rotation;
  const pts: number[] = [];
  for (let i = 0; i < sides; i++) pts.push(Math.cos(i * inc + start), Math.sin(-(i * inc + start)));
  return pts;
}

/** Cytoscape's fitPolygonToSquare: stretch to [-1, 1] on both axes. */
function fit(points: number[]): number[] {
  const xs = points.filter((_v, i) => i % 2 === 0);
  const ys = points.filter((_v, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_v, i) => i % 2 === 1));
  return minY < -1 ? out.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : out;
}

function star(): number[] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const pts: number[] = [];
  for (let i = 0; i < 5; i++) pts.push(outer[2 * i] ?? 0, outer[2 * i + 1] ?? 0, inner[2 * i] ?? 0, inner[2 * i + 1] ?? 0);
  return fit(pts);
}

/** Unit polygons of the shapes Redthread's palette uses (and a few more), as in Cytoscape's renderer. */
const POLYGONS: Record<string, { points: number[]; round: boolean }> = {
  triangle: { points: fit(ngon(3)), round: false },
  'round-triangle': { points: fit(ngon(3)), round: true },
  rectangle: { points: fit(ngon(4)), round: false },
  square: { points: fit(ngon(4)), round: false },
  diamond: { points: [0, 1, 1, 0, 0, -1, -1, 0], round: false },
  'round-diamond': { points: [0, 1, 1, 0, 0, -1, -1, 0], round: true },
  pentagon: { points: fit(ngon(5)), round: false },
  'round-pentagon': { points: fit(ngon(5)), round: true },
  hexagon: { points: fit(ngon(6)), round: false },
  'round-hexagon': { points: fit(ngon(6)), round: true },
  heptagon: { points: fit(ngon(7)), round: false },
  'round-heptagon': { points: fit(ngon(7)), round: true },
  octagon: { points: fit(ngon(8)), round: false },
  'round-octagon': { points: fit(ngon(8)), round: true },
  star: { points: star(), round: false },
  tag: { points: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], round: false },
  'round-tag': { points: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], round: true },
  vee: { points: [-1, -1, 0, -0.333, 1, -1, 0, 1], round: false },
};

const KAPPA = 0.5522847498;

export function ellipsePath(x: number, y: number, rx: number, ry: number): Seg[] {
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return [
    { op: 'M', x: x + rx, y },
    { op: 'C', c1x: x + rx, c1y: y + ky, c2x: x + kx, c2y: y + ry, x, y: y + ry },
    { op: 'C', c1x: x - kx, c1y: y + ry, c2x: x - rx, c2y: y + ky, x: x - rx, y },
    { op: 'C', c1x: x - rx, c1y: y - ky, c2x: x - kx, c2y: y - ry, x, y: y - ry },
    { op: 'C', c1x: x + kx, c1y: y - ry, c2x: x + rx, c2y: y - ky, x: x + rx, y },
    { op: 'Z' },
  ];
}

/** A closed polygon; with `radius` > 0 each corner is cut and rounded by a quadratic through it. */
export function polygonPath(pts: { x: number; y: number }[], radius = 0): Seg[] {
  const n = pts.length;
  const first = pts[0];
  if (!first) return [];
  if (radius <= 0) return [{ op: 'M', ...first }, ...pts.slice(1).map((p): Seg => ({ op: 'L', ...p })), { op: 'Z' }];
  const segs: Seg[] = [];
  for (let i = 0; i < n; i++) {
    const prev = pts[(i - 1 + n) % n] ?? first;
    const cur = pts[i] ?? first;
    const next = pts[(i + 1) % n] ?? first;
    const toward = (p: { x: number; y: number }) => {
      const d = Math.hypot(p.x - cur.x, p.y - cur.y) || 1;
      const r = Math.min(radius, d / 2);
      return { x: cur.x + ((p.x - cur.x) / d) * r, y: cur.y + ((p.y - cur.y) / d) * r };
    };
    const a = toward(prev);
    const b = toward(next);
    segs.push({ op: i === 0 ? 'M' : 'L', ...a }, { op: 'Q', cx: cur.x, cy: cur.y, x: b.x, y: b.y });
  }
  segs.push({ op: 'Z' });
  return segs;
}

/** Whether Cytoscape draws `shape` as an ellipse (its default for any shape it lacks, as here). */
export const isEllipse = (shape: string): boolean => shape !== 'round-rectangle' && shape !== 'roundrectangle' && !(shape in POLYGONS);

/** The outline of a node of `shape` centred on (x, y), as Cytoscape draws it. */
export function nodeShapePath(shape: string, x: number, y: number, w: number, h: number): Seg[] {
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    const r = Math.min(w / 4, h / 4, 8);
    return polygonPath([{ x: x - w / 2, y: y - h / 2 }, { x: x + w / 2, y: y - h / 2 }, { x: x + w / 2, y: y + h / 2 }, { x: x - w / 2, y: y + h / 2 }], r);
  }
  const poly = POLYGONS[shape];
  if (!poly) return ellipsePath(x, y, w / 2, h / 2);
  const pts: { x: number; y: number }[] = [];
  for (let i = 0; i < poly.points.length; i += 2) pts.push({ x: x + (w / 2) * (poly.points[i] ?? 0), y: y + (h / 2) * (poly.points[i + 1] ?? 0) });
  return polygonPath(pts, poly.round ? Math.min(w / 10, h / 10, 8) : 0);
}

const f = (n: number): string => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

/** SVG path data, two decimals. */
export function svgPathData(segs: Seg[]): string {
  let d = '';
  for (const s of segs) {
    if (s.op === 'Z') d += 'Z';
    else if (s.op === 'Q') d += `Q${f(s.cx)} ${f(s.cy)} ${f(s.x)} ${f(s.y)}`;
    else if (s.op === 'C') d += `C${f(s.c1x)} ${f(s.c1y)} ${f(s.c2x)} ${f(s.c2y)} ${f(s.x)} ${f(s.y)}`;
    else d += `${s.op}${f(s.x)} ${f(s.y)}`;
  }
  return d;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around `points`, grown by `pad` on every side. */
export function boundsOfPoints(points: { x: number; y: number }[], pad = 0): Bounds {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.x > x2) x2 = p.x;
    if (p.y > y2) y2 = p.y;
  }
  return { x1: x1 - pad, y1: y1 - pad, x2: x2 + pad, y2: y2 + pad };
}

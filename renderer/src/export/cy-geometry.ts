// Edge geometry as Cytoscape drew it: endpoints (where arrows meet the node outline),
// bezier control points and the midpoint. The public methods (sourceEndpoint(), …) each
// re-check an edge's parallel edges, which costs ~6 µs a call, half a second for a
// 10,000-node export; after a frame Cytoscape's renderer already holds the same numbers
// in the edge's render scratch, so those are read when they are marked clean and the
// public methods answer everything else. Cytoscape is pinned (package.json), and
// cy-geometry.test.ts checks both paths agree.
import type { EdgeSingular } from 'cytoscape';

export interface Point {
  x: number;
  y: number;
}

export interface EdgeGeometry {
  source: Point;
  target: Point;
  /** Bezier control points; empty for a straight edge. */
  controls: Point[];
  midpoint: Point;
}

/** The parts of an element's private state this reads (Cytoscape 3.35). */
interface Scratch {
  _private?: {
    rscratch?: {
      edgeType?: string;
      arrowStartX?: number;
      arrowStartY?: number;
      arrowEndX?: number;
      arrowEndY?: number;
      midX?: number;
      midY?: number;
      ctrlpts?: number[];
    };
    rstyle?: { clean?: boolean; cleanConnected?: boolean };
    /** An edge's end nodes (their own _private holds rstyle). */
    source?: Scratch;
    target?: Scratch;
  };
}

/** How edges were read since the last reset (the automation hook reports it; tests check the fast path runs). */
export const geometryReads = { scratch: 0, publicApi: 0 };

const CURVED = new Set(['bezier', 'multibezier', 'self', 'compound']);

function cleanScratch(edge: EdgeSingular): Required<NonNullable<NonNullable<Scratch['_private']>['rscratch']>> | null {
  const p = (edge as unknown as Scratch)._private;
  const rs = p?.rscratch;
  if (!rs || !p.rstyle?.clean) return null;
  // An edge is stale when either end moved since the last frame (Cytoscape's own test).
  if (p.source?._private?.rstyle?.cleanConnected !== true || p.target?._private?.rstyle?.cleanConnected !== true) return null;
  const type = rs.edgeType;
  if (type !== 'straight' && !(type && CURVED.has(type))) return null;
  const numbers = [rs.arrowStartX, rs.arrowStartY, rs.arrowEndX, rs.arrowEndY, rs.midX, rs.midY];
  if (!numbers.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  if (type !== 'straight' && !Array.isArray(rs.ctrlpts)) return null;
  return rs as Required<typeof rs>;
}

function pairs(flat: number[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ x: flat[i] as number, y: flat[i + 1] as number });
  return out;
}

/** The drawn geometry of `edge`, or null when it has none (e.g. not rendered yet and unpositioned). */
export function edgeGeometry(edge: EdgeSingular, usePublicApi = false): EdgeGeometry | null {
  const rs = usePublicApi ? null : cleanScratch(edge);
  if (rs) {
    geometryReads.scratch++;
    return {
      source: { x: rs.arrowStartX, y: rs.arrowStartY },
      target: { x: rs.arrowEndX, y: rs.arrowEndY },
      controls: rs.edgeType === 'straight' ? [] : pairs(rs.ctrlpts),
      midpoint: { x: rs.midX, y: rs.midY },
    };
  }
  geometryReads.publicApi++;
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  if (!source || !target || !Number.isFinite(source.x + source.y + target.x + target.y)) return null;
  return { source, target, controls: edge.controlPoints() ?? [], midpoint: edge.midpoint() };
}

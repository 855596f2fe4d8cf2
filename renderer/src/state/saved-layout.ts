// A graph's own layout (a dataset's layout.json, Gephi's viz:position, …) as the first
// positions of a view: shown at once, no layout to run, and the picture its author
// made. Used only when every node of the view has a position. A layout at a sensible
// scale is kept as it is; one in other units (Gephi's can span 0–1 or ±10,000) is
// scaled so nodes sit about as far apart as Redthread's layouts place them.
import type { GraphView } from '../../../graph-data/src/contract.js';
import type { Positions } from './view-history.js';

/** Model units of room per node (a square this wide), near what fCoSE gives. */
const ROOM_PER_NODE = 90;
/** Within this factor of that spacing, coordinates are used as they are. */
const TOLERANCE = 3;

export function savedPositions(graph: GraphView): Positions {
  const placed = graph.nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
  if (placed.length === 0 || placed.length < graph.nodes.length) return {};
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of placed) {
    const x = n.x as number;
    const y = n.y as number;
    if (x < x1) x1 = x;
    if (y < y1) y1 = y;
    if (x > x2) x2 = x;
    if (y > y2) y2 = y;
  }
  const span = Math.max(x2 - x1, y2 - y1);
  const side = ROOM_PER_NODE * Math.sqrt(placed.length);
  const fits = span >= side / TOLERANCE && span <= side * TOLERANCE;
  const k = span > 0 && !fits ? side / span : 1;
  const positions: Positions = {};
  for (const n of placed) positions[n.id] = { x: ((n.x as number) - x1) * k, y: ((n.y as number) - y1) * k };
  return positions;
}

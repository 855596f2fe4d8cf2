// How far apart ForceAtlas2's places are drawn. The layout sets its own scale (an edge of
// tokyo-railways.cyjs.json came out 18 units long), while the canvas sizes nodes for the graph
// (41 units there): laid out, the stations sat on one another, 1,636 pairs overlapping, and the
// lines between them were hidden under their dots. The places are spread about the origin until
// the median edge is at least twice the median node's diameter; the viewport's zoom is divided by
// the same factor, so the picture keeps its place on screen and only the nodes get smaller in it.

/** The median edge is given at least this many median node diameters. */
export const EDGE_PER_DIAMETER = 2;
/** Edges the median is taken over: a sample is as good, and sorting 30,000 each frame is not free. */
const MOST_SAMPLED = 2000;

/** Up to MOST_SAMPLED of the index pairs in `edges` (source, target, ...), evenly spread, copied. */
export function samplePairs(edges: Uint32Array): Uint32Array {
  const count = Math.floor(edges.length / 2);
  const step = Math.max(1, Math.ceil(count / MOST_SAMPLED));
  const out = new Uint32Array(Math.ceil(count / step) * 2);
  let k = 0;
  for (let e = 0; e < count; e += step) {
    out[k++] = edges[2 * e] as number;
    out[k++] = edges[2 * e + 1] as number;
  }
  return out.subarray(0, k);
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  values.sort((a, b) => a - b);
  return values[values.length >> 1] as number;
}

/**
 * The factor to spread `places` (x, y pairs) by: 1 when the median edge of `pairs` is already at
 * least EDGE_PER_DIAMETER median diameters (`sizes`, zero for a node not drawn), or when either is unknown.
 */
export function spreadFactor(places: Float32Array, pairs: Uint32Array, sizes: Float32Array): number {
  const lengths: number[] = [];
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const s = pairs[k] as number;
    const t = pairs[k + 1] as number;
    const length = Math.hypot((places[2 * s] as number) - (places[2 * t] as number), (places[2 * s + 1] as number) - (places[2 * t + 1] as number));
    if (length > 0) lengths.push(length);
  }
  const diameters: number[] = [];
  for (const size of sizes) if (size > 0) diameters.push(size);
  const factor = (EDGE_PER_DIAMETER * median(diameters)) / median(lengths);
  return Number.isFinite(factor) ? Math.max(1, factor) : 1;
}

/** `places` spread by `factor` about the origin (a new array). */
export function spreadPlaces(places: Float32Array, factor: number): Float32Array {
  const out = new Float32Array(places.length);
  for (let i = 0; i < places.length; i++) out[i] = (places[i] as number) * factor;
  return out;
}

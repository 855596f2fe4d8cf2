// Mirrors the service's policy (graph-data/src/service/measures.ts EXACT_BETWEENNESS_MAX_NODES):
// above this many nodes betweenness is a sampled estimate. The renderer may not import the
// service, so the number is repeated here for the progress message only; the result's own
// `exact` flag is what the panel reports once it is in.
export const EXACT_BETWEENNESS_LIMIT = 2000;

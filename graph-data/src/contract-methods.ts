// The names of the graph service's methods: the one list that the Electron preload,
// the IPC layer and the Web Worker host all expose. Kept free of dependencies so the
// sandboxed preload can bundle it without pulling in validators.

export const METHODS = [
  'datasetInfo',
  'initialView',
  'search',
  'nodeDetails',
  'edgeDetails',
  'expand',
  'ego',
  'view',
  'source',
  'filterView',
  'filterFacets',
  'shortestPath',
  'allPaths',
  'whyConnected',
  'measures',
  'communities',
] as const;
export type Method = (typeof METHODS)[number];

/** IPC channel for a method; one channel per method, never a generic one. */
export const channelFor = (method: Method): `redthread:${Method}` => `redthread:${method}`;

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
  // Session methods: replace the loaded graph (answered by service/session.ts).
  'openGraph',
  'openDefault',
  'cancelOpen',
] as const;
export type Method = (typeof METHODS)[number];

export const SESSION_METHODS = ['openGraph', 'openDefault', 'cancelOpen'] as const satisfies readonly Method[];
export type SessionMethod = (typeof SESSION_METHODS)[number];
/** Methods answered by the graph service over the loaded graph. */
export type ServiceMethod = Exclude<Method, SessionMethod>;

/** IPC channel for a method; one channel per method, never a generic one. */
export const channelFor = (method: Method): `redthread:${Method}` => `redthread:${method}`;

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
  'attributes',
  'attributeValues',
  'overview',
  'overviewMembers',
  'exportData',
  // The data table: pages of rows, every row id in order, the rows as CSV.
  'table',
  'tableIds',
  'tableCsv',
  // Session methods: replace the loaded graph (answered by service/session.ts).
  'openGraph',
  'openDefault',
  'cancelOpen',
  'inspectFiles',
  'cancelExport',
  // Building a case (answered by service/edits.ts through the session): edits change the graph.
  'edit',
  'undo',
  'redo',
  'editState',
  'saveCase',
  'deletePreview',
  'suggestDuplicates',
  'replayJournal',
] as const;
export type Method = (typeof METHODS)[number];

/** Methods of case building: they hold the undo history, so the session answers them (service/edits.ts). */
export const EDIT_METHODS = ['edit', 'undo', 'redo', 'editState', 'saveCase', 'deletePreview', 'suggestDuplicates', 'replayJournal'] as const;
export type EditMethod = (typeof EDIT_METHODS)[number];

// Data exports run here too: they are long tasks with progress and Cancel, like opening a file.
export const SESSION_METHODS = ['openGraph', 'openDefault', 'cancelOpen', 'inspectFiles', 'exportData', 'cancelExport', ...EDIT_METHODS] as const satisfies readonly Method[];
export type SessionMethod = (typeof SESSION_METHODS)[number];
/** Methods answered by the graph service over the loaded graph. */
export type ServiceMethod = Exclude<Method, SessionMethod>;

/** IPC channel for a method; one channel per method, never a generic one. */
export const channelFor = (method: Method): `redthread:${Method}` => `redthread:${method}`;

/**
 * Electron-only host functions beside the contract methods: they touch the file system
 * in main (the open dialog, the recent list), so the browser host has none. There is no
 * channel that takes a path: dropped files are read by the page and opened as bytes.
 */
export const HOST_FUNCTIONS = ['openFileDialog', 'recentFiles', 'openRecent'] as const;
export type HostFunction = (typeof HOST_FUNCTIONS)[number];
export const hostChannelFor = (fn: HostFunction): `redthread-host:${HostFunction}` => `redthread-host:${fn}`;
/** Main → renderer channels: progress of long tasks, and app-menu commands for the renderer to run. */
export const PROGRESS_CHANNEL = 'redthread:progress';
export const MENU_CHANNEL = 'redthread:menu';
/** Main → renderer: the service thread stopped, or was restarted (ServiceEvent). */
export const SERVICE_EVENT_CHANNEL = 'redthread:service-event';
/** Electron-only: the native save dialog and an atomic write of bytes the renderer made (exports). */
export const SAVE_FILE_CHANNEL = 'redthread-host:saveFile';
/** Electron-only: saved views under the user-data folder (electron/saved-views.ts); the browser host keeps them in localStorage. */
export const SAVED_VIEW_FUNCTIONS = ['listViews', 'saveView', 'deleteView'] as const;
export type SavedViewFunction = (typeof SAVED_VIEW_FUNCTIONS)[number];
export const savedViewChannelFor = (fn: SavedViewFunction): `redthread-host:${SavedViewFunction}` => `redthread-host:${fn}`;

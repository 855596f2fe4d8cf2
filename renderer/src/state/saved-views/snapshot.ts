// Between the live view and a saved view: taking a snapshot, checking it belongs to the
// open dataset, and rebuilding the view from the service's answer for its node ids.
import type { DatasetInfo, GraphView } from '../../../../graph-data/src/contract.js';
import type { Selection } from '../../graph-view/GraphCanvas.js';
import type { LayoutName } from '../../graph-view/layouts.js';
import type { StyleChoices } from '../../panels/measures/choices.js';
import type { Appearance } from '../appearance/settings.js';
import type { ViewState } from '../view-history.js';
import { SAVED_VIEW_FORMAT, SAVED_VIEW_VERSION, type SavedView } from './schema.js';

export interface LiveView {
  view: ViewState;
  selection: Selection;
  layout: LayoutName;
  style: StyleChoices;
  appearance: Appearance;
}

export function toSavedView(name: string, dataset: Pick<DatasetInfo, 'id' | 'name'>, live: LiveView, now = new Date()): SavedView {
  const { view } = live;
  const present = new Set(view.nodes.map((n) => n.id));
  const positions: SavedView['positions'] = {};
  for (const [id, p] of Object.entries(view.positions)) if (present.has(id)) positions[id] = { x: p.x, y: p.y };
  return {
    format: SAVED_VIEW_FORMAT,
    version: SAVED_VIEW_VERSION,
    name: name.trim(),
    savedAt: now.toISOString(),
    dataset: { id: dataset.id, name: dataset.name },
    nodes: [...present],
    hidden: view.hidden.slice(),
    pinned: view.pinned.slice(),
    positions,
    filter: structuredClone(view.filter),
    selection: live.selection ? { ...live.selection } : null,
    layout: live.layout,
    style: { ...live.style },
    appearance: structuredClone(live.appearance),
    reason: view.reason,
  };
}

/** Why `saved` cannot be applied to the open dataset, or null when it can. */
export function datasetMismatch(saved: SavedView, info: Pick<DatasetInfo, 'id' | 'name'> | null): string | null {
  if (!info) return 'No graph is open yet.';
  if (saved.dataset.id === info.id) return null;
  return `“${saved.name}” was saved for the dataset “${saved.dataset.name}” (${saved.dataset.id}), not for the open one, “${info.name}” (${info.id}). Open that dataset first.`;
}

/** The saved view over the graph the service returned for its ids (ids the graph lacks drop out). */
export function toViewState(saved: SavedView, graph: GraphView): ViewState {
  const present = new Set(graph.nodes.map((n) => n.id));
  const positions: ViewState['positions'] = {};
  for (const [id, p] of Object.entries(saved.positions)) if (present.has(id)) positions[id] = p;
  return {
    graph: graph.graph,
    nodes: graph.nodes,
    edges: graph.edges,
    hidden: saved.hidden.filter((id) => present.has(id)),
    pinned: saved.pinned.filter((id) => present.has(id)),
    positions,
    reason: `Opened the saved view “${saved.name}”`,
    truncated: graph.truncated,
    filter: saved.filter,
    scope: { origin: { kind: 'saved', name: saved.name }, changes: [] },
  };
}

/** The open graph's views first (in their order), then those saved for other datasets. */
export function openGraphFirst(views: readonly SavedView[], info: Pick<DatasetInfo, 'id'> | null): SavedView[] {
  const mine = views.filter((v) => info !== null && v.dataset.id === info.id);
  return [...mine, ...views.filter((v) => !mine.includes(v))];
}

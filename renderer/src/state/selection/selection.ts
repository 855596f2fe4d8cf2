// Selection of many: the nodes and edges the user picked (canvas clicks, box, table rows), and
// the one whose details show. Pure producers over plain id lists, so they are tested alone.
import type { ViewState, VisibleSets } from '../view-history.js';
import { plural } from '../plural.js';

export type Single = { type: 'node' | 'edge'; id: string } | null;

export interface ManySelection {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface SelectionState {
  /** The element whose details show; null when several are selected and none was clicked first. */
  primary: Single;
  many: ManySelection;
}

export const NOTHING: ManySelection = { nodes: [], edges: [] };
export const EMPTY_SELECTION: SelectionState = { primary: null, many: NOTHING };

export const sizeOf = (m: ManySelection): number => m.nodes.length + m.edges.length;

const contains = (m: ManySelection, s: Single): boolean => s !== null && (s.type === 'node' ? m.nodes : m.edges).includes(s.id);

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

export const sameSelection = (a: ManySelection, b: ManySelection): boolean => sameIds(a.nodes, b.nodes) && sameIds(a.edges, b.edges);

/** One element (or nothing) selected, its details shown. */
export const selectOne = (s: Single): SelectionState => ({ primary: s, many: s ? (s.type === 'node' ? { nodes: [s.id], edges: [] } : { nodes: [], edges: [s.id] }) : NOTHING });

/**
 * A new set of many: the details keep the element they showed while it stays selected; a set
 * of exactly one shows that one; otherwise none (the selection's own bar shows instead).
 */
export function withMany(state: SelectionState, many: ManySelection): SelectionState {
  if (sameSelection(state.many, many)) return state;
  if (contains(many, state.primary)) return { primary: state.primary, many };
  const only: Single = sizeOf(many) === 1 ? (many.nodes[0] !== undefined ? { type: 'node', id: many.nodes[0] } : { type: 'edge', id: many.edges[0] as string }) : null;
  return { primary: only, many };
}

/** Shows one element's details; the selection stays when it holds the element. */
export function inspect(state: SelectionState, s: NonNullable<Single>): SelectionState {
  return contains(state.many, s) ? { primary: s, many: state.many } : selectOne(s);
}

/** Adds the element, or takes it out when it is already selected (Shift+click, Ctrl+click on a row). */
export function toggle(m: ManySelection, s: NonNullable<Single>): ManySelection {
  const list = s.type === 'node' ? m.nodes : m.edges;
  const next = list.includes(s.id) ? list.filter((id) => id !== s.id) : [...list, s.id];
  return s.type === 'node' ? { nodes: next, edges: m.edges } : { nodes: m.nodes, edges: next };
}

/** The ids on screen: the view minus what the user hid and what the filter hides (and edges losing an end). */
export function onScreen(view: ViewState, visible: VisibleSets | null): ManySelection {
  const hidden = new Set(view.hidden);
  const shows = (id: string) => !hidden.has(id) && (!visible || visible.nodes.has(id));
  return {
    nodes: view.nodes.filter((n) => shows(n.id)).map((n) => n.id),
    edges: view.edges.filter((e) => shows(e.source) && shows(e.target) && (!visible || visible.edges.has(e.id))).map((e) => e.id),
  };
}

/** Everything on screen. */
export const selectAll = (screen: ManySelection): ManySelection => ({ nodes: [...screen.nodes], edges: [...screen.edges] });

/** What is on screen and not selected. */
export function invert(m: ManySelection, screen: ManySelection): ManySelection {
  const nodes = new Set(m.nodes);
  const edges = new Set(m.edges);
  return { nodes: screen.nodes.filter((id) => !nodes.has(id)), edges: screen.edges.filter((id) => !edges.has(id)) };
}

/** The selection plus every node one step from a selected node, and the edges on screen between them. */
export function withNeighbours(m: ManySelection, view: ViewState, screen: ManySelection): ManySelection {
  const shown = new Set(screen.edges);
  const seeds = new Set(m.nodes);
  const nodes = new Set(m.nodes);
  const edges = new Set(m.edges);
  for (const e of view.edges) {
    if (!shown.has(e.id)) continue;
    if (seeds.has(e.source) || seeds.has(e.target)) {
      nodes.add(e.source);
      nodes.add(e.target);
      edges.add(e.id);
    }
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** "3 nodes and 2 edges", for buttons and history entries. */
export function describeMany(m: ManySelection, labelOf: (id: string) => string): string {
  if (m.nodes.length === 1 && m.edges.length === 0) return labelOf(m.nodes[0] as string);
  const part = (n: number, one: string) => (n === 0 ? null : plural(n, one));
  return [part(m.nodes.length, 'node'), part(m.edges.length, 'edge')].filter(Boolean).join(' and ') || 'nothing';
}

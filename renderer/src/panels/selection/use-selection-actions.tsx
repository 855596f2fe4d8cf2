// Selection of many in the window: the bar of actions on what is selected (focus, expand,
// hide, remove, pin, path search, export) and the keys that select (Ctrl+A, I, N) or act.
import { useMemo } from 'react';
import type { NodeRef } from '../../../../graph-data/src/contract.js';
import { describeMany, invert, type ManySelection, NOTHING, onScreen, selectAll, sizeOf, withNeighbours } from '../../state/selection/selection.js';
import type { useSelectionState } from '../../state/selection/use-selection-state.js';
import type { useExplorer } from '../../state/use-explorer.js';
import type { VisibleSets } from '../../state/view-history.js';
import { key, type Shortcut } from '../../use-shortcuts.js';
import { byId } from '../../state/id-index.js';

type Explorer = ReturnType<typeof useExplorer>;

export interface SelectionActionsOptions {
  explorer: Explorer;
  selection: ReturnType<typeof useSelectionState>;
  visible: VisibleSets | null;
  /** Puts one or two nodes into the path finder and opens it. */
  onPathSearch(from: NodeRef, to: NodeRef | null): void;
  /** Opens the export dialog on the selection. */
  onExport(): void;
  /** The data table's toggle sits at the end of the bar. */
  /** `available`: a graph is open (drawn or not), so the table has rows to show. */
  table: { open: boolean; toggle(): void; available: boolean };
}

export function useSelectionActions({ explorer, selection, visible, onPathSearch, onExport, table }: SelectionActionsOptions) {
  const { view, actions } = explorer;
  const { many, setMany, select } = selection;
  // Worked out when asked (a selection key, the open table), not on every render: an edit makes a
  // new view, and a pass over its 40,000 elements for a list nobody reads was most of a rename.
  const screen = useMemo(() => {
    let ids: ManySelection | null = null;
    return () => (ids ??= view ? onScreen(view, visible) : NOTHING);
  }, [view, visible]);
  const labelOf = (id: string) => byId(view?.nodes, id)?.label ?? id;
  const refOf = (id: string): NodeRef => {
    const node = byId(view?.nodes, id);
    return { id, label: node?.label ?? id, kind: node?.kind ?? 'other' };
  };
  const nodes = [...many.nodes];
  const label = describeMany({ nodes, edges: [] }, labelOf);
  const has = nodes.length > 0;
  // Hide and remove take the selection off the canvas: it is cleared with them (Back brings both back).
  const clearing = (run: () => void) => () => {
    run();
    select(null);
  };
  const act = {
    selectAll: () => setMany(selectAll(screen())),
    invert: () => setMany(invert(many, screen())),
    neighbours: () => view && setMany(withNeighbours(many, view, screen())),
    clear: () => select(null),
    focus: () => void actions.focusOn(nodes, label),
    expand: () => void actions.expandMany(nodes, label),
    hide: clearing(() => actions.hide(nodes, label)),
    remove: clearing(() => actions.remove(nodes, label)),
    pin: () => actions.pin(nodes, label, true),
    path: () => nodes[0] !== undefined && onPathSearch(refOf(nodes[0]), nodes[1] !== undefined ? refOf(nodes[1]) : null),
    export: onExport,
  };

  const shortcuts: Shortcut[] = [
    { test: key('a', { ctrl: true }), run: act.selectAll },
    { test: key('i'), run: act.invert },
    { test: key('n'), run: act.neighbours },
    // With several nodes selected the single-node keys act on all of them.
    ...(nodes.length > 1
      ? [
          { test: key('h'), run: act.hide },
          { test: key('Delete'), run: act.remove },
          { test: key('e'), run: act.expand },
        ]
      : []),
  ];

  const count = sizeOf(many);
  // With nothing drawn (a graph opened on its overview) the table is still the way to every row.
  const bar = view ? (
    <SelectionBar many={many} label={count === 0 ? 'Nothing selected' : `${describeMany(many, () => '1 node')} selected`} has={has} act={act} table={table} />
  ) : table.available ? (
    <div className="selection-bar" role="toolbar" aria-label="Selection" data-testid="selection-bar" data-selected-nodes={0} data-selected-edges={0}>
      <span className="selection-count">Nothing drawn</span>
      <TableToggle table={table} />
    </div>
  ) : null;
  return { bar, shortcuts, screen };
}

type Acts = Record<'selectAll' | 'invert' | 'neighbours' | 'clear' | 'focus' | 'expand' | 'hide' | 'remove' | 'pin' | 'path' | 'export', () => void>;

function SelectionBar({ many, label, has, act, table }: { many: ManySelection; label: string; has: boolean; act: Acts; table: SelectionActionsOptions['table'] }) {
  const count = sizeOf(many);
  const button = (id: keyof Acts, text: string, title: string, disabled = false) => (
    <button type="button" data-testid={`selection-${id}`} title={title} disabled={disabled} onClick={act[id]}>
      {text}
    </button>
  );
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selection" data-testid="selection-bar" data-selected-nodes={many.nodes.length} data-selected-edges={many.edges.length}>
      <span className="selection-count" aria-live="polite">{label}</span>
      <span className="selection-group">
        {button('selectAll', 'All', 'Select everything on screen (Ctrl+A)')}
        {button('invert', 'Invert', 'Select what is on screen and not selected (I)')}
        {button('neighbours', 'Neighbours', 'Add the neighbours of the selected nodes (N)', !has)}
        {button('clear', 'Clear', 'Select nothing (Esc)', count === 0)}
      </span>
      {has && (
        <span className="selection-group">
          {button('focus', 'Focus', 'Show only the selected nodes and the edges among them')}
          {button('expand', 'Expand', 'Add the neighbours of every selected node to the view (E)')}
          {button('hide', 'Hide', 'Hide the selected nodes (H); Back shows them again')}
          {button('remove', 'Remove', 'Remove the selected nodes from the view (Delete); Back brings them back')}
          {button('pin', 'Pin', 'Keep the selected nodes on screen whatever the filter')}
          {button('path', 'Path…', 'Search paths from the first selected node (to the second, when there is one)')}
          {button('export', 'Export…', 'Export only the selection')}
        </span>
      )}
      <TableToggle table={table} />
    </div>
  );
}

function TableToggle({ table }: { table: SelectionActionsOptions['table'] }) {
  return (
    <button type="button" className="selection-table" data-testid="data-table-toggle" aria-pressed={table.open} onClick={table.toggle} title="Data table: every node and edge with every attribute (T)">
      {table.open ? 'Hide table' : 'Table'}
    </button>
  );
}

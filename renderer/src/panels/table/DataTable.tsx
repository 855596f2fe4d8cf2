// The data table (Gephi's Data Laboratory, Gephi Lite's data table): every node or edge of the
// graph with every attribute, sortable and filterable, virtualised so 100,000 rows scroll with
// a few dozen in the DOM. It shows the graph's truth: rows the canvas does not draw are marked
// hidden. Clicking rows selects on the canvas; the canvas selection highlights rows.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { TableColumn, TableElement, TableRow, TableShow, TableValue } from '../../../../graph-data/src/contract.js';
import type { ManySelection, Single } from '../../state/selection/selection.js';
import { queryArgs, type TableCall, type TableQuery, useTableData } from './use-table-data.js';
import './table.css';
import { formatCount } from '../../state/plural.js';

const ROW_HEIGHT = 28;
const ID_WIDTH = 150;
const COLUMN_WIDTH = 160;

export interface DataTableProps {
  call: TableCall;
  /** The open graph: the table starts over for another. */
  graph: string;
  /** What the canvas draws: other rows are marked hidden. */
  visibleNodes: readonly string[];
  visibleEdges: readonly string[];
  many: ManySelection;
  /** The element whose details show; the table scrolls to its row. */
  primary: Single;
  onSelect(s: Single): void;
  onMany(many: ManySelection): void;
  /** Enter or double-click: bring the element into view and show its details. */
  onOpenRow(s: NonNullable<Single>): void;
  onExportCsv(args: ReturnType<typeof queryArgs>): void;
  /** Selects every row the filter keeps (not only those drawn). */
  onSelectRows(args: ReturnType<typeof queryArgs>): void;
  onClose(): void;
}

export function cellText(value: TableValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

const columnTitle = (c: TableColumn) => (c.builtin ? c.key : c.key);

export function DataTable(props: DataTableProps) {
  const { call, graph, visibleNodes, visibleEdges, many, primary, onSelect, onMany } = props;
  const [query, setQuery] = useState<TableQuery>({ element: 'node', sort: null, filter: '', show: 'all' });
  const args = useMemo(() => queryArgs(query, visibleNodes, visibleEdges), [query, visibleNodes, visibleEdges]);
  // The same query on another view is another list of hidden marks: the key names all of it.
  const key = useMemo(() => JSON.stringify([graph, query, visibleNodes.length, visibleEdges.length, visibleNodes, visibleEdges]), [graph, query, visibleNodes, visibleEdges]);
  const data = useTableData(call, args, key);
  const total = data.total ?? 0;
  const scroller = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const anchor = useRef<number | null>(null);
  // The build does not run the React Compiler; the virtualiser re-renders the table through its own state.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { need } = data;
  useEffect(() => need(first, last), [need, first, last]);

  const selectedIds = useMemo(() => new Set(query.element === 'node' ? many.nodes : many.edges), [many, query.element]);
  const element: TableElement = query.element;
  const single = (row: TableRow): NonNullable<Single> => ({ type: element, id: row.id });

  // The canvas picked an element of this table: scroll to its row (the table's own clicks are already in view).
  const fromTable = useRef<string | null>(null);
  useEffect(() => {
    if (!primary || primary.type !== element || fromTable.current === primary.id) return;
    let live = true;
    void call({ ...args, offset: 0, limit: 1, locate: primary.id }).then((answer) => {
      if (!live || answer?.located == null) return;
      setCursor(answer.located);
      virtualizer.scrollToIndex(answer.located, { align: 'auto' });
    });
    return () => {
      live = false;
    };
    // Only a new primary selection scrolls; a new page of the same query does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [primary, element, key]);

  const choose = (index: number, e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) => {
    const row = data.row(index);
    if (!row) return;
    setCursor(index);
    fromTable.current = row.id;
    if (e.ctrlKey || e.metaKey) {
      const list = query.element === 'node' ? many.nodes : many.edges;
      const next = list.includes(row.id) ? list.filter((id) => id !== row.id) : [...list, row.id];
      onMany(query.element === 'node' ? { nodes: next, edges: many.edges } : { nodes: many.nodes, edges: next });
      anchor.current = index;
      return;
    }
    if (e.shiftKey && anchor.current !== null) {
      const [a, b] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
      const ids: string[] = [];
      for (let i = a; i <= b; i++) {
        const r = data.row(i);
        if (r) ids.push(r.id);
      }
      onMany(query.element === 'node' ? { nodes: ids, edges: [] } : { nodes: [], edges: ids });
      return;
    }
    anchor.current = index;
    onSelect(single(row));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 20, PageUp: -20, Home: -Infinity, End: Infinity }[e.key];
    if (step !== undefined && total > 0) {
      e.preventDefault();
      const next = Math.min(total - 1, Math.max(0, (cursor ?? -1) + step));
      virtualizer.scrollToIndex(next, { align: 'auto' });
      choose(next, { shiftKey: e.shiftKey, ctrlKey: false, metaKey: false });
    } else if (e.key === 'Enter' && cursor !== null) {
      const row = data.row(cursor);
      if (row) {
        e.preventDefault();
        props.onOpenRow(single(row));
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
    }
    // Letters are the window's shortcuts (H hides, I inverts…), which then act on the selected rows.
  };

  const sortBy = (c: TableColumn) => {
    const s = query.sort;
    const same = s?.key === c.key && s.builtin === c.builtin;
    // Ascending, then descending, then the graph's own order.
    const sort = !same ? { key: c.key, builtin: c.builtin } : s.desc ? null : { key: c.key, builtin: c.builtin, desc: true };
    setQuery({ ...query, sort });
  };
  const set = <K extends keyof TableQuery>(k: K, v: TableQuery[K]) => setQuery((q) => ({ ...q, [k]: v, ...(k === 'element' ? { sort: null } : {}) }));

  const columns = data.columns;
  const width = ID_WIDTH + columns.length * COLUMN_WIDTH;
  const ariaSort = (c: TableColumn) => (query.sort?.key === c.key && query.sort.builtin === c.builtin ? (query.sort.desc ? 'descending' : 'ascending') : 'none');

  return (
    <section className="data-table" data-testid="data-table" data-rows={data.total ?? ''} data-element={element} aria-label="Data table">
      <div className="data-table-bar">
        <div className="data-table-tabs" role="tablist" aria-label="Table of">
          {(['node', 'edge'] as const).map((el) => (
            <button key={el} type="button" role="tab" aria-selected={element === el} data-testid={`data-table-${el}s`} onClick={() => set('element', el)}>
              {el === 'node' ? 'Nodes' : 'Edges'}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="data-table-filter"
          data-testid="data-table-filter"
          placeholder="Filter rows (any column)"
          aria-label="Filter rows"
          value={query.filter}
          onChange={(e) => set('filter', e.target.value)}
        />
        <select data-testid="data-table-show" aria-label="Rows to show" value={query.show} onChange={(e) => set('show', e.target.value as TableShow)}>
          <option value="all">All rows</option>
          <option value="shown">Only on the canvas</option>
          <option value="hidden">Only hidden</option>
        </select>
        <span className="data-table-count" data-testid="data-table-count">
          {data.total === null ? '…' : `${formatCount(data.total)} ${element}${data.total === 1 ? '' : 's'}`}
        </span>
        <button type="button" data-testid="data-table-select-rows" title="Select every row the filter keeps, on the canvas too" onClick={() => props.onSelectRows(args)} disabled={!data.total}>
          Select rows
        </button>
        <button type="button" data-testid="data-table-csv" title="Save these rows, filtered and sorted as shown, as a CSV file" onClick={() => props.onExportCsv(args)} disabled={!data.total}>
          CSV
        </button>
        <button type="button" data-testid="data-table-close" aria-label="Close the data table" onClick={props.onClose}>
          ✕
        </button>
      </div>
      <div
        ref={scroller}
        className="data-table-scroll"
        role="grid"
        aria-rowcount={total + 1}
        aria-colcount={columns.length + 1}
        aria-multiselectable="true"
        tabIndex={0}
        data-testid="data-table-grid"
        onKeyDown={onKeyDown}
      >
        <div className="data-table-head" role="row" style={{ width }}>
          <div className="data-table-cell id" role="columnheader">id</div>
          {columns.map((c) => (
            <div key={`${c.builtin}:${c.key}`} className={`data-table-cell ${c.type}`} role="columnheader" aria-sort={ariaSort(c)}>
              <button type="button" data-testid="data-table-sort" data-key={c.key} data-builtin={c.builtin} onClick={() => sortBy(c)} title={`Sort by ${c.key}${c.builtin ? '' : ' (file attribute)'}`}>
                <span className={c.builtin ? 'builtin' : undefined}>{columnTitle(c)}</span>
                <span aria-hidden className="sort-mark">{ariaSort(c) === 'ascending' ? '▲' : ariaSort(c) === 'descending' ? '▼' : ''}</span>
              </button>
            </div>
          ))}
        </div>
        <div className="data-table-body" style={{ height: virtualizer.getTotalSize(), width }}>
          {items.map((item) => {
            const row = data.row(item.index);
            const selected = row ? selectedIds.has(row.id) : false;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                data-testid="data-table-row"
                data-id={row?.id}
                data-hidden={row?.hidden ? 'true' : 'false'}
                className={`data-table-row${selected ? ' selected' : ''}${row?.hidden ? ' is-hidden' : ''}${cursor === item.index ? ' cursor' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={(e: MouseEvent) => choose(item.index, e)}
                onDoubleClick={() => row && props.onOpenRow(single(row))}
              >
                <div className="data-table-cell id" role="gridcell" title={row?.hidden ? `${row.id} (hidden: not on the canvas)` : row?.id}>
                  {row?.hidden && <span className="hidden-mark" aria-label="hidden">hidden</span>}
                  {row?.id ?? '…'}
                </div>
                {row?.values.map((v, i) => {
                  const c = columns[i];
                  const text = cellText(v);
                  return (
                    <div key={i} className={`data-table-cell ${c?.type ?? ''}`} role="gridcell" title={text}>
                      {text}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

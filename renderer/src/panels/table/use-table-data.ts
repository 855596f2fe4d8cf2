// The data table's rows, fetched from the service a page at a time as the user scrolls: the
// table may hold 100,000 rows but only the pages around the visible ones are ever asked for.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Args, TableColumn, TableElement, TablePage, TableRow, TableShow } from '../../../../graph-data/src/contract.js';

export const PAGE_SIZE = 200;

export type TableCall = (args: Args<'table'>) => Promise<TablePage | null>;

export interface TableQuery {
  element: TableElement;
  sort: { key: string; builtin: boolean; desc?: boolean } | null;
  filter: string;
  show: TableShow;
}

/** The arguments every request of one query shares. */
export function queryArgs(q: TableQuery, visibleNodes: readonly string[], visibleEdges: readonly string[]): Omit<Args<'table'>, 'offset' | 'limit'> {
  return {
    element: q.element,
    ...(q.sort ? { sort: q.sort } : {}),
    ...(q.filter.trim() ? { filter: q.filter } : {}),
    show: q.show,
    visibleNodes: [...visibleNodes],
    visibleEdges: [...visibleEdges],
  };
}

export interface TableData {
  columns: TableColumn[];
  /** Rows after the filter; null until the first answer. */
  total: number | null;
  row(index: number): TableRow | undefined;
  /** Asks for the pages holding rows first…last (those not asked for yet). */
  need(first: number, last: number): void;
}

export function useTableData(call: TableCall, args: Omit<Args<'table'>, 'offset' | 'limit'>, key: string): TableData {
  const [columns, setColumns] = useState<TableColumn[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<{ key: string; rows: Map<number, TableRow[]> }>({ key, rows: new Map() });
  const asked = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() });
  const argsRef = useRef(args);
  useEffect(() => {
    argsRef.current = args;
  });

  const fetchPage = useCallback(
    (page: number) => {
      if (asked.current.key !== key) asked.current = { key, pages: new Set() };
      if (asked.current.pages.has(page)) return;
      asked.current.pages.add(page);
      void call({ ...argsRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((answer) => {
        // A late answer for an earlier query (another sort, filter or view) is dropped.
        if (!answer || asked.current.key !== key) return;
        setColumns(answer.columns);
        setTotal(answer.total);
        setPages((p) => {
          const rows = new Map(p.key === key ? p.rows : []);
          rows.set(page, answer.rows);
          return { key, rows };
        });
      });
    },
    [call, key],
  );

  // A new query starts from its first page.
  useEffect(() => fetchPage(0), [fetchPage]);

  const current = pages.key === key ? pages.rows : null;
  return {
    columns,
    total,
    row: (index) => current?.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    need: (first, last) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last) / PAGE_SIZE); p++) fetchPage(p);
    },
  };
}

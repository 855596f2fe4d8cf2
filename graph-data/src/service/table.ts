// The data table: every node or edge of the graph as a row with every attribute as a column,
// sorted and filtered here and sent a page at a time, so a 100,000-row table never crosses
// the contract whole. Orders are cached per (element, sort, filter), so scrolling only slices.
import type { TableArgs, TableColumn, TableCsvArgs, TableElement, TableIds, TablePage, TableRow, TableValue } from '../contract-table.js';
import { fail } from './errors.js';
import type { RedthreadGraph } from './dataset.js';
import { attributeCatalog, numericValue, readAttribute } from './attributes.js';

type Query = Omit<TableCsvArgs, 'visibleNodes' | 'visibleEdges' | 'show'>;

/** The table's own columns for edges: the labels of both ends, before the edge's attributes. */
const ENDS: TableColumn[] = [
  { key: 'source', builtin: true, type: 'string' },
  { key: 'target', builtin: true, type: 'string' },
];

/**
 * The text sort key: accents and case ignored, runs of digits compared by value ("Node 2" before
 * "Node 10"), then code-point order. Plain string comparison of keys is ~20 times faster than
 * a numeric Intl.Collator over 100,000 labels, and the same in every locale.
 */
export function textKey(text: string): string {
  // Only text beyond ASCII has accents to take off (normalising is most of the cost).
  const plain = /[\u0080-\uffff]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return plain
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const trimmed = digits.replace(/^0+(?=\d)/, '');
      return trimmed.length < 16 ? trimmed.padStart(16, '0') : trimmed;
    });
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Display text of a cell: what the text filter searches and what lists sort by. */
export function cellText(value: TableValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * `ids` ordered by their cells: empty cells last in both directions, ties in the given (the
 * file's) order. Numbers are compared as numbers and text by its key (textKey) computed once
 * per row, so 100,000 rows sort in a fraction of a second.
 */
export function sortedIds(ids: readonly string[], values: readonly TableValue[], desc: boolean): string[] {
  const sign = desc ? -1 : 1;
  const numbers = values.map(numericValue);
  const texts: (string | null)[] = values.map((v, i) => (v === null || numbers[i] !== null ? null : textKey(cellText(v))));
  // Distinct keys ordered once; rows then compare ranks (integers).
  const distinct = [...new Set(texts.filter((t): t is string => t !== null))].sort(byCodePoint);
  const rankOf = new Map(distinct.map((t, i) => [t, i]));
  const rank = texts.map((t) => (t === null ? -1 : (rankOf.get(t) ?? -1)));
  const order = ids.map((_, i) => i);
  order.sort((x, y) => {
    const ex = values[x] === null;
    const ey = values[y] === null;
    if (ex || ey) return ex === ey ? x - y : ex ? 1 : -1;
    const nx = numbers[x] ?? null;
    const ny = numbers[y] ?? null;
    let c: number;
    // Numbers (and numeric text) before text.
    if (nx !== null && ny !== null) c = nx - ny;
    else if (nx !== null) c = -1;
    else if (ny !== null) c = 1;
    else c = (rank[x] ?? 0) - (rank[y] ?? 0);
    return sign * c || x - y;
  });
  return order.map((i) => ids[i] as string);
}

export interface TableService {
  page(args: TableArgs): TablePage;
  ids(args: TableCsvArgs & { limit?: number }): TableIds;
  /** The rows of the CSV: header then cells, in table order (the CSV writer formats them). */
  rows(args: TableCsvArgs): { header: string[]; rows: TableValue[][] };
}

export function createTableService(graph: RedthreadGraph, graphId: string): TableService {
  const elementIds: Record<TableElement, string[] | null> = { node: null, edge: null };
  const columnsOf: Record<TableElement, TableColumn[] | null> = { node: null, edge: null };
  const idsOf = (element: TableElement) => (elementIds[element] ??= element === 'node' ? graph.nodes() : graph.edges());
  const columns = (element: TableElement) => {
    if (!columnsOf[element]) {
      const catalog = attributeCatalog(graph, graphId);
      columnsOf.node = catalog.node.map(({ key, builtin, type }) => ({ key, builtin, type }));
      columnsOf.edge = [...ENDS, ...catalog.edge.map(({ key, builtin, type }) => ({ key, builtin, type }))];
    }
    return columnsOf[element] as TableColumn[];
  };
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  const cell = (element: TableElement, column: TableColumn, id: string): TableValue => {
    if (element === 'edge' && column.builtin && (column.key === 'source' || column.key === 'target')) {
      return label(column.key === 'source' ? graph.source(id) : graph.target(id));
    }
    return readAttribute(graph, element, column.key, column.builtin, id);
  };
  const rowValues = (element: TableElement, id: string) => columns(element).map((c) => cell(element, c, id));

  // A few recent orders: the table's current one, and the one before (sorting back and forth).
  const orders = new Map<string, string[]>();
  const orderOf = ({ element, sort, filter }: Query): string[] => {
    const text = (filter ?? '').trim().toLowerCase();
    const key = JSON.stringify([element, sort ?? null, text]);
    const cached = orders.get(key);
    if (cached) return cached;
    let ids = idsOf(element);
    if (text) ids = ids.filter((id) => id.toLowerCase().includes(text) || rowValues(element, id).some((v) => cellText(v).toLowerCase().includes(text)));
    if (sort) {
      const column = columns(element).find((c) => c.key === sort.key && c.builtin === sort.builtin);
      if (!column) fail('bad_arguments', 'table', `no ${sort.builtin ? 'built-in' : 'file'} attribute "${sort.key}" on ${element}s`);
      ids = sortedIds(ids, ids.map((id) => cell(element, column, id)), sort.desc === true);
    }
    orders.set(key, ids);
    if (orders.size > 4) orders.delete(orders.keys().next().value as string);
    return ids;
  };

  const shownTest = (args: TableCsvArgs): ((id: string) => boolean) => {
    if (args.element === 'node') {
      const shown = new Set(args.visibleNodes ?? []);
      return (id) => shown.has(id);
    }
    const shown = new Set(args.visibleEdges ?? []);
    return (id) => shown.has(id);
  };
  /** The order with `show` applied, and the test it used. */
  const rowsOf = (args: TableCsvArgs) => {
    const shown = shownTest(args);
    const order = orderOf(args);
    const show = args.show ?? 'all';
    return { shown, order: show === 'all' ? order : order.filter((id) => shown(id) === (show === 'shown')) };
  };

  return {
    page(args) {
      const { shown, order } = rowsOf(args);
      const rows: TableRow[] = order.slice(args.offset, args.offset + args.limit).map((id) => {
        const row: TableRow = { id, values: rowValues(args.element, id), hidden: !shown(id) };
        if (args.element === 'edge') {
          row.source = graph.source(id);
          row.target = graph.target(id);
        }
        return row;
      });
      const page: TablePage = { graph: graphId, element: args.element, columns: columns(args.element), total: order.length, offset: args.offset, rows };
      if (args.locate !== undefined) {
        const at = order.indexOf(args.locate);
        page.located = at < 0 ? null : at;
      }
      return page;
    },
    ids(args) {
      const { order } = rowsOf(args);
      const limit = args.limit ?? 100_000;
      return { ids: order.slice(0, limit), capped: order.length > limit };
    },
    rows(args) {
      const { order } = rowsOf(args);
      const cols = columns(args.element);
      // A file attribute named like a built-in one ("label") is told apart as in the app's other CSV files.
      const builtinKeys = new Set(cols.filter((c) => c.builtin).map((c) => c.key));
      const names = cols.map((c) => (!c.builtin && builtinKeys.has(c.key) ? `extra.${c.key}` : c.key));
      const header = [...(args.element === 'edge' ? ['id', 'source_id', 'target_id'] : ['id']), ...names];
      const rows = order.map((id) => [id, ...(args.element === 'edge' ? [graph.source(id), graph.target(id)] : []), ...rowValues(args.element, id)]);
      return { header, rows };
    },
  };
}

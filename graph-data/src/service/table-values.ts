// The table's columns and cell values. Stand-in for the attribute catalogue's
// `readAttribute` until it lands on main: built-in fields, then the file's own
// attributes (`extra`, declared defaults applied) in name order.
import type { TableColumn, TableElement, TableValue } from '../contract-table.js';
import { defaultsOf, extraValue } from '../io/extra.js';
import type { RedthreadGraph } from './dataset.js';

const NODE_BUILTINS = ['label', 'kind', 'date', 'degree'] as const;
const EDGE_BUILTINS = ['relation', 'label', 'weight', 'allegation'] as const;

function plain(value: unknown): TableValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v));
  return JSON.stringify(value);
}

export function readCell(graph: RedthreadGraph, element: TableElement, key: string, builtin: boolean, id: string): TableValue {
  if (element === 'node') {
    const attrs = graph.getNodeAttributes(id);
    if (builtin) {
      if (key === 'degree') return graph.degree(id);
      if (key === 'label' || key === 'kind' || key === 'date') return plain(attrs[key]);
      return null;
    }
    return plain(extraValue(defaultsOf(graph, 'node'), attrs, key));
  }
  const attrs = graph.getEdgeAttributes(id);
  if (builtin) {
    if (key === 'allegation') return attrs.allegation?.type ?? null;
    if (key === 'relation' || key === 'label' || key === 'weight') return plain(attrs[key]);
    return null;
  }
  return plain(extraValue(defaultsOf(graph, 'edge'), attrs, key));
}

function typeOf(values: Iterable<TableValue>): TableColumn['type'] {
  let seen = false;
  let number = true;
  let boolean = true;
  for (const v of values) {
    if (v === null) continue;
    if (Array.isArray(v)) return 'list';
    seen = true;
    if (typeof v !== 'number') number = false;
    if (typeof v !== 'boolean') boolean = false;
  }
  if (!seen) return 'string';
  return number ? 'number' : boolean ? 'boolean' : 'string';
}

/** Every attribute any element has, built-ins first (only those some element has). */
export function tableColumns(graph: RedthreadGraph, element: TableElement, ids: readonly string[]): TableColumn[] {
  const builtins = element === 'node' ? NODE_BUILTINS : EDGE_BUILTINS;
  const keys = new Set<string>(Object.keys(defaultsOf(graph, element)));
  for (const id of ids) {
    const extra = element === 'node' ? graph.getNodeAttribute(id, 'extra') : graph.getEdgeAttribute(id, 'extra');
    if (extra) for (const k in extra) keys.add(k);
  }
  const column = (key: string, builtin: boolean): TableColumn | null => {
    const values = ids.map((id) => readCell(graph, element, key, builtin, id));
    if (!values.some((v) => v !== null)) return null;
    return { key, builtin, type: typeOf(values) };
  };
  return [...builtins.map((k) => column(k, true)), ...[...keys].sort().map((k) => column(k, false))].filter((c): c is TableColumn => c !== null);
}

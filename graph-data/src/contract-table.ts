// The data table's part of the contract: one page of a sorted, filtered table of the
// graph's nodes or edges, every attribute a column, so the renderer never holds 100,000 rows.
import { z } from 'zod';

export const TABLE_ELEMENTS = ['node', 'edge'] as const;
export type TableElement = (typeof TABLE_ELEMENTS)[number];

/** Which rows the table keeps: all of them, only those on the canvas, or only those it hides. */
export const TABLE_SHOW = ['all', 'shown', 'hidden'] as const;
export type TableShow = (typeof TABLE_SHOW)[number];

import type { AttributeType, AttributeValue } from './contract-results.js';

/** A cell as it crosses the contract: lists stay arrays, a missing value is null. */
export type TableValue = AttributeValue;

export interface TableColumn {
  /** The attribute's key: a built-in field (builtin) or the file's own name (`extra`). */
  key: string;
  builtin: boolean;
  /** The catalogue's type (service/attributes.ts): numbers are right-aligned and sorted by value. */
  type: AttributeType;
}

export interface TableRow {
  id: string;
  /** One value per column of the page, in column order. */
  values: TableValue[];
  /** Not on the canvas: outside the view, hidden by the user or by the filter. */
  hidden: boolean;
  /** Edges: the ids of their ends. */
  source?: string;
  target?: string;
}

export interface TablePage {
  /** The open graph (DatasetInfo.graph) the rows belong to. */
  graph: string;
  element: TableElement;
  columns: TableColumn[];
  /** Rows after the text filter and `show`, not the number returned. */
  total: number;
  offset: number;
  rows: TableRow[];
  /** With `locate`: the row index of that id in this order, null when the filter leaves it out. */
  located?: number | null;
}

const id = z.string().min(1).max(1024);
const ids = z.array(id).max(100_000);

/** The order and filter of a table, shared by its pages and its CSV. */
const tableQuery = {
  element: z.enum(TABLE_ELEMENTS),
  sort: z.strictObject({ key: z.string().min(1).max(1024), builtin: z.boolean(), desc: z.boolean().optional() }).optional(),
  /** Text every row must contain in its id or some cell (case-insensitive); blank keeps every row. */
  filter: z.string().max(200).optional(),
  show: z.enum(TABLE_SHOW).optional(),
  /** Nodes on the canvas (others are marked hidden); absent: nothing is drawn, every row is hidden. */
  visibleNodes: ids.optional(),
  /** Edges on the canvas. */
  visibleEdges: ids.optional(),
};

export const tableArgs = z.strictObject({
  ...tableQuery,
  offset: z.number().int().min(0).max(100_000_000),
  limit: z.number().int().min(1).max(1000),
  /** Where this id falls in the order (to scroll the table to a canvas selection). */
  locate: id.optional(),
});
export type TableArgs = z.infer<typeof tableArgs>;

export const tableCsvArgs = z.strictObject(tableQuery);
export type TableCsvArgs = z.infer<typeof tableCsvArgs>;

/**
 * Row ids of the whole table in its order (for "select all rows"), capped: `capped` says
 * the table holds more than `ids`.
 */
export interface TableIds {
  ids: string[];
  capped: boolean;
}
export const tableIdsArgs = z.strictObject({ ...tableQuery, limit: z.number().int().min(1).max(100_000).optional() });

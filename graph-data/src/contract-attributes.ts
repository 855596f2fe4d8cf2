// The attribute catalogue's types: what the open graph's attributes are, as the Details,
// Filters, Appearance and table panels read them (service/attributes.ts fills them in).
// Split from contract-results.ts; re-exported there, so importers need not know.

export const ATTRIBUTE_TYPES = ['number', 'date', 'boolean', 'string', 'list', 'url'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];
export type AttributeElement = 'node' | 'edge';
/** A plain value as it crosses the contract: lists stay arrays; null when the element has none. */
export type AttributeValue = string | number | boolean | (string | number | boolean)[] | null;

/**
 * One attribute of the open graph, as the Appearance, Filters and table panels offer it:
 * a key the file declared (kept in `extra`, file defaults applied) or a built-in field.
 */
export interface AttributeInfo {
  /** The file's own key, or a built-in (builtin: true): node label, kind, date, degree; edge relation, label, weight, allegation. */
  key: string;
  builtin: boolean;
  type: AttributeType;
  /** Elements with a value. */
  count: number;
  /** Distinct values, counted up to DISTINCT_CAP (then distinctCapped). */
  distinct: number;
  distinctCapped?: true;
  /** number: numeric range; date: ISO strings. */
  min?: number | string;
  max?: number | string;
  /** string, boolean, list, url: the most frequent values (list items one by one), most frequent first, ties by value. */
  values?: { value: string; count: number }[];
}

export interface AttributeCatalog {
  /** DatasetInfo.graph of the graph described. */
  graph: string;
  node: AttributeInfo[];
  edge: AttributeInfo[];
}

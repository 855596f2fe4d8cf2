// Flattening node and edge attributes into typed columns for the tabular and XML formats:
// nested evidence, roles and allegations become plain, named fields. Built in one pass over the
// elements, and each element is written by walking only the attributes it has (a file with
// 30,000 distinct attribute names must not cost 30,000 steps per element).
import { defaultsOf, type ElementType } from '../extra.js';
import type { GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from '../../service/dataset.js';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';
export type Cell = string | number | boolean | undefined;

export interface Column<A> {
  name: string;
  type: ColumnType;
  get(attrs: A): Cell;
}

/** A column for one of the file's own attributes (`extra.<key>`), with the file's declared default if any. */
export interface ExtraColumn {
  key: string;
  name: string;
  type: ColumnType;
  default?: Cell;
}

export interface ColumnSet<A> {
  /** Columns every element is asked for: Redthread's fields (a dozen at most). */
  fixed: Column<A>[];
  /** The file's own attributes, in name order. */
  extras: ExtraColumn[];
  /** key → index in `extras`. */
  extraIndex: Map<string, number>;
}

type Evidence = NonNullable<GraphNodeAttributes['evidence']>;

/** Quotes are kept whole, one per line, so a reader can search them in a spreadsheet. */
const evidenceColumns = <A extends { evidence?: Evidence }>(): Column<A>[] => [
  { name: 'evidence_count', type: 'integer', get: (a) => a.evidence?.length ?? 0 },
  { name: 'evidence_sources', type: 'string', get: (a) => (a.evidence ? [...new Set(a.evidence.map((e) => e.source))].join('; ') : undefined) },
  { name: 'evidence_quotes', type: 'string', get: (a) => a.evidence?.map((e) => e.quote).join('\n') },
];

export function cellOf(value: unknown): Cell {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

/** What the values of one column have been so far, to type it without keeping them. */
class TypeTally {
  private any = false;
  private allBoolean = true;
  private allNumber = true;
  private allInteger = true;

  add(cell: Cell): void {
    if (cell === undefined) return;
    this.any = true;
    if (typeof cell !== 'boolean') this.allBoolean = false;
    if (typeof cell !== 'number') this.allNumber = false;
    else if (!Number.isInteger(cell)) this.allInteger = false;
  }

  get present(): boolean {
    return this.any;
  }

  get type(): ColumnType {
    if (this.any && this.allBoolean) return 'boolean';
    if (this.any && this.allNumber) return this.allInteger ? 'integer' : 'double';
    return 'string';
  }
}

/** Columns for fields only some graphs have (imported size/colour/label/weight), typed from the data. */
function optionalColumns<A>(items: A[], candidates: [string, (a: A) => unknown][]): Column<A>[] {
  const columns: Column<A>[] = [];
  for (const [name, read] of candidates) {
    const tally = new TypeTally();
    for (const a of items) tally.add(cellOf(read(a)));
    if (tally.present) columns.push({ name, type: tally.type, get: (a) => cellOf(read(a)) });
  }
  return columns;
}

/** One pass over the elements' own attributes plus the declared defaults. */
function extraColumns(graph: RedthreadGraph, type: ElementType, items: { extra?: Record<string, unknown> }[]): Pick<ColumnSet<unknown>, 'extras' | 'extraIndex'> {
  const tallies = new Map<string, TypeTally>();
  const tally = (key: string) => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = new TypeTally()));
    return t;
  };
  for (const a of items) {
    const extra = a.extra;
    if (extra) for (const key in extra) tally(key).add(cellOf(extra[key]));
  }
  const defaults = defaultsOf(graph, type);
  for (const key in defaults) if (items.length > 0) tally(key).add(cellOf(defaults[key]));
  const extras: ExtraColumn[] = [...tallies.keys()]
    .filter((key) => tallies.get(key)?.present)
    .sort()
    .map((key) => {
      const column: ExtraColumn = { key, name: `extra.${key}`, type: (tallies.get(key) as TypeTally).type };
      const fallback = cellOf(defaults[key]);
      if (fallback !== undefined) column.default = fallback;
      return column;
    });
  return { extras, extraIndex: new Map(extras.map((c, i) => [c.key, i])) };
}

export function nodeColumns(graph: RedthreadGraph, nodes: string[]): ColumnSet<GraphNodeAttributes> {
  const attrs = nodes.map((id) => graph.getNodeAttributes(id));
  return {
    fixed: [
      { name: 'label', type: 'string', get: (a) => a.label },
      { name: 'kind', type: 'string', get: (a) => a.kind },
      { name: 'description', type: 'string', get: (a) => a.description },
      { name: 'aliases', type: 'string', get: (a) => a.aliases?.join('; ') },
      { name: 'date', type: 'string', get: (a) => a.date },
      { name: 'roles', type: 'string', get: (a) => (a.roles?.length ? JSON.stringify(a.roles) : undefined) },
      ...evidenceColumns<GraphNodeAttributes>(),
      ...optionalColumns(attrs, [
        ['size', (a) => a.size],
        ['color', (a) => a.color],
      ]),
    ],
    ...extraColumns(graph, 'node', attrs),
  };
}

export function edgeColumns(graph: RedthreadGraph, edges: string[]): ColumnSet<GraphEdgeAttributes> {
  const attrs = edges.map((id) => graph.getEdgeAttributes(id));
  return {
    fixed: [
      { name: 'relation', type: 'string', get: (a) => a.relation },
      { name: 'date', type: 'string', get: (a) => a.date },
      { name: 'allegation_type', type: 'string', get: (a) => a.allegation?.type },
      { name: 'allegation_status', type: 'string', get: (a) => a.allegation?.status },
      { name: 'allegation_claimant', type: 'string', get: (a) => a.allegation?.claimant },
      ...evidenceColumns<GraphEdgeAttributes>(),
      ...optionalColumns(attrs, [
        ['label', (a) => a.label],
        ['weight', (a) => a.weight],
        ['color', (a) => a.color],
      ]),
    ],
    ...extraColumns(graph, 'edge', attrs),
  };
}

/**
 * The cells an element has, as (column position, value) pairs: the fixed columns first
 * (positions 0…fixed-1), then its own attributes (fixed + index in extras). Defaults are not
 * applied: formats that declare them (GEXF, GraphML) write them once.
 */
export function* ownCells<A extends { extra?: Record<string, unknown> }>(columns: ColumnSet<A>, attrs: A): Generator<[number, string | number | boolean]> {
  const { fixed, extraIndex } = columns;
  for (let i = 0; i < fixed.length; i++) {
    const v = (fixed[i] as Column<A>).get(attrs);
    if (v !== undefined && v !== '') yield [i, v];
  }
  const extra = attrs.extra;
  if (!extra) return;
  for (const key in extra) {
    const at = extraIndex.get(key);
    const v = cellOf(extra[key]);
    if (at !== undefined && v !== undefined && v !== '') yield [fixed.length + at, v];
  }
}

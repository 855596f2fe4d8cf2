// Flattening node and edge attributes into typed columns for the tabular and XML
// formats: nested evidence, roles and allegations become plain, named fields.
import type { GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from '../../service/dataset.js';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';
export type Cell = string | number | boolean | undefined;

export interface Column<A> {
  name: string;
  type: ColumnType;
  get(attrs: A): Cell;
}

type Evidence = NonNullable<GraphNodeAttributes['evidence']>;

/** Quotes are kept whole, one per line, so a reader can search them in a spreadsheet. */
const evidenceColumns = <A extends { evidence?: Evidence }>(): Column<A>[] => [
  { name: 'evidence_count', type: 'integer', get: (a) => a.evidence?.length ?? 0 },
  { name: 'evidence_sources', type: 'string', get: (a) => (a.evidence ? [...new Set(a.evidence.map((e) => e.source))].join('; ') : undefined) },
  { name: 'evidence_quotes', type: 'string', get: (a) => a.evidence?.map((e) => e.quote).join('\n') },
];

function cellOf(value: unknown): Cell {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

function typeOf(values: Cell[]): ColumnType {
  const present = values.filter((v) => v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v)) ? 'integer' : 'double';
  }
  return 'string';
}

/** Columns for keys that only some graphs have (imported x/y/colour, `extra` attributes), typed from the data. */
function dynamicColumns<A>(items: A[], candidates: [string, (a: A) => unknown][]): Column<A>[] {
  const columns: Column<A>[] = [];
  for (const [name, read] of candidates) {
    const values = items.map((a) => cellOf(read(a)));
    if (values.every((v) => v === undefined)) continue;
    columns.push({ name, type: typeOf(values), get: (a) => cellOf(read(a)) });
  }
  return columns;
}

const extraKeys = (items: { extra?: Record<string, unknown> }[]): string[] => {
  const keys = new Set<string>();
  for (const a of items) for (const key of Object.keys(a.extra ?? {})) keys.add(key);
  return [...keys].sort();
};

export function nodeColumns(graph: RedthreadGraph, nodes: string[]): Column<GraphNodeAttributes>[] {
  const attrs = nodes.map((id) => graph.getNodeAttributes(id));
  return [
    { name: 'label', type: 'string', get: (a) => a.label },
    { name: 'kind', type: 'string', get: (a) => a.kind },
    { name: 'description', type: 'string', get: (a) => a.description },
    { name: 'aliases', type: 'string', get: (a) => a.aliases?.join('; ') },
    { name: 'date', type: 'string', get: (a) => a.date },
    { name: 'roles', type: 'string', get: (a) => (a.roles?.length ? JSON.stringify(a.roles) : undefined) },
    ...evidenceColumns<GraphNodeAttributes>(),
    ...dynamicColumns(attrs, [
      ['size', (a) => a.size],
      ['color', (a) => a.color],
      ...extraKeys(attrs).map((key): [string, (a: GraphNodeAttributes) => unknown] => [`extra.${key}`, (a) => a.extra?.[key]]),
    ]),
  ];
}

export function edgeColumns(graph: RedthreadGraph, edges: string[]): Column<GraphEdgeAttributes>[] {
  const attrs = edges.map((id) => graph.getEdgeAttributes(id));
  return [
    { name: 'relation', type: 'string', get: (a) => a.relation },
    { name: 'date', type: 'string', get: (a) => a.date },
    { name: 'allegation_type', type: 'string', get: (a) => a.allegation?.type },
    { name: 'allegation_status', type: 'string', get: (a) => a.allegation?.status },
    { name: 'allegation_claimant', type: 'string', get: (a) => a.allegation?.claimant },
    ...evidenceColumns<GraphEdgeAttributes>(),
    ...dynamicColumns(attrs, [
      ['label', (a) => a.label],
      ['weight', (a) => a.weight],
      ['color', (a) => a.color],
      ...extraKeys(attrs).map((key): [string, (a: GraphEdgeAttributes) => unknown] => [`extra.${key}`, (a) => a.extra?.[key]]),
    ]),
  ];
}

// Works out how a CSV table is written and what it holds: delimiter (the one that splits the
// sample into the most consistent number of columns), header or none (SNAP edge lists are all
// numbers), and which columns are ids, labels, kinds, sources, targets and relations (by name,
// as Gephi, Kumu, ICIJ and Neo4j exports spell them), unless the user's mapping says otherwise.
import type { CsvMapping } from '../../contract.js';
import type { NodeKind } from '../../schema/vocabulary.js';
import { tokenize } from './csv-parse.js';
import { kindFor } from './vocab-map.js';

export const DELIMITERS = [',', ';', '\t', '|', ' '] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SOURCE_NAMES = ['source', 'from', 'src', 'node_1', 'node_id_start', 'start_id', ':start_id', 'subject', 'sender', 'source_id', 'source id', 'from_id', 'head'];
const TARGET_NAMES = ['target', 'to', 'dst', 'node_2', 'node_id_end', 'end_id', ':end_id', 'object', 'receiver', 'target_id', 'target id', 'to_id', 'tail'];
const ID_NAMES = ['id', 'node_id', ':id', 'id:id', 'key', 'identifier', 'uid', '_id', 'node', 'nodeid', 'node id', 'label', 'name'];
const LABEL_NAMES = ['label', 'name', 'title', 'caption', 'original_name'];
const KIND_NAMES = ['kind', 'type', 'category', 'schema', 'class', 'node_type', 'nodetype', 'entity_type', 'labels', ':label'];
const RELATION_NAMES = ['relation', 'rel_type', 'relationship', 'type', ':type', 'kind', 'link_type', 'edge_type', 'interaction'];
const EDGE_LABEL_NAMES = ['label', 'name', 'title'];

export interface CsvShape {
  delimiter: Delimiter;
  /** Column names: the header, or "column 1", "column 2"… when there is none. */
  columns: string[];
  hasHeader: boolean;
  role: 'nodes' | 'edges';
  mapping: Required<Pick<CsvMapping, 'nodes' | 'edges'>>;
}

/** The delimiter that splits the sample's lines into the most consistent count of (more than one) columns. */
export function detectDelimiter(sample: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = tokenize(sample, delimiter, true)
      .filter((r) => r.cells.some((c) => c.trim() !== ''))
      .slice(0, 50)
      .map((r) => r.cells.length);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    const [mode, times] = [...frequency].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] as [number, number];
    if (mode < 2) continue;
    // Consistency first; among equally consistent splits prefer the earlier (more usual) delimiter.
    const score = times / counts.length;
    if (score > best.score + 1e-9) best = { delimiter, score };
  }
  return best.delimiter;
}

const isNumeric = (cell: string) => /^\s*[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/.test(cell);

function find(columns: string[], names: string[], exclude: (string | undefined)[] = []): string | undefined {
  const lower = columns.map((c) => c.trim().toLowerCase());
  for (const name of names) {
    const at = lower.indexOf(name);
    if (at >= 0 && !exclude.includes(columns[at])) return columns[at];
  }
  return undefined;
}

/** Header names made unique and non-empty ("", "name", "name" → "column 1", "name", "name (2)"). */
export function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `column ${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** Shape of a table from its first rows, honouring the user's mapping where it names columns. */
export function detectShape(sample: string, mapping: CsvMapping | undefined): CsvShape {
  const delimiter = (mapping?.delimiter ?? detectDelimiter(sample)) as Delimiter;
  const rows = tokenize(sample, delimiter, true).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const first = rows[0]?.cells ?? [];
  const hasHeader = !first.every((c) => c.trim() === '' || isNumeric(c));
  const width = Math.max(first.length, ...rows.slice(0, 20).map((r) => r.cells.length));
  // Header-less edge lists (SNAP, igraph "ncol") put an optional weight third.
  const columns = hasHeader ? headerNames(first) : Array.from({ length: width }, (_v, i) => (i === 2 ? 'weight' : `column ${i + 1}`));
  const wantEdges = mapping?.edges?.source !== undefined && mapping.edges.target !== undefined && columns.includes(mapping.edges.source) && columns.includes(mapping.edges.target);
  const wantNodes = mapping?.nodes?.id !== undefined && columns.includes(mapping.nodes.id);

  const source = mapping?.edges?.source ?? find(columns, SOURCE_NAMES) ?? (hasHeader ? undefined : columns[0]);
  const target = mapping?.edges?.target ?? find(columns, TARGET_NAMES, [source]) ?? (hasHeader ? undefined : columns[1]);
  const isEdges = wantEdges || (!wantNodes && source !== undefined && target !== undefined);
  const edges: CsvShape['mapping']['edges'] = {};
  const nodes: CsvShape['mapping']['nodes'] = {};
  if (isEdges) {
    if (source) edges.source = source;
    if (target) edges.target = target;
    const relation = mapping?.edges?.relation ?? find(columns, RELATION_NAMES, [source, target]);
    if (relation) edges.relation = relation;
    const label = mapping?.edges?.label ?? find(columns, EDGE_LABEL_NAMES, [source, target, relation]);
    if (label) edges.label = label;
  } else {
    const id = mapping?.nodes?.id ?? find(columns, ID_NAMES);
    if (id) nodes.id = id;
    const label = mapping?.nodes?.label ?? find(columns, LABEL_NAMES);
    if (label) nodes.label = label;
    const kind = mapping?.nodes?.kind ?? find(columns, KIND_NAMES, [id, label]);
    if (kind) nodes.kind = kind;
  }
  return { delimiter, columns, hasHeader, role: isEdges ? 'edges' : 'nodes', mapping: { nodes, edges } };
}

/**
 * Leading comment lines (SNAP's "# Directed graph: …", Matrix Market's "%") are not data:
 * returns the text after them and how many lines were skipped.
 */
export function skipLeadingComments(text: string): { body: string; skipped: number } {
  let at = 0;
  let skipped = 0;
  while (at < text.length && (text[at] === '#' || text[at] === '%')) {
    const end = text.indexOf('\n', at);
    at = end < 0 ? text.length : end + 1;
    skipped++;
  }
  return { body: skipped ? text.slice(at) : text, skipped };
}

/** A kind suggested by a table's file name: ICIJ's Officers.csv holds people, Entities.csv companies. */
export function kindFromFileName(name: string): NodeKind | undefined {
  const stem = (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, '').toLowerCase();
  for (const word of stem.split(/[^a-z]+/)) {
    const kind = word.length > 2 ? kindFor(word) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

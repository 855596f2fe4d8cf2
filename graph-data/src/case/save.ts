// Writes a dataset as a `.redthread` case (format.ts). Every object is built in one fixed key
// order, so saving, opening and saving again gives the same bytes. Quotes that lack an offset
// (curated datasets, imports) get the first place they occur; one that is not in its text is
// written flagged, never silently dropped.
import type { Evidence } from '../schema/model.js';
import type { Dataset, GraphEdgeAttributes, GraphNodeAttributes, LoadedSource, StatusChange } from '../service/dataset.js';
import { builtinAllegationTypes } from './allegation-types.js';
import { CASE_FORMAT, CASE_VERSION, type CaseFile } from './format.js';
import { textHash } from './hash.js';
import { checkQuote } from './quotes.js';

export interface SaveOptions {
  /** Screen positions from the renderer; nodes without one keep the position they carry. */
  positions?: Record<string, { x: number; y: number }>;
  views?: unknown;
  appearance?: unknown;
  /** ISO timestamp written as `savedAt` (tests pass a fixed one). */
  savedAt?: string;
}

// Texts never change once stored: hash each source object once.
const hashes = new WeakMap<LoadedSource, string>();
export function sourceHash(source: LoadedSource): string {
  let hash = hashes.get(source);
  if (hash === undefined) {
    hash = textHash(source.text);
    hashes.set(source, hash);
  }
  return hash;
}

/** Drops undefined fields so the file never holds `"x": null` for an absent value. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

type CaseEvidence = NonNullable<CaseFile['graph']['nodes'][number]['attributes']['evidence']>[number];

function evidenceOut(dataset: Dataset, evidence: Evidence): CaseEvidence {
  const text = dataset.sources.get(evidence.source)?.text;
  const check = evidence.flagged ? null : checkQuote(text, evidence.quote, evidence.offset);
  const offset = check?.ok ? check.offset : (evidence.offset ?? 0);
  const flagged = evidence.flagged ?? (check && !check.ok ? check.reason : undefined);
  return compact({ source: evidence.source, quote: evidence.quote, offset, flagged });
}

const evidenceList = (dataset: Dataset, list: Evidence[] | undefined) => list?.map((e) => evidenceOut(dataset, e));

function nodeOut(dataset: Dataset, a: GraphNodeAttributes): CaseFile['graph']['nodes'][number]['attributes'] {
  return compact({
    label: a.label,
    kind: a.kind,
    description: a.description,
    aliases: a.aliases && [...a.aliases],
    roles: a.roles?.map((r) => compact({ title: r.title, organisation: r.organisation, start: r.start, end: r.end, current: r.current })),
    date: a.date,
    evidence: evidenceList(dataset, a.evidence),
    extra: a.extra && { ...(a.extra as Record<string, string | number | boolean>) },
    color: a.color,
    size: a.size,
  });
}

function historyOut(dataset: Dataset, h: StatusChange) {
  return compact({ from: h.from, to: h.to, at: h.at, evidence: h.evidence && evidenceOut(dataset, h.evidence) });
}

function edgeOut(dataset: Dataset, a: GraphEdgeAttributes): CaseFile['graph']['edges'][number]['attributes'] {
  return compact({
    relation: a.relation,
    allegation: a.allegation && { type: a.allegation.type, status: a.allegation.status, claimant: a.allegation.claimant },
    statusHistory: a.statusHistory?.map((h) => historyOut(dataset, h)),
    date: a.date,
    evidence: evidenceList(dataset, a.evidence),
    extra: a.extra && { ...(a.extra as Record<string, string | number | boolean>) },
    label: a.label,
    weight: a.weight,
    color: a.color,
    undirected: a.undirected,
  });
}

function sourceOut(source: LoadedSource): CaseFile['sources'][number] {
  return compact({
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    url: source.url,
    published: source.date,
    accessed: source.accessed,
    cites: source.cites && [...source.cites],
    file: source.file || undefined,
    sha256: sourceHash(source),
    text: source.text,
  });
}

/** The case document (plain data, ready for JSON.stringify). */
export function caseDocument(dataset: Dataset, options: SaveOptions = {}): CaseFile {
  const { graph } = dataset;
  const positions: Record<string, { x: number; y: number }> = {};
  const nodes: CaseFile['graph']['nodes'] = [];
  graph.forEachNode((key, a) => {
    nodes.push({ key, attributes: nodeOut(dataset, a) });
    const given = options.positions?.[key];
    if (given && Number.isFinite(given.x) && Number.isFinite(given.y)) positions[key] = { x: given.x, y: given.y };
    else if (Number.isFinite(a.x) && Number.isFinite(a.y)) positions[key] = { x: a.x as number, y: a.y as number };
  });
  const edges: CaseFile['graph']['edges'] = [];
  graph.forEachEdge((key, a, source, target) => edges.push({ key, source, target, attributes: edgeOut(dataset, a) }));
  const extras = dataset.case;
  return {
    format: CASE_FORMAT,
    version: CASE_VERSION,
    name: dataset.name,
    savedAt: options.savedAt ?? new Date().toISOString(),
    graph: { attributes: { ...graph.getAttributes() }, nodes, edges },
    sources: [...dataset.sources.values()].map(sourceOut),
    allegationTypes: (extras?.allegationTypes ?? builtinAllegationTypes()).map((t) => compact({ id: t.id, label: t.label, color: t.color, builtin: t.builtin ? (true as const) : undefined })),
    layout: { positions },
    views: options.views ?? extras?.views ?? null,
    appearance: options.appearance ?? extras?.appearance ?? null,
  };
}

const encoder = new TextEncoder();

/** The `.redthread` file's bytes: compact UTF-8 JSON. */
export function saveCase(dataset: Dataset, options: SaveOptions = {}): Uint8Array {
  return encoder.encode(JSON.stringify(caseDocument(dataset, options)));
}

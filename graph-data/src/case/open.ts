// Opens a `.redthread` case document (already parsed JSON, its bytes and nesting bounded by the
// importer): migrates older versions, checks the schema and the references, then checks every
// quote against its source's text. A quote that no longer holds is flagged on its evidence and
// listed for the user; a text whose hash changed is reported.
import { MultiDirectedGraph } from 'graphology';
import type { Evidence } from '../schema/model.js';
import type { CaseExtras, GraphAttributes, LoadedSource, RedthreadGraph } from '../service/dataset.js';
import { ServiceFailure } from '../service/errors.js';
import { CASE_FORMAT, caseFileSchema, type CaseFile } from './format.js';
import { textHash } from './hash.js';
import { migrateCase } from './migrate.js';
import { checkQuote } from './quotes.js';

/** A quote opening could not confirm: where it is cited and why. */
export interface FlaggedQuote {
  element: 'node' | 'edge';
  id: string;
  source: string;
  quote: string;
  reason: string;
}

export interface OpenedCase {
  name: string;
  graph: RedthreadGraph;
  sources: Map<string, LoadedSource>;
  extras: CaseExtras;
  flagged: FlaggedQuote[];
  /** Re-anchored quotes, changed texts, migration steps: one sentence each. */
  warnings: string[];
}

export interface CaseLimits {
  maxNodes: number;
  maxEdges: number;
}

export function isCaseDocument(doc: unknown): doc is { format: typeof CASE_FORMAT; version: unknown } {
  return typeof doc === 'object' && doc !== null && (doc as { format?: unknown }).format === CASE_FORMAT;
}

const short = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote);

export function openCaseDocument(raw: unknown, file: string, limits: CaseLimits): OpenedCase {
  const fail = (message: string): never => {
    throw new ServiceFailure('bad_file', `case/open: ${file}: ${message}`);
  };
  if (!isCaseDocument(raw)) return fail(`is not a Redthread case (no "format": "${CASE_FORMAT}")`);
  const version = raw.version;
  if (typeof version !== 'number') return fail('has no "version" number');
  const { doc: migrated, steps } = migrateCase(raw, version, file);
  // Budgets before the schema walks every element.
  const counts = (migrated as { graph?: { nodes?: unknown; edges?: unknown } }).graph;
  const nodeCount = Array.isArray(counts?.nodes) ? counts.nodes.length : 0;
  const edgeCount = Array.isArray(counts?.edges) ? counts.edges.length : 0;
  if (nodeCount > limits.maxNodes) throw new ServiceFailure('too_large', `case/open: ${file}: has ${nodeCount.toLocaleString('en-US')} nodes; the limit is ${limits.maxNodes.toLocaleString('en-US')} (maxNodes)`, { name: 'maxNodes', limit: limits.maxNodes, found: nodeCount });
  if (edgeCount > limits.maxEdges) throw new ServiceFailure('too_large', `case/open: ${file}: has ${edgeCount.toLocaleString('en-US')} edges; the limit is ${limits.maxEdges.toLocaleString('en-US')} (maxEdges)`, { name: 'maxEdges', limit: limits.maxEdges, found: edgeCount });
  const parsed = caseFileSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'document'}: ${i.message}`);
    return fail(`is not a valid version ${String(version)} case: ${issues.join('; ')}${parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : ''}`);
  }
  const doc: CaseFile = parsed.data;
  const warnings: string[] = steps.length ? [`${file} was made by an older Redthread (version ${String(version)}); it was upgraded (${steps.join(', ')}) and is saved in the current version.`] : [];

  const sources = new Map<string, LoadedSource>();
  const changed: string[] = [];
  for (const s of doc.sources) {
    if (sources.has(s.id)) fail(`source "${s.id}" appears twice`);
    if (textHash(s.text) !== s.sha256) changed.push(s.id);
    sources.set(s.id, {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      date: s.published,
      file: s.file ?? '',
      text: s.text,
      ...(s.author !== undefined && { author: s.author }),
      ...(s.url !== undefined && { url: s.url }),
      ...(s.accessed !== undefined && { accessed: s.accessed }),
      ...(s.cites && { cites: s.cites }),
    });
  }
  if (changed.length) warnings.push(`The text of ${changed.length === 1 ? 'source' : `${changed.length} sources`} ${changed.slice(0, 3).map((c) => `"${c}"`).join(', ')} changed after it was saved (its SHA-256 differs); every quote citing it was checked again.`);

  const graph = new MultiDirectedGraph<never, never, GraphAttributes>() as unknown as RedthreadGraph;
  graph.replaceAttributes(doc.graph.attributes as GraphAttributes);
  const flagged: FlaggedQuote[] = [];
  let moved = 0;
  const recheck = (element: 'node' | 'edge', id: string, list: Evidence[] | undefined): Evidence[] | undefined =>
    list?.map((e) => {
      const check = checkQuote(sources.get(e.source)?.text, e.quote, e.offset);
      if (check.ok) {
        if (check.moved) moved++;
        return { source: e.source, quote: e.quote, offset: check.offset };
      }
      flagged.push({ element, id, source: e.source, quote: e.quote, reason: check.reason });
      return { ...e, flagged: check.reason };
    });

  for (const { key, attributes } of doc.graph.nodes) {
    if (graph.hasNode(key)) fail(`node "${key}" appears twice`);
    const evidence = recheck('node', key, attributes.evidence);
    graph.addNode(key, { ...attributes, ...(evidence && { evidence }) });
  }
  for (const { key, source, target, attributes } of doc.graph.edges) {
    if (graph.hasEdge(key)) fail(`edge "${key}" appears twice`);
    if (!graph.hasNode(source) || !graph.hasNode(target)) fail(`edge "${key}" joins "${source}" and "${target}", and one of them is not a node`);
    const claimant = attributes.allegation?.claimant;
    if (claimant !== undefined && !graph.hasNode(claimant)) fail(`edge "${key}": its claimant "${claimant}" is not a node`);
    const evidence = recheck('edge', key, attributes.evidence);
    const history = attributes.statusHistory?.map((h) => ({ ...h, ...(h.evidence && { evidence: recheck('edge', key, [h.evidence])?.[0] }) }));
    graph.addDirectedEdgeWithKey(key, source, target, { ...attributes, ...(evidence && { evidence }), ...(history && { statusHistory: history }) } as never);
  }
  const positions: Record<string, { x: number; y: number }> = {};
  let unplaced = 0;
  for (const [key, p] of Object.entries(doc.layout.positions)) {
    if (!graph.hasNode(key)) {
      unplaced++;
      continue;
    }
    positions[key] = p;
    graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
  }
  if (moved) warnings.push(`${moved.toLocaleString('en-US')} ${moved === 1 ? 'quote was' : 'quotes were'} no longer at ${moved === 1 ? 'its' : 'their'} saved offset but occur once in the text; ${moved === 1 ? 'it was' : 'they were'} re-anchored there.`);
  if (flagged.length) {
    const first = flagged[0] as FlaggedQuote;
    warnings.push(`${flagged.length.toLocaleString('en-US')} ${flagged.length === 1 ? 'quote does' : 'quotes do'} not match ${flagged.length === 1 ? 'its source' : 'their sources'} and ${flagged.length === 1 ? 'is' : 'are'} flagged (first: ${first.element} "${first.id}", "${short(first.quote)}" in "${first.source}": ${first.reason}).`);
  }
  if (unplaced) warnings.push(`${unplaced.toLocaleString('en-US')} saved ${unplaced === 1 ? 'position names a node' : 'positions name nodes'} the case does not hold; ignored.`);
  const ids = new Set<string>();
  for (const t of doc.allegationTypes) {
    if (ids.has(t.id)) fail(`allegation type "${t.id}" appears twice`);
    ids.add(t.id);
  }
  for (const e of doc.graph.edges) {
    const type = e.attributes.allegation?.type;
    if (type !== undefined && !ids.has(type)) fail(`edge "${e.key}" has the allegation type "${type}", which the case does not declare`);
  }
  return {
    name: doc.name,
    graph,
    sources,
    extras: { allegationTypes: doc.allegationTypes, positions, views: doc.views, appearance: doc.appearance },
    flagged,
    warnings,
  };
}

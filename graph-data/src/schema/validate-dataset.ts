// Validation of one Redthread dataset: graph.json (graphology's serialisation format),
// sources.json, the full text of every source and the optional saved layout. The function is pure (no fs, no DOM)
// so the validate-data CLI, the unit tests and any loader apply exactly the same rules.
// Vocabularies are not repeated here: they are enforced by the zod schemas of model.ts.
import { z } from 'zod';
import {
  edgeAttributesSchema,
  evidenceSchema,
  nodeAttributesSchema,
  serializedGraphSchema,
  sourcesFileSchema,
} from './model.js';
import { layoutFileSchema } from './layout.js';

/** One thing wrong with a dataset. `id` names the element: `node "x"`, `edge "e-…"`, `source "s"`, `graph` or `sources`. */
export interface DatasetProblem {
  file: string;
  id: string;
  /** Dotted path inside the element, e.g. `attributes.evidence.0.quote`; empty for the whole element. */
  path: string;
  message: string;
}

export interface DatasetInput {
  graph: unknown;
  sources: unknown;
  /** Full text of each source, keyed by its `file` as declared in sources.json (as io/dataset-loader passes it). */
  texts: Record<string, string>;
  /** The saved layout (layout.json), when the dataset has one. */
  layout?: unknown;
  /** File names to put in problems; defaults to graph.json, sources.json and layout.json. */
  files?: { graph: string; sources: string; layout?: string };
}

const QUOTE_PREVIEW_CHARS = 60;

// Evidence is read on its own so that a quote is still checked when another attribute is wrong:
// one run of the validator then reports everything there is to fix.
const evidenceOnlySchema = z.object({ evidence: z.array(evidenceSchema) });

function preview(quote: string): string {
  return quote.length > QUOTE_PREVIEW_CHARS ? `${quote.slice(0, QUOTE_PREVIEW_CHARS)}…` : quote;
}

function dotted(parts: readonly PropertyKey[]): string {
  return parts.map(String).filter((part) => part !== '').join('.');
}

export function validateDataset(input: DatasetInput): DatasetProblem[] {
  const files = input.files ?? { graph: 'graph.json', sources: 'sources.json' };
  const problems: DatasetProblem[] = [];
  const report = (file: string, id: string, path: string, message: string): void => {
    problems.push({ file, id, path, message });
  };
  const reportZod = (file: string, id: string, prefix: string, error: z.ZodError): void => {
    for (const issue of error.issues) report(file, id, dotted([prefix, ...issue.path]), issue.message);
  };

  // Sources first: every evidence entry is checked against the ids and texts they declare.
  const sourceTexts = new Map<string, string | undefined>();
  const sources = sourcesFileSchema.safeParse(input.sources);
  if (!sources.success) {
    reportZod(files.sources, 'sources', '', sources.error);
  } else {
    for (const source of sources.data) {
      const id = `source "${source.id}"`;
      if (sourceTexts.has(source.id)) report(files.sources, id, 'id', 'duplicate source id');
      // hasOwn, not indexing: a file called "constructor" must not pick up Object.prototype.
      const text = Object.hasOwn(input.texts, source.file) ? input.texts[source.file] : undefined;
      // Hosts read only plain file names next to sources.json, never paths that could leave the folder.
      if (/[\\/]/.test(source.file) || source.file === '..' || source.file === '.') {
        report(files.sources, id, 'file', `"${source.file}" must be a file name inside the dataset folder`);
      } else if (text === undefined) {
        report(files.sources, id, 'file', `no text available for "${source.file}"`);
      }
      sourceTexts.set(source.id, text);
    }
  }

  const graph = serializedGraphSchema.safeParse(input.graph);
  if (!graph.success) {
    // Without a well-formed nodes/edges list there is nothing reliable to check further.
    reportZod(files.graph, 'graph', '', graph.error);
    return problems;
  }
  const { options, nodes, edges } = graph.data;

  const checkEvidence = (id: string, attributes: unknown): void => {
    const parsed = evidenceOnlySchema.safeParse(attributes);
    // A broken evidence list was already reported by the attribute schema; with a broken
    // sources.json every entry would be "unknown", which is noise rather than information.
    if (!parsed.success || !sources.success) return;
    parsed.data.evidence.forEach((entry, i) => {
      const path = `attributes.evidence.${i}`;
      if (!sourceTexts.has(entry.source)) {
        report(files.graph, id, `${path}.source`, `unknown source "${entry.source}" (not in ${files.sources})`);
        return;
      }
      const text = sourceTexts.get(entry.source);
      if (text !== undefined && !text.includes(entry.quote)) {
        report(files.graph, id, `${path}.quote`, `quote is not verbatim in source "${entry.source}": "${preview(entry.quote)}"`);
      }
    });
  };

  // All node keys are collected before any reference is resolved: roles may point forward.
  const nodeIds = new Set<string>();
  for (const node of nodes) {
    if (nodeIds.has(node.key)) report(files.graph, `node "${node.key}"`, 'key', 'duplicate node key');
    nodeIds.add(node.key);
  }

  for (const node of nodes) {
    const id = `node "${node.key}"`;
    const parsed = nodeAttributesSchema.safeParse(node.attributes);
    if (!parsed.success) {
      reportZod(files.graph, id, 'attributes', parsed.error);
    } else {
      parsed.data.roles?.forEach((role, i) => {
        if (role.organisation !== undefined && !nodeIds.has(role.organisation)) {
          report(files.graph, id, `attributes.roles.${i}.organisation`, `unknown node "${role.organisation}"`);
        }
      });
    }
    checkEvidence(id, node.attributes);
  }

  const edgeIds = new Set<string>();
  for (const edge of edges) {
    const id = `edge "${edge.key}"`;
    if (edgeIds.has(edge.key)) report(files.graph, id, 'key', 'duplicate edge key');
    edgeIds.add(edge.key);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) report(files.graph, id, end, `unknown node "${edge[end]}"`);
    }
    // graphology's import would throw on these, so they are reported here with the edge id instead.
    if (options?.allowSelfLoops === false && edge.source === edge.target) {
      report(files.graph, id, 'target', 'self-loop in a graph that does not allow them');
    }
    if (options?.type === 'directed' && edge.undirected === true) {
      report(files.graph, id, 'undirected', 'undirected edge in a directed graph');
    }
    const parsed = edgeAttributesSchema.safeParse(edge.attributes);
    if (!parsed.success) {
      reportZod(files.graph, id, 'attributes', parsed.error);
    } else {
      const claimant = parsed.data.allegation?.claimant;
      if (claimant !== undefined && !nodeIds.has(claimant)) {
        report(files.graph, id, 'attributes.allegation.claimant', `unknown node "${claimant}"`);
      }
    }
    checkEvidence(id, edge.attributes);
  }

  if (input.layout !== undefined) {
    const file = files.layout ?? 'layout.json';
    const layout = layoutFileSchema.safeParse(input.layout);
    if (!layout.success) reportZod(file, 'layout', '', layout.error);
    else for (const key of Object.keys(layout.data.positions)) if (!nodeIds.has(key)) report(file, `node "${key}"`, 'positions', 'no such node in graph.json');
  }

  return problems;
}

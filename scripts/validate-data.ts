// validate-data: checks Redthread datasets (graph.json + sources.json + source texts) with
// validateDataset, so a misquoted or dangling piece of evidence fails `npm test`.
// Usage: npx tsx scripts/validate-data.ts [dataset-dir ...]   (default: every folder under graph-data/datasets/)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { evidenceSchema, serializedGraphSchema, sourcesFileSchema } from '../graph-data/src/schema/model.js';
import { validateDataset } from '../graph-data/src/schema/validate-dataset.js';
import type { DatasetProblem } from '../graph-data/src/schema/validate-dataset.js';

const DATASETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../graph-data/datasets');

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const display = (file: string): string => path.relative(process.cwd(), file) || file;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readText(file: string): Read<string> {
  try {
    return { ok: true, value: readFileSync(file, 'utf8') };
  } catch (error) {
    return { ok: false, message: `${display(file)}: cannot read file: ${errorText(error)}` };
  }
}

function readJson(file: string): Read<unknown> {
  const text = readText(file);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch (error) {
    return { ok: false, message: `${display(file)}: invalid JSON: ${errorText(error)}` };
  }
}

function formatProblem(problem: DatasetProblem): string {
  const where = problem.path === '' ? problem.id : `${problem.id} ${problem.path}`;
  return `${problem.file}: ${where}: ${problem.message}`;
}

function countQuotes(graph: unknown): number {
  const withEvidence = z.object({ evidence: z.array(evidenceSchema) });
  const parsed = serializedGraphSchema.parse(graph);
  return [...parsed.nodes, ...parsed.edges].reduce(
    (sum, element) => sum + withEvidence.parse(element.attributes).evidence.length,
    0,
  );
}

/** Validates one dataset folder; returns the lines to print and whether it passed. */
function checkDataset(dir: string): { ok: boolean; lines: string[] } {
  const graphFile = path.join(dir, 'graph.json');
  const sourcesFile = path.join(dir, 'sources.json');
  const graph = readJson(graphFile);
  const sources = readJson(sourcesFile);
  const unreadable = [graph, sources].flatMap((read) => (read.ok ? [] : [read.message]));
  if (!graph.ok || !sources.ok) return { ok: false, lines: unreadable };

  // Source texts are loaded from the declared files; a malformed sources.json is left for
  // validateDataset to report, so there is a single place that explains schema problems.
  const lines: string[] = [];
  const texts: Record<string, string> = {};
  const declared = sourcesFileSchema.safeParse(sources.value);
  for (const source of declared.success ? declared.data : []) {
    // Anything but a plain file name is reported by validateDataset and never read.
    if (path.basename(source.file) !== source.file) continue;
    const text = readText(path.join(dir, source.file));
    if (text.ok) texts[source.file] = text.value;
    else lines.push(text.message);
  }

  const layoutFile = path.join(dir, 'layout.json');
  const layout = existsSync(layoutFile) ? readJson(layoutFile) : null;
  if (layout && !layout.ok) lines.push(layout.message);
  const problems = validateDataset({
    graph: graph.value,
    sources: sources.value,
    texts,
    ...(layout?.ok ? { layout: layout.value } : {}),
    files: { graph: display(graphFile), sources: display(sourcesFile), layout: display(layoutFile) },
  });
  lines.push(...problems.map(formatProblem));
  if (lines.length > 0) return { ok: false, lines };

  const { nodes, edges } = serializedGraphSchema.parse(graph.value);
  const placed = layout?.ok ? ', saved layout' : '';
  const summary = `${path.basename(dir)}: ${nodes.length} nodes, ${edges.length} edges, ${countQuotes(graph.value)} quotes verified${placed}`;
  return { ok: true, lines: [summary] };
}

function datasetDirs(args: string[]): string[] {
  if (args.length > 0) return args.map((arg) => path.resolve(arg));
  try {
    return readdirSync(DATASETS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(DATASETS_DIR, entry.name))
      .sort();
  } catch (error) {
    console.error(`${display(DATASETS_DIR)}: cannot list datasets: ${errorText(error)}`);
    return [];
  }
}

const dirs = datasetDirs(process.argv.slice(2));
if (dirs.length === 0) {
  console.error('validate-data: no datasets to check');
  process.exit(1);
}
let failed = false;
for (const dir of dirs) {
  const result = checkDataset(dir);
  for (const line of result.lines) (result.ok ? console.log : console.error)(line);
  failed ||= !result.ok;
}
process.exit(failed ? 1 : 0);

// Fuzzing with a fixed seed, bounded to about a minute: mutations (bit flips, truncations,
// duplicated and deleted spans) of the sample files and of small inline fixtures, plus generated
// amplification patterns (hostile-files.ts) at seeded sizes. Every case must end either in a
// graph the whole service can answer for, within the budgets it was opened with, or in a typed
// failure (bad_file, or too_large naming the budget it went over) that names the file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, IMPORT_LIMIT_NAMES } from '../../contract.js';
import { NODE_KINDS, RELATIONS } from '../../schema/vocabulary.js';
import { ServiceFailure } from '../../service/errors.js';
import { createGraphService } from '../../service/index.js';
import { seededRandom } from '../../util/seeded-random.js';
import { DEFAULT_LIMITS, type ImportLimits } from './context.js';
import { randomHostileFile } from './hostile-files.js';
import { importGraph, type ImportResult } from './index.js';
import { HAVE_SAMPLES, SAMPLES } from './test-support.js';
import { MAX_WARNINGS } from './warnings.js';

const MUTATIONS = 500;
const AMPLIFICATIONS = 80;
/** Stop drawing new cases past this, so a slow machine still ends near a minute. */
const RUN_BUDGET_MS = 50_000;
const MAX_BYTES = 8 * 1024 ** 2;
const HEAP_BUDGET = 1.5 * 1024 ** 3;
/** Budgets a bit lower than the app's, so amplification cases reach them at test sizes. */
const LIMITS: ImportLimits = { ...DEFAULT_LIMITS, maxNodes: 200_000, maxEdges: 500_000, maxAttributeCells: 2_000_000, maxExpandedEdges: 200_000 };

const FIXTURES: Record<string, string> = {
  'tiny.gexf': '<?xml version="1.0"?><gexf version="1.3"><graph defaultedgetype="undirected"><attributes class="node"><attribute id="0" title="type" type="string"><default>person</default></attribute></attributes><nodes><node id="a" label="Åsa"><attvalues><attvalue for="0" value="company"/></attvalues><spells><spell start="2001-01-01" end="2002"/></spells></node><node id="b"/></nodes><edges><edge source="a" target="b" weight="2"/></edges></graph></gexf>',
  'tiny.graphml': '<graphml><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="directed"><node id="a"><data key="d0"><![CDATA[A & B]]></data></node><node id="b"><graph><node id="c"/></graph></node><edge source="a" target="c"/><hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge></graph></graphml>',
  'tiny.json': '{"attributes":{"name":"t"},"nodes":[{"key":"a","attributes":{"label":"A","x":1,"y":2}},{"key":"b"}],"edges":[{"source":"a","target":"b","attributes":{"relation":"member_of"}}]}',
  'tiny.cyjs': '{"elements":{"nodes":[{"data":{"id":"a","name":"東京"},"position":{"x":1,"y":2}},{"data":{"id":"b","parent":"a"}}],"edges":[{"data":{"id":"e","source":"a","target":"b"}}]}}',
  'tiny.ijson': '{"id":"p","schema":"Person","properties":{"name":["Ann"],"sourceUrl":["https://example.org/a"]}}\n{"id":"c","schema":"Company","properties":{"name":["Co"]}}\n{"id":"d","schema":"Directorship","properties":{"director":["p"],"organization":["c"],"startDate":["2019"]}}\n{"id":"s","schema":"Sanction","properties":{"entity":["p"],"authority":["EU"]}}\n',
  'tiny.csv': 'Source;Target;Type;Weight\n"a";"b";Directed;1\n"b";"c ""q""";Undirected;2.5\n',
};

function corpus(): { name: string; bytes: Uint8Array }[] {
  const files = Object.entries(FIXTURES).map(([name, content]) => ({ name, bytes: new TextEncoder().encode(content) }));
  if (!HAVE_SAMPLES) return files;
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)]));
  for (const file of walk(SAMPLES)) {
    // Keep the run short: the small and medium samples exercise every code path.
    if (file.endsWith('.md') || statSync(file).size > 160_000) continue;
    files.push({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
  }
  return files;
}

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  let out = bytes;
  const at = () => Math.floor(random() * (out.length + 1));
  const mutations = 1 + Math.floor(random() * 3);
  for (let m = 0; m < mutations; m++) {
    const kind = Math.floor(random() * 4);
    if (kind === 0 && out.length > 0) {
      out = out.slice();
      const i = Math.min(out.length - 1, at());
      out[i] = (out[i] ?? 0) ^ (1 << Math.floor(random() * 8));
    } else if (kind === 1) out = out.slice(0, at());
    else if (kind === 2) {
      const start = at();
      const span = out.slice(start, start + Math.floor(random() * 2048));
      const to = at();
      out = new Uint8Array([...out.subarray(0, to), ...span, ...out.subarray(to)]);
    } else {
      const start = at();
      const end = Math.min(out.length, start + Math.floor(random() * 2048));
      out = new Uint8Array([...out.subarray(0, start), ...out.subarray(end)]);
    }
  }
  return out;
}

const KIND_SET = new Set<string>(NODE_KINDS);
const RELATION_SET = new Set<string>(RELATIONS);

/** What an opened graph must be, whatever the file: within its budgets, in the vocabulary, and answerable. */
function checkGraph({ dataset, warnings }: ImportResult, label: string): void {
  const { graph } = dataset;
  expect(graph.order, label).toBeLessThanOrEqual(LIMITS.maxNodes);
  expect(graph.size, label).toBeLessThanOrEqual(LIMITS.maxEdges);
  let cells = 0;
  graph.forEachNode((id, a) => {
    if (typeof a.label !== 'string' || a.label === '' || !KIND_SET.has(a.kind)) throw new Error(`${label}: node "${id}" has label ${JSON.stringify(a.label)} and kind ${String(a.kind)}`);
    cells += 1 + Object.keys(a.extra ?? {}).length;
  });
  graph.forEachEdge((id, a) => {
    if (!RELATION_SET.has(a.relation) || (a.undirected !== undefined && a.undirected !== true)) throw new Error(`${label}: edge "${id}" has relation ${String(a.relation)}, undirected ${String(a.undirected)}`);
    cells += 1 + Object.keys(a.extra ?? {}).length;
  });
  expect(cells, label).toBeLessThanOrEqual(LIMITS.maxAttributeCells);
  expect(warnings.length, label).toBeLessThanOrEqual(MAX_WARNINGS);
  for (const w of warnings) expect(typeof w === 'string' && w.length > 0, label).toBe(true);
  // The service takes the graph as it is: summary counts agree, a first view and a search answer.
  const service = createGraphService(dataset);
  const info = service.datasetInfo({});
  expect([info.nodeCount, info.edgeCount], label).toEqual([graph.order, graph.size]);
  const view = service.initialView({ maxNodes: 50 });
  expect(view.nodes.length, label).toBe(Math.min(50, graph.order));
  service.search({ query: 'a' });
}

/** What a refusal must be: typed, naming the file, and for a budget naming the budget and more than it. */
function checkFailure(error: unknown, name: string, label: string): 'bad_file' | 'too_large' {
  if (!(error instanceof ServiceFailure) || !(ERROR_CODES as readonly string[]).includes(error.code) || !['bad_file', 'too_large'].includes(error.code)) {
    throw new Error(`fuzz: ${label} failed with ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
  }
  expect(error.message, label).toMatch(/^io\/import(\/\w+)?: /);
  expect(error.message, label).toContain(name.replace(/\.gz$/, ''));
  if (error.code === 'too_large' && error.limit) {
    expect(IMPORT_LIMIT_NAMES, label).toContain(error.limit.name);
    expect(error.limit.found, label).toBeGreaterThan(error.limit.limit);
    expect(error.message, label).toContain(error.limit.name === 'maxBytes' ? 'limit' : `(${error.limit.name})`);
  }
  return error.code as 'bad_file' | 'too_large';
}

async function runCase(file: { name: string; bytes: Uint8Array }, label: string): Promise<'imported' | 'bad_file' | 'too_large'> {
  try {
    const result = await importGraph({ files: [file], maxBytes: MAX_BYTES, signal: { cancelled: false }, onProgress: () => undefined, limits: LIMITS });
    checkGraph(result, label);
    return 'imported';
  } catch (error) {
    return checkFailure(error, file.name, label);
  }
}

describe('importer fuzzing', () => {
  it('seeded mutations and amplification patterns each end in a graph within budget or a typed failure', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const files = corpus();
    const random = seededRandom(20_241_127);
    const outcomes = { imported: 0, bad_file: 0, too_large: 0, budgets: new Set<string>() };
    let ran = 0;
    for (let i = 0; i < MUTATIONS + AMPLIFICATIONS && Date.now() - started < RUN_BUDGET_MS; i++) {
      let file: { name: string; bytes: Uint8Array };
      let label: string;
      // Amplification cases are spread through the run so a time stop never drops them all.
      if (i % 7 === 6) {
        const hostile = randomHostileFile(random);
        file = hostile;
        label = `case ${i} (${hostile.pattern}, ${hostile.bytes.length} bytes)`;
      } else {
        const base = files[Math.floor(random() * files.length)] as { name: string; bytes: Uint8Array };
        file = { name: base.name, bytes: mutate(base.bytes, random) };
        label = `case ${i} (${base.name}, ${file.bytes.length} bytes)`;
      }
      const outcome = await runCase(file, label);
      outcomes[outcome]++;
      // A memory budget as a backstop to the structural ones: what a case left live stays small.
      expect(process.memoryUsage().heapUsed, label).toBeLessThan(HEAP_BUDGET);
      ran++;
    }
    // Both outcomes happen: the mutations are neither all harmless nor all fatal; and budgets are reached.
    expect(ran).toBeGreaterThan(150);
    expect(outcomes.imported).toBeGreaterThan(20);
    expect(outcomes.bad_file + outcomes.too_large).toBeGreaterThan(20);
    expect(outcomes.too_large).toBeGreaterThan(5);
  });
});

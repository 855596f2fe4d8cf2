// Fuzzing with a fixed seed: 300 mutations (bit flips, truncations, duplicated and deleted spans)
// of the sample files and of small inline fixtures. Every case must end in a dataset or a
// ServiceFailure with a user-facing code (bad_file / too_large), each within a time bound.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../util/seeded-random.js';
import { ServiceFailure } from '../../service/errors.js';
import { importGraph } from './index.js';
import { HAVE_SAMPLES, SAMPLES } from './test-support.js';

const CASES = 300;
const CASE_TIMEOUT_MS = 15_000;

const FIXTURES: Record<string, string> = {
  'tiny.gexf': '<?xml version="1.0"?><gexf version="1.3"><graph defaultedgetype="undirected"><attributes class="node"><attribute id="0" title="type" type="string"><default>person</default></attribute></attributes><nodes><node id="a" label="Åsa"><attvalues><attvalue for="0" value="company"/></attvalues><spells><spell start="2001-01-01" end="2002"/></spells></node><node id="b"/></nodes><edges><edge source="a" target="b" weight="2"/></edges></graph></gexf>',
  'tiny.graphml': '<graphml><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="directed"><node id="a"><data key="d0"><![CDATA[A & B]]></data></node><node id="b"><graph><node id="c"/></graph></node><edge source="a" target="c"/><hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge></graph></graphml>',
  'tiny.json': '{"attributes":{"name":"t"},"nodes":[{"key":"a","attributes":{"label":"A","x":1,"y":2}},{"key":"b"}],"edges":[{"source":"a","target":"b","attributes":{"relation":"member_of"}}]}',
  'tiny.cyjs': '{"elements":{"nodes":[{"data":{"id":"a","name":"東京"},"position":{"x":1,"y":2}},{"data":{"id":"b","parent":"a"}}],"edges":[{"data":{"id":"e","source":"a","target":"b"}}]}}',
  'tiny.ijson': '{"id":"p","schema":"Person","properties":{"name":["Ann"],"sourceUrl":["https://example.org/a"]}}\n{"id":"c","schema":"Company","properties":{"name":["Co"]}}\n{"id":"d","schema":"Directorship","properties":{"director":["p"],"organization":["c"],"startDate":["2019"]}}\n',
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

function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`fuzz: ${label} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('importer fuzzing', () => {
  it(`${CASES} seeded mutations each end in a dataset or a bad_file / too_large failure`, { timeout: 600_000 }, async () => {
    const files = corpus();
    const random = seededRandom(20_241_127);
    const outcomes = { imported: 0, rejected: 0 };
    for (let i = 0; i < CASES; i++) {
      const file = files[Math.floor(random() * files.length)] as { name: string; bytes: Uint8Array };
      const bytes = mutate(file.bytes, random);
      const label = `case ${i} (${file.name}, ${bytes.length} bytes)`;
      try {
        const result = await withTimeout(
          importGraph({ files: [{ name: file.name, bytes }], maxBytes: 8 * 1024 ** 2, signal: { cancelled: false }, onProgress: () => undefined, limits: { maxNodes: 200_000, maxEdges: 500_000 } }),
          CASE_TIMEOUT_MS,
          label,
        );
        expect(result.dataset.graph.order, label).toBeGreaterThanOrEqual(0);
        expect(result.warnings.length, label).toBeLessThanOrEqual(50);
        outcomes.imported++;
      } catch (error) {
        if (!(error instanceof ServiceFailure) || !['bad_file', 'too_large'].includes(error.code)) {
          throw new Error(`fuzz: ${label} failed with ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
        }
        expect(error.message, label).toMatch(/^io\/import/);
        outcomes.rejected++;
      }
    }
    // Both outcomes happen: the mutations are neither all harmless nor all fatal.
    expect(outcomes.imported).toBeGreaterThan(20);
    expect(outcomes.rejected).toBeGreaterThan(20);
  });
});

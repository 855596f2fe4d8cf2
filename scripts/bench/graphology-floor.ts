// The floor under any import into graphology: a MultiDirectedGraph (the store every opened graph
// lives in) given N nodes and M edges with random ends and one small attribute object each, in a
// process of its own, with no file to read. An importer can only come near it; the figures of
// issue #11 for 100k and 1M nodes are printed beside it by import-bench.ts and overview-bench.ts.
// Usage: node --import tsx scripts/bench/graphology-floor.ts NODES EDGES   (prints JSON)
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { seededRandom } from '../../graph-data/src/util/seeded-random.js';

const HERE = fileURLToPath(import.meta.url);

/** Milliseconds to insert `nodes` and `edges` into a fresh graphology graph, in a child process. */
export function graphologyFloor(nodes: number, edges: number): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', HERE, String(nodes), String(edges)], { maxBuffer: 1 << 20, timeout: 30 * 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`graphology-floor: ${error.message}\n${stderr}`));
      else resolve((JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ms: number }).ms);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n, m] = process.argv.slice(2).map(Number);
  if (!n || !m) throw new Error('usage: graphology-floor.ts NODES EDGES');
  const random = seededRandom(1);
  // The ends are drawn before the clock starts: only graphology's work is timed.
  const src = new Uint32Array(m);
  const tgt = new Uint32Array(m);
  for (let e = 0; e < m; e++) {
    src[e] = Math.floor(random() * n);
    tgt[e] = (((src[e] ?? 0) + 1 + Math.floor(random() * (n - 1))) % n) >>> 0;
  }
  const keys = Array.from({ length: n }, (_v, i) => `n${i}`);
  const start = performance.now();
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(keys[i] as string, { label: `Node ${i}`, kind: 'person' });
  for (let e = 0; e < m; e++) graph.addEdgeWithKey(`e${e}`, keys[src[e] ?? 0] as string, keys[tgt[e] ?? 0] as string, { relation: 'associated_with' });
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ ms, nodes: graph.order, edges: graph.size, heapMB: process.memoryUsage().heapUsed / 1024 ** 2 })}\n`);
}

// Transfer benchmark (issue #11): how long a 100k-node / 300k-edge GraphView takes to get from
// the service's thread to the thread that draws it, as objects (what postMessage / Electron IPC
// structured-clone) and in the wire encoding (graph-data/src/wire: encode, move the buffers,
// decode into the same objects). Node worker_threads use the same V8 serializer as Electron's
// service thread and Chromium's Web Worker. Clock: performance.timeOrigin + now(), shared by
// both threads. Usage: npx tsx scripts/bench/transfer-bench.ts   (run.ts imports benchTransfer)
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { GraphView, ViewEdge, ViewNode } from '../../graph-data/src/contract.js';
import { NODE_KINDS, RELATIONS } from '../../graph-data/src/schema/vocabulary.js';
import { seededRandom } from '../../graph-data/src/util/seeded-random.js';
import { decodeView, encodeView, type EncodedView, viewBuffers } from '../../graph-data/src/wire/view-codec.js';
import { median } from './stats.js';

const RUNS = 5;
const clock = () => performance.timeOrigin + performance.now();

/** A view shaped like a big imported file: accented labels, kinds, relations, positions, some dates. */
export function syntheticView(nodes: number, edges: number, seed = 1): GraphView {
  const random = seededRandom(seed);
  const first = ['Élodie', 'Bjørn', 'Zoë', 'José', 'Chen', 'Łukasz', 'Ayşe'];
  const last = ['Müller', 'Ødegaard', 'García', 'Nowak', 'Çelik', 'Петрова'];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const viewNodes: ViewNode[] = Array.from({ length: nodes }, (_v, i) => {
    const node: ViewNode = { id: `n${i}`, label: `${pick(first)} ${pick(last)} ${i}`, kind: pick(NODE_KINDS), degree: Math.floor(random() * 50) };
    if (random() < 0.2) node.date = `${1990 + Math.floor(random() * 30)}`;
    node.x = (random() - 0.5) * 2000;
    node.y = (random() - 0.5) * 2000;
    return node;
  });
  const viewEdges: ViewEdge[] = Array.from({ length: edges }, (_v, e) => {
    const edge: ViewEdge = { id: `e${e}`, source: `n${Math.floor(random() * random() * nodes)}`, target: `n${Math.floor(random() * nodes)}`, relation: pick(RELATIONS) };
    if (random() < 0.1) edge.undirected = true;
    return edge;
  });
  return { graph: 'bench', nodes: viewNodes, edges: viewEdges, truncated: false, requestedNodes: nodes };
}

type Mode = 'objects' | 'encoded';
interface Sent {
  mode: Mode;
  sentAt: number;
  payload: GraphView | EncodedView;
}

if (!isMainThread && parentPort && (workerData as { transferBench?: boolean } | null)?.transferBench) {
  const port = parentPort;
  const { nodes, edges } = workerData as { nodes: number; edges: number };
  const view = syntheticView(nodes, edges);
  port.on('message', (mode: Mode) => {
    // The clock starts before encoding: the encoding is part of the cost.
    const sentAt = clock();
    if (mode === 'objects') port.postMessage({ mode, sentAt, payload: view } satisfies Sent);
    else {
      const encoded = encodeView(view);
      port.postMessage({ mode, sentAt, payload: encoded } satisfies Sent, viewBuffers(encoded));
    }
  });
  port.postMessage('ready');
}

/** Median ms from "the service has the view" to "the receiver holds GraphView objects", per mode. */
export async function benchTransfer(nodes = 100_000, edges = 300_000): Promise<Record<string, number>> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { transferBench: true, nodes, edges }, execArgv: ['--import', 'tsx'] });
  const messages: ((m: unknown) => void)[] = [];
  worker.on('message', (m: unknown) => messages.shift()?.(m));
  const next = () => new Promise<unknown>((resolve) => messages.push(resolve));
  await next(); // ready
  const times: Record<Mode, number[]> = { objects: [], encoded: [] };
  let check = 0;
  // One warm-up each, then RUNS of each, alternating so both see the same machine load.
  for (let run = -1; run < RUNS; run++) {
    for (const mode of ['encoded', 'objects'] as const) {
      const reply = next();
      worker.postMessage(mode);
      const { sentAt, payload } = (await reply) as Sent;
      const view = mode === 'encoded' ? decodeView(payload as EncodedView) : (payload as GraphView);
      const ms = clock() - sentAt;
      check += view.nodes.length + view.edges.length;
      if (run >= 0) times[mode].push(ms);
    }
  }
  await worker.terminate();
  if (check !== (RUNS + 1) * 2 * (nodes + edges)) throw new Error('transfer-bench: a view arrived incomplete');
  const key = `transfer.view${nodes / 1000}k`;
  return { [`${key}.objects.ms`]: median(times.objects), [`${key}.encoded.ms`]: median(times.encoded) };
}

if (isMainThread && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchTransfer();
  for (const [name, value] of Object.entries(results)) process.stdout.write(`${name.padEnd(40)} ${value.toFixed(1).padStart(10)}\n`);
}

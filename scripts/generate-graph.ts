// generate-graph: a seeded synthetic Redthread graph for benchmarks and stress tests, with
// hubs (preferential attachment), allegations, dates and evidence like the real datasets.
// Usage: npx tsx scripts/generate-graph.ts --nodes 10000 --edges 50000 --seed 1 --out FILE
//        (or --dir DIR to write a loadable dataset folder: graph.json, sources.json, synthetic.txt)
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EdgeAttributes, NodeAttributes, SourceInfo } from '../graph-data/src/schema/model.js';
import {
  ALLEGATION_TYPES,
  RELATIONS,
  type AllegationStatus,
  type NodeKind,
} from '../graph-data/src/schema/vocabulary.js';
import { cliArgs } from './cli-args.js';
import { seededRandom } from '../graph-data/src/util/seeded-random.js';

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Leave out descriptions and per-element evidence (for files of millions of elements). */
  lean?: boolean;
  /** Plant this many communities (node i in i mod k; 90 % of edges stay inside one). 0: none. */
  communities?: number;
}

export interface GeneratedGraph {
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  attributes: { name: string; source: string };
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

/** The one source every synthetic evidence quote comes from. */
export const SYNTHETIC_QUOTES = [
  'The two were seen together at the conference.',
  'Documents show regular payments between the parties.',
  'A spokesman denied any wrongdoing.',
  'Officials confirmed the meeting took place.',
  'The claims were described as a smear campaign.',
  'Investigators traced the transfers through several companies.',
  'The organisation said it had no comment.',
  'According to the report, the contacts began years earlier.',
];
export const SYNTHETIC_TEXT = `Synthetic source for generated graphs.\n\n${SYNTHETIC_QUOTES.join(' ')}\n`;
export const SYNTHETIC_SOURCE: SourceInfo = {
  id: 'synthetic',
  title: 'Synthetic source',
  publisher: 'Redthread generator',
  date: '2020-01-01',
  file: 'synthetic.txt',
};

// Roughly the mix of a real investigation: mostly people, some organisations and events.
const KIND_WEIGHTS: [NodeKind, number][] = [
  ['person', 50], ['agency', 10], ['group', 8], ['country', 3], ['place', 5], ['event', 12], ['document', 6], ['media', 6],
];
const STATUS_WEIGHTS: [AllegationStatus, number][] = [['alleged', 50], ['denied', 25], ['disputed', 15], ['confirmed', 10]];
const FIRST = ['Anna', 'Boris', 'Chen', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hugo', 'Irina', 'Jamal', 'Karin', 'Luis', 'Mei', 'Nikolai', 'Olga', 'Pavel'];
const LAST = ['Ivanov', 'Smith', 'Wang', 'Petrova', 'Haddad', 'Müller', 'Costa', 'Novak', 'Kowalski', 'Sato', 'Okafor', 'Larsen'];
const ALLEGATION_SHARE = 0.3;
const DATED_EDGE_SHARE = 0.2;
const ROLE_SHARE = 0.25;
const CLAIMANT_POOL = 60;

/** One element as graphology's JSON writes it. */
export type GeneratedNode = GeneratedGraph['nodes'][number];
export type GeneratedEdge = GeneratedGraph['edges'][number];

/**
 * The generator's elements one at a time, so a million-node graph streams to disk without
 * the whole document in memory. Same seed, same elements, as `generateGraph` collects them.
 * `lean` drops descriptions and per-element evidence (a 1M/3M file stays under V8's string
 * limit, which JSON.parse needs); `communities` plants that many groups (see communityOf).
 */
export function* generateElements({ nodes: order, edges: size, seed, lean = false, communities = 0 }: GenerateOptions): Generator<{ node: GeneratedNode } | { edge: GeneratedEdge }> {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const weighted = <T>(table: [T, number][]): T => {
    let r = random() * table.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of table) if ((r -= w) < 0) return value;
    return (table[0] as [T, number])[0];
  };
  const year = () => 1990 + int(31);
  const date = () => {
    const y = year();
    const r = random();
    const mm = String(1 + int(12)).padStart(2, '0');
    const dd = String(1 + int(28)).padStart(2, '0');
    return r < 0.4 ? `${y}` : r < 0.7 ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
  };
  const evidence = () => [{ source: SYNTHETIC_SOURCE.id, quote: pick(SYNTHETIC_QUOTES) }];

  const kinds: NodeKind[] = Array.from({ length: order }, () => weighted(KIND_WEIGHTS));
  const key = (i: number) => `n${i}`;
  const organisations: number[] = [];
  const people: number[] = [];
  kinds.forEach((k, i) => {
    if (k === 'agency' || k === 'group') organisations.push(i);
    else if (k === 'person') people.push(i);
  });
  const claimantPool = people.slice(0, CLAIMANT_POOL);

  for (let i = 0; i < order; i++) {
    const kind = kinds[i] as NodeKind;
    const label = kind === 'person' ? `${pick(FIRST)} ${pick(LAST)} ${i}` : `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i}`;
    const attributes = (lean ? { label, kind } : { label, kind, description: `Synthetic ${kind} number ${i}.`, evidence: evidence() }) as NodeAttributes;
    if (kind === 'event') attributes.date = date();
    if (kind === 'person' && organisations.length > 0 && random() < ROLE_SHARE) {
      const start = year();
      const current = random() < 0.5;
      attributes.roles = [{ title: 'Official', organisation: key(pick(organisations)), start: `${start}`, ...(current ? { current } : { end: `${Math.min(2020, start + 1 + int(8))}` }) }];
    }
    yield { node: { key: key(i), attributes } };
  }

  // Preferential attachment: each node first links to an earlier node picked in proportion
  // to its degree (via the endpoint list), so hubs emerge; the remaining edges join a
  // uniform source to a preferential target. With planted communities, the target is
  // moved into the source's community (same offset) for COMMUNITY_SHARE of the edges.
  const ends = new Uint32Array(2 * size);
  let endCount = 0;
  const preferential = () => (endCount > 0 && random() < 0.85 ? (ends[int(endCount)] ?? 0) : int(order));
  for (let e = 0; e < size && order > 1; e++) {
    let source = e < order - 1 ? e + 1 : int(order);
    let target = e < order - 1 ? (endCount > 0 ? preferential() % (e + 1) : 0) : preferential();
    if (communities > 0 && random() < COMMUNITY_SHARE) target = sameCommunity(target, source, order, communities);
    for (let tries = 0; target === source && tries < 10; tries++) target = int(order);
    if (target === source) target = (source + 1) % order;
    if (random() < 0.5) [source, target] = [target, source];
    ends[endCount++] = source;
    ends[endCount++] = target;
    const attributes = (lean ? { relation: pick(RELATIONS) } : { relation: pick(RELATIONS), evidence: evidence() }) as EdgeAttributes;
    if (random() < ALLEGATION_SHARE) {
      const claimant = kinds[source] === 'person' && random() < 0.5 ? key(source) : claimantPool.length > 0 ? key(pick(claimantPool)) : key(int(order));
      attributes.allegation = { type: pick(ALLEGATION_TYPES), status: weighted(STATUS_WEIGHTS), claimant };
    }
    if (random() < DATED_EDGE_SHARE) attributes.date = date();
    yield { edge: { key: `e${e}`, source: key(source), target: key(target), attributes } };
  }
}

/** Share of edges kept inside their source's planted community. */
const COMMUNITY_SHARE = 0.9;

/** The planted community of node i: nodes are dealt round-robin, so i mod k. */
export const communityOf = (i: number, communities: number): number => i % communities;

// Node `target` moved to the member of `source`'s community nearest it (same stride).
function sameCommunity(target: number, source: number, order: number, communities: number): number {
  const moved = target - communityOf(target, communities) + communityOf(source, communities);
  return moved < order ? moved : moved - communities;
}

export function generateGraph(options: GenerateOptions): GeneratedGraph {
  const nodes: GeneratedGraph['nodes'] = [];
  const edges: GeneratedGraph['edges'] = [];
  for (const element of generateElements(options)) {
    if ('node' in element) nodes.push(element.node);
    else edges.push(element.edge);
  }
  return { options: GRAPH_OPTIONS, attributes: graphAttributes(options), nodes, edges };
}

const GRAPH_OPTIONS: GeneratedGraph['options'] = { type: 'directed', multi: true, allowSelfLoops: false };
const graphAttributes = ({ nodes, edges, seed }: GenerateOptions) => ({ name: `Synthetic ${nodes}/${edges} (seed ${seed})`, source: SYNTHETIC_SOURCE.id });

/**
 * Writes the graph as graphology JSON to `file`, element by element through a buffered
 * stream (a 1M/3M graph is hundreds of MB: too large for one string). Resolves with counts.
 */
export async function writeGraphFile(options: GenerateOptions, file: string, onNode?: (node: GeneratedNode, index: number) => void): Promise<{ nodes: number; edges: number; bytes: number }> {
  const out = createWriteStream(file);
  let chunk = '';
  let bytes = 0;
  const flush = async (force: boolean) => {
    if (chunk.length < 1 << 20 && !force) return;
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  };
  chunk += `{"options":${JSON.stringify(GRAPH_OPTIONS)},"attributes":${JSON.stringify(graphAttributes(options))},"nodes":[`;
  let nodes = 0;
  let edges = 0;
  for (const element of generateElements(options)) {
    if ('node' in element) {
      onNode?.(element.node, nodes);
      chunk += `${nodes++ ? ',' : ''}${JSON.stringify(element.node)}`;
    }
    else chunk += `${edges++ === 0 ? '],"edges":[' : ','}${JSON.stringify(element.edge)}`;
    await flush(false);
  }
  chunk += `${edges === 0 ? '],"edges":[' : ''}]}`;
  await flush(true);
  out.end();
  await once(out, 'finish');
  return { nodes, edges, bytes };
}

function parseArgs(argv: string[]): GenerateOptions & { out?: string; dir?: string } {
  const { value, integer } = cliArgs(argv, 'generate-graph');
  const out = value('--out');
  const dir = value('--dir');
  return {
    nodes: integer('--nodes', 10_000),
    edges: integer('--edges', 50_000),
    seed: integer('--seed', 1),
    lean: argv.includes('--lean'),
    communities: integer('--communities', 0),
    ...(out ? { out } : {}),
    ...(dir ? { dir } : {}),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2));
  const targets = [...(args.out ? [args.out] : []), ...(args.dir ? [path.join(args.dir, 'graph.json')] : [])];
  if (args.dir) {
    mkdirSync(args.dir, { recursive: true });
    writeFileSync(path.join(args.dir, 'sources.json'), JSON.stringify([SYNTHETIC_SOURCE], null, 2));
    writeFileSync(path.join(args.dir, SYNTHETIC_SOURCE.file), SYNTHETIC_TEXT);
  }
  if (targets.length === 0) process.stdout.write(JSON.stringify(generateGraph(args)));
  for (const target of targets) {
    const { nodes, edges, bytes } = await writeGraphFile(args, target);
    process.stderr.write(`generate-graph: ${target}: ${nodes} nodes, ${edges} edges, ${bytes} bytes (seed ${args.seed})\n`);
  }
}

// generate-graph: a seeded synthetic Redthread graph for benchmarks and stress tests, with
// hubs (preferential attachment), allegations, dates and evidence like the real datasets.
// Usage: npx tsx scripts/generate-graph.ts --nodes 10000 --edges 50000 --seed 1 --out FILE
//        (or --dir DIR to write a loadable dataset folder: graph.json, sources.json, synthetic.txt)
import { mkdirSync, writeFileSync } from 'node:fs';
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

export function generateGraph({ nodes: order, edges: size, seed }: GenerateOptions): GeneratedGraph {
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
  const keys = kinds.map((_k, i) => `n${i}`);
  const organisations = keys.filter((_k, i) => kinds[i] === 'agency' || kinds[i] === 'group');
  const people = keys.filter((_k, i) => kinds[i] === 'person');
  const claimantPool = people.slice(0, CLAIMANT_POOL);

  const nodes = kinds.map((kind, i) => {
    const label = kind === 'person' ? `${pick(FIRST)} ${pick(LAST)} ${i}` : `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i}`;
    const attributes: NodeAttributes = { label, kind, description: `Synthetic ${kind} number ${i}.`, evidence: evidence() };
    if (kind === 'event') attributes.date = date();
    if (kind === 'person' && organisations.length > 0 && random() < ROLE_SHARE) {
      const start = year();
      const current = random() < 0.5;
      attributes.roles = [{ title: 'Official', organisation: pick(organisations), start: `${start}`, ...(current ? { current } : { end: `${Math.min(2020, start + 1 + int(8))}` }) }];
    }
    return { key: keys[i] ?? '', attributes };
  });

  // Preferential attachment: each node first links to an earlier node picked in proportion
  // to its degree (via the endpoint list), so hubs emerge; the remaining edges join a
  // uniform source to a preferential target.
  const ends: number[] = [];
  const edges: GeneratedGraph['edges'] = [];
  const preferential = () => (ends.length > 0 && random() < 0.85 ? (ends[int(ends.length)] ?? 0) : int(order));
  for (let e = 0; e < size && order > 1; e++) {
    let source = e < order - 1 ? e + 1 : int(order);
    let target = e < order - 1 ? (ends.length > 0 ? preferential() % (e + 1) : 0) : preferential();
    for (let tries = 0; target === source && tries < 10; tries++) target = int(order);
    if (target === source) target = (source + 1) % order;
    if (random() < 0.5) [source, target] = [target, source];
    ends.push(source, target);
    const attributes: EdgeAttributes = { relation: pick(RELATIONS), evidence: evidence() };
    if (random() < ALLEGATION_SHARE) {
      const claimant = kinds[source] === 'person' && random() < 0.5 ? (keys[source] ?? '') : pick(claimantPool.length > 0 ? claimantPool : keys);
      attributes.allegation = { type: pick(ALLEGATION_TYPES), status: weighted(STATUS_WEIGHTS), claimant };
    }
    if (random() < DATED_EDGE_SHARE) attributes.date = date();
    edges.push({ key: `e${e}`, source: keys[source] ?? '', target: keys[target] ?? '', attributes });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: `Synthetic ${order}/${size} (seed ${seed})`, source: SYNTHETIC_SOURCE.id },
    nodes,
    edges,
  };
}

function parseArgs(argv: string[]): GenerateOptions & { out?: string; dir?: string } {
  const { value, integer } = cliArgs(argv, 'generate-graph');
  const out = value('--out');
  const dir = value('--dir');
  return { nodes: integer('--nodes', 10_000), edges: integer('--edges', 50_000), seed: integer('--seed', 1), ...(out ? { out } : {}), ...(dir ? { dir } : {}) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2));
  const graph = generateGraph(args);
  if (args.dir) {
    mkdirSync(args.dir, { recursive: true });
    writeFileSync(path.join(args.dir, 'graph.json'), JSON.stringify(graph));
    writeFileSync(path.join(args.dir, 'sources.json'), JSON.stringify([SYNTHETIC_SOURCE], null, 2));
    writeFileSync(path.join(args.dir, SYNTHETIC_SOURCE.file), SYNTHETIC_TEXT);
  }
  if (args.out) writeFileSync(args.out, JSON.stringify(graph));
  if (!args.dir && !args.out) process.stdout.write(JSON.stringify(graph));
  process.stderr.write(`generate-graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges (seed ${args.seed})\n`);
}

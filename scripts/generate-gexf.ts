// generate-gexf: a seeded synthetic GEXF 1.3 file shaped like a Gephi export (typed attributes,
// viz colour/size/position, accented labels, weights), for the importer benchmark.
// Usage: npx tsx scripts/generate-gexf.ts --nodes 100000 --edges 300000 --seed 1 --out FILE
// 100,000 nodes and 300,000 edges make about 86 MB, the size at which graphology-gexf needs minutes.
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { cliArgs } from './cli-args.js';
import { seededRandom } from '../graph-data/src/util/seeded-random.js';

export interface GexfOptions {
  nodes: number;
  edges: number;
  seed: number;
}

const FIRST = ['Élodie', 'Bjørn', 'Zoë', 'José', 'Anna', 'Chen', 'Dmitri', 'Renée', 'Łukasz', 'Søren', 'Ayşe', 'Mei'];
const LAST = ['Müller', 'Ødegaard', 'García', 'Nowak', 'Dubois', 'Çelik', 'Wang', 'Petrova', 'Smith', 'Kovač'];
const TYPES = ['person', 'company', 'officer', 'agency', 'address', 'event'];
const COUNTRIES = ['France', 'Norge', 'España', 'Polska', 'Türkiye', '中国', 'Україна', 'Brasil'];
const RELATIONS = ['director of', 'shareholder of', 'employee', 'member of', 'registered address', 'associate'];

/** Writes the file in chunks of about 1 MB and returns its size in bytes. */
export function writeGexf(file: string, options: GexfOptions): number {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fd = openSync(file, 'w');
  let buffer = '';
  let bytes = 0;
  const out = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) flush();
  };
  const flush = () => {
    bytes += writeSync(fd, buffer);
    buffer = '';
  };
  try {
    out('<?xml version="1.0" encoding="UTF-8"?>\n');
    out('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n');
    out(`  <meta lastmodifieddate="2024-01-01">\n    <creator>Redthread generate-gexf</creator>\n`);
    out(`    <description>Synthetic graph, ${options.nodes} nodes, ${options.edges} edges, seed ${options.seed}</description>\n  </meta>\n`);
    out('  <graph mode="static" defaultedgetype="directed">\n');
    out('    <attributes class="node">\n');
    out('      <attribute id="0" title="type" type="string"/>\n');
    out('      <attribute id="1" title="country" type="string"/>\n');
    out('      <attribute id="2" title="score" type="double"/>\n');
    out('      <attribute id="3" title="verified" type="boolean"><default>false</default></attribute>\n');
    out('    </attributes>\n    <attributes class="edge">\n');
    out('      <attribute id="0" title="relation" type="string"/>\n');
    out('      <attribute id="1" title="since" type="integer"/>\n');
    out('    </attributes>\n    <nodes>\n');
    for (let i = 0; i < options.nodes; i++) {
      const label = `${pick(FIRST)} ${pick(LAST)} &amp; ${i}`;
      const [r, g, b] = [Math.floor(random() * 256), Math.floor(random() * 256), Math.floor(random() * 256)];
      out(`      <node id="n${i}" label="${label}">\n        <attvalues>\n`);
      out(`          <attvalue for="0" value="${pick(TYPES)}"/>\n          <attvalue for="1" value="${pick(COUNTRIES)}"/>\n`);
      out(`          <attvalue for="2" value="${(random() * 100).toFixed(4)}"/>\n`);
      if (random() < 0.3) out('          <attvalue for="3" value="true"/>\n');
      out('        </attvalues>\n');
      out(`        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size value="${(1 + random() * 20).toFixed(3)}"/>\n`);
      out(`        <viz:position x="${((random() - 0.5) * 2000).toFixed(3)}" y="${((random() - 0.5) * 2000).toFixed(3)}"/>\n      </node>\n`);
    }
    out('    </nodes>\n    <edges>\n');
    for (let e = 0; e < options.edges; e++) {
      // Preferential-ish attachment: squaring the draw favours low ids, so hubs appear.
      const source = Math.floor(random() * random() * options.nodes);
      const target = Math.floor(random() * options.nodes);
      out(`    <edge id="e${e}" source="n${source}" target="n${target}" weight="${(random() * 10).toFixed(2)}">\n`);
      const since = random() < 0.3 ? `<attvalue for="1" value="${1990 + Math.floor(random() * 35)}"/>` : '';
      out(`      <attvalues><attvalue for="0" value="${pick(RELATIONS)}"/>${since}</attvalues>\n`);
      out('    </edge>\n');
    }
    out('    </edges>\n  </graph>\n</gexf>\n');
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function parseArgs(argv: string[]): GexfOptions & { out: string } {
  const { value, integer } = cliArgs(argv, 'generate-gexf');
  const out = value('--out');
  if (!out) throw new Error('generate-gexf: --out FILE is required');
  return { nodes: integer('--nodes', 100_000), edges: integer('--edges', 300_000), seed: integer('--seed', 1), out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2));
  const bytes = writeGexf(args.out, args);
  process.stderr.write(`generate-gexf: ${args.nodes} nodes, ${args.edges} edges, ${(bytes / 1e6).toFixed(1)} MB → ${args.out}\n`);
}

// `node scripts/mutate-summary.mjs <area> [--replay=a.json,b.json] [--ranges=file] [--files]`:
// the score of a Stryker run (reports/mutation/<area>/mutation.json) by `io` sub-area, with 95 %
// Wilson intervals, and the score once the survivors that replays killed are counted
// (docs/MUTATION.md, "Fifth pass"). Copy each `replay.json` aside between replays: every
// mutate-replay run overwrites it. `--ranges` (the sample's `file:start-end` list, as
// mutate-sample.mjs prints it) adds an interval that treats each window as one draw, since
// mutants of one window live or die together. `--files` adds a row per file.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const area = args.find((a) => !a.startsWith('--'));
if (!area) {
  console.error('usage: node scripts/mutate-summary.mjs <area> [--replay=a.json,b.json] [--ranges=file] [--files]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(`reports/mutation/${area}/mutation.json`, 'utf8'));
const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage'];

/** The `io` sub-area of a file, as the globs of mutate.mjs's AREAS draw them; `source-files/` is in none. */
function subArea(file) {
  const rel = file.replace(/^.*graph-data\/src\/io\//, '');
  if (rel === file) return 'other';
  if (rel.startsWith('export/')) return 'io-export';
  if (rel.startsWith('source-files/')) return 'io-source-files';
  const name = rel.replace(/^import\//, '');
  if (rel.startsWith('import/') && name.startsWith('csv')) return 'io-csv';
  if (rel.startsWith('import/') && (name.startsWith('json-') || name.startsWith('ftm'))) return 'io-json-ftm';
  if (rel.startsWith('import/') && ['gexf.ts', 'graphml.ts', 'xml-reader.ts'].includes(name)) return 'io-xml';
  return 'io-core';
}

// A replay lists the survivors and uncovered mutants it planted, in mutation.json's order. Two
// mutants can share file, line, column, mutator and replacement, so entries are matched in order.
const killedByReplay = new Map();
const key = (file, line, column, mutator, replacement) => `${file}:${line}:${column}:${mutator}:${replacement}`;
const queues = (option('replay') ?? '')
  .split(',')
  .filter(Boolean)
  .map((path) => {
    const queue = new Map();
    for (const r of JSON.parse(readFileSync(path, 'utf8'))) {
      const k = key(r.file, r.line, r.column, r.mutator, r.replacement);
      if (!queue.has(k)) queue.set(k, []);
      queue.get(k).push(r.killed);
    }
    return queue;
  });
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
    const k = key(file, m.location.start.line, m.location.start.column, m.mutatorName, m.replacement);
    let killed = false;
    for (const queue of queues) if (queue.get(k)?.length) killed = queue.get(k).shift() || killed;
    killedByReplay.set(m, killed);
  }
}

/** Wilson score interval for k of n, in %. */
function wilson(k, n) {
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [100 * (centre - half), 100 * (centre + half)];
}
const pct = (x) => `${x.toFixed(1)} %`;
const interval = ([a, b]) => `[${a.toFixed(1)}–${b.toFixed(1)}]`;

const ranges = option('ranges')
  ? readFileSync(option('ranges'), 'utf8')
      .trim()
      .split(/\s+/)
      .map((r) => {
        const [f, lines] = r.split(':');
        const [s, e] = lines.split('-').map(Number);
        return { f, s, e };
      })
  : null;

const groups = new Map();
const add = (name, m, file) => {
  if (!groups.has(name)) groups.set(name, { n: 0, Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, replayed: 0, windows: new Map() });
  const g = groups.get(name);
  g.n++;
  g[m.status]++;
  const detected = m.status === 'Killed' || m.status === 'Timeout';
  if (!detected && killedByReplay.get(m)) g.replayed++;
  if (ranges) {
    const w = ranges.findIndex((r) => r.f === file && m.location.start.line >= r.s && m.location.start.line <= r.e);
    if (!g.windows.has(w)) g.windows.set(w, { n: 0, d: 0, a: 0 });
    const c = g.windows.get(w);
    c.n++;
    if (detected) c.d++;
    if (detected || killedByReplay.get(m)) c.a++;
  }
};
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants.filter((x) => COUNTED.includes(x.status))) {
    add(subArea(file), m, file);
    add('all', m, file);
    if (args.includes('--files')) add(file, m, file);
  }
}

/** Ratio estimate over windows, variance m/(m−1) Σ (d_w − p n_w)² / (Σ n_w)², normal approximation. */
function byWindow(g, field) {
  const list = [...g.windows.values()];
  const p = list.reduce((s, c) => s + c[field], 0) / g.n;
  if (list.length < 2) return 'n/a';
  const v = (list.length / (list.length - 1)) * list.reduce((s, c) => s + (c[field] - p * c.n) ** 2, 0) / g.n ** 2;
  const half = 196 * Math.sqrt(v);
  return `${list.length} windows ${interval([Math.max(0, 100 * p - half), Math.min(100, 100 * p + half)])}`;
}

console.log(`group | mutants | killed | timeout | survived | no cov. | score [95 % Wilson] | after replay [95 % Wilson]${ranges ? ' | by window: before / after' : ''}`);
for (const [name, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const detected = g.Killed + g.Timeout;
  const after = detected + g.replayed;
  const windows = ranges ? ` | ${byWindow(g, 'd')} / ${byWindow(g, 'a')}` : '';
  console.log(`${name} | ${g.n} | ${g.Killed} | ${g.Timeout} | ${g.Survived} | ${g.NoCoverage} | ${pct((100 * detected) / g.n)} ${interval(wilson(detected, g.n))} | ${pct((100 * after) / g.n)} ${interval(wilson(after, g.n))}${windows}`);
}

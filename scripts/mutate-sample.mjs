// Prints a seeded random sample of line ranges (`file:start-end`) from the files given, for
// `npm run mutate -- --as=<name> $(node scripts/mutate-sample.mjs …)` when a whole sub-area
// would take hours on a shared machine (docs/MUTATION.md, "Samples"). Each file is cut into
// windows of `--window` lines and `--fraction` of its windows (at least one) are drawn, so
// every file is represented; or, with `--windows=N`, N windows drawn from all the files' windows
// together (for an area of many small files). A sample's score estimates the whole; it is never
// the whole.
import { readFileSync } from 'node:fs';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const seed = arg('seed', 14);
const fraction = arg('fraction', 0.3);
const window = arg('window', 20);
const total = arg('windows', 0);
const files = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/\.test\.tsx?$|\/test-[^/]*$/.test(a));

// mulberry32: small, seeded, the same draw on every machine.
function random(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(seed);
const shuffle = (list) => {
  // Fisher–Yates.
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};
const windowsOf = (file) => {
  const lines = readFileSync(file, 'utf8').split('\n').length;
  return Array.from({ length: Math.ceil(lines / window) }, (_v, w) => ({ file, w, lines }));
};
const range = ({ file, w, lines }) => `${file}:${w * window + 1}-${Math.min(lines, (w + 1) * window)}`;
const ranges = [];
if (total > 0) {
  const drawn = shuffle(files.flatMap(windowsOf)).slice(0, total);
  drawn.sort((a, b) => a.file.localeCompare(b.file) || a.w - b.w);
  ranges.push(...drawn.map(range));
} else {
  for (const file of files) {
    const windows = shuffle(windowsOf(file));
    const take = Math.max(1, Math.round(windows.length * fraction));
    ranges.push(...windows.slice(0, take).sort((a, b) => a.w - b.w).map(range));
  }
}
console.log(ranges.join(' '));

// Prints a seeded random sample of line ranges (`file:start-end`) from the files given, for
// `npm run mutate -- --as=<name> $(node scripts/mutate-sample.mjs …)` when a whole sub-area
// would take hours on a shared machine (docs/MUTATION.md, "Samples"). Each file is cut into
// windows of `--window` lines and `--fraction` of its windows (at least one) are drawn, so
// every file is represented. A sample's score estimates the whole; it is never the whole.
import { readFileSync } from 'node:fs';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const seed = arg('seed', 14);
const fraction = arg('fraction', 0.3);
const window = arg('window', 20);
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
const ranges = [];
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n').length;
  const windows = Array.from({ length: Math.ceil(lines / window) }, (_v, i) => i);
  // Fisher–Yates on the window indices, then the first `take`.
  for (let i = windows.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [windows[i], windows[j]] = [windows[j], windows[i]];
  }
  const take = Math.max(1, Math.round(windows.length * fraction));
  for (const w of windows.slice(0, take).sort((a, b) => a - b)) ranges.push(`${file}:${w * window + 1}-${Math.min(lines, (w + 1) * window)}`);
}
console.log(ranges.join(' '));

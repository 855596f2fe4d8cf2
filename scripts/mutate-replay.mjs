// `node scripts/mutate-replay.mjs <area> <test file…>`: replays the survivors (and uncovered
// mutants) of a Stryker run against chosen test files, one mutant at a time, without Stryker.
// Each mutant's exact replacement from reports/mutation/<area>/mutation.json is written into its
// source file, the tests run (`vitest run <files>`), and the file is restored. A failing run
// counts as killed. Used to score tests added after a run (docs/MUTATION.md, "replayed") when a
// rerun would take longer than there is; the next real run should confirm the figure.
//   --status=Survived,NoCoverage   which mutants to replay (default both)
//   --file=graph-data/src/…        only the mutants of this source file
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [area, ...tests] = args.filter((a) => !a.startsWith('--'));
if (!area || tests.length === 0) {
  console.error('usage: node scripts/mutate-replay.mjs <area> <test file…> [--status=Survived,NoCoverage] [--file=path]');
  process.exit(2);
}
const statuses = (option('status') ?? 'Survived,NoCoverage').split(',');
const only = option('file');
const report = JSON.parse(readFileSync(`reports/mutation/${area}/mutation.json`, 'utf8'));

/** Offset of a 1-based line and column of the report in `text`. */
function offsetOf(text, { line, column }) {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

const results = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  if (only && file !== only) continue;
  const original = readFileSync(file, 'utf8');
  const restore = () => writeFileSync(file, original);
  process.once('SIGINT', () => {
    restore();
    process.exit(130);
  });
  try {
    for (const m of mutants.filter((x) => statuses.includes(x.status))) {
      const from = offsetOf(original, m.location.start);
      const to = offsetOf(original, m.location.end);
      writeFileSync(file, original.slice(0, from) + m.replacement + original.slice(to));
      const run = spawnSync('npx', ['vitest', 'run', '--bail=1', ...tests], { encoding: 'utf8', env: { ...process.env, REDTHREAD_MUTATE: '' } });
      const killed = run.status !== 0;
      results.push({ file, line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, replacement: m.replacement, status: m.status, killed });
      console.log(`${killed ? 'killed  ' : 'survived'} ${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 80)}`);
    }
  } finally {
    restore();
  }
}
const killed = results.filter((r) => r.killed).length;
console.log(`\n${killed} of ${results.length} replayed mutants killed by ${tests.join(', ')}`);
writeFileSync(`reports/mutation/${area}/replay.json`, JSON.stringify(results, null, 2));

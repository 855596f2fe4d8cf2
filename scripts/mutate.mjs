// `npm run mutate [-- area…]`: StrykerJS mutation testing, one area at a time (docs/MUTATION.md).
// Each area keeps its own incremental baseline in reports/mutation/<area>/, so a run after a
// small change only re-tests the mutants in changed code or reached by changed tests.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Stryker runs the tests in a sandbox copy, where `../shared/data` no longer points at the
// sample files: name them explicitly so the sample-file tests run (and kill mutants) there too.
const samples = resolve(root, '../shared/data');
if (!process.env.REDTHREAD_SAMPLES && existsSync(samples)) process.env.REDTHREAD_SAMPLES = samples;
// Read by vitest.config.ts: instrumented code on a shared machine needs a longer test timeout.
process.env.REDTHREAD_MUTATE = '1';

const TESTS = ['!**/*.test.ts', '!**/*.test.tsx', '!**/test-*.ts'];

/** Area name → the files Stryker mutates. Tests and test helpers are never mutated. */
export const AREAS = {
  schema: ['graph-data/src/schema/**/*.ts'],
  security: ['electron/security/**/*.ts'],
  // The writer every save goes through, and the IPC layer with the argument validator it calls.
  'electron-io': ['electron/atomic-write.ts', 'electron/ipc.ts', 'graph-data/src/service/dispatch.ts'],
  // Pure producers and schemas; the React hooks (use-*.ts) are glue tested through the components.
  state: ['renderer/src/state/**/*.ts', '!renderer/src/state/**/use-*.ts'],
  encoders: [
    'renderer/src/export/deflate-runs.ts',
    'renderer/src/export/png-chunks.ts',
    'renderer/src/export/svg.ts',
    'renderer/src/export/pdf-writer.ts',
    'renderer/src/export/pdf.ts',
  ],
  service: ['graph-data/src/service/**/*.ts'],
  io: ['graph-data/src/io/**/*.ts', '!graph-data/src/io/import/hostile-files.ts'],
  // The io area in parts (each an hour or more on a shared machine; docs/MUTATION.md, "io").
  'io-csv': ['graph-data/src/io/import/csv*.ts'],
  'io-json-ftm': ['graph-data/src/io/import/json-*.ts', 'graph-data/src/io/import/ftm*.ts'],
  'io-xml': ['graph-data/src/io/import/gexf.ts', 'graph-data/src/io/import/graphml.ts', 'graph-data/src/io/import/xml-reader.ts'],
  'io-export': ['graph-data/src/io/export/*.ts'],
  'io-core': [
    'graph-data/src/io/*.ts',
    'graph-data/src/io/import/*.ts',
    '!graph-data/src/io/import/{csv,json-,ftm}*.ts',
    '!graph-data/src/io/import/{gexf,graphml,xml-reader,hostile-files}.ts',
  ],
};

function usage() {
  return `usage: npm run mutate -- [--force] [--ignore-static] [--as=name] <area…|all|path…>\nareas (smallest first): ${Object.keys(AREAS).join(', ')}\na path (or glob) mutates just those files, e.g. graph-data/src/service/paths.ts`;
}

async function runArea(area, files = AREAS[area]) {
  const dir = `reports/mutation/${area}`;
  const stryker = new Stryker({
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.config.ts', related: true },
    plugins: ['@stryker-mutator/vitest-runner'],
    mutate: [...files, ...TESTS],
    coverageAnalysis: 'perTest',
    // The build machines have two cores shared with other jobs.
    concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
    incremental: true,
    // --force re-tests every mutant (and rewrites the baseline): incremental mode reuses a
    // survivor of a static mutant (a module-level constant) even after a new test kills it.
    force,
    // --ignore-static skips mutants of code that runs while modules load (no per-test coverage),
    // each of which reruns every related test; the run says how many it left out.
    ignoreStatic,
    incrementalFile: `${dir}/stryker-incremental.json`,
    reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
    jsonReporter: { fileName: `${dir}/mutation.json` },
    htmlReporter: { fileName: `${dir}/mutation.html` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
    thresholds: { high: 90, low: 80, break: null },
    tempDirName: `.stryker-tmp/${area}`,
    cleanTempDir: 'always',
    ignorePatterns: ['dist', 'release', 'reports', 'bench-results', 'test-results', 'playwright-report', '.stryker-tmp'],
  });
  const results = await stryker.runMutationTest();
  const counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, other: 0 };
  for (const r of results) {
    if (r.status === 'Killed') counts.killed++;
    else if (r.status === 'Timeout') counts.timeout++;
    else if (r.status === 'Survived') counts.survived++;
    else if (r.status === 'NoCoverage') counts.noCoverage++;
    else if (r.status === 'Ignored') counts.ignored++;
    else counts.other++;
  }
  // A survivor whose run completed no test is no measurement (stryker-js issues #6213, #6192:
  // Stryker 9.6's Vitest runner can score a run that executed nothing as Survived). Named here so
  // that it is checked by hand rather than taken for a gap in the tests.
  const unmeasured = results.filter((r) => r.status === 'Survived' && r.testsCompleted === 0);
  for (const r of unmeasured) console.warn(`mutate: ${r.fileName}:${r.location.start.line + 1}:${r.location.start.column + 1} (${r.mutatorName}) "survived" without running a test; check it by hand`);
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  return { area, ...counts, unmeasured: unmeasured.length, score: Math.round(score * 100) / 100 };
}

const force = process.argv.includes('--force');
const ignoreStatic = process.argv.includes('--ignore-static');
// --as=<name> names an ad-hoc area of paths (its own baseline and reports), default "files".
const adHocName = process.argv.find((a) => a.startsWith('--as='))?.slice(5) || 'files';
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const paths = args.filter((a) => a.includes('/'));
const names = args.filter((a) => !a.includes('/'));
const wanted = names.includes('all') || args.length === 0 ? Object.keys(AREAS) : names;
const unknown = wanted.filter((a) => !(a in AREAS));
if (unknown.length > 0) {
  console.error(`mutate: unknown area ${unknown.map((a) => `"${a}"`).join(', ')}\n${usage()}`);
  process.exit(2);
}
const summary = [];
// Paths given alone form one ad-hoc area with its own baseline ("files").
if (paths.length > 0) summary.push(await runArea(adHocName, paths));
for (const area of paths.length > 0 && names.length === 0 ? [] : wanted) summary.push(await runArea(area));
console.log('\narea | killed | timeout | survived (of which no test ran) | no coverage | ignored (static) | score');
for (const s of summary) console.log(`${s.area} | ${s.killed} | ${s.timeout} | ${s.survived} (${s.unmeasured}) | ${s.noCoverage} | ${s.ignored} | ${s.score} %`);

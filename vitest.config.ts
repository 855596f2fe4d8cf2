// Unit tests: next to the code they test, in Node (no DOM needed for graph-data and electron).
// React components (*.test.tsx) opt into a DOM per file with `// @vitest-environment happy-dom`.
import { configDefaults, defineConfig } from 'vitest/config';
import { QuickFirstSequencer } from './scripts/mutate-sequencer.js';

const mutating = Boolean(process.env.REDTHREAD_MUTATE);

export default defineConfig({
  test: {
    include: ['graph-data/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'scripts/**/*.test.ts'],
    // Under `npm run mutate` (docs/MUTATION.md) every line is instrumented and the machine is
    // shared: a test that takes a second here (a 17 MB CSV) can pass 5 s there. The budget and
    // fuzz tests (multi-megabyte hostile files) would cost minutes per mutant: left out there.
    exclude: mutating ? [...configDefaults.exclude, 'graph-data/src/io/budget.test.ts', 'graph-data/src/io/import/fuzz.test.ts'] : configDefaults.exclude,
    environment: 'node',
    testTimeout: mutating ? 120_000 : 5_000,
    // Stryker stops a mutant's run at its first failing test (bail: 1): run the quick files first.
    ...(mutating ? { sequence: { sequencer: QuickFirstSequencer } } : {}),
  },
});

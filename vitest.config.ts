// Unit tests: next to the code they test, in Node (no DOM needed for graph-data and electron).
// React components (*.test.tsx) opt into a DOM per file with `// @vitest-environment happy-dom`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['graph-data/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Under `npm run mutate` every line is instrumented and the machine is shared: a test that
    // takes a second here (a 17 MB CSV) can pass 5 s there and fail Stryker's initial run.
    testTimeout: process.env.REDTHREAD_MUTATE ? 120_000 : 5_000,
  },
});

// Unit tests: next to the code they test, in Node (no DOM needed for graph-data and electron).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['graph-data/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});

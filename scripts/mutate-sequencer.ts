// Test-file order under `npm run mutate` (docs/MUTATION.md): quickest files first, the
// sample-file tests last. Stryker's Vitest runner sets `bail: 1`, so a mutant's run stops at its
// first failing test; Vitest's own order runs the slowest (or largest) files first, which made
// every mutant pay for the multi-second real-file imports before the millisecond tests that kill
// it too. Survivors still run every test that covers them, so nothing is left out.
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that read ../shared/data or run long tasks: after everything else. */
const LAST = /\.samples\.test\.ts$|session\.test\.ts$/;

function size(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

export class QuickFirstSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const duration = (spec: TestSpecification) => {
      const key = `${spec.project.name}:${spec.moduleId.slice(this.ctx.config.root.length + 1)}`;
      return this.ctx.cache.getFileTestResults(key)?.duration;
    };
    const rank = (spec: TestSpecification): [number, number, number] => {
      const d = duration(spec);
      return [LAST.test(spec.moduleId) ? 1 : 0, d === undefined ? 1 : 0, d ?? size(spec.moduleId)];
    };
    const ranked = files.map((spec) => ({ spec, key: rank(spec) }));
    ranked.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
    return Promise.resolve(ranked.map((r) => r.spec));
  }
}

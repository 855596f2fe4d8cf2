// Shared by the file-writing tests: a fresh directory per test under one temporary root that
// goes when the test file ends, and a file's permission bits.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Call at a test file's top level: returns a maker of empty directories, removed after the file's tests. */
export function scratchDirs(prefix: string): () => string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  return () => {
    const dir = join(root, `case-${n++}`);
    mkdirSync(dir);
    return dir;
  };
}

export const modeOf = (path: string): number => statSync(path).mode & 0o777;

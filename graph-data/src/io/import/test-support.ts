// Helpers for the importer tests: where the shared sample files live (../shared/data beside the
// repository, as on CI), and a one-call import with defaults. Not shipped: tests only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceFailure } from '../../service/errors.js';
import { importGraph, type ImportRequest, type ImportResult } from './index.js';

/**
 * Whether the sample files are there. Locally a missing folder skips the sample-file tests
 * with a warning; on CI (CI set, as every CI service does) it fails the run instead, because
 * CI always has them and a silent skip there would hide every bug those tests catch.
 */
export function samplesPresent(dir: string, env: Record<string, string | undefined>, exists: (p: string) => boolean = existsSync): boolean {
  if (exists(dir)) return true;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  if (ci) throw new Error(`importer tests: the sample files are missing at ${dir} and CI is set; put them there or set REDTHREAD_SAMPLES`);
  console.warn(`importer tests: ${dir} is missing; the sample-file tests are skipped (set REDTHREAD_SAMPLES to run them)`);
  return false;
}

// ../shared/data beside the repository, or REDTHREAD_SAMPLES (a git worktree, Stryker's sandbox).
export const SAMPLES = process.env.REDTHREAD_SAMPLES
  ? path.resolve(process.env.REDTHREAD_SAMPLES)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data');
export const HAVE_SAMPLES = samplesPresent(SAMPLES, process.env);

export function sample(relative: string): { name: string; bytes: Uint8Array } {
  const file = path.join(SAMPLES, relative);
  return { name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) };
}

export const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });

export function open(files: { name: string; bytes: Uint8Array }[], options: Partial<ImportRequest> = {}): Promise<ImportResult> {
  return importGraph({ files, maxBytes: 64 * 1024 ** 2, signal: { cancelled: false }, onProgress: () => undefined, ...options });
}

export const openSample = (relative: string, options: Partial<ImportRequest> = {}) => open([sample(relative)], options);

/** The ServiceFailure an import rejects with (fails the test if it resolves or throws something else). */
export async function failure(promise: Promise<unknown>): Promise<ServiceFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'ServiceFailure') return error as ServiceFailure;
    throw error;
  }
  throw new Error('expected the import to fail');
}

// Helpers for the importer tests: where the shared sample files live (../shared/data beside the
// repository, as on CI), and a one-call import with defaults. Not shipped: tests only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceFailure } from '../../service/errors.js';
import { importGraph, type ImportRequest, type ImportResult } from './index.js';

// REDTHREAD_SAMPLES points elsewhere (a git worktree sits one level deeper than the main checkout).
export const SAMPLES = process.env.REDTHREAD_SAMPLES ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data');
export const HAVE_SAMPLES = existsSync(SAMPLES);
if (!HAVE_SAMPLES) console.warn(`importer tests: ${SAMPLES} is missing; the sample-file tests are skipped`);

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

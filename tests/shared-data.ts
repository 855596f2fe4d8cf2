// Where the shared real-world graph files are: $SHARED_DATA, else the nearest `shared/data`
// beside the checkout or one of its parents (a main checkout and a git worktree both find it).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findSharedData(): string {
  if (process.env.SHARED_DATA) return process.env.SHARED_DATA;
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (;;) {
    const candidate = join(dir, '..', 'shared', 'data');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '..', 'shared', 'data');
    dir = parent;
  }
}

const root = findSharedData();

/** Path of a file under shared/data. */
export const sharedData = (path: string): string => join(root, path);

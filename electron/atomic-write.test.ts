// The atomic writer: keeps a file's mode, writes through symlinks, saves any legal name,
// flushes the file and its directory, and on failure leaves the old file and no temp.
// Failures are made in ways root cannot bypass (CI runs as root): injected handles and
// a path under a regular file.
import { isMainThread } from 'node:worker_threads';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AtomicFs, writeFileAtomic } from './atomic-write.js';
import { modeOf, scratchDirs } from './test-scratch.js';

const fresh = scratchDirs('redthread-atomic-');

/** The real fs, recording which paths were fsynced and optionally failing one step. */
function recordingFs(fail?: { step: 'write' | 'sync' | 'rename'; code: string }): { fs: AtomicFs; synced: string[] } {
  const synced: string[] = [];
  const failure = (code: string) => Object.assign(new Error(`injected ${code}`), { code });
  const fs: AtomicFs = {
    ...fsp,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'sync')
            return async () => {
              if (fail?.step === 'sync') throw failure(fail.code);
              synced.push(path);
              return target.sync();
            };
          if (key === 'writeFile' && fail?.step === 'write') return async () => Promise.reject(failure(fail.code));
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as AtomicFs['open'],
    rename: (async (from: string, to: string) => {
      if (fail?.step === 'rename') throw failure(fail.code);
      return fsp.rename(from, to);
    }) as AtomicFs['rename'],
  };
  return { fs, synced };
}

describe('writeFileAtomic', () => {
  it('an existing 0600 file stays 0600 after a save (it used to become 0644)', async () => {
    const path = join(fresh(), 'case-notes.gexf');
    writeFileSync(path, 'old', { mode: 0o600 });
    chmodSync(path, 0o600);
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(modeOf(path)).toBe(0o600);
  });

  // process.umask() cannot be set from a worker thread (Stryker runs Vitest in threads); npm test runs in forks.
  it.skipIf(!isMainThread)('keeps other modes exactly too, whatever the umask', async () => {
    const path = join(fresh(), 'shared.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o664);
    const before = process.umask(0o077);
    try {
      await writeFileAtomic(path, 'new');
    } finally {
      process.umask(before);
    }
    expect(modeOf(path)).toBe(0o664);
  });

  it('a new file gets newFileMode exactly (0600 for the stores under userData)', async () => {
    const path = join(fresh(), 'saved-views.json');
    await writeFileAtomic(path, '[]', { newFileMode: 0o600 });
    expect(modeOf(path)).toBe(0o600);
  });

  it.skipIf(!isMainThread)('a new file elsewhere gets what the umask gives 0666', async () => {
    const path = join(fresh(), 'export.svg');
    const before = process.umask(0o027);
    try {
      await writeFileAtomic(path, '<svg/>');
    } finally {
      process.umask(before);
    }
    expect(modeOf(path)).toBe(0o640);
  });

  it('writes through a symlink: the link stays a link, its target gets the bytes and keeps its mode', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'graph.gexf');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    const link = join(dir, 'graph.gexf');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(modeOf(target)).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'real']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['graph.gexf']);
  });

  it('refuses a link to nothing rather than replacing it with a plain file', async () => {
    const dir = fresh();
    const link = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'missing.json'), link);
    await expect(writeFileAtomic(link, 'x')).rejects.toMatchObject({ code: 'ENOENT', message: 'dangling.json is a link to a file that does not exist' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('saves a legal 255-byte file name (the old temp suffix made it ENAMETOOLONG)', async () => {
    const dir = fresh();
    const name = `${'n'.repeat(250)}.json`;
    expect(Buffer.byteLength(name)).toBe(255);
    await writeFileAtomic(join(dir, name), '{}');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('fsyncs the file before the rename and the directory after it', async () => {
    const dir = fresh();
    const path = join(dir, 'graph.graphml');
    const { fs, synced } = recordingFs();
    await writeFileAtomic(path, '<graphml/>', { fs, platform: 'linux' });
    expect(synced).toHaveLength(2);
    expect(synced[0]).toMatch(/\/\.rt-[0-9a-f]{12}\.tmp$/);
    expect(synced[1]).toBe(dir);
  });

  it.each([
    ['the write fails (ENOSPC)', 'write' as const, 'ENOSPC'],
    ['the fsync fails (EIO)', 'sync' as const, 'EIO'],
    ['the rename fails (EXDEV)', 'rename' as const, 'EXDEV'],
  ])('when %s, the old file stays whole and no temp is left', async (_what, step, code) => {
    const dir = fresh();
    const path = join(dir, 'keep.gexf');
    writeFileSync(path, 'precious');
    const { fs } = recordingFs({ step, code });
    await expect(writeFileAtomic(path, 'replacement', { fs, platform: 'linux' })).rejects.toMatchObject({ code });
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['keep.gexf']);
  });

  it('a path under a regular file fails for everyone, root included', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plain'), 'x');
    await expect(writeFileAtomic(join(dir, 'plain', 'out.json'), '{}')).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});

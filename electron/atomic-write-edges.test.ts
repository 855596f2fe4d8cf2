// The atomic writer at its edges: modes the umask would change (group-writable files keep
// their bits, a new file without a chosen mode gets what a plain write gives), paths that are
// not regular files, a failing lstat that is not "no such file", the error's name, and the
// directory flush (skipped on Windows, its handle closed elsewhere). Expected modes come from
// Node's own writeFileSync in the same directory, not from the writer.
import { chmodSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicWriteError, type AtomicFs, writeFileAtomic } from './atomic-write.js';
import { modeOf, scratchDirs } from './test-scratch.js';

const fresh = scratchDirs('redthread-atomic-edges-');

/** The real fs, counting the handles opened and closed per path. */
function countingFs(): { fs: AtomicFs; opened: string[]; closed: string[] } {
  const opened: string[] = [];
  const closed: string[] = [];
  const fs: AtomicFs = {
    ...fsp,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      opened.push(path);
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'close')
            return async () => {
              closed.push(path);
              return target.close();
            };
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as AtomicFs['open'],
  };
  return { fs, opened, closed };
}

describe('writeFileAtomic at its edges', () => {
  it('keeps a group-writable file\'s mode, which the umask would strip from a new file', async () => {
    const dir = fresh();
    const path = join(dir, 'shared.gexf');
    writeFileSync(path, 'old');
    chmodSync(path, 0o666);
    await writeFileAtomic(path, 'new');
    expect([readFileSync(path, 'utf8'), modeOf(path)]).toEqual(['new', 0o666]);
  });

  it('gives the link\'s target its own group-writable mode back', async () => {
    const dir = fresh();
    const target = join(dir, 'real.json');
    writeFileSync(target, '{}');
    chmodSync(target, 0o664);
    symlinkSync(target, join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), '{"a":1}');
    expect([readFileSync(target, 'utf8'), modeOf(target)]).toEqual(['{"a":1}', 0o664]);
  });

  it('gives a new file, when no mode is chosen, the mode a plain write gives it', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plain.txt'), 'x');
    await writeFileAtomic(join(dir, 'atomic.txt'), 'x');
    expect(modeOf(join(dir, 'atomic.txt'))).toBe(modeOf(join(dir, 'plain.txt')));
  });

  it('gives a new file a chosen mode exactly, group and others\' bits included', async () => {
    const dir = fresh();
    await writeFileAtomic(join(dir, 'open.json'), '{}', { newFileMode: 0o666 });
    expect(modeOf(join(dir, 'open.json'))).toBe(0o666);
  });

  it('refuses a directory, and a link to a directory, as not a regular file', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'folder.json'));
    symlinkSync(join(dir, 'folder.json'), join(dir, 'to-folder.json'));
    const refused = await writeFileAtomic(join(dir, 'folder.json'), '{}').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AtomicWriteError);
    expect(refused).toMatchObject({ name: 'AtomicWriteError', code: 'EISDIR', message: 'folder.json is not a regular file' });
    await expect(writeFileAtomic(join(dir, 'to-folder.json'), '{}')).rejects.toMatchObject({ code: 'EISDIR', message: 'to-folder.json links to something that is not a regular file' });
    expect(readdirSync(dir).sort()).toEqual(['folder.json', 'to-folder.json']);
  });

  it('stops when the path cannot be examined, instead of writing a new file there', async () => {
    const dir = fresh();
    const denied = Object.assign(new Error('injected EACCES'), { code: 'EACCES' });
    const fs: AtomicFs = { ...fsp, lstat: (() => Promise.reject(denied)) as unknown as AtomicFs['lstat'] };
    await expect(writeFileAtomic(join(dir, 'x.json'), '{}', { fs })).rejects.toBe(denied);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('flushes the directory on Linux and macOS and closes its handle; on Windows it cannot and does not open it', async () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const dir = fresh();
      const { fs, opened, closed } = countingFs();
      await writeFileAtomic(join(dir, 'a.json'), '{}', { fs, platform });
      expect(opened.filter((p) => p === dir), platform).toHaveLength(1);
      expect(closed.filter((p) => p === dir), platform).toHaveLength(1);
      // The temp file's handle is closed too: every handle opened is closed once.
      expect([...closed].sort(), platform).toEqual([...opened].sort());
    }
    const dir = fresh();
    const { fs, opened } = countingFs();
    await writeFileAtomic(join(dir, 'a.json'), '{}', { fs, platform: 'win32' });
    expect(opened).toHaveLength(1);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{}');
  });
});

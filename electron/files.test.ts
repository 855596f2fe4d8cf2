// Reading chosen files in main: regular files within the limit only, with errors naming the file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaths, FileRefused, hasGraphExtension, readGraphFiles } from './files.js';

const dir = mkdtempSync(join(tmpdir(), 'redthread-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gexf = join(dir, 'small.gexf');
writeFileSync(gexf, '<gexf><graph/></gexf>');
const big = join(dir, 'big.graphml');
writeFileSync(big, 'x'.repeat(2048));
mkdirSync(join(dir, 'folder.gexf'));
const fifo = join(dir, 'pipe.csv');
execFileSync('mkfifo', [fifo]);
symlinkSync(gexf, join(dir, 'link.gexf'));

async function refusal(paths: unknown, maxBytes = 1024): Promise<{ code: string; message: string }> {
  try {
    await readGraphFiles(paths, maxBytes);
  } catch (error) {
    if (error instanceof FileRefused) return error.error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readGraphFiles', () => {
  it('reads a regular file, named by its base name', async () => {
    const [file] = await readGraphFiles([gexf], 1024);
    expect(file?.name).toBe('small.gexf');
    expect(new TextDecoder().decode(file?.bytes)).toBe('<gexf><graph/></gexf>');
  });

  it('reads a symlink to a regular file as that file', async () => {
    const [file] = await readGraphFiles([join(dir, 'link.gexf')], 1024);
    expect(file?.bytes.byteLength).toBe(21);
  });

  it('refuses a file over the limit with too_large, naming it and the sizes', async () => {
    const error = await refusal([big], 1024);
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/^files: big\.graphml: 2\.0 KB is over the 1\.0 KB limit$/);
  });

  it.each([
    ['a directory', join(dir, 'folder.gexf')],
    ['a FIFO (it would block a read forever)', fifo],
  ])('refuses %s as not a regular file', async (_what, path) => {
    const error = await refusal([path]);
    expect(error).toEqual({ code: 'bad_file', message: expect.stringMatching(/: not a regular file$/) });
  });

  it('refuses a missing file naming it', async () => {
    expect(await refusal([join(dir, 'gone.gexf')])).toEqual({ code: 'bad_file', message: 'files: gone.gexf: cannot read it (ENOENT)' });
  });

  it.each([
    ['/proc/self/maps (size 0, so no size limit would apply)', '/proc/self/maps', 'files: maps.csv: system and device files are not opened', 'maps.csv'],
    ['/dev/zero (never ends)', '/dev/zero', 'files: zero.graphml: system and device files are not opened', 'zero.graphml'],
    ['/sys', '/sys/kernel/uevent_seqnum', 'files: seq.json: system and device files are not opened', 'seq.json'],
  ])('refuses %s, even behind a symlink with a graph name', async (_what, target, message, name) => {
    const link = join(dir, name);
    symlinkSync(target, link);
    expect(await refusal([link])).toEqual({ code: 'bad_file', message });
    expect(await refusal([target])).toMatchObject({ code: 'bad_file' });
  });

  it.each([['.env'], ['id_rsa'], ['config'], ['notes.pdf'], ['graph.gexf.exe']])('refuses %s: not a graph extension', async (name) => {
    const path = join(dir, name);
    writeFileSync(path, 'SECRET=hunter2-9f8e7d');
    const error = await refusal([path]);
    expect(error).toEqual({ code: 'bad_file', message: expect.stringMatching(new RegExp(`^files: ${name.replace(/\./g, '\\.')}: not a graph file`)) });
    expect(error.message).not.toContain('hunter2');
  });

  it('accepts gzipped graph files and upper-case extensions', () => {
    expect(hasGraphExtension('airlines.GraphML')).toBe(true);
    expect(hasGraphExtension('eurosis.json.gz')).toBe(true);
    expect(hasGraphExtension('archive.gz')).toBe(false);
    expect(hasGraphExtension('.csv')).toBe(false);
  });

  it.each([['\\\\server\\share\\graph.gexf'], ['//server/share/graph.gexf'], ['\\\\?\\UNC\\server\\share\\graph.gexf'], ['\\\\.\\pipe\\graph.csv']])(
    'refuses the Windows network path %s before touching it',
    (path) => {
      expect(() => checkPaths([path], 'win32')).toThrow(/files on a network share are not opened directly/);
    },
  );


  it.each([
    ['no paths', []],
    ['three paths', [gexf, gexf, gexf]],
    ['a relative path', ['small.gexf']],
    ['a NUL byte', [`${gexf}\0.png`]],
    ['not a list', gexf],
    ['not strings', [42]],
  ])('refuses %s as bad_arguments', async (_what, paths) => {
    expect((await refusal(paths)).code).toBe('bad_arguments');
  });
});

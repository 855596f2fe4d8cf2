// The recent list: newest first, deduplicated, capped, paths kept in main, written atomically.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRecentFiles, MAX_RECENT, RECENT_FILE_NAME } from './recent-files.js';

vi.mock('node:fs/promises', { spy: true });

const base = mkdtempSync(join(tmpdir(), 'redthread-recent-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(base, `user-${n++}`);
const clock = () => {
  let t = Date.UTC(2024, 0, 1);
  return () => new Date((t += 60_000));
};

describe('loadRecentFiles', () => {
  it('starts empty without a file, and records opens newest first with names only', async () => {
    const dir = freshDir();
    const recent = await loadRecentFiles(dir, clock());
    expect(recent.list()).toEqual([]);
    const a = await recent.add(['/data/a.gexf']);
    await recent.add(['/data/nodes.csv', '/data/edges.csv']);
    expect(recent.list().map((r) => r.names)).toEqual([['nodes.csv', 'edges.csv'], ['a.gexf']]);
    expect(JSON.stringify(recent.list())).not.toContain('/data/');
    expect(recent.paths(a.id)).toEqual(['/data/a.gexf']);
    expect(recent.paths('nope')).toBeNull();
  });

  it('moves a re-opened file to the top instead of listing it twice, and caps the list', async () => {
    const recent = await loadRecentFiles(freshDir(), clock());
    for (let i = 0; i < MAX_RECENT + 3; i++) await recent.add([`/data/${i}.gexf`]);
    await recent.add(['/data/5.gexf']);
    const names = recent.list().map((r) => r.names[0]);
    expect(names).toHaveLength(MAX_RECENT);
    expect(names[0]).toBe('5.gexf');
    expect(names.filter((x) => x === '5.gexf')).toHaveLength(1);
  });

  it('persists across loads', async () => {
    const dir = freshDir();
    const first = await loadRecentFiles(dir, clock());
    const entry = await first.add(['/data/a.graphml']);
    const second = await loadRecentFiles(dir);
    expect(second.list()).toEqual([entry]);
    expect(second.paths(entry.id)).toEqual(['/data/a.graphml']);
  });

  it('writes through a temp file renamed over the list, leaving no temp file behind', async () => {
    const dir = freshDir();
    const recent = await loadRecentFiles(dir, clock());
    vi.mocked(fsPromises.rename).mockClear();
    await recent.add(['/data/a.gexf']);
    const [[tempPath, finalPath]] = vi.mocked(fsPromises.rename).mock.calls as unknown as [[string, string]];
    expect(tempPath).toMatch(/\/\.rt-[0-9a-f]{12}\.tmp$/);
    expect(finalPath).toBe(join(dir, RECENT_FILE_NAME));
    expect(readdirSync(dir)).toEqual([RECENT_FILE_NAME]);
    expect(JSON.parse(readFileSync(join(dir, RECENT_FILE_NAME), 'utf8'))).toMatchObject([{ paths: ['/data/a.gexf'] }]);
    // The list holds paths: only the user may read it.
    expect(statSync(join(dir, RECENT_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('keeps the old list intact when the write fails', async () => {
    const dir = freshDir();
    const recent = await loadRecentFiles(dir, clock());
    await recent.add(['/data/a.gexf']);
    const before = readFileSync(join(dir, RECENT_FILE_NAME), 'utf8');
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(new Error('disk full'));
    await expect(recent.add(['/data/b.gexf'])).rejects.toThrow('disk full');
    expect(readFileSync(join(dir, RECENT_FILE_NAME), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual([RECENT_FILE_NAME]);
  });

  it('ignores a damaged file and malformed entries', async () => {
    const dir = freshDir();
    const recent = await loadRecentFiles(dir);
    await recent.add(['/data/a.gexf']);
    writeFileSync(join(dir, RECENT_FILE_NAME), '{ not json');
    expect((await loadRecentFiles(dir)).list()).toEqual([]);
    writeFileSync(join(dir, RECENT_FILE_NAME), JSON.stringify([{ id: 'x', paths: 'no', openedAt: 1 }, { id: 'y', paths: ['/a.gexf'], openedAt: '2024' }]));
    expect((await loadRecentFiles(dir)).list()).toEqual([{ id: 'y', names: ['a.gexf'], openedAt: '2024' }]);
  });
});

// The host functions: dialog → read → service; cancel is null; CSV asks for a mapping first;
// refused files never reach the service; the recent list follows successful opens.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Method, Result } from '../graph-data/src/contract.js';
import { createHostFunctions, hostHandlers, type OpenDialogLike } from './open-files.js';
import { loadRecentFiles } from './recent-files.js';

const dir = mkdtempSync(join(tmpdir(), 'redthread-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gexf = join(dir, 'les_miserables.gexf');
writeFileSync(gexf, '<gexf/>');
const nodes = join(dir, 'nodes.csv');
const edges = join(dir, 'edges.csv');
writeFileSync(nodes, 'id,label\na,A\n');
writeFileSync(edges, 'source,target\na,a\n');
const big = join(dir, 'big.graphml');
writeFileSync(big, 'x'.repeat(5000));

const info = { id: 'x', name: 'les_miserables', format: 'gexf', nodeCount: 77, edgeCount: 254 };
const inspection = { format: 'csv', csv: { files: [], suggestion: { nodes: { id: 'id' } } } };

async function setup(choice: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] }) {
  const call = vi.fn(async (method: Method, _args: unknown): Promise<Result<unknown>> => {
    if (method === 'openGraph') return { ok: true, value: { info, warnings: ['dropped 1 attribute'] } };
    if (method === 'inspectFiles') return { ok: true, value: inspection };
    return { ok: false, error: { code: 'bad_arguments', message: 'unexpected' } };
  });
  const showOpenDialog = vi.fn<OpenDialogLike>(() => Promise.resolve(choice));
  const recent = await loadRecentFiles(mkdtempSync(join(dir, 'user-')));
  const onRecentChanged = vi.fn();
  const fns = createHostFunctions({ showOpenDialog, call, recent, maxBytes: 4096, onRecentChanged });
  return { call, showOpenDialog, recent, onRecentChanged, fns };
}

describe('openFileDialog', () => {
  it('answers null when the dialog is cancelled, without calling the service', async () => {
    const { fns, call, showOpenDialog } = await setup();
    await expect(fns.openFileDialog()).resolves.toEqual({ ok: true, value: null });
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
    expect(showOpenDialog.mock.calls[0]?.[0].filters[0]?.extensions).toEqual(expect.arrayContaining(['gexf', 'graphml', 'csv', 'json']));
    expect(call).not.toHaveBeenCalled();
  });

  it('reads the chosen file and forwards its bytes to openGraph, then lists it as recent', async () => {
    const { fns, call, recent, onRecentChanged } = await setup({ canceled: false, filePaths: [gexf] });
    const result = await fns.openFileDialog();
    expect(result).toMatchObject({ ok: true, value: { status: 'opened', opened: { info: { nodeCount: 77 }, warnings: ['dropped 1 attribute'] } } });
    expect(call).toHaveBeenCalledTimes(1);
    const [method, args] = call.mock.calls[0] ?? [];
    expect(method).toBe('openGraph');
    const { files, maxBytes } = args as { files: { name: string; bytes: Uint8Array }[]; maxBytes: number };
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['les_miserables.gexf', '<gexf/>']]);
    expect(maxBytes).toBe(4096);
    expect(recent.list().map((r) => r.names)).toEqual([['les_miserables.gexf']]);
    expect(onRecentChanged).toHaveBeenCalledWith(recent.list());
  });

  it('asks for a CSV mapping first, then opens the same files with it through openRecent', async () => {
    const { fns, call } = await setup({ canceled: false, filePaths: [nodes, edges] });
    const first = await fns.openFileDialog();
    expect(first).toMatchObject({ ok: true, value: { status: 'needs-mapping', inspection, recent: { names: ['nodes.csv', 'edges.csv'] } } });
    expect(call.mock.calls.map(([m]) => m)).toEqual(['inspectFiles']);
    if (!first.ok || !first.value || first.value.status !== 'needs-mapping') throw new Error('expected needs-mapping');
    const csv = { nodes: { id: 'id', label: 'label' }, edges: { source: 'source', target: 'target' } };
    await expect(fns.openRecent({ id: first.value.recent.id, csv })).resolves.toMatchObject({ ok: true, value: { status: 'opened' } });
    expect(call.mock.calls.map(([m]) => m)).toEqual(['inspectFiles', 'openGraph']);
    expect(call.mock.calls[1]?.[1]).toMatchObject({ csv });
  });

  it('refuses a too-large file with a clear error and never calls the service', async () => {
    const { fns, call, recent } = await setup({ canceled: false, filePaths: [big] });
    await expect(fns.openFileDialog()).resolves.toEqual({
      ok: false,
      error: { code: 'too_large', message: 'files: big.graphml: 4.9 KB is over the 4.0 KB limit' },
    });
    expect(call).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([]);
  });
});

describe('main never takes a path from the page', () => {
  it('has no host function that accepts a path, and openRecent refuses anything but an id it issued', async () => {
    const { fns, call } = await setup();
    const handlers = hostHandlers(fns) as Record<string, unknown>;
    expect(Object.keys(handlers)).toEqual(['openFileDialog', 'recentFiles', 'openRecent']);
    await expect(hostHandlers(fns).openRecent({ id: '/proc/self/maps' })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments', message: 'files: no recent file with id "/proc/self/maps"' } });
    await expect(hostHandlers(fns).openFileDialog(['/home/me/.ssh/config'])).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a dialog choice that is not a graph file, before reading it, and keeps it out of the recent list', async () => {
    const env = join(dir, '.env');
    writeFileSync(env, 'API_KEY=hunter2-9f8e7d\n');
    const { fns, call, recent } = await setup({ canceled: false, filePaths: [env] });
    const result = await fns.openFileDialog();
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_file', message: expect.stringContaining('.env: not a graph file') } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(call).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([]);
  });

  it('refuses /proc through a symlink with a graph name', async () => {
    const link = join(dir, 'maps.csv');
    symlinkSync('/proc/self/maps', link);
    const { fns, call } = await setup({ canceled: false, filePaths: [link] });
    await expect(fns.openFileDialog()).resolves.toEqual({ ok: false, error: { code: 'bad_file', message: 'files: maps.csv: system and device files are not opened' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('keeps a failed open out of the recent list and passes the service error on', async () => {
    const { fns, call, recent } = await setup({ canceled: false, filePaths: [gexf] });
    call.mockResolvedValueOnce({ ok: false, error: { code: 'bad_file', message: 'io/import: les_miserables.gexf: line 1: not GEXF' } });
    await expect(fns.openFileDialog()).resolves.toEqual({ ok: false, error: { code: 'bad_file', message: 'io/import: les_miserables.gexf: line 1: not GEXF' } });
    expect(recent.list()).toEqual([]);
  });
});

describe('recent files', () => {
  it('lists and re-opens an entry; an unknown id is refused', async () => {
    const { fns } = await setup({ canceled: false, filePaths: [gexf] });
    await fns.openFileDialog();
    const listed = await fns.recentFiles();
    if (!listed.ok) throw new Error(listed.error.message);
    const [entry] = listed.value;
    expect(entry?.names).toEqual(['les_miserables.gexf']);
    await expect(fns.openRecent({ id: entry?.id ?? '' })).resolves.toMatchObject({ ok: true, value: { status: 'opened' } });
    await expect(fns.openRecent({ id: 'deadbeef' })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });
});

describe('hostHandlers', () => {
  it('validates the untrusted arguments of openRecent and the argument-free functions', async () => {
    const { fns } = await setup();
    const handlers = hostHandlers(fns);
    await expect(handlers.openRecent({ id: 'x', sneaky: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments', message: expect.stringContaining('sneaky') } });
    await expect(handlers.openRecent({ id: 'x', csv: { delimiter: 'X' } })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    await expect(handlers.recentFiles({ path: '/etc' })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    await expect(handlers.recentFiles(undefined)).resolves.toEqual({ ok: true, value: [] });
  });
});

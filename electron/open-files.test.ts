// The host functions: dialog → read → service; cancel is null; CSV asks for a mapping first;
// refused files never reach the service; the recent list follows successful opens.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Method, Result } from '../graph-data/src/contract.js';
import { createSession } from '../graph-data/src/service/session.js';
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
      error: {
        code: 'too_large',
        message: 'files: big.graphml: 4.9 KB is over the 4.0 KB limit',
        limit: { name: 'maxBytes', limit: 4096, found: 5000 },
        retryId: expect.stringMatching(/^refused-[0-9a-f]{24}$/),
      },
    });
    expect(call).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([]);
  });
});

describe('a refused pick opens again by id with a raised budget', () => {
  // 1,200 levels of nesting inside one node's <data>: over the importers' default maxDepth of 1,000.
  const DEPTH = 1200;
  const deep = join(dir, 'deep.graphml');
  writeFileSync(
    deep,
    `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="note" attr.type="string"/>` +
      `<graph edgedefault="directed"><node id="a"><data key="d0">${'<x>'.repeat(DEPTH)}deep${'</x>'.repeat(DEPTH)}</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`,
  );

  /** The real service session in this process, so the budget is the importer's own. */
  async function withSession(filePaths: string[]) {
    const session = createSession({ loadDefault: () => Promise.reject(new Error('no default in this test')) });
    const call = vi.fn((method: Method, args: unknown) => session.handle(method, args));
    const recent = await loadRecentFiles(mkdtempSync(join(dir, 'user-')));
    const showOpenDialog = vi.fn<OpenDialogLike>(() => Promise.resolve({ canceled: false, filePaths }));
    return { call, recent, fns: createHostFunctions({ showOpenDialog, call, recent }) };
  }

  it('a dialog pick over maxDepth fails with too_large naming the limit; the retry by id with the raised limit opens it', async () => {
    const { fns, call, recent } = await withSession([deep]);
    const refused = await fns.openFileDialog();
    if (refused.ok) throw new Error('expected too_large');
    expect(refused.error).toMatchObject({ code: 'too_large', limit: { name: 'maxDepth', limit: 1000 } });
    expect(refused.error.limit?.found).toBeGreaterThan(1000);
    expect(refused.error.message).toContain('deep.graphml');
    expect(recent.list()).toEqual([]);
    const retryId = refused.error.retryId ?? '';
    // Through the IPC face, as the page would call it.
    const reopened = await hostHandlers(fns).openRecent({ id: retryId, limits: { maxDepth: 5000 } });
    expect(reopened).toMatchObject({ ok: true, value: { status: 'opened', opened: { info: { nodeCount: 2, edgeCount: 1 } }, recent: { names: ['deep.graphml'] } } });
    expect(call.mock.calls.at(-1)?.[1]).toMatchObject({ limits: { maxDepth: 5000 } });
    // Opened, it is an ordinary recent entry; the one-slot id is spent.
    expect(recent.list().map((r) => r.names)).toEqual([['deep.graphml']]);
    await expect(fns.openRecent({ id: retryId, limits: { maxDepth: 5000 } })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
  });

  it('a retry whose raised limit is still too small is refused again, with an id that still works', async () => {
    const { fns } = await withSession([deep]);
    const first = await fns.openFileDialog();
    if (first.ok) throw new Error('expected too_large');
    const again = await fns.openRecent({ id: first.error.retryId ?? '', limits: { maxDepth: 1100 } });
    expect(again).toMatchObject({ ok: false, error: { code: 'too_large', limit: { name: 'maxDepth', limit: 1100 }, retryId: first.error.retryId } });
    await expect(fns.openRecent({ id: first.error.retryId ?? '', limits: { maxDepth: 2000 } })).resolves.toMatchObject({ ok: true, value: { status: 'opened' } });
  });

  it('a file over the byte limit opens by id with maxBytes raised', async () => {
    const { fns, call } = await setup({ canceled: false, filePaths: [big] });
    const refused = await fns.openFileDialog();
    if (refused.ok) throw new Error('expected too_large');
    await expect(fns.openRecent({ id: refused.error.retryId ?? '', maxBytes: 20_000 })).resolves.toMatchObject({ ok: true, value: { status: 'opened', recent: { names: ['big.graphml'] } } });
    expect(call.mock.calls[0]?.[1]).toMatchObject({ maxBytes: 20_000 });
  });

  it('a retry with an unknown or forged id is refused, and nothing the page receives holds a path', async () => {
    const { fns, call } = await withSession([deep]);
    const refused = await fns.openFileDialog();
    const handlers = hostHandlers(fns);
    await expect(handlers.openRecent({ id: 'refused-000000000000000000000000', limits: { maxDepth: 5000 } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad_arguments', message: 'files: no recent file with id "refused-000000000000000000000000"' },
    });
    await expect(handlers.openRecent({ id: deep, limits: { maxDepth: 5000 } })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    await expect(handlers.openRecent({ id: 'x', limits: { maxDepth: 0 } })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments', message: expect.stringContaining('limits.maxDepth') } });
    await expect(handlers.openRecent({ id: 'x', limits: { path: '/etc/passwd' } })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    await expect(handlers.openRecent({ id: 'x', maxBytes: 5 * 1024 ** 3 })).resolves.toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(call).toHaveBeenCalledTimes(1);
    const reopened = await handlers.openRecent({ id: refused.ok ? '' : (refused.error.retryId ?? ''), limits: { maxDepth: 5000 } });
    const listed = await fns.recentFiles();
    for (const answer of [refused, reopened, listed]) expect(JSON.stringify(answer)).not.toContain(dir);
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

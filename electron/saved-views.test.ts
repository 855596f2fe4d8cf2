// Saved views in main: persisted under userData across store instances (restarts), written
// atomically, a damaged file kept aside, bad input refused, and the IPC channels sender-checked.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../graph-data/src/contract.js';
import { type InvokeEventLike, type IpcMainLike, registerSavedViewIpc } from './ipc.js';
import { writeFileAtomic } from './atomic-write.js';
import { createSavedViewStore, SAVED_VIEWS_FILE, type SavedViewFs, savedViewHandlers } from './saved-views.js';
import { isTrustedSender } from './security/sender.js';

const dirs: string[] = [];
function userData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redthread-views-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const view = (name: string, extra: Record<string, unknown> = {}) => ({ name, format: 'redthread-view', nodes: ['a', 'b'], ...extra });

describe('saved view store', () => {
  it('keeps views across restarts, replacing a view saved again under the same name', async () => {
    const dir = userData();
    const file = join(dir, 'nested', SAVED_VIEWS_FILE);
    const first = createSavedViewStore(file);
    await expect(first.save(view('Browder chain'))).resolves.toEqual({ name: 'Browder chain' });
    await first.save(view('Salisbury'));
    await first.save(view('Browder chain', { nodes: ['c'] }));

    const restarted = createSavedViewStore(file);
    const listed = await restarted.list();
    expect(listed.map((v) => v.name)).toEqual(['Salisbury', 'Browder chain']);
    expect(listed[1]).toEqual(view('Browder chain', { nodes: ['c'] }));
    // Atomic writes leave no temp files behind.
    expect(readdirSync(join(dir, 'nested'))).toEqual([SAVED_VIEWS_FILE]);

    await expect(restarted.remove('Salisbury')).resolves.toEqual({ deleted: true });
    await expect(restarted.remove('Salisbury')).resolves.toEqual({ deleted: false });
    expect((await createSavedViewStore(file).list()).map((v) => v.name)).toEqual(['Browder chain']);
  });

  it('serialises quick saves so none is lost', async () => {
    const file = join(userData(), SAVED_VIEWS_FILE);
    const store = createSavedViewStore(file);
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => store.save(view(name))));
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { name: string }[];
    expect(onDisk.map((v) => v.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps a damaged file aside instead of overwriting it', async () => {
    const dir = userData();
    const file = join(dir, SAVED_VIEWS_FILE);
    writeFileSync(file, '{ not json');
    const store = createSavedViewStore(file);
    expect(await store.list()).toEqual([]);
    await store.save(view('fresh'));
    const aside = readdirSync(dir).filter((f) => f.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe('{ not json');
  });

  it('refuses a view without a usable name, and says so', async () => {
    const handlers = savedViewHandlers(createSavedViewStore(join(userData(), SAVED_VIEWS_FILE)));
    const nameless = await handlers.saveView({ nodes: [] });
    expect(nameless).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    if (!nameless.ok) expect(nameless.error.message).toMatch(/^saved-views: a saved view needs a name/);
    expect(await handlers.saveView('just a string')).toMatchObject({ ok: false });
    expect(await handlers.deleteView(42)).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(await handlers.listViews(undefined)).toEqual({ ok: true, value: [] });
  });
});

describe('saved view IPC', () => {
  type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>;
  const fakeIpc = (): IpcMainLike & { handlers: Map<string, Listener> } => {
    const handlers = new Map<string, Listener>();
    return { handlers, handle: (channel, listener) => void handlers.set(channel, listener), removeHandler: (channel) => void handlers.delete(channel) };
  };
  const app: InvokeEventLike = { senderFrame: { url: 'app://redthread/index.html', parent: null } };

  it('registers one channel per function, answers the app and refuses other senders', async () => {
    const ipc = fakeIpc();
    const handlers = savedViewHandlers(createSavedViewStore(join(userData(), SAVED_VIEWS_FILE)));
    const dispose = registerSavedViewIpc(ipc, handlers, isTrustedSender);
    expect([...ipc.handlers.keys()]).toEqual(['redthread-host:listViews', 'redthread-host:saveView', 'redthread-host:deleteView']);
    const call = (channel: string, args: unknown, event = app) => ipc.handlers.get(channel)?.(event, args);
    await expect(call('redthread-host:saveView', view('x'))).resolves.toEqual({ ok: true, value: { name: 'x' } });
    await expect(call('redthread-host:listViews', undefined)).resolves.toEqual({ ok: true, value: [view('x')] });
    const remote = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(call('redthread-host:deleteView', 'x', remote)).resolves.toMatchObject({ ok: false, error: { code: 'bad_sender' } });
    await expect(call('redthread-host:listViews', undefined)).resolves.toEqual({ ok: true, value: [view('x')] });
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('saved view store: read errors and the size cap', () => {
  const failingRead = (code: string): SavedViewFs & { writes: string[] } => {
    const writes: string[] = [];
    return {
      writes,
      readFile: () => Promise.reject(Object.assign(new Error(`injected ${code}`), { code })),
      mkdir: () => Promise.resolve(undefined),
      writeFileAtomic: (path) => {
        writes.push(path);
        return Promise.resolve();
      },
    };
  };

  it.each(['EACCES', 'EIO', 'EISDIR'])('a read failing with %s refuses to save, says why, and writes nothing', async (code) => {
    const fs = failingRead(code);
    const handlers = savedViewHandlers(createSavedViewStore('/userData/saved-views.json', { fs }));
    const message = `saved-views: cannot read saved-views.json (${code}); nothing is saved until it can be read, so the views in it are not overwritten`;
    await expect(handlers.saveView(view('New'))).resolves.toEqual({ ok: false, error: { code: 'bad_file', message } });
    await expect(handlers.deleteView('Old')).resolves.toEqual({ ok: false, error: { code: 'bad_file', message } });
    await expect(handlers.listViews(undefined)).resolves.toEqual({ ok: false, error: { code: 'bad_file', message } });
    expect(fs.writes).toEqual([]);
  });

  it('tries the read again on the next call, once the file can be read', async () => {
    const dir = userData();
    const file = join(dir, SAVED_VIEWS_FILE);
    writeFileSync(file, JSON.stringify([view('Kept')]));
    let fail = true;
    const fs: SavedViewFs = {
      readFile: (path, encoding) => (fail ? Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) : readFile(path, encoding)),
      mkdir: (path, options) => mkdir(path, options),
      writeFileAtomic,
    };
    const store = createSavedViewStore(file, { fs });
    await expect(store.save(view('New'))).rejects.toMatchObject({ code: 'bad_file' });
    fail = false;
    await store.save(view('New'));
    expect((await store.list()).map((v) => v.name)).toEqual(['Kept', 'New']);
  });

  it('a missing file is an empty list', async () => {
    const store = createSavedViewStore('/userData/saved-views.json', { fs: failingRead('ENOENT') });
    await expect(store.list()).resolves.toEqual([]);
  });

  it('refuses a save that would take the whole store past its cap, keeping the file as it was', async () => {
    const dir = userData();
    const file = join(dir, SAVED_VIEWS_FILE);
    const store = createSavedViewStore(file, { maxStoreBytes: 400 });
    await store.save(view('First', { note: 'x'.repeat(150) }));
    const before = readFileSync(file, 'utf8');
    const handlers = savedViewHandlers(store);
    await expect(handlers.saveView(view('Second', { note: 'y'.repeat(250) }))).resolves.toEqual({
      ok: false,
      error: { code: 'too_large', message: 'saved-views: all saved views together would pass the 400 bytes limit; delete some first' },
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
    // A store file already past the cap is refused on read, not parsed.
    writeFileSync(file, `[${JSON.stringify(view('Huge', { note: 'z'.repeat(500) }))}]`);
    await expect(createSavedViewStore(file, { maxStoreBytes: 400 }).list()).rejects.toMatchObject({ code: 'too_large' });
  });
});

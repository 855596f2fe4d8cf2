// Saved views in main: persisted under userData across store instances (restarts), written
// atomically, a damaged file kept aside, bad input refused, and the IPC channels sender-checked.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../graph-data/src/contract.js';
import { type InvokeEventLike, type IpcMainLike, registerSavedViewIpc } from './ipc.js';
import { createSavedViewStore, SAVED_VIEWS_FILE, savedViewHandlers } from './saved-views.js';
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

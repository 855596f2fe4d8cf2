// The preload exposes exactly one named function per contract method, each on its own channel.
import { describe, expect, it, vi } from 'vitest';
import { channelFor, METHODS } from '../graph-data/src/contract-methods.js';

type IpcListener = (event: unknown, payload: unknown) => void;
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((channel: string, args: unknown) => Promise.resolve({ ok: true, value: { channel, args } })),
      on: vi.fn((channel: string, listener: IpcListener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))),
      removeListener: vi.fn((channel: string, listener: IpcListener) => listeners.get(channel)?.delete(listener)),
    },
    webUtils: { getPathForFile: vi.fn((file: { name: string }) => `/home/me/${file.name}`) },
  };
});
vi.mock('electron', () => electron);

await import('./preload.js');

function exposed(): Record<string, unknown> {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('redthread');
  return api as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes window.redthread with exactly the contract methods and the named host extras, all functions', () => {
    const api = exposed();
    // Spelled out on purpose: a new host function must show up in review as a change here.
    const extras = ['openFileDialog', 'recentFiles', 'openRecent', 'saveCaseFile', 'pendingJournal', 'restoreJournal', 'discardJournal', 'onProgress', 'onServiceEvent', 'onMenuCommand', 'saveFile', 'listViews', 'saveView', 'deleteView'];
    expect(Object.keys(api)).toEqual([...METHODS, ...extras]);
    for (const name of [...METHODS, ...extras]) expect(typeof api[name], name).toBe('function');
  });

  it('host functions invoke their own channels; none of them carries a path', async () => {
    const api = exposed() as Record<string, (args?: unknown) => Promise<unknown>>;
    electron.ipcRenderer.invoke.mockClear();
    await api.openFileDialog?.();
    await api.recentFiles?.();
    await api.openRecent?.({ id: 'abc' });
    // The retry of a too_large pick: main's id and the raised budget, no path.
    await api.openRecent?.({ id: 'refused-abc', limits: { maxDepth: 4000 }, maxBytes: 1024 });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['redthread-host:openFileDialog', undefined],
      ['redthread-host:recentFiles', undefined],
      ['redthread-host:openRecent', { id: 'abc' }],
      ['redthread-host:openRecent', { id: 'refused-abc', limits: { maxDepth: 4000 }, maxBytes: 1024 }],
    ]);
    // A path from a File never leaves the preload: it does not even ask for one.
    expect(api).not.toHaveProperty('openDroppedFiles');
    expect(electron.webUtils.getPathForFile).not.toHaveBeenCalled();
  });

  it('case functions invoke their own channels; a save carries the layout, never a path', async () => {
    const api = exposed() as Record<string, (args?: unknown) => Promise<unknown>>;
    electron.ipcRenderer.invoke.mockClear();
    await api.saveCaseFile?.({ saveAs: true, positions: { a: { x: 1, y: 2 } } });
    await api.pendingJournal?.();
    await api.restoreJournal?.();
    await api.discardJournal?.();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['redthread-host:saveCaseFile', { saveAs: true, positions: { a: { x: 1, y: 2 } } }],
      ['redthread-host:pendingJournal', undefined],
      ['redthread-host:restoreJournal', undefined],
      ['redthread-host:discardJournal', undefined],
    ]);
  });

  it('saved-view functions invoke their own channels with the view or name only', async () => {
    const api = exposed() as Record<string, (args?: unknown) => Promise<unknown>>;
    electron.ipcRenderer.invoke.mockClear();
    await api.listViews?.();
    await api.saveView?.({ name: 'Chain' });
    await api.deleteView?.('Chain');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['redthread-host:listViews', undefined],
      ['redthread-host:saveView', { name: 'Chain' }],
      ['redthread-host:deleteView', 'Chain'],
    ]);
  });

  it.each([
    ['onProgress', 'redthread:progress', { task: 'open', phase: 'parse', done: 5, total: 10 }],
    ['onMenuCommand', 'redthread:menu', { command: 'open' }],
    ['onServiceEvent', 'redthread:service-event', { kind: 'stopped', reason: 'out of memory', restartInMs: 200, crashes: 1 }],
  ])('%s hands the listener the payload only, never the IPC event, and unsubscribes', (name, channel, payload) => {
    const subscribe = exposed()[name] as (listener: (...args: unknown[]) => void) => () => void;
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    const event = { sender: { send: vi.fn() }, ports: [] };
    for (const forward of electron.listeners.get(channel) ?? []) forward(event, payload);
    expect(listener.mock.calls).toEqual([[payload]]);
    unsubscribe();
    expect(electron.listeners.get(channel)?.size).toBe(0);
  });

  it('exposes no ipcRenderer, invoke or send', () => {
    const api = exposed();
    for (const leak of ['ipcRenderer', 'invoke', 'send', 'on', 'webUtils', 'getPathForFile']) expect(api).not.toHaveProperty(leak);
  });

  it.each(METHODS)('%s invokes its own channel with the args only', async (method) => {
    const fn = exposed()[method] as (args: unknown) => Promise<unknown>;
    electron.ipcRenderer.invoke.mockClear();
    const args = { probe: method };
    await expect(fn(args)).resolves.toEqual({ ok: true, value: { channel: channelFor(method), args } });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[channelFor(method), args]]);
  });
});

describe('preload saveFile', () => {
  it('hands main the name, filters and bytes on its own channel, and nothing else', async () => {
    const api = exposed() as Record<string, (args?: unknown) => Promise<unknown>>;
    electron.ipcRenderer.invoke.mockClear();
    const request = { defaultName: 'interpol-2018-2026-11-27.svg', filters: [{ name: 'SVG', extensions: ['svg'] }], bytes: new Uint8Array([60, 115]) };
    await api.saveFile?.(request);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([['redthread-host:saveFile', request]]);
  });
});

// The preload exposes exactly one named function per contract method, each on its own channel.
import { describe, expect, it, vi } from 'vitest';
import { channelFor, METHODS } from '../graph-data/src/contract-methods.js';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn((channel: string, args: unknown) => Promise.resolve({ ok: true, value: { channel, args } })) },
}));
vi.mock('electron', () => electron);

await import('./preload.js');

function exposed(): Record<string, unknown> {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('redthread');
  return api as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes window.redthread with exactly the contract methods, all functions', () => {
    const api = exposed();
    expect(Object.keys(api)).toEqual([...METHODS]);
    for (const method of METHODS) expect(typeof api[method], method).toBe('function');
  });

  it('exposes no ipcRenderer, invoke or send', () => {
    const api = exposed();
    for (const leak of ['ipcRenderer', 'invoke', 'send', 'on']) expect(api).not.toHaveProperty(leak);
  });

  it.each(METHODS)('%s invokes its own channel with the args only', async (method) => {
    const fn = exposed()[method] as (args: unknown) => Promise<unknown>;
    electron.ipcRenderer.invoke.mockClear();
    const args = { probe: method };
    await expect(fn(args)).resolves.toEqual({ ok: true, value: { channel: channelFor(method), args } });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[channelFor(method), args]]);
  });
});

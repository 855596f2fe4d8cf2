// IPC: exactly one handler per contract method, sender-checked and validated before the service is called.
import { describe, expect, it, vi } from 'vitest';
import type { Method, Result } from '../graph-data/src/contract.js';
import { channelFor, METHODS } from '../graph-data/src/contract.js';
import { registerHostIpc, registerIpc, type HostHandlers, type InvokeEventLike, type IpcMainLike } from './ipc.js';
import { isTrustedSender } from './security/sender.js';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>;

function fakeIpcMain(): IpcMainLike & { handlers: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
}

const appFrame: InvokeEventLike = { senderFrame: { url: 'app://redthread/index.html', parent: null } };

function setup(): { ipc: ReturnType<typeof fakeIpcMain>; call: ReturnType<typeof vi.fn>; invoke: (channel: string, args: unknown, event?: InvokeEventLike) => Promise<Result<unknown>>; dispose: () => void } {
  const ipc = fakeIpcMain();
  const call = vi.fn((method: Method, args: unknown): Promise<Result<unknown>> => Promise.resolve({ ok: true, value: { method, args } }));
  const dispose = registerIpc(ipc, call, isTrustedSender);
  const invoke = (channel: string, args: unknown, event: InvokeEventLike = appFrame): Promise<Result<unknown>> => {
    const handler = ipc.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, args);
  };
  return { ipc, call, invoke, dispose };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract method', () => {
    const { ipc } = setup();
    // Spelled out on purpose: a new IPC surface must show up in review as a change here.
    expect([...ipc.handlers.keys()]).toEqual([
      'redthread:datasetInfo',
      'redthread:initialView',
      'redthread:search',
      'redthread:nodeDetails',
      'redthread:edgeDetails',
      'redthread:expand',
      'redthread:ego',
      'redthread:view',
      'redthread:source',
      'redthread:filterView',
      'redthread:filterFacets',
      'redthread:shortestPath',
      'redthread:allPaths',
      'redthread:whyConnected',
      'redthread:measures',
      'redthread:communities',
      'redthread:attributes',
      'redthread:attributeValues',
      'redthread:overview',
      'redthread:overviewMembers',
      'redthread:exportData',
      'redthread:table',
      'redthread:tableIds',
      'redthread:tableCsv',
      'redthread:openGraph',
      'redthread:openDefault',
      'redthread:cancelOpen',
      'redthread:inspectFiles',
      'redthread:cancelExport',
      'redthread:edit',
      'redthread:undo',
      'redthread:redo',
      'redthread:editState',
      'redthread:saveCase',
      'redthread:deletePreview',
      'redthread:suggestDuplicates',
      'redthread:replayJournal',
    ]);
    expect([...ipc.handlers.keys()]).toEqual(METHODS.map(channelFor));
  });

  it('forwards a valid call from the app to the service', async () => {
    const { call, invoke } = setup();
    await expect(invoke('redthread:search', { query: 'prokop', limit: 5 })).resolves.toEqual({
      ok: true,
      value: { method: 'search', args: { query: 'prokop', limit: 5 } },
    });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: 'app://redthread/index.html', parent: { url: 'app://redthread/' } } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('rejects %s with bad_sender without calling the service', async (_name, event) => {
    const { call, invoke } = setup();
    const result = await invoke('redthread:datasetInfo', {}, event);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_sender' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('rejects malformed arguments with bad_arguments naming the field', async () => {
    const { call, invoke } = setup();
    const result = await invoke('redthread:search', { query: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    if (!result.ok) expect(result.error.message).toMatch(/^search: query: /);
    const extra = await invoke('redthread:nodeDetails', { id: 'x', sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    if (!extra.ok) expect(extra.error.message).toContain('sneaky');
    expect(call).not.toHaveBeenCalled();
  });

  it('never throws: a failing service call becomes an internal error', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, () => Promise.reject(new Error('boom')), isTrustedSender);
    const handler = ipc.handlers.get('redthread:datasetInfo');
    await expect(handler?.(appFrame, {})).resolves.toEqual({ ok: false, error: { code: 'internal', message: 'datasetInfo: boom' } });
  });

  it('returns a disposer that removes every handler', () => {
    const { ipc, dispose } = setup();
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('registerHostIpc', () => {
  type Handler = HostHandlers[keyof HostHandlers];
  const handlers = () => ({
    openFileDialog: vi.fn<Handler>(() => Promise.resolve({ ok: true, value: null })),
    recentFiles: vi.fn<Handler>((args: unknown) => Promise.resolve({ ok: true, value: args })),
    openRecent: vi.fn<Handler>(() => Promise.reject(new Error('disk gone'))),
  });

  it('registers exactly the three named host channels, none taking a path', () => {
    const ipc = fakeIpcMain();
    const dispose = registerHostIpc(ipc, handlers(), isTrustedSender);
    // Spelled out on purpose, like the contract channels above.
    expect([...ipc.handlers.keys()]).toEqual([
      'redthread-host:openFileDialog',
      'redthread-host:recentFiles',
      'redthread-host:openRecent',
    ]);
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('passes the arguments of a trusted call and refuses other senders', async () => {
    const ipc = fakeIpcMain();
    const h = handlers();
    registerHostIpc(ipc, h, isTrustedSender);
    const recent = ipc.handlers.get('redthread-host:recentFiles');
    await expect(recent?.(appFrame, undefined)).resolves.toEqual({ ok: true, value: undefined });
    const remote = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(recent?.(remote, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'bad_sender' } });
    expect(h.recentFiles).toHaveBeenCalledTimes(1);
  });

  it('hands a trusted retry (id and raised limits) to openRecent as sent, and refuses it from another frame', async () => {
    const ipc = fakeIpcMain();
    const h = { ...handlers(), openRecent: vi.fn<Handler>((args: unknown) => Promise.resolve({ ok: true, value: args })) };
    registerHostIpc(ipc, h, isTrustedSender);
    const reopen = ipc.handlers.get('redthread-host:openRecent');
    const retry = { id: 'refused-0a1b', limits: { maxDepth: 4000 } };
    await expect(reopen?.(appFrame, retry)).resolves.toEqual({ ok: true, value: retry });
    const remote = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(reopen?.(remote, retry)).resolves.toMatchObject({ ok: false, error: { code: 'bad_sender' } });
    expect(h.openRecent).toHaveBeenCalledTimes(1);
  });

  it('never throws: a failing handler becomes an internal error', async () => {
    const ipc = fakeIpcMain();
    registerHostIpc(ipc, handlers(), isTrustedSender);
    await expect(ipc.handlers.get('redthread-host:openRecent')?.(appFrame, { id: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'openRecent: disk gone' },
    });
  });
});

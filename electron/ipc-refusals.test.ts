// What the renderer is told when a call is refused: the refusal names the function, on
// every channel family, and argument problems name each field. The service and the
// frames are stand-ins; expected words are the contract's.
import { describe, expect, it, vi } from 'vitest';
import { hostChannelFor, SAVE_FILE_CHANNEL, savedViewChannelFor } from '../graph-data/src/contract-methods.js';
import { dispatch, isMethod, validateArgs } from '../graph-data/src/service/dispatch.js';
import type { GraphService } from '../graph-data/src/service/index.js';
import { registerHostIpc, registerIpc, registerSaveFileIpc, registerSavedViewIpc, type InvokeEventLike, type IpcMainLike } from './ipc.js';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;
function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener as Listener), removeHandler: (channel) => void handlers.delete(channel) };
  const invoke = (channel: string, args?: unknown) => (handlers.get(channel) as Listener)({ senderFrame: null }, args);
  return { ipc, handlers, invoke };
}
const never = () => false;
const ok = () => Promise.resolve({ ok: true as const, value: 'done' });

describe('refused senders', () => {
  it('names the method on a service channel', async () => {
    const { ipc, invoke } = fakeIpc();
    registerIpc(ipc, vi.fn(), never);
    expect(await invoke('redthread:search', { query: 'x' })).toEqual({ ok: false, error: { code: 'bad_sender', message: "search: refused a call from outside the app's main frame" } });
  });

  it('names the function on host, saved-view and save-file channels, without calling them', async () => {
    const { ipc, invoke } = fakeIpc();
    const handler = vi.fn(ok);
    registerHostIpc(ipc, { openFileDialog: handler, recentFiles: handler, openRecent: handler, saveCaseFile: handler, pendingJournal: handler, restoreJournal: handler, discardJournal: handler }, never);
    registerSavedViewIpc(ipc, { listViews: handler, saveView: handler, deleteView: handler }, never);
    registerSaveFileIpc(ipc, handler, never);
    expect(await invoke(hostChannelFor('recentFiles'))).toEqual({ ok: false, error: { code: 'bad_sender', message: "recentFiles: refused a call from outside the app's main frame" } });
    expect(await invoke(hostChannelFor('saveCaseFile'), { saveAs: true })).toEqual({ ok: false, error: { code: 'bad_sender', message: "saveCaseFile: refused a call from outside the app's main frame" } });
    expect(await invoke(hostChannelFor('restoreJournal'))).toEqual({ ok: false, error: { code: 'bad_sender', message: "restoreJournal: refused a call from outside the app's main frame" } });
    expect(await invoke(savedViewChannelFor('deleteView'), 'x')).toEqual({ ok: false, error: { code: 'bad_sender', message: "deleteView: refused a call from outside the app's main frame" } });
    expect(await invoke(SAVE_FILE_CHANNEL, {})).toEqual({ ok: false, error: { code: 'bad_sender', message: "saveFile: refused a call from outside the app's main frame" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('removes the saved-view and save-file channels it added', () => {
    const { ipc, handlers } = fakeIpc();
    const dispose = [registerSavedViewIpc(ipc, { listViews: ok, saveView: ok, deleteView: ok }, never), registerSaveFileIpc(ipc, ok, never)];
    expect(handlers.size).toBe(4);
    for (const d of dispose) d();
    expect(handlers.size).toBe(0);
  });
});

describe('argument and method checks', () => {
  const service = { search: () => ['hit'] } as unknown as GraphService;

  it('lists every field that is wrong, separated by "; "', () => {
    expect(validateArgs('allPaths', { from: '', to: 5, maxLength: 0 })).toEqual({
      ok: false,
      error: { code: 'bad_arguments', message: expect.stringMatching(/^allPaths: from: .+; to: .+; maxLength: .+$/) },
    });
  });

  it('names a nested field by its dotted path', () => {
    expect(validateArgs('filterView', { nodes: ['a'], filter: { kinds: ['spy'] } })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^filterView: filter\.kinds\.0: /) } });
  });

  it('says "arguments" when the arguments themselves are wrong', () => {
    expect(validateArgs('search', 'text')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^search: arguments: /) } });
  });

  it('refuses an unknown method by name, and any name that is not a string', () => {
    expect(dispatch(service, 'dropTables', {})).toEqual({ ok: false, error: { code: 'bad_arguments', message: 'unknown method "dropTables"' } });
    for (const name of [42, null, undefined, ['search']]) expect(isMethod(name)).toBe(false);
    expect(isMethod('search')).toBe(true);
  });

  it('says no graph is loaded, naming the method', () => {
    expect(dispatch(null, 'search', { query: 'x' })).toEqual({ ok: false, error: { code: 'no_graph', message: 'search: no graph is loaded' } });
  });

  it('refuses a contract method the graph service does not answer itself', () => {
    expect(dispatch(service, 'cancelOpen', {})).toEqual({ ok: false, error: { code: 'bad_arguments', message: 'cancelOpen: not a graph service method' } });
    expect(dispatch(service, 'search', { query: 'x' })).toEqual({ ok: true, value: ['hit'] });
  });
});

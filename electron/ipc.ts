// The only place IPC handlers are registered: one channel per contract method, each
// checking its sender and validating arguments before the service host sees them.
import {
  channelFor,
  HOST_FUNCTIONS,
  hostChannelFor,
  type HostFunction,
  SAVED_VIEW_FUNCTIONS,
  savedViewChannelFor,
  SAVE_FILE_CHANNEL,
  type SavedViewFunction,
} from '../graph-data/src/contract-methods.js';
import { METHODS, type Method, type Result } from '../graph-data/src/contract.js';
import { validateArgs } from '../graph-data/src/service/dispatch.js';
import type { FrameLike } from './security/sender.js';

/** The parts of Electron's IpcMainInvokeEvent and ipcMain this module uses. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

export type ServiceCall = (method: Method, args: unknown) => Promise<Result<unknown>>;
export type SenderCheck = (frame: FrameLike | null) => boolean;

async function handleCall(method: Method, call: ServiceCall, isTrusted: SenderCheck, event: InvokeEventLike, args: unknown): Promise<Result<unknown>> {
  try {
    if (!isTrusted(event.senderFrame)) {
      return { ok: false, error: { code: 'bad_sender', message: `${method}: refused a call from outside the app's main frame` } };
    }
    const valid = validateArgs(method, args);
    if (!valid.ok) return valid;
    return await call(method, valid.value);
  } catch (error) {
    // A rejection here would surface in the renderer as an opaque thrown Error; the contract promises a Result.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `${method}: ${message}` } };
  }
}

/** Registers one handler per METHODS entry; the returned function removes them all. */
export function registerIpc(ipcMain: IpcMainLike, call: ServiceCall, isTrusted: SenderCheck): () => void {
  const channels = METHODS.map((method) => {
    const channel = channelFor(method);
    ipcMain.handle(channel, (event, args) => handleCall(method, call, isTrusted, event, args));
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Electron-only host functions (open dialog, dropped files, recent list); each validates its own arguments. */
export type HostHandlers = Record<HostFunction, (args: unknown) => Promise<Result<unknown>>>;

/** One sender-checked channel per HOST_FUNCTIONS entry; the returned function removes them. */
export function registerHostIpc(ipcMain: IpcMainLike, handlers: HostHandlers, isTrusted: SenderCheck): () => void {
  const channels = HOST_FUNCTIONS.map((fn) => {
    const channel = hostChannelFor(fn);
    ipcMain.handle(channel, async (event, args) => {
      try {
        if (!isTrusted(event.senderFrame)) {
          return { ok: false, error: { code: 'bad_sender', message: `${fn}: refused a call from outside the app's main frame` } };
        }
        return await handlers[fn](args);
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `${fn}: ${error instanceof Error ? error.message : String(error)}` } };
      }
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Saved views (electron/saved-views.ts): the same sender check, one channel per SAVED_VIEW_FUNCTIONS entry. */
export function registerSavedViewIpc(ipcMain: IpcMainLike, handlers: Record<SavedViewFunction, (args: unknown) => Promise<Result<unknown>>>, isTrusted: SenderCheck): () => void {
  const channels = SAVED_VIEW_FUNCTIONS.map((fn) => {
    const channel = savedViewChannelFor(fn);
    ipcMain.handle(channel, async (event, args) => {
      if (!isTrusted(event.senderFrame)) {
        return { ok: false, error: { code: 'bad_sender', message: `${fn}: refused a call from outside the app's main frame` } };
      }
      return handlers[fn](args);
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Saving an export (electron/save-file.ts): the same sender check on its one channel. */
export function registerSaveFileIpc(ipcMain: IpcMainLike, save: (args: unknown) => Promise<Result<unknown>>, isTrusted: SenderCheck): () => void {
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, args) => {
    if (!isTrusted(event.senderFrame)) {
      return { ok: false, error: { code: 'bad_sender', message: "saveFile: refused a call from outside the app's main frame" } };
    }
    return save(args);
  });
  return () => ipcMain.removeHandler(SAVE_FILE_CHANNEL);
}

// The only place IPC handlers are registered: one channel per contract method, each
// checking its sender and validating arguments before the service host sees them.
import { channelFor, METHODS, type Method, type Result } from '../graph-data/src/contract.js';
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

// The preload's Electron-only extras: named host functions, and subscriptions that
// hand the page the payload only (never the IpcRendererEvent, which reaches ipcRenderer).
import { type HostFunction, hostChannelFor, MENU_CHANNEL, PROGRESS_CHANNEL, SERVICE_EVENT_CHANNEL } from '../graph-data/src/contract-methods.js';
import type { MenuCommand, RedthreadHost, ServiceEvent, TaskProgress } from '../graph-data/src/contract.js';

/** The part of ipcRenderer the extras use. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type Extras = Required<
  Pick<RedthreadHost, 'openFileDialog' | 'recentFiles' | 'openRecent' | 'saveCaseFile' | 'pendingJournal' | 'restoreJournal' | 'discardJournal' | 'onProgress' | 'onServiceEvent' | 'onMenuCommand'>
>;

function subscribe<T>(ipc: IpcRendererLike, channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: unknown, payload: unknown): void => listener(payload as T);
  ipc.on(channel, forward);
  return () => {
    ipc.removeListener(channel, forward);
  };
}

export function createHostExtras(ipc: IpcRendererLike): Extras {
  const invoke = (fn: HostFunction, args?: unknown) =>
    // Main answers each host channel with that function's Result.
    ipc.invoke(hostChannelFor(fn), args) as never;
  return {
    openFileDialog: () => invoke('openFileDialog'),
    recentFiles: () => invoke('recentFiles'),
    openRecent: (args) => invoke('openRecent', args),
    // Only the page's layout goes with a save: main picks the file (its own or the dialog's).
    saveCaseFile: (args) => invoke('saveCaseFile', args),
    pendingJournal: () => invoke('pendingJournal'),
    restoreJournal: () => invoke('restoreJournal'),
    discardJournal: () => invoke('discardJournal'),
    onProgress: (listener) => subscribe<TaskProgress>(ipc, PROGRESS_CHANNEL, listener),
    onServiceEvent: (listener) => subscribe<ServiceEvent>(ipc, SERVICE_EVENT_CHANNEL, listener),
    onMenuCommand: (listener) => subscribe<MenuCommand>(ipc, MENU_CHANNEL, listener),
  };
}

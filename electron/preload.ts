// Sandboxed preload: exposes window.redthread with one named function per contract method.
// It imports only the dependency-free method list so the bundle stays tiny.
import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, METHODS, SAVE_FILE_CHANNEL, type Method } from '../graph-data/src/contract-methods.js';
import type { RedthreadApi } from '../graph-data/src/contract.js';
import { createHostExtras } from './preload-host.js';
import { createSavedViewsBridge } from './preload-saved-views.js';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;

function createApi(invoke: Invoke): RedthreadApi {
  const api: Partial<Record<Method, (args: unknown) => Promise<unknown>>> = {};
  for (const method of METHODS) {
    // A fresh closure per method: the page gets named functions, never the channel
    // string, the IPC event or a generic invoke it could point at another channel.
    api[method] = (args: unknown) => invoke(channelFor(method), args);
  }
  // Main answers each channel with that method's Result, which is what RedthreadApi promises.
  return api as RedthreadApi;
}

contextBridge.exposeInMainWorld('redthread', {
  ...createApi((channel, args) => ipcRenderer.invoke(channel, args)),
  // No webUtils.getPathForFile: a dropped file reaches the service as bytes the page read, never as a path.
  ...createHostExtras(ipcRenderer),
  // Main shows the save dialog and writes the file; the page only hands over the bytes.
  saveFile: (args: unknown) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, args),
  ...createSavedViewsBridge((channel, args) => ipcRenderer.invoke(channel, args)),
});

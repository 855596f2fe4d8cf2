// Wires saved views into the running app: the store under userData and its sender-checked
// IPC channels (registered in ipc.ts, like every channel).
import { app, ipcMain } from 'electron';
import { join } from 'node:path';
import { registerSavedViewIpc } from './ipc.js';
import { createSavedViewStore, SAVED_VIEWS_FILE, savedViewHandlers } from './saved-views.js';
import { isTrustedSender } from './security/sender.js';

export function startSavedViews(): () => void {
  const store = createSavedViewStore(join(app.getPath('userData'), SAVED_VIEWS_FILE));
  return registerSavedViewIpc(ipcMain, savedViewHandlers(store), isTrustedSender);
}

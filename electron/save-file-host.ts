// Wires saveFile into the running app: the native dialog on the main window and the
// sender-checked IPC channel (registered in ipc.ts, like every channel).
import { app, type BrowserWindow, dialog, ipcMain } from 'electron';
import { registerSaveFileIpc } from './ipc.js';
import { saveFile } from './save-file.js';
import { isTrustedSender } from './security/sender.js';

export function startSaveFile(window: () => BrowserWindow | null): () => void {
  return registerSaveFileIpc(
    ipcMain,
    (args) =>
      saveFile(args, {
        showSaveDialog: (options) => {
          const win = window();
          return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
        },
        defaultDir: () => app.getPath('documents'),
      }),
    isTrustedSender,
  );
}

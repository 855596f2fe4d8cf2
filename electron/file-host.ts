// Wires opening files into the running app: the recent list under userData, the host
// functions' IPC channels, the app menu (rebuilt when the recent list changes), and
// progress forwarded from the service thread to the window on one channel.
import { app, type BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { MENU_CHANNEL, PROGRESS_CHANNEL, SERVICE_EVENT_CHANNEL } from '../graph-data/src/contract-methods.js';
import type { CsvMapping, MenuCommand, RecentFile, ServiceEvent, TaskProgress } from '../graph-data/src/contract.js';
import { type HostHandlers, registerHostIpc, type ServiceCall } from './ipc.js';
import { menuTemplate } from './menu.js';
import { createHostFunctions, hostHandlers } from './open-files.js';
import { loadRecentFiles } from './recent-files.js';
import { isTrustedSender } from './security/sender.js';

/** The host functions of cases (case-host.ts), made once the recent list exists. */
export type CaseHandlerFactory = (remember: (paths: string[]) => Promise<void>) => Omit<HostHandlers, 'openFileDialog' | 'recentFiles' | 'openRecent'>;

export interface FileHostOptions {
  call: ServiceCall;
  window(): BrowserWindow | null;
  /** Files main opened for the page (the case document learns its file). */
  onOpened?(paths: string[], csv?: CsvMapping): void;
  caseHandlers: CaseHandlerFactory;
}

/** Sends to the window's page only; a closed or crashed window just drops the message. */
function sendToWindow(win: BrowserWindow | null, channel: string, payload: unknown): void {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
  win.webContents.send(channel, payload);
}

/** The service host's onProgress: the renderer subscribes through the preload's onProgress. */
export const progressForwarder =
  (window: () => BrowserWindow | null) =>
  (event: TaskProgress): void =>
    sendToWindow(window(), PROGRESS_CHANNEL, event);

/** The service host's onEvent: the renderer tells the user the service stopped and what was reopened. */
export const serviceEventForwarder =
  (window: () => BrowserWindow | null) =>
  (event: ServiceEvent): void =>
    sendToWindow(window(), SERVICE_EVENT_CHANNEL, event);

export async function startFileHost({ call, window, onOpened, caseHandlers }: FileHostOptions): Promise<() => void> {
  const recent = await loadRecentFiles(app.getPath('userData'));
  const setMenu = (list: RecentFile[]): void => {
    const send = (command: MenuCommand): void => sendToWindow(window(), MENU_CHANNEL, command);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev: !app.isPackaged, recent: list, send, isMac: process.platform === 'darwin' })));
  };
  const functions = createHostFunctions({
    showOpenDialog: (options) => {
      const win = window();
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
    call,
    recent,
    onRecentChanged: setMenu,
    ...(onOpened && { onOpened }),
  });
  setMenu(recent.list());
  // A saved case joins the recent list like an opened one.
  const remember = async (paths: string[]): Promise<void> => {
    await recent.add(paths);
    setMenu(recent.list());
  };
  return registerHostIpc(ipcMain, { ...hostHandlers(functions), ...caseHandlers(remember) }, isTrustedSender);
}

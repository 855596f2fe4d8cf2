// Electron main process: lifecycle only — app:// scheme, single instance, service host, IPC, window.
import { app, BrowserWindow, ipcMain, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { attachCaseWindow, startCaseHost } from './case-host.js';
import { progressForwarder, serviceEventForwarder, startFileHost } from './file-host.js';
import { registerIpc } from './ipc.js';
import { startSaveFile } from './save-file-host.js';
import { responseHeadersFor } from './security/csp.js';
import { APP_ORIGIN, APP_SCHEME, resolveAppPath } from './security/protocol-path.js';
import { isTrustedSender } from './security/sender.js';
import { startSavedViews } from './saved-views-host.js';
import { startServiceHost } from './service-host.js';
import { createMainWindow } from './window.js';

// Before `ready`: a standard, secure scheme gets a real origin, so CSP 'self', fetch and
// module scripts behave as on https — without file://'s extra privileges. V8's code cache keeps
// the compiled renderer between launches: a first launch compiles and warms up ~1.5 MB of
// JavaScript inside its first tasks (issue #11: ~100 ms each in the browser host).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let caseHost: ReturnType<typeof startCaseHost> | null = null;
// A quit that stopped to ask about unsaved edits goes on once the window closed (macOS keeps the app otherwise).
let quitting = false;

async function serveRenderer(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const resolved = await resolveAppPath(rendererDir, request.url);
  if (!resolved.ok) return new Response(resolved.reason, { status: resolved.status });
  return new Response(await readFile(resolved.path), { headers: responseHeadersFor(resolved.path) });
}

function openWindow(): void {
  const win = createMainWindow(join(app.getAppPath(), 'dist/electron/preload.cjs'));
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  if (caseHost) {
    attachCaseWindow(win, caseHost.doc, () => {
      if (quitting) app.quit();
    });
    void caseHost.doc.refresh();
  }
  win.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => console.error('redthread: could not load the renderer:', error));
}

async function onReady(): Promise<void> {
  const appPath = app.getAppPath();
  const host = startServiceHost({
    threadFile: join(appPath, 'dist/electron/service-thread.cjs'),
    datasetDir: join(appPath, 'graph-data/datasets/interpol-2018'),
    onProgress: progressForwarder(() => mainWindow),
    onEvent: serviceEventForwarder(() => mainWindow),
  });
  const serviceCall = (method: Parameters<typeof host.call>[0], args: unknown) => host.call(method, args);
  // Every call from the page goes through the case document: it journals edits, keeps the
  // title, and asks before another graph replaces unsaved edits.
  const cases = startCaseHost({ call: serviceCall, window: () => mainWindow });
  caseHost = cases;
  const call = cases.doc.call;
  const disposeIpc = registerIpc(ipcMain, call, isTrustedSender);
  const disposeViews = startSavedViews();
  const disposeFiles = await startFileHost({ call, window: () => mainWindow, onOpened: (paths, csv) => void cases.doc.opened(paths, csv), caseHandlers: cases.handlers });
  const disposeSave = startSaveFile(() => mainWindow);
  protocol.handle(APP_SCHEME, (request) => serveRenderer(join(appPath, 'dist/renderer'), request));
  app.on('will-quit', () => {
    disposeIpc();
    disposeViews();
    disposeFiles();
    disposeSave();
    void host.close();
  });
  // macOS keeps the app alive without windows; the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('redthread: startup failed:', error);
      app.exit(1);
    });
}

// Main-process lifecycle: privileged app:// scheme, single instance, and on ready the
// service host, IPC, the app:// file handler and the window on app://redthread/index.html.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHODS, channelFor } from '../graph-data/src/contract-methods.js';
import { CONTENT_SECURITY_POLICY } from './security/csp.js';

type Listener = (...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;

const appPath = mkdtempSync(join(tmpdir(), 'redthread-main-'));
mkdirSync(join(appPath, 'dist/renderer/assets'), { recursive: true });
writeFileSync(join(appPath, 'dist/renderer/index.html'), '<!doctype html><title>Redthread</title>');
writeFileSync(join(appPath, 'dist/renderer/assets/app.js'), 'export {};');
writeFileSync(join(appPath, 'secret.txt'), 'not for the renderer');
afterAll(() => rmSync(appPath, { recursive: true, force: true }));

const fakes = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const state = { lock: true, platform: 'linux' };
  const win = { on: vi.fn(), loadURL: vi.fn(() => Promise.resolve()), isMinimized: vi.fn(() => false), restore: vi.fn(), focus: vi.fn() };
  return {
    state,
    appListeners,
    win,
    electron: {
      app: {
        requestSingleInstanceLock: vi.fn(() => state.lock),
        enableSandbox: vi.fn(),
        whenReady: vi.fn(() => Promise.resolve()),
        getAppPath: vi.fn((): string => ''),
        on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
        quit: vi.fn(),
        exit: vi.fn(),
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      BrowserWindow: { getAllWindows: vi.fn(() => []) },
    },
    host: { call: vi.fn(), close: vi.fn(() => Promise.resolve()) },
    startServiceHost: vi.fn(),
    disposeFiles: vi.fn(),
    disposeSave: vi.fn(),
    startSaveFile: vi.fn(),
    forwardProgress: vi.fn(),
    forwardServiceEvent: vi.fn(),
    startFileHost: vi.fn(),
    startSavedViews: vi.fn(),
    disposeViews: vi.fn(),
    createMainWindow: vi.fn(() => win),
    caseDoc: { call: vi.fn(), refresh: vi.fn(() => Promise.resolve(null)), opened: vi.fn(), unsaved: false, confirmLeave: vi.fn() },
    caseHandlers: vi.fn(),
    attachCaseWindow: vi.fn(),
  };
});
vi.mock('electron', () => fakes.electron);
vi.mock('./service-host.js', () => ({ startServiceHost: fakes.startServiceHost }));
vi.mock('./window.js', () => ({ createMainWindow: fakes.createMainWindow }));
// Opening files (dialog, recent list, menu) has its own tests: file-host.test.ts and open-files.test.ts.
vi.mock('./file-host.js', () => ({ startFileHost: fakes.startFileHost, progressForwarder: () => fakes.forwardProgress, serviceEventForwarder: () => fakes.forwardServiceEvent }));
// Cases (title, close handler, journal, save) have their own tests: case-*.test.ts.
vi.mock('./case-host.js', () => ({ startCaseHost: () => ({ doc: fakes.caseDoc, handlers: fakes.caseHandlers }), attachCaseWindow: fakes.attachCaseWindow }));
// Saving exports has its own tests: save-file.test.ts.
vi.mock('./save-file-host.js', () => ({ startSaveFile: fakes.startSaveFile }));
// Saved views have their own tests: saved-views.test.ts and saved-views-host.test.ts.
vi.mock('./saved-views-host.js', () => ({ startSavedViews: fakes.startSavedViews }));

async function loadMain(lock: boolean): Promise<void> {
  vi.resetModules();
  vi.clearAllMocks();
  fakes.appListeners.clear();
  fakes.state.lock = lock;
  fakes.electron.app.getAppPath.mockReturnValue(appPath);
  fakes.startServiceHost.mockReturnValue(fakes.host);
  fakes.startFileHost.mockResolvedValue(fakes.disposeFiles);
  fakes.startSaveFile.mockReturnValue(fakes.disposeSave);
  fakes.startSavedViews.mockReturnValue(fakes.disposeViews);
  await import('./main.js');
  // Let whenReady().then(onReady) run.
  await new Promise((resolve) => setImmediate(resolve));
}

function protocolHandler(): ProtocolHandler {
  const [scheme, handler] = fakes.electron.protocol.handle.mock.lastCall ?? [];
  expect(scheme).toBe('app');
  return handler as ProtocolHandler;
}

describe('main process', () => {
  beforeEach(() => loadMain(true));

  it('registers app:// as a standard, secure, fetch-capable scheme', () => {
    expect(fakes.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('starts the service host on the bundled thread and the default dataset, forwarding its progress and crash events', () => {
    expect(fakes.startServiceHost).toHaveBeenCalledWith({
      threadFile: join(appPath, 'dist/electron/service-thread.cjs'),
      datasetDir: join(appPath, 'graph-data/datasets/interpol-2018'),
      onProgress: fakes.forwardProgress,
      onEvent: fakes.forwardServiceEvent,
    });
  });

  it('starts the file host on the case document\'s call, with the case host functions', async () => {
    expect(fakes.startFileHost).toHaveBeenCalledTimes(1);
    const [{ call, caseHandlers }] = fakes.startFileHost.mock.lastCall as [{ call: unknown; caseHandlers: unknown }];
    expect(call).toBe(fakes.caseDoc.call);
    expect(caseHandlers).toBe(fakes.caseHandlers);
  });

  it('guards the window with the case document (title, close handler) and shows its title at once', () => {
    expect(fakes.attachCaseWindow).toHaveBeenCalledWith(fakes.win, fakes.caseDoc, expect.any(Function));
    expect(fakes.caseDoc.refresh).toHaveBeenCalled();
  });

  it('registers one IPC handler per contract method', () => {
    const channels = fakes.electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toEqual(METHODS.map(channelFor));
  });

  it('opens the window with the bundled preload on app://redthread/index.html', () => {
    expect(fakes.createMainWindow).toHaveBeenCalledWith(join(appPath, 'dist/electron/preload.cjs'));
    expect(fakes.win.loadURL).toHaveBeenCalledWith('app://redthread/index.html');
  });

  it('serves the renderer with the CSP', async () => {
    const response = await protocolHandler()(new Request('app://redthread/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Redthread</title>');
  });

  it('refuses traversal, missing files and non-GET requests', async () => {
    const handle = protocolHandler();
    expect((await handle(new Request('app://redthread/assets%2F..%2F..%2Fsecret.txt'))).status).toBe(403);
    // The URL parser folds dot segments (encoded or not) before the handler sees them: what is left stays in the root.
    expect((await handle(new Request('app://redthread/%2e%2e/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://redthread/assets/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://redthread/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('quits when the last window closes, except on macOS', () => {
    const onAllClosed = fakes.appListeners.get('window-all-closed');
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      onAllClosed?.();
      expect(fakes.electron.app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'linux' });
      onAllClosed?.();
      expect(fakes.electron.app.quit).toHaveBeenCalled();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('focuses the existing window on a second launch and cleans up on quit', () => {
    fakes.appListeners.get('second-instance')?.();
    expect(fakes.win.focus).toHaveBeenCalled();
    fakes.appListeners.get('will-quit')?.();
    expect(fakes.electron.ipcMain.removeHandler).toHaveBeenCalledTimes(METHODS.length);
    expect(fakes.disposeFiles).toHaveBeenCalled();
    expect(fakes.startSaveFile).toHaveBeenCalledTimes(1);
    expect(fakes.disposeSave).toHaveBeenCalled();
    expect(fakes.startSavedViews).toHaveBeenCalledTimes(1);
    expect(fakes.disposeViews).toHaveBeenCalled();
    expect(fakes.host.close).toHaveBeenCalled();
  });
});

describe('a second instance', () => {
  it('quits at once without starting anything', async () => {
    await loadMain(false);
    expect(fakes.electron.app.quit).toHaveBeenCalled();
    expect(fakes.startServiceHost).not.toHaveBeenCalled();
    expect(fakes.createMainWindow).not.toHaveBeenCalled();
  });
});

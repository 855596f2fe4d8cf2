// The main window is isolated and sandboxed, and its webContents refuse navigation, popups and permissions.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  class FakeWebContents {
    readonly listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    readonly session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    on(event: string, listener: Listener): void {
      this.listeners.set(event, listener);
    }
    setWindowOpenHandler(handler: Listener): void {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static last: FakeBrowserWindow | null = null;
    readonly webContents = new FakeWebContents();
    readonly once = vi.fn();
    constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
      FakeBrowserWindow.last = this;
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  };
});
vi.mock('electron', () => electron);

const { createMainWindow, DARK_BACKGROUND, LIGHT_BACKGROUND } = await import('./window.js');

function build(): InstanceType<typeof electron.BrowserWindow> {
  createMainWindow('/app/dist/electron/preload.cjs');
  const win = electron.BrowserWindow.last;
  if (!win) throw new Error('no window was created');
  return win;
}

beforeEach(() => {
  electron.shell.openExternal.mockClear();
  electron.nativeTheme.shouldUseDarkColors = false;
});

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer with the given preload', () => {
    expect(build().options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('is 1400×900, titled Redthread, hidden until ready to show', () => {
    const win = build();
    expect(win.options).toMatchObject({ width: 1400, height: 900, title: 'Redthread', show: false });
    expect(win.options.minWidth).toBeGreaterThan(0);
    expect(win.options.minHeight).toBeGreaterThan(0);
    expect(win.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });

  it('matches the background to the system theme', () => {
    expect(build().options.backgroundColor).toBe(LIGHT_BACKGROUND);
    electron.nativeTheme.shouldUseDarkColors = true;
    expect(build().options.backgroundColor).toBe(DARK_BACKGROUND);
  });

  it('denies window.open; a safe link opens only after the user confirms the full URL in main', async () => {
    const win = build();
    const handler = win.webContents.windowOpenHandler;
    electron.dialog.showMessageBox.mockClear();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(handler?.({ url: 'https://example.org/cancelled' })).toEqual({ action: 'deny' });
    // setImmediate runs once the dialog's promise chain has settled (microtasks first).
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.dialog.showMessageBox.mock.calls[0]).toEqual([win, expect.objectContaining({ detail: 'https://example.org/cancelled' })]);
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(handler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('blocks navigation and redirects away from the app', () => {
    const { listeners } = build().webContents;
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
      const inside = { preventDefault: vi.fn() };
      listeners.get(name)?.(inside, 'app://redthread/index.html');
      expect(inside.preventDefault, name).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const { session } = build().webContents;
    const request = session.setPermissionRequestHandler.mock.lastCall?.[0] as Listener;
    const check = session.setPermissionCheckHandler.mock.lastCall?.[0] as Listener;
    const callback = vi.fn();
    request({}, 'geolocation', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(check({}, 'media', 'app://redthread', {})).toBe(false);
  });
});

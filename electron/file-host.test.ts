// The file host in the running app: menu (File, View in dev only, Help), Ctrl+O, recent
// entries, host IPC channels, and progress/menu commands sent to the window's page.
import type { MenuItemConstructorOptions } from 'electron';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu.js';

const userData = mkdtempSync(join(tmpdir(), 'redthread-filehost-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const fakes = vi.hoisted(() => {
  const send = vi.fn();
  const win = { isDestroyed: () => false, webContents: { isDestroyed: () => false, send } };
  return {
    send,
    win,
    electron: {
      app: { getPath: vi.fn(() => ''), isPackaged: true },
      BrowserWindow: {},
      dialog: { showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })) },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    },
  };
});
vi.mock('electron', () => fakes.electron);

const { progressForwarder, startFileHost } = await import('./file-host.js');
const ok = () => Promise.resolve({ ok: true as const, value: null });
const caseHandlers = vi.fn((_remember: (paths: string[]) => Promise<void>) => ({ saveCaseFile: ok, pendingJournal: ok, restoreJournal: ok, discardJournal: ok }));

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const labels = (items: Item[]): (string | undefined)[] => items.map((i) => i.label ?? i.role);
const lastMenu = (): Item[] => {
  const built = fakes.electron.Menu.buildFromTemplate.mock.lastCall?.[0];
  return built as unknown as Item[];
};

describe('startFileHost', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    fakes.electron.app.getPath.mockReturnValue(userData);
  });

  it('registers the host channels (files and cases) and sets the app menu', async () => {
    const dispose = await startFileHost({ call: vi.fn(), window: () => fakes.win as never, caseHandlers });
    expect(fakes.electron.app.getPath).toHaveBeenCalledWith('userData');
    expect(fakes.electron.ipcMain.handle.mock.calls.map(([c]) => c)).toEqual([
      'redthread-host:openFileDialog',
      'redthread-host:recentFiles',
      'redthread-host:openRecent',
      'redthread-host:saveCaseFile',
      'redthread-host:pendingJournal',
      'redthread-host:restoreJournal',
      'redthread-host:discardJournal',
    ]);
    expect(fakes.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(labels(lastMenu())).toEqual(['&File', 'editMenu', '&View', '&Help']);
    dispose();
    expect(fakes.electron.ipcMain.removeHandler).toHaveBeenCalledTimes(7);
  });

  it('a saved case joins the recent list and the Open Recent menu', async () => {
    await startFileHost({ call: vi.fn(), window: () => fakes.win as never, caseHandlers });
    const remember = caseHandlers.mock.lastCall?.[0];
    await remember?.([join(userData, 'Interpol 2018 (copy).redthread')]);
    const recent = submenu(submenu(lastMenu()[0]).find((i) => i.label === 'Open Recent'));
    expect(labels(recent)).toContain('Interpol 2018 (copy).redthread');
  });

  it('File → Open… (Ctrl+O) sends the open command to the page', async () => {
    await startFileHost({ call: vi.fn(), window: () => fakes.win as never, caseHandlers });
    const open = submenu(lastMenu()[0]).find((i) => i.label === 'Open…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    open?.click?.(undefined as never, undefined, undefined as never);
    expect(fakes.send).toHaveBeenCalledWith('redthread:menu', { command: 'open' });
  });
});

describe('progressForwarder', () => {
  it('sends each progress event on the one progress channel, payload only', () => {
    fakes.send.mockClear();
    const forward = progressForwarder(() => fakes.win as never);
    forward({ task: 'open', phase: 'parse', done: 10, total: 100 });
    expect(fakes.send.mock.calls).toEqual([['redthread:progress', { task: 'open', phase: 'parse', done: 10, total: 100 }]]);
  });

  it('drops events when there is no live window', () => {
    fakes.send.mockClear();
    progressForwarder(() => null)({ task: 'open', phase: 'parse', done: 1, total: 2 });
    progressForwarder(() => ({ ...fakes.win, isDestroyed: () => true }) as never)({ task: 'open', phase: 'parse', done: 1, total: 2 });
    expect(fakes.send).not.toHaveBeenCalled();
  });
});

describe('menuTemplate', () => {
  const recent = [
    { id: 'r1', names: ['nodes.csv', 'edges.csv'], openedAt: '2024-01-01T00:00:00Z' },
    { id: 'r2', names: ['les_miserables.gexf'], openedAt: '2024-01-01T00:00:00Z' },
  ];

  it('has File (New Case, Open…, Open Interpol 2018, Open Recent, Save, Save As…, Quit), and re-opens a recent entry by id', () => {
    const send = vi.fn();
    const [file] = menuTemplate({ isDev: false, recent, send });
    expect(labels(submenu(file)).filter(Boolean)).toEqual(['New Case', 'Open…', 'Open Interpol 2018', 'Open Recent', 'Save', 'Save As…', 'quit']);
    const recentItems = submenu(submenu(file).find((i) => i.label === 'Open Recent'));
    expect(labels(recentItems)).toEqual(['nodes.csv + edges.csv', 'les_miserables.gexf']);
    recentItems[1]?.click?.(undefined as never, undefined, undefined as never);
    submenu(file).find((i) => i.label === 'Open Interpol 2018')?.click?.(undefined as never, undefined, undefined as never);
    expect(send.mock.calls).toEqual([[{ command: 'open-recent', id: 'r2' }], [{ command: 'open-default' }]]);
  });

  it.each([
    ['New Case', 'CmdOrCtrl+N', 'new-case'],
    ['Save', 'CmdOrCtrl+S', 'save'],
    ['Save As…', 'CmdOrCtrl+Shift+S', 'save-as'],
  ])('File → %s (%s) sends %s to the page', (label, accelerator, command) => {
    const send = vi.fn();
    const item = submenu(menuTemplate({ isDev: false, recent: [], send })[0]).find((i) => i.label === label);
    expect(item?.accelerator).toBe(accelerator);
    item?.click?.(undefined as never, undefined, undefined as never);
    expect(send.mock.calls).toEqual([[{ command }]]);
  });

  it('offers Reload and DevTools in development only', () => {
    const roles = (isDev: boolean) => submenu(menuTemplate({ isDev, recent: [], send: vi.fn() }).find((i) => i.label === '&View')).map((i) => i.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('forceReload');
  });

  it('says so when there are no recent files', () => {
    const [file] = menuTemplate({ isDev: false, recent: [], send: vi.fn() });
    expect(submenu(submenu(file).find((i) => i.label === 'Open Recent'))).toEqual([{ label: 'No recent files', enabled: false }]);
  });
});

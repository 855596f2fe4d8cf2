// The app menu as data: File (New Case, Open…, Open Interpol 2018, Recent, Save, Save As…,
// Quit), View (reload and DevTools in development only) and Help. Commands go to the
// renderer, which runs them like its own buttons so progress, CSV mapping, the layout a
// save carries and errors stay in one place.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../graph-data/src/contract.js';

export interface MenuOptions {
  /** Unpackaged runs get Reload and DevTools; a shipped app has neither. */
  isDev: boolean;
  recent: RecentFile[];
  send(command: MenuCommand): void;
  isMac?: boolean;
}

export function menuTemplate({ isDev, recent, send, isMac = false }: MenuOptions): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent files', enabled: false }]
      : recent.map((entry) => ({ label: entry.names.join(' + '), click: () => send({ command: 'open-recent', id: entry.id }) }));
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Case', accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'new-case' }) },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'open' }) },
      { label: 'Open Interpol 2018', click: () => send({ command: 'open-default' }) },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send({ command: 'save' }) },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send({ command: 'save-as' }) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [{ role: 'about' }] };
  // The edit roles keep copy/paste shortcuts working in the search box on macOS.
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };
  return [...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, help];
}

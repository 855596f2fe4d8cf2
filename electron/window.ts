// The one BrowserWindow factory: size, theme-matched background, and the security
// wiring (navigation, window.open, permissions) of its webContents.
import { BrowserWindow, nativeTheme, shell } from 'electron';
import {
  createNavigationGuard,
  createWindowOpenHandler,
  denyPermissionCheck,
  denyPermissionRequest,
} from './security/navigation.js';
import { secureWebPreferences } from './security/web-preferences.js';

// Painted before the renderer's first frame, so it must match the app's own light/dark surfaces.
export const DARK_BACKGROUND = '#15171c';
export const LIGHT_BACKGROUND = '#f6f6f4';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Redthread',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? DARK_BACKGROUND : LIGHT_BACKGROUND,
    webPreferences: secureWebPreferences(preloadPath),
  });

  const openExternal = (url: string): void => {
    shell.openExternal(url).catch((error: unknown) => console.warn(`redthread: could not open ${url}:`, error));
  };
  const contents = win.webContents;
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
  const guard = createNavigationGuard(openExternal);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler(denyPermissionRequest);
  contents.session.setPermissionCheckHandler(denyPermissionCheck);

  // Showing only once painted avoids a white flash on dark systems.
  win.once('ready-to-show', () => win.show());
  return win;
}

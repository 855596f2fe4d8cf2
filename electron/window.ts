// The one BrowserWindow factory: size, theme-matched background, and the security
// wiring (navigation, window.open, permissions) of its webContents.
import { BrowserWindow, dialog, nativeTheme, shell } from 'electron';
import { confirmationBox, createExternalLinkOpener } from './security/external-links.js';
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
  // Electronegativity reads webPreferences only as an object literal, so it cannot see that
  // secureWebPreferences() sets contextIsolation and sandbox (asserted in window.test.ts).
  // Auxclick: a middle-click opens through setWindowOpenHandler below, which always denies.
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Redthread',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? DARK_BACKGROUND : LIGHT_BACKGROUND,
    webPreferences: secureWebPreferences(preloadPath),
  });

  // A link opens only once the user confirms it in main's dialog, which shows the full URL;
  // the opener refuses anything but https and mailto without credentials before asking.
  const openLink = createExternalLinkOpener({
    confirm: async (href) => (await dialog.showMessageBox(win, confirmationBox(href))).response === 1,
    open: (href) => shell.openExternal(href), // eng-disable OPEN_EXTERNAL_JS_CHECK
  });
  const openExternal = (url: string): void => void openLink(url);
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

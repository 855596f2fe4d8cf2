// Navigation, window.open, external-link and permission policy for the renderer: pure
// functions, wired to the window's webContents and session by window.ts.
import { APP_HOST, APP_SCHEME } from './protocol-path.js';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The renderer may only ever be on its own app://redthread/ pages. */
export function isAllowedNavigation(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    !parsed.port &&
    !parsed.username &&
    !parsed.password
  );
}

/** Links handed to the OS: only https and mailto, never with embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  return parsed.protocol === 'mailto:';
}

export type OpenExternal = (url: string) => unknown;

/** A new window is never created; safe links go to the system browser instead. */
export function createWindowOpenHandler(openExternal: OpenExternal): (details: { url: string }) => { action: 'deny' } {
  return ({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  };
}

/** `will-navigate` / `will-redirect`: stay in the app; a safe external link opens outside it. */
export function createNavigationGuard(
  openExternal: OpenExternal,
): (event: { preventDefault(): void }, url: string) => void {
  return (event, url) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) openExternal(url);
  };
}

/** The explorer needs no camera, geolocation, notifications or anything else: deny all. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

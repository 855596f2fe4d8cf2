// Navigation stays on app://redthread/, new windows are denied, only safe links leave the app.
import { describe, expect, it, vi } from 'vitest';
import {
  createNavigationGuard,
  createWindowOpenHandler,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isSafeExternalUrl,
} from './navigation.js';
import { isTrustedSender } from './sender.js';

describe('isAllowedNavigation', () => {
  it.each(['app://redthread/index.html', 'app://redthread/', 'app://redthread/index.html#node=x'])('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://example.org/',
    'http://localhost:5174/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://redthread.evil/',
    'app://user@redthread/',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.dailymail.co.uk/news/article.html', 'mailto:desk@example.org'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.org/',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'app://redthread/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.org/',
    'https://user@example.org/',
    'smb://server/share',
    'https//missing-colon',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('createWindowOpenHandler', () => {
  it('always denies, and hands only safe links to openExternal', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://redthread/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});

describe('createNavigationGuard', () => {
  const navigate = (url: string): { prevented: boolean; opened: unknown[][] } => {
    const openExternal = vi.fn();
    const event = { preventDefault: vi.fn() };
    createNavigationGuard(openExternal)(event, url);
    return { prevented: event.preventDefault.mock.calls.length > 0, opened: openExternal.mock.calls };
  };

  it('lets the app navigate within itself', () => {
    expect(navigate('app://redthread/index.html')).toEqual({ prevented: false, opened: [] });
  });

  it('stops an external navigation and opens a safe one outside', () => {
    expect(navigate('https://example.org/')).toEqual({ prevented: true, opened: [['https://example.org/']] });
    expect(navigate('file:///etc/passwd')).toEqual({ prevented: true, opened: [] });
  });
});

describe('permissions', () => {
  it('denies every request and check', () => {
    const callback = vi.fn();
    denyPermissionRequest(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app main frame only', () => {
    expect(isTrustedSender({ url: 'app://redthread/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://redthread/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

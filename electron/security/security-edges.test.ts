// The edges of the security policy: URLs that look almost like the app's own, each refusal
// naming what is wrong (the reason is what a developer reads in the log when a file will
// not load), the served types a browser relies on, and every webPreferences switch.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from './csp.js';
import { createNavigationGuard, isAllowedNavigation, isSafeExternalUrl } from './navigation.js';
import { lexicalAppPath, lexicalPath, resolveAppPath, resolveServedPath } from './protocol-path.js';
import { secureWebPreferences } from './web-preferences.js';

describe('navigation policy edges', () => {
  it.each(['app://redthread:8080/', 'app://redthread:443/index.html', 'app://:pw@redthread/', 'app://user@redthread/', 'other://redthread/', 'apps://redthread/'])(
    'keeps the window off %s',
    (url) => {
      expect(isAllowedNavigation(url)).toBe(false);
      const event = { preventDefault: vi.fn() };
      const openExternal = vi.fn();
      createNavigationGuard(openExternal)(event, url);
      expect(event.preventDefault).toHaveBeenCalledOnce();
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it.each(['https://:pw@host.example/', 'https://user@host.example/', 'https://user:pw@host.example/', 'mailto://:pw@x.example', 'ftp://host.example/'])(
    'never hands %s to the system browser',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(false);
    },
  );

  it('hands a plain https link to the system browser and keeps the window', () => {
    const event = { preventDefault: vi.fn() };
    const openExternal = vi.fn();
    createNavigationGuard(openExternal)(event, 'https://host.example/a?b#c');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://host.example/a?b#c');
  });
});

const ROOT = '/srv/renderer';

describe('protocol paths: each refusal names its reason', () => {
  it.each([
    ['index.html', 'path must start with "/"'],
    ['/a\\b', 'backslash in path'],
    ['/%2e%2e/x', 'encoded dot, separator or NUL in path'],
    ['/a%2Fb', 'encoded dot, separator or NUL in path'],
    ['/%E0%A4%A', 'malformed percent-encoding'],
    ['/a%5Cb', 'encoded dot, separator or NUL in path'],
    ['//etc/passwd', 'absolute path'],
    ['/C:/Windows/win.ini', 'absolute path'],
    ['/c:x', 'absolute path'],
    ['/../etc/passwd', 'dot segment in path'],
    ['/assets/./x.js', 'dot segment in path'],
    ['/assets//x.js', 'empty segment or ":" in path'],
    ['/assets/', 'empty segment or ":" in path'],
    ['/file.txt:stream', 'empty segment or ":" in path'],
  ])('%s → %s', (raw, reason) => {
    expect(lexicalPath(ROOT, raw)).toEqual({ ok: false, reason, status: 403 });
  });

  it('refuses a raw NUL byte', () => {
    expect(lexicalPath(ROOT, '/a\u0000b')).toEqual({ ok: false, reason: 'NUL byte in path', status: 403 });
  });

  it('accepts names that only resemble the refused ones', () => {
    expect(lexicalPath(ROOT, '/assets/x.js/')).toMatchObject({ ok: false });
    expect(lexicalPath(ROOT, '/a..b/c.d.js')).toEqual({ ok: true, path: join(ROOT, 'a..b/c.d.js') });
    expect(lexicalPath(ROOT, '/x/c:')).toMatchObject({ ok: false, reason: 'empty segment or ":" in path' });
    expect(lexicalPath(ROOT, '/assets/x%20y.js')).toEqual({ ok: true, path: join(ROOT, 'assets/x y.js') });
  });

  it.each([
    'app://redthread:8080/index.html',
    'app://u:p@redthread/',
    'app://other/',
    'https://redthread/',
    'app://REDTHREAD/index.html?',
    // Would pass the raw-prefix check alone: only the parsed host refuses them.
    'app://redthread.evil/index.html',
    'app://redthreadx/index.html',
    'app://redthread@redthread/index.html',
    'app://redthread:pw@redthread/index.html',
    // The parser lower-cases the scheme and trims spaces; the raw text is what gets sliced.
    'APP://redthread/index.html',
    ' app://redthread/index.html',
  ])(
    'refuses %s as not an app URL',
    (url) => expect(lexicalAppPath(ROOT, url)).toEqual({ ok: false, reason: 'not an app://redthread/ URL', status: 403 }),
  );

  it('refuses a string that is not a URL', () => {
    expect(lexicalAppPath(ROOT, 'no url')).toEqual({ ok: false, reason: 'malformed URL', status: 403 });
  });
});

describe('protocol paths on real files', () => {
  const base = mkdtempSync(join(tmpdir(), 'redthread-edges-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  symlinkSync(root, join(root, 'self'));
  symlinkSync(base, join(root, 'up'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('refuses a link to the root itself or to its parent as outside the root (403, not 404)', async () => {
    expect(await resolveAppPath(root, 'app://redthread/self')).toEqual({ ok: false, reason: 'resolves outside the root', status: 403 });
    expect(await resolveAppPath(root, 'app://redthread/up')).toEqual({ ok: false, reason: 'resolves outside the root', status: 403 });
  });

  it('answers 404 with its reason for a missing file and for a directory', async () => {
    expect(await resolveAppPath(root, 'app://redthread/nope.js')).toEqual({ ok: false, reason: 'no such file', status: 404 });
    expect(await resolveAppPath(root, 'app://redthread/assets')).toEqual({ ok: false, reason: 'not a file', status: 404 });
  });

  it('serves the browser host from a request path with the same checks', async () => {
    expect(await resolveServedPath(root, '/index.html')).toMatchObject({ ok: true, path: expect.stringMatching(/index\.html$/) });
    expect(await resolveServedPath(root, '/../secret.txt')).toEqual({ ok: false, reason: 'dot segment in path', status: 403 });
    expect(await resolveServedPath(root, '/up/secret.txt')).toEqual({ ok: false, reason: 'resolves outside the root', status: 403 });
  });
});

describe('what the browser is told', () => {
  it('has exactly the directives the app needs', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]);
  });

  it.each([
    ['a.HTML', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.txt', 'text/plain; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.jpeg', 'image/jpeg'],
    ['a.gif', 'image/gif'],
    ['a.webp', 'image/webp'],
    ['a.ico', 'image/x-icon'],
    ['a.woff', 'font/woff'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.wasm', 'application/wasm'],
    ['a.exe', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(contentTypeFor(`/r/${file}`)).toBe(type);
  });

  it('turns every risky webPreferences switch off', () => {
    expect(secureWebPreferences('/p.cjs')).toEqual({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });
});

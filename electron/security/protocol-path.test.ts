// app://redthread/ requests resolve inside the renderer root and nowhere else.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { containedRealPath, lexicalAppPath, lexicalPath, resolveAppPath } from './protocol-path.js';

const ROOT = '/srv/renderer';

describe('lexicalAppPath', () => {
  it('maps app://redthread/assets/x.js under the root', () => {
    expect(lexicalAppPath(ROOT, 'app://redthread/assets/x.js')).toEqual({ ok: true, path: join(ROOT, 'assets/x.js') });
  });

  it('maps / (and a bare origin) to index.html and ignores query and fragment', () => {
    const index = { ok: true, path: join(ROOT, 'index.html') };
    expect(lexicalAppPath(ROOT, 'app://redthread/')).toEqual(index);
    expect(lexicalAppPath(ROOT, 'app://redthread')).toEqual(index);
    expect(lexicalAppPath(ROOT, 'app://redthread/index.html?x=1#top')).toEqual(index);
  });

  it('decodes once: a space in a file name is fine', () => {
    expect(lexicalAppPath(ROOT, 'app://redthread/assets/a%20b.png')).toEqual({ ok: true, path: join(ROOT, 'assets/a b.png') });
  });

  it.each([
    ['parent segment', 'app://redthread/../etc/passwd'],
    ['nested parent segment', 'app://redthread/assets/../../etc/passwd'],
    ['encoded dots', 'app://redthread/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://redthread/%2E%2E/etc/passwd'],
    ['half-encoded dots', 'app://redthread/.%2e/etc/passwd'],
    ['encoded slash', 'app://redthread/assets%2F..%2F..%2Fetc%2Fpasswd'],
    ['encoded backslash', 'app://redthread/..%5c..%5cetc'],
    ['backslash', 'app://redthread/..\\..\\etc\\passwd'],
    ['absolute path', 'app://redthread//etc/passwd'],
    ['windows drive', 'app://redthread/C:/Windows/win.ini'],
    ['NUL byte', 'app://redthread/index.html%00.png'],
    ['malformed escape', 'app://redthread/%E0%A4%A'],
    ['dot segment', 'app://redthread/./index.html'],
    ['other host', 'app://evil/index.html'],
    ['host lookalike', 'app://redthread.evil/index.html'],
    ['credentials', 'app://user:pw@redthread/index.html'],
    ['port', 'app://redthread:8080/index.html'],
    ['other scheme', 'file:///srv/renderer/index.html'],
    ['https', 'https://redthread/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    const result = lexicalAppPath(ROOT, url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.status).toBe(403);
  });
});

describe('lexicalPath', () => {
  it('requires a path starting with /', () => {
    expect(lexicalPath(ROOT, 'index.html').ok).toBe(false);
    expect(lexicalPath(ROOT, '/index.html')).toEqual({ ok: true, path: join(ROOT, 'index.html') });
  });
});

describe('containedRealPath / resolveAppPath (real files)', () => {
  const base = mkdtempSync(join(tmpdir(), 'redthread-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'x.js'), 'export {};');
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.js'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'x.js'), join(root, 'alias.js'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves a file inside the root', async () => {
    expect(await resolveAppPath(root, 'app://redthread/assets/x.js')).toMatchObject({ ok: true });
    expect(await resolveAppPath(root, 'app://redthread/')).toMatchObject({ ok: true });
  });

  it('follows a symlink that stays inside the root', async () => {
    expect(await resolveAppPath(root, 'app://redthread/alias.js')).toMatchObject({ ok: true });
  });

  it('refuses a symlinked file that points out of the root', async () => {
    expect(await resolveAppPath(root, 'app://redthread/assets/escape.js')).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses a symlinked directory that points out of the root', async () => {
    expect(await resolveAppPath(root, 'app://redthread/up/secret.txt')).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 404 for missing files and directories', async () => {
    expect(await resolveAppPath(root, 'app://redthread/assets/missing.js')).toMatchObject({ ok: false, status: 404 });
    expect(await containedRealPath(root, join(root, 'assets'))).toMatchObject({ ok: false, status: 404 });
  });
});

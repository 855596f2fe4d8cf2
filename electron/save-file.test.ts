// Saving an export: the dialog decides the path, the write is atomic, a cancel writes
// nothing, and a failed write leaves the old file as it was and no temp behind.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SAVE_FILE_CHANNEL } from '../graph-data/src/contract-methods.js';
import type { Result } from '../graph-data/src/contract.js';
import { registerSaveFileIpc, type InvokeEventLike } from './ipc.js';
import { saveFile, type SaveFileDeps, writeFileAtomic } from './save-file.js';
import { isTrustedSender } from './security/sender.js';

// The Electron module as the main process sees it; saveFile itself never imports it, the host file does.
const electron = vi.hoisted(() => ({ dialog: { showSaveDialog: vi.fn() }, app: { getPath: vi.fn(() => '/docs') }, ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));
vi.mock('electron', () => electron);

const dir = mkdtempSync(join(tmpdir(), 'redthread-save-'));
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const request = (name = 'interpol-2018-2026-11-27.svg') => ({ defaultName: name, filters: [{ name: 'SVG image', extensions: ['svg'] }], bytes: bytes('<svg/>') });
const deps = (result: { canceled: boolean; filePath?: string }): SaveFileDeps & { showSaveDialog: ReturnType<typeof vi.fn> } => ({
  showSaveDialog: vi.fn(() => Promise.resolve(result)),
  defaultDir: () => '/home/user/Documents',
});

describe('saveFile', () => {
  it('writes the bytes where the dialog says and returns only the name', async () => {
    const target = join(dir, 'chosen.svg');
    const d = deps({ canceled: false, filePath: target });
    await expect(saveFile(request(), d)).resolves.toEqual({ ok: true, value: { saved: true, name: 'chosen.svg' } });
    expect(readFileSync(target, 'utf8')).toBe('<svg/>');
    expect(d.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/user/Documents/interpol-2018-2026-11-27.svg',
      filters: [{ name: 'SVG image', extensions: ['svg'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the user cancels', async () => {
    const before = readdirSync(dir);
    await expect(saveFile(request(), deps({ canceled: true }))).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(readdirSync(dir)).toEqual(before);
  });

  it('refuses a default name with a folder in it, before any dialog', async () => {
    for (const name of ['../../.bashrc', '/etc/passwd', 'a\\b.svg', '..']) {
      const d = deps({ canceled: false, filePath: join(dir, 'x') });
      const result = await saveFile(request(name), d);
      expect(result.ok).toBe(false);
      expect(d.showSaveDialog).not.toHaveBeenCalled();
    }
    expect((await saveFile({ ...request(), bytes: 'not bytes' }, deps({ canceled: true }))).ok).toBe(false);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'replace.png');
    writeFileSync(target, 'old contents');
    await writeFileAtomic(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('on a failed write says so, names the file, and creates nothing (a path under a regular file fails even for root)', async () => {
    const notADir = join(dir, 'plain-file');
    writeFileSync(notADir, 'I am a file');
    const target = join(notADir, 'report.pdf');
    const result = await saveFile(request(), deps({ canceled: false, filePath: target }));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'saveFile: could not write report.pdf (ENOTDIR); nothing was changed' } });
    expect(readFileSync(notADir, 'utf8')).toBe('I am a file');
  });

  it('on a failed rename (target is a folder) keeps the old entry and removes the temp', async () => {
    // Works as root too: rename() of a file over a non-empty directory fails for everyone.
    const target = join(dir, 'busy.svg');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'keep me');
    const result = await saveFile(request(), deps({ canceled: false, filePath: target }));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('keep me');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the saveFile channel', () => {
  it('is sender-checked and wired to the native dialog by the host', async () => {
    const handlers = new Map<string, (event: InvokeEventLike, args: unknown) => Promise<Result<unknown>>>();
    const ipc = { handle: (c: string, l: (event: InvokeEventLike, args: unknown) => Promise<Result<unknown>>) => handlers.set(c, l), removeHandler: (c: string) => handlers.delete(c) };
    const save = vi.fn(() => Promise.resolve<Result<unknown>>({ ok: true, value: { saved: false } }));
    const dispose = registerSaveFileIpc(ipc, save, isTrustedSender);
    const handler = handlers.get(SAVE_FILE_CHANNEL);
    if (!handler) throw new Error('no saveFile handler');
    const evil = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, request());
    expect(evil).toMatchObject({ ok: false, error: { code: 'bad_sender' } });
    expect(save).not.toHaveBeenCalled();
    await handler({ senderFrame: { url: 'app://redthread/index.html', parent: null } }, request());
    expect(save).toHaveBeenCalledTimes(1);
    dispose();
    expect(handlers.size).toBe(0);

    // The host: the Documents folder and Electron's dialog.
    const { startSaveFile } = await import('./save-file-host.js');
    startSaveFile(() => null);
    const [channel, registered] = electron.ipcMain.handle.mock.lastCall as [string, (event: InvokeEventLike, args: unknown) => Promise<Result<unknown>>];
    expect(channel).toBe(SAVE_FILE_CHANNEL);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(registered({ senderFrame: { url: 'app://redthread/index.html', parent: null } }, request())).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/docs/interpol-2018-2026-11-27.svg' }));
  });
});

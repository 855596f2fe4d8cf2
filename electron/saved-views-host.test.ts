// The saved-views host with Electron mocked: the store lives under userData, and the
// channels it registers answer the app's frame (and are removed on dispose).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, args: unknown) => Promise<unknown>;
const fakes = vi.hoisted(() => ({
  userData: '',
  handlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
}));
vi.mock('electron', () => ({
  app: { getPath: vi.fn((name: string) => (name === 'userData' ? fakes.userData : '/nowhere')) },
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => fakes.handlers.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => fakes.handlers.delete(channel)),
  },
}));

fakes.userData = mkdtempSync(join(tmpdir(), 'redthread-userdata-'));
afterAll(() => rmSync(fakes.userData, { recursive: true, force: true }));

const { startSavedViews } = await import('./saved-views-host.js');

describe('startSavedViews', () => {
  it('keeps the views in saved-views.json under userData, behind sender-checked channels', async () => {
    const dispose = startSavedViews();
    expect([...fakes.handlers.keys()]).toEqual(['redthread-host:listViews', 'redthread-host:saveView', 'redthread-host:deleteView']);
    const app = { senderFrame: { url: 'app://redthread/index.html', parent: null } };
    const save = fakes.handlers.get('redthread-host:saveView');
    await expect(save?.(app, { name: 'Chain', nodes: ['a'] })).resolves.toEqual({ ok: true, value: { name: 'Chain' } });
    expect(existsSync(join(fakes.userData, 'saved-views.json'))).toBe(true);
    const remote = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(fakes.handlers.get('redthread-host:listViews')?.(remote, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'bad_sender' } });
    dispose();
    expect(fakes.handlers.size).toBe(0);
  });
});

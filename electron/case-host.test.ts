// The case host in the running app, with a mocked `electron`: the native Save / Don't Save /
// Cancel box and its answers, main's "save" request to the page, the save dialog on the window,
// and the window's close handler and title.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Method, Result } from '../graph-data/src/contract.js';
import { createSession } from '../graph-data/src/service/session.js';
import { fixtureDataset } from '../graph-data/src/service/test-fixture.js';

const userData = mkdtempSync(join(tmpdir(), 'redthread-casehost-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const fakes = vi.hoisted(() => {
  const send = vi.fn();
  const win = {
    isDestroyed: () => false,
    setTitle: vi.fn(),
    setDocumentEdited: vi.fn(),
    setRepresentedFilename: vi.fn(),
    webContents: { isDestroyed: () => false, send },
  };
  return {
    send,
    win,
    electron: {
      app: { getPath: vi.fn((_name: string) => '') },
      dialog: {
        showMessageBox: vi.fn((_win: unknown, _box?: unknown) => Promise.resolve({ response: 2 })),
        showSaveDialog: vi.fn((_win: unknown, _options?: unknown) => Promise.resolve({ canceled: false, filePath: '' })),
      },
    },
  };
});
vi.mock('electron', () => fakes.electron);

const { attachCaseWindow, saveChangesBox, startCaseHost } = await import('./case-host.js');

function host() {
  const session = createSession({ loadDefault: async () => ({ ...fixtureDataset(), readOnly: true }) });
  const call = (method: Method, args: unknown): Promise<Result<unknown>> => session.handle(method, args);
  const started = startCaseHost({ call, window: () => fakes.win as never });
  const remember = vi.fn(async (_paths: string[]) => undefined);
  return { ...started, fns: started.handlers(remember), remember };
}

/** A window that emits close like Electron's: listeners may preventDefault; close() emits again. */
class FakeWindow extends EventEmitter {
  closed = false;
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
}

beforeEach(() => {
  vi.clearAllMocks();
  fakes.electron.app.getPath.mockImplementation((name: string) => (name === 'userData' ? join(userData, String(Math.random())) : userData));
});

describe('startCaseHost', () => {
  it('titles the window from the case', async () => {
    const { doc } = host();
    await doc.refresh();
    expect(fakes.win.setTitle).toHaveBeenLastCalledWith('Fixture (read-only) — Redthread');
    await doc.call('saveCopy', {});
    expect(fakes.win.setTitle).toHaveBeenLastCalledWith('• Fixture (copy) — Redthread');
  });

  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
  ] as const)('asks with the native box on the window; button %i means %s', async (response, choice) => {
    const { doc } = host();
    await doc.call('saveCopy', {});
    fakes.electron.dialog.showMessageBox.mockResolvedValueOnce({ response });
    // Save: the page is asked (MENU save); it does not answer here, so settle it as not saved.
    const leave = doc.confirmLeave();
    if (choice === 'save') {
      await vi.waitFor(() => expect(fakes.send).toHaveBeenCalledWith('redthread:menu', { command: 'save' }));
      doc.settleSave(false);
    }
    expect(await leave).toBe(choice === 'discard');
    expect(fakes.electron.dialog.showMessageBox).toHaveBeenCalledWith(fakes.win, saveChangesBox('Fixture (copy)'));
  });

  it('the box reads like a document app: the case named, Save first, Cancel on Escape', () => {
    expect(saveChangesBox('Interpol 2018 (copy)')).toMatchObject({
      message: 'Do you want to save the changes you made to “Interpol 2018 (copy)”?',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
    });
  });

  it('Save shows the save dialog on the window, offering the case name in Documents', async () => {
    const { doc, fns } = host();
    await doc.call('saveCopy', {});
    const target = join(userData, 'saved-case.redthread');
    fakes.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await fns.saveCaseFile({});
    expect(result).toEqual({ ok: true, value: { saved: true, name: 'saved-case.redthread' } });
    expect(fakes.electron.dialog.showSaveDialog).toHaveBeenCalledWith(fakes.win, expect.objectContaining({ defaultPath: join(userData, 'Fixture (copy).redthread'), filters: [{ name: 'Redthread case', extensions: ['redthread'] }] }));
    expect(fakes.win.setTitle).toHaveBeenLastCalledWith('Fixture (copy) — Redthread');
  });
});

describe('attachCaseWindow', () => {
  const doc = (unsaved: boolean, leave: boolean) => ({ unsaved, confirmLeave: vi.fn(() => Promise.resolve(leave)) });

  it('keeps the title main sets (the page cannot replace it)', () => {
    const win = new FakeWindow();
    attachCaseWindow(win, doc(false, true));
    const event = { preventDefault: vi.fn() };
    win.emit('page-title-updated', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('closes at once when nothing is unsaved', () => {
    const win = new FakeWindow();
    const d = doc(false, true);
    attachCaseWindow(win, d);
    win.close();
    expect(win.closed).toBe(true);
    expect(d.confirmLeave).not.toHaveBeenCalled();
  });

  it('with unsaved edits: asks first, then closes when the answer allows it (Save done, or Don\'t Save)', async () => {
    const win = new FakeWindow();
    const d = doc(true, true);
    const closed = vi.fn();
    attachCaseWindow(win, d, closed);
    win.close();
    expect(win.closed).toBe(false);
    await vi.waitFor(() => expect(win.closed).toBe(true));
    expect(d.confirmLeave).toHaveBeenCalledTimes(1);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('Cancel keeps the window open; a second close while asking asks only once', async () => {
    const win = new FakeWindow();
    let answer: (leave: boolean) => void = () => undefined;
    const d = { unsaved: true, confirmLeave: vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve))) };
    attachCaseWindow(win, d);
    win.close();
    win.close();
    answer(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(win.closed).toBe(false);
    expect(d.confirmLeave).toHaveBeenCalledTimes(1);
  });
});

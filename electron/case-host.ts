// Wires the case document into the running app: the journal under userData, the native
// Save / Don't Save / Cancel box, the save dialog, the window's title and its close handler.
import { app, type BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { MENU_CHANNEL } from '../graph-data/src/contract-methods.js';
import type { MenuCommand } from '../graph-data/src/contract.js';
import { type CaseDocument, createCaseDocument, type SaveChoice } from './case-document.js';
import { caseHandlers, createCaseFunctions } from './case-files.js';
import { createCaseJournal } from './case-journal.js';
import type { ServiceCall } from './ipc.js';

/** The box a document app shows before unsaved edits would be lost; buttons in SAVE_CHOICES order. */
export function saveChangesBox(name: string): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to “${name}”?`,
    detail: "Your changes will be lost if you don't save them.",
  };
}
export const SAVE_CHOICES: readonly SaveChoice[] = ['save', 'discard', 'cancel'];

export interface CaseHostOptions {
  call: ServiceCall;
  window(): BrowserWindow | null;
}

const live = (win: BrowserWindow | null): BrowserWindow | null => (win && !win.isDestroyed() ? win : null);

export function startCaseHost({ call, window }: CaseHostOptions) {
  const journal = createCaseJournal(app.getPath('userData'));
  const doc = createCaseDocument({
    call,
    journal,
    window: () => live(window()),
    askToSave: async (name) => {
      const win = live(window());
      const box = saveChangesBox(name);
      const { response } = win ? await dialog.showMessageBox(win, box) : await dialog.showMessageBox(box);
      return SAVE_CHOICES[response] ?? 'cancel';
    },
    requestSave: () => {
      const win = live(window());
      if (!win || win.webContents.isDestroyed()) return false;
      win.webContents.send(MENU_CHANNEL, { command: 'save' } satisfies MenuCommand);
      return true;
    },
  });
  /** The case host functions, given the recent list's `remember` (the file host owns the list). */
  const handlers = (remember: (paths: string[]) => Promise<void>) =>
    caseHandlers(
      createCaseFunctions({
        doc,
        journal,
        remember,
        defaultDir: () => app.getPath('documents'),
        showSaveDialog: (options) => {
          const win = live(window());
          return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
        },
      }),
    );
  return { doc, handlers };
}

/** The parts of a BrowserWindow the close guard uses. */
export interface GuardedWindow {
  on(event: 'close' | 'page-title-updated', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
}

/**
 * The window's title comes from the case document, not the page; closing with unsaved edits
 * asks Save / Don't Save / Cancel first. `closed` runs once a guarded close went through (a quit
 * that the question interrupted goes on).
 */
export function attachCaseWindow(win: GuardedWindow, doc: Pick<CaseDocument, 'unsaved' | 'confirmLeave'>, closed?: () => void): void {
  win.on('page-title-updated', (event) => event.preventDefault());
  let confirmed = false;
  let asking = false;
  win.on('close', (event) => {
    if (confirmed || !doc.unsaved) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void doc
      .confirmLeave()
      .then((leave) => {
        if (!leave) return;
        confirmed = true;
        win.close();
        closed?.();
      })
      .finally(() => {
        asking = false;
      });
  });
}

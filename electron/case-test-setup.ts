// Shared by the case tests: the real session on the fixture dataset (opened read-only, as the
// shipped case is), the real journal under a temporary userData, and a window that records titles.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { Method, Result } from '../graph-data/src/contract.js';
import { createSession } from '../graph-data/src/service/session.js';
import { fixtureDataset } from '../graph-data/src/service/test-fixture.js';
import { createCaseDocument, type SaveChoice } from './case-document.js';
import { createCaseFunctions } from './case-files.js';
import { createCaseJournal } from './case-journal.js';

export const tempRoot = mkdtempSync(join(tmpdir(), 'redthread-case-'));

export interface SetupOptions {
  platform?: NodeJS.Platform;
  choice?: SaveChoice;
  /** Reuse a userData folder (a second run of the app). */
  userData?: string;
  savePath?: string | null;
}

export function setupCase({ platform = 'linux', choice = 'cancel', userData = mkdtempSync(join(tempRoot, 'user-')), savePath }: SetupOptions = {}) {
  const session = createSession({ loadDefault: async () => ({ ...fixtureDataset(), readOnly: true }) });
  const service = vi.fn((method: Method, args: unknown): Promise<Result<unknown>> => session.handle(method, args));
  const journal = createCaseJournal(userData);
  const titles: string[] = [];
  const win = { setTitle: (title: string) => void titles.push(title), setDocumentEdited: vi.fn(), setRepresentedFilename: vi.fn() };
  const askToSave = vi.fn(async (_name: string): Promise<SaveChoice> => choice);
  const requestSave = vi.fn(() => true);
  const doc = createCaseDocument({ call: service, journal, window: () => win, platform, askToSave, requestSave });
  const target = savePath === undefined ? join(userData, 'My case') : savePath;
  const showSaveDialog = vi.fn(async (_options: { defaultPath: string }) => (target ? { canceled: false, filePath: target } : { canceled: true }));
  const remember = vi.fn(async (_paths: string[]) => undefined);
  const fns = createCaseFunctions({ doc, journal, showSaveDialog, defaultDir: () => userData, remember });
  const value = async <T>(method: Method, args: unknown = {}): Promise<T> => {
    const result = await doc.call(method, args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return { userData, session, service, journal, titles, win, askToSave, requestSave, doc, fns, showSaveDialog, remember, value };
}

export const addNode = (label: string) => ({ command: { type: 'addNode', node: { kind: 'person', label } } });

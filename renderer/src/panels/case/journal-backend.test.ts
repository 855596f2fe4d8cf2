// The page's face of the journal: in Electron it never writes (main journals each edit itself),
// asks main for the restore offer, and reports a restore main refused; the browser host writes.
import { describe, expect, it, vi } from 'vitest';
import type { RedthreadHost } from '../../../../graph-data/src/contract.js';
import { journalFor } from './journal-backend.js';

const status = { revision: 1, canUndo: true, canRedo: false, unsaved: true, name: 'Case', base: 'new', readOnly: false, journalHeader: '{}' };
const outcome = { state: status, createdNodes: [], removed: { nodes: [], edges: [], sources: [] }, touched: { nodes: [], edges: [], ends: [], sources: [] }, journal: { seq: 1, at: 'T', kind: 'redo' as const } };
const calls = { openGraph: vi.fn(), replayJournal: vi.fn() };

function electronHost() {
  return {
    pendingJournal: vi.fn(async () => ({ ok: true as const, value: { name: 'Interpol (copy)', count: 3 } })),
    restoreJournal: vi.fn(async () => ({ ok: false as const, error: { code: 'bad_file' as const, message: 'restoreJournal: the file the edits apply to cannot be opened' } })),
    discardJournal: vi.fn(async () => ({ ok: true as const, value: { discarded: true } })),
  };
}

describe('journalFor', () => {
  it('in Electron: the offer comes from main, the page writes nothing, a refused restore is reported', async () => {
    const host = electronHost();
    const onError = vi.fn();
    const journal = journalFor(host as unknown as RedthreadHost, onError);
    expect(await journal.pending()).toEqual({ name: 'Interpol (copy)', count: 3 });
    await journal.record(status, outcome);
    expect(await journal.restore(calls)).toBeNull();
    expect(onError).toHaveBeenCalledWith('restoreJournal: the file the edits apply to cannot be opened');
    expect(calls.openGraph).not.toHaveBeenCalled();
    await journal.discard();
    expect(host.discardJournal).toHaveBeenCalledTimes(1);
  });

  it('in Electron: a restore that opened another graph hands it to the page', async () => {
    const host = electronHost();
    const opened = { info: { name: 'Interpol (copy)' }, warnings: [] };
    host.restoreJournal.mockResolvedValueOnce({ ok: true, value: { opened, replay: {} } } as never);
    expect(await journalFor(host as unknown as RedthreadHost, vi.fn()).restore(calls)).toEqual({ opened });
  });

  it('in the browser host (no journal functions on the host): the page keeps the journal', async () => {
    const journal = journalFor({} as RedthreadHost, vi.fn());
    // No IndexedDB here: the browser journal offers nothing rather than failing.
    expect(await journal.pending()).toBeNull();
    await expect(journal.record(status, outcome)).rejects.toThrow();
  });
});

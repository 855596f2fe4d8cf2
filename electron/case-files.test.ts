// Save, Save As and the restore offer of the Electron host, over the real session and journal:
// a case with no file asks where to go, is written whole, marked saved and listed as recent; the
// next Save writes the same file; a failed write leaves the case unsaved; a journal left by an
// earlier run reopens what it started from and replays onto it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DatasetInfo, EditStatus, SearchHit } from '../graph-data/src/contract.js';
import { caseHandlers } from './case-files.js';
import { addNode, setupCase, tempRoot } from './case-test-setup.js';

afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

type CaseDoc = { name: string; graph: { nodes: { key: string; attributes: { label: string } }[] } };
const readCase = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as CaseDoc;

describe('saveCaseFile', () => {
  it('asks where to save a case no file holds, writes it as .redthread, marks it saved, clears the journal and lists it as recent', async () => {
    const { fns, showSaveDialog, remember, journal, titles, userData, value } = setupCase();
    await value('saveCopy');
    await value('edit', addNode('Erik Ek'));
    expect(await journal.pending()).not.toBeNull();
    const saved = await fns.saveCaseFile({});
    expect(saved).toEqual({ ok: true, value: { saved: true, name: 'My case.redthread' } });
    expect(showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe(join(userData, 'Fixture (copy).redthread'));
    const file = join(userData, 'My case.redthread');
    const doc = readCase(file);
    expect(doc.name).toBe('Fixture (copy)');
    expect(doc.graph.nodes.map((n) => n.attributes.label)).toContain('Erik Ek');
    expect(await value<EditStatus>('editState')).toMatchObject({ unsaved: false });
    expect(titles.at(-1)).toBe('Fixture (copy) — Redthread');
    expect(await journal.pending()).toBeNull();
    expect(remember).toHaveBeenCalledWith([file]);
  });

  it('Save writes the same file again without asking; Save As asks', async () => {
    const { fns, showSaveDialog, userData, value } = setupCase();
    await value('saveCopy');
    await fns.saveCaseFile({});
    await value('edit', addNode('Erik Ek'));
    await fns.saveCaseFile({});
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    expect(readCase(join(userData, 'My case.redthread')).graph.nodes.map((n) => n.attributes.label)).toContain('Erik Ek');
    await fns.saveCaseFile({ saveAs: true });
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
  });

  it('a graph opened from another format becomes a case: Save asks for a path', async () => {
    const { doc, fns, showSaveDialog, userData } = setupCase();
    const gexf = join(userData, 'small.gexf');
    writeFileSync(gexf, '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A"/></nodes><edges/></graph></gexf>');
    const opened = await doc.call('openGraph', { files: [{ name: 'small.gexf', bytes: new Uint8Array(readFileSync(gexf)) }] });
    expect(opened.ok).toBe(true);
    await doc.opened([gexf]);
    await fns.saveCaseFile({});
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    // The source file is never overwritten by a case.
    expect(readFileSync(gexf, 'utf8')).toContain('<gexf');
  });

  it('the dialog cancelled: nothing is written and the case stays unsaved', async () => {
    const { fns, value } = setupCase({ savePath: null });
    await value('saveCopy');
    expect(await fns.saveCaseFile({})).toEqual({ ok: true, value: { saved: false } });
    expect(await value<EditStatus>('editState')).toMatchObject({ unsaved: true });
  });

  it('a failed write names the file and the reason, and the case stays unsaved with its journal', async () => {
    const { fns, value, journal, userData } = setupCase({ savePath: join(tempRoot, 'no-such-folder', 'x', 'case') });
    await value('saveCopy');
    await value('edit', addNode('Erik Ek'));
    const result = await fns.saveCaseFile({});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'saveCase: could not write case.redthread (ENOENT); nothing was changed' } });
    expect(await value<EditStatus>('editState')).toMatchObject({ unsaved: true });
    expect(await journal.pending()).toEqual({ name: 'Fixture (copy)', count: 1 });
    expect(userData).toBeTruthy();
  });

  it('the shipped case is refused with read_only (the page makes the copy first)', async () => {
    const { fns, showSaveDialog } = setupCase();
    const result = await fns.saveCaseFile({});
    expect(result.ok ? null : result.error.code).toBe('read_only');
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('restoring unsaved work at the next start', () => {
  it('reopens the saved case the edits apply to and replays them; later edits go on in the same journal', async () => {
    const first = setupCase();
    await first.value('saveCopy');
    await first.fns.saveCaseFile({});
    await first.value('edit', addNode('Erik Ek'));
    await first.value('edit', addNode('Dora Two'));
    // The app stops without saving; the next run finds the journal.
    const next = setupCase({ userData: first.userData });
    expect(await next.fns.pendingJournal()).toEqual({ ok: true, value: { name: 'Fixture (copy)', count: 2 } });
    const restored = await next.fns.restoreJournal();
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.opened?.info).toMatchObject({ name: 'Fixture (copy)' });
    expect(restored.value.replay).toMatchObject({ applied: 2, skipped: 0 });
    expect(await next.value<DatasetInfo>('datasetInfo')).toMatchObject({ nodeCount: 7 });
    expect(next.doc.state.path).toBe(join(first.userData, 'My case.redthread'));
    expect(next.titles.at(-1)).toBe('• Fixture (copy) — Redthread');
    await next.value('undo');
    expect((await next.journal.pending())?.count).toBe(3);
  });

  it('a copy never saved is made again, then the edits replayed', async () => {
    const first = setupCase();
    await first.value('saveCopy');
    await first.value('edit', addNode('Erik Ek'));
    const next = setupCase({ userData: first.userData });
    const restored = await next.fns.restoreJournal();
    expect(restored.ok && restored.value.opened?.info.name).toBe('Fixture (copy)');
    expect((await next.value<SearchHit[]>('search', { query: 'erik' })).map((h) => h.label)).toEqual(['Erik Ek']);
  });

  it('a case file gone since: says so and keeps the unsaved work', async () => {
    const first = setupCase();
    await first.value('saveCopy');
    await first.fns.saveCaseFile({});
    await first.value('edit', addNode('Erik Ek'));
    rmSync(join(first.userData, 'My case.redthread'));
    const next = setupCase({ userData: first.userData });
    const restored = await next.fns.restoreJournal();
    expect(restored.ok ? null : restored.error).toMatchObject({ code: 'bad_file', message: expect.stringMatching(/^restoreJournal: the file the edits apply to cannot be opened \(files: My case\.redthread: cannot read it \(ENOENT\)\); the unsaved work is kept$/) });
    expect((await next.fns.pendingJournal()).ok && (await next.journal.pending())?.count).toBe(1);
  });

  it('Discard drops the journal: nothing is offered again', async () => {
    const first = setupCase();
    await first.value('saveCopy');
    await first.value('edit', addNode('Erik Ek'));
    const next = setupCase({ userData: first.userData });
    await next.fns.discardJournal();
    expect(await next.fns.pendingJournal()).toEqual({ ok: true, value: null });
  });
});

describe('caseHandlers (the IPC face)', () => {
  const fns = { saveCaseFile: vi.fn(), pendingJournal: vi.fn(), restoreJournal: vi.fn(), discardJournal: vi.fn() };

  it('refuses a save that names a path or carries a malformed layout, without saving', async () => {
    const handlers = caseHandlers(fns);
    const path = await handlers.saveCaseFile({ saveAs: true, path: '/etc/passwd' });
    expect(path).toMatchObject({ ok: false, error: { code: 'bad_arguments', message: expect.stringMatching(/^saveCaseFile: .*path/) } });
    const layout = await handlers.saveCaseFile({ positions: { a: { x: 'left', y: 0 } } });
    expect(layout).toMatchObject({ ok: false, error: { code: 'bad_arguments', message: expect.stringMatching(/^saveCaseFile: positions\.a\.x/) } });
    expect(await handlers.restoreJournal({ journal: 'mine' })).toMatchObject({ ok: false, error: { code: 'bad_arguments' } });
    expect(fns.saveCaseFile).not.toHaveBeenCalled();
    expect(fns.restoreJournal).not.toHaveBeenCalled();
  });

  it('passes a valid save on', async () => {
    fns.saveCaseFile.mockResolvedValue({ ok: true, value: { saved: false } });
    await caseHandlers(fns).saveCaseFile({ saveAs: true, positions: { a: { x: 1, y: 2 } } });
    expect(fns.saveCaseFile).toHaveBeenCalledWith({ saveAs: true, positions: { a: { x: 1, y: 2 } } });
  });
});

// Main's case document over the real session: the window title follows editState, every edit is
// in the journal under userData before its answer, and another graph asks before it replaces
// unsaved edits (Save / Don't Save / Cancel).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetInfo, EditStatus } from '../graph-data/src/contract.js';
import { windowTitle } from './case-document.js';
import { JOURNAL_DIR } from './case-journal.js';
import { addNode, setupCase, tempRoot } from './case-test-setup.js';

afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

describe('the window title', () => {
  it('names the case, marks it read-only, then marks unsaved edits with •', async () => {
    const { doc, titles, value } = setupCase();
    await doc.refresh();
    expect(titles.at(-1)).toBe('Fixture (read-only) — Redthread');
    await value('saveCopy');
    expect(titles.at(-1)).toBe('• Fixture (copy) — Redthread');
    await value('undo').catch(() => undefined);
    await value('edit', addNode('Erik Ek'));
    expect(titles.at(-1)).toBe('• Fixture (copy) — Redthread');
  });

  it('on macOS leaves the mark to setDocumentEdited (the dot in the close button, "Edited")', async () => {
    const { doc, titles, win, value } = setupCase({ platform: 'darwin' });
    await doc.refresh();
    expect(win.setDocumentEdited).toHaveBeenLastCalledWith(false);
    await value('saveCopy');
    expect(titles.at(-1)).toBe('Fixture (copy) — Redthread');
    expect(win.setDocumentEdited).toHaveBeenLastCalledWith(true);
  });

  it('is "Redthread" when there is no case', () => {
    expect(windowTitle(null, 'linux')).toBe('Redthread');
  });
});

describe('the journal under userData', () => {
  it('holds every edit, undo and redo before the answer reaches the page', async () => {
    const { userData, value } = setupCase();
    await value('saveCopy');
    const file = join(userData, JOURNAL_DIR, 'journal.jsonl');
    await value('edit', addNode('Erik Ek'));
    const lines = () => readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines()).toHaveLength(2);
    expect(JSON.parse(lines()[0] ?? '')).toMatchObject({ format: 'redthread-journal', name: 'Fixture (copy)', base: 'copy' });
    expect(JSON.parse(lines()[1] ?? '')).toMatchObject({ seq: 1, kind: 'edit', command: { type: 'addNode', node: { label: 'Erik Ek' } } });
    await value('undo');
    await value('redo');
    expect(lines().slice(1).map((l) => (JSON.parse(l) as { kind: string }).kind)).toEqual(['edit', 'undo', 'redo']);
  });

  it('is not started by a refused edit of the read-only case', async () => {
    const { userData, doc, journal } = setupCase();
    const refused = await doc.call('edit', addNode('Erik Ek'));
    expect(refused.ok ? null : refused.error.code).toBe('read_only');
    expect(await journal.pending()).toBeNull();
    expect(() => readFileSync(join(userData, JOURNAL_DIR, 'journal.jsonl'))).toThrow();
  });
});

describe('replacing a case with unsaved edits', () => {
  it('does not ask when nothing is unsaved', async () => {
    const { doc, askToSave, value } = setupCase();
    await doc.refresh();
    await value('newCase');
    expect(askToSave).not.toHaveBeenCalled();
  });

  it.each(['openDefault', 'newCase'] as const)('Cancel keeps the case and its edits (%s)', async (method) => {
    const { doc, askToSave, service, value } = setupCase({ choice: 'cancel' });
    await value('saveCopy');
    await value('edit', addNode('Erik Ek'));
    const result = await doc.call(method, {});
    expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: `${method}: cancelled; the open case and its unsaved edits stay` } });
    expect(askToSave).toHaveBeenCalledWith('Fixture (copy)');
    expect(service.mock.calls.map(([m]) => m)).not.toContain(method);
    expect(await value<DatasetInfo>('datasetInfo')).toMatchObject({ name: 'Fixture (copy)', nodeCount: 6 });
  });

  it("Don't Save opens the other graph and drops the journal", async () => {
    const { doc, journal, titles, value } = setupCase({ choice: 'discard' });
    await value('saveCopy');
    await value('edit', addNode('Erik Ek'));
    expect(await journal.pending()).toEqual({ name: 'Fixture (copy)', count: 1 });
    expect((await doc.call('openDefault', {})).ok).toBe(true);
    expect(await journal.pending()).toBeNull();
    expect(titles.at(-1)).toBe('Fixture (read-only) — Redthread');
  });

  it('Save asks the page to save (it holds the layout), and opens once the case is written', async () => {
    const { doc, fns, requestSave, value, userData } = setupCase({ choice: 'save' });
    // The page answers main's "save" by calling saveCaseFile with its layout.
    requestSave.mockImplementation(() => {
      void fns.saveCaseFile({ positions: { anna: { x: 1, y: 2 } } });
      return true;
    });
    await value('saveCopy');
    await value('edit', addNode('Erik Ek'));
    const opened = await doc.call('newCase', {});
    expect(opened.ok).toBe(true);
    const written = JSON.parse(readFileSync(join(userData, 'My case.redthread'), 'utf8')) as { name: string; graph: { nodes: unknown[] }; layout: { positions: Record<string, unknown> } };
    expect([written.name, written.graph.nodes.length, written.layout.positions.anna]).toEqual(['Fixture (copy)', 6, { x: 1, y: 2 }]);
    expect(await value<EditStatus>('editState')).toMatchObject({ name: 'Untitled case', unsaved: false });
  });

  it('Save then Cancel in the save dialog: nothing is opened and the edits stay', async () => {
    const { doc, fns, requestSave, value } = setupCase({ choice: 'save', savePath: null });
    requestSave.mockImplementation(() => {
      void fns.saveCaseFile({});
      return true;
    });
    await value('saveCopy');
    await value('edit', addNode('Erik Ek'));
    expect((await doc.call('openDefault', {})).ok).toBe(false);
    expect(await value<EditStatus>('editState')).toMatchObject({ name: 'Fixture (copy)', unsaved: true });
  });

  it('Save with no page to ask (the window is gone) opens nothing', async () => {
    const { doc, requestSave, value } = setupCase({ choice: 'save' });
    requestSave.mockReturnValue(false);
    await value('saveCopy');
    expect((await doc.call('openDefault', {})).ok).toBe(false);
  });
});

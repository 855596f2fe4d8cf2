// Where saved views are kept when storage misbehaves: a corrupt or foreign entry does not
// lose the good views, a full browser store says so, and the Electron store is used only
// when the host really offers all three functions.
import { describe, expect, it, vi } from 'vitest';
import type { SavedView } from './schema.js';
import { localViewStore, LOCAL_STORAGE_KEY, pickViewStore } from './store.js';

const view = (name: string): SavedView => ({
  format: 'redthread-view',
  version: 1,
  name,
  savedAt: '2024-05-01T10:00:00.000Z',
  dataset: { id: 'd', name: 'D' },
  nodes: ['a'],
  hidden: [],
  pinned: [],
  positions: {},
  filter: {},
  selection: null,
  layout: 'fcose',
  style: { measure: 'none', sizeBy: false, communities: false },
});

function storage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[LOCAL_STORAGE_KEY, initial]]);
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('browser saved-view store', () => {
  it('keeps views under redthread:saved-views, listed by name', async () => {
    const s = storage();
    const store = localViewStore(s);
    await store.save(view('Zeta'));
    await store.save(view('alpha'));
    await store.save(view('Beta'));
    expect([...s.items.keys()]).toEqual(['redthread:saved-views']);
    expect((await store.list()).views.map((v) => v.name)).toEqual(['alpha', 'Beta', 'Zeta']);
  });

  it('starts empty when nothing, garbage or a non-list is stored', async () => {
    for (const stored of [undefined, '{not json', '{"a":1}', 'null']) {
      expect(await localViewStore(storage(stored)).list(), String(stored)).toEqual({ views: [], skipped: 0 });
    }
  });

  it('skips and counts entries that are not valid views, keeping the others', async () => {
    const s = storage(JSON.stringify([view('Good'), null, 7, { name: 'Bad' }]));
    expect(await localViewStore(s).list()).toMatchObject({ views: [{ name: 'Good' }], skipped: 3 });
  });

  it('replaces a view of the same name, and removes by name, leaving odd entries alone', async () => {
    const s = storage(JSON.stringify([view('One'), null, 'text']));
    const store = localViewStore(s);
    await store.save({ ...view('One'), nodes: ['b'] });
    await store.remove('Nope');
    const stored = JSON.parse(s.items.get(LOCAL_STORAGE_KEY) ?? '[]') as unknown[];
    expect(stored).toHaveLength(3);
    expect((await store.list()).views.map((v) => v.nodes)).toEqual([['b']]);
    await store.remove('One');
    expect((await store.list()).views).toEqual([]);
  });

  it('says the browser refused when storage is full', async () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    await expect(localViewStore(full).save(view('x'))).rejects.toThrow('saved views: the browser refused to store the view (QuotaExceededError)');
    const odd = { getItem: () => null, setItem: () => { throw 'disk'; } };
    await expect(localViewStore(odd).save(view('x'))).rejects.toThrow('saved views: the browser refused to store the view (disk)');
  });
});

describe('choosing the store', () => {
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  it('uses the host only when it offers list, save and delete', async () => {
    const listViews = vi.fn(() => ok([view('From host')]));
    const host = { listViews, saveView: vi.fn(() => ok({ name: 'x' })), deleteView: vi.fn(() => ok({ deleted: true })) };
    expect((await pickViewStore(host, storage()).list()).views.map((v) => v.name)).toEqual(['From host']);
    for (const missing of ['listViews', 'saveView', 'deleteView'] as const) {
      const partial = { ...host, [missing]: undefined };
      const local = storage(JSON.stringify([view('Local')]));
      expect((await pickViewStore(partial, local).list()).views.map((v) => v.name), missing).toEqual(['Local']);
    }
    expect((await pickViewStore(undefined, storage(JSON.stringify([view('Local')]))).list()).views).toHaveLength(1);
  });
});

describe('store errors keep their cause', () => {
  it('attaches the browser error as the cause', async () => {
    const quota = new Error('QuotaExceededError');
    const full = { getItem: () => null, setItem: () => { throw quota; } };
    await expect(localViewStore(full).save(view('x'))).rejects.toMatchObject({ cause: quota });
  });
});

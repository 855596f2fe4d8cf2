// Saved views: the snapshot round-trips through JSON and the stores, bad files are refused
// with a message naming the problem, and a view saved for another dataset is refused.
import { DEFAULT_APPEARANCE } from '../appearance/settings.js';
import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../../../graph-data/src/contract.js';
import { viewFrom } from '../view-history.js';
import { parseSavedViewJson, savedViewFileName, savedViewJson, type SavedView } from './schema.js';
import { datasetMismatch, type LiveView, openGraphFirst, toSavedView, toViewState } from './snapshot.js';
import { hostViewStore, localViewStore, LOCAL_STORAGE_KEY, pickViewStore } from './store.js';

const graph: GraphView = {
  graph: 'interpol-2018#1',
  nodes: [
    { id: 'a', label: 'A', kind: 'person', degree: 1 },
    { id: 'b', label: 'B', kind: 'agency', degree: 1 },
  ],
  edges: [{ id: 'ab', source: 'a', target: 'b', relation: 'member_of' }],
  truncated: false,
  requestedNodes: 2,
};
const dataset = { id: 'interpol-2018', name: 'Interpol 2018' };

function live(): LiveView {
  const view = {
    ...viewFrom(graph, 'Focused on A', { a: { x: 1, y: 2 }, b: { x: 3.5, y: -4 }, gone: { x: 0, y: 0 } }),
    hidden: ['b'],
    pinned: ['a'],
    filter: { statuses: ['alleged' as const], dateFrom: '2018' },
  };
  return {
    view,
    selection: { type: 'node', id: 'a' },
    layout: 'concentric',
    style: { measure: 'betweenness', sizeBy: true, communities: true },
    appearance: { ...DEFAULT_APPEARANCE, colorBy: 'attr:modularity_class', colors: { 'attr:modularity_class': { '1': '#ff0000' } }, sizeBy: 'measure:pagerank', sizeMin: 4, labelDensity: 0.3, edgeLabels: 'off' },
  };
}

const saved = (): SavedView => toSavedView('  Browder chain ', dataset, live(), new Date('2024-05-01T10:00:00Z'));

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

describe('saved view document', () => {
  it('round-trips through JSON and back into the same view', () => {
    const view = saved();
    expect(view.name).toBe('Browder chain');
    expect(view.positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 3.5, y: -4 } });
    const parsed = parseSavedViewJson(savedViewJson(view));
    expect(parsed).toEqual({ ok: true, value: view });
    const restored = toViewState(view, graph);
    expect(restored).toMatchObject({ hidden: ['b'], pinned: ['a'], filter: { statuses: ['alleged'], dateFrom: '2018' }, positions: view.positions });
    expect(restored.nodes).toBe(graph.nodes);
    expect(restored.reason).toBe('Opened the saved view “Browder chain”');
  });

  it('drops ids the graph no longer has', () => {
    const view = { ...saved(), hidden: ['b', 'ghost'], pinned: ['ghost'] };
    const restored = toViewState(view, { ...graph, nodes: graph.nodes.slice(0, 1), edges: [] });
    expect(restored.hidden).toEqual([]);
    expect(restored.pinned).toEqual([]);
    expect(Object.keys(restored.positions)).toEqual(['a']);
  });

  it('refuses bad files with a message naming what is wrong', () => {
    const text = (patch: Record<string, unknown>) => JSON.stringify({ ...saved(), ...patch });
    expect(parseSavedViewJson('{ nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    expect(parseSavedViewJson('[1]')).toEqual({ ok: false, error: 'expected one saved view (a JSON object)' });
    expect(parseSavedViewJson(JSON.stringify({ nodes: [] }))).toMatchObject({ ok: false, error: expect.stringContaining('format should be "redthread-view"') });
    const badStatus = parseSavedViewJson(text({ filter: { statuses: ['rumoured'] } }));
    expect(badStatus).toMatchObject({ ok: false, error: expect.stringMatching(/^filter\.statuses\.0: /) });
    const badLayout = parseSavedViewJson(text({ layout: 'spiral' }));
    expect(badLayout).toMatchObject({ ok: false, error: expect.stringMatching(/^layout: /) });
    const badPosition = parseSavedViewJson(text({ positions: { a: { x: 'left', y: 0 } } }));
    expect(badPosition).toMatchObject({ ok: false, error: expect.stringMatching(/^positions\.a\.x: /) });
    const extra = parseSavedViewJson(text({ script: 'alert(1)' }));
    expect(extra).toMatchObject({ ok: false, error: expect.stringContaining('script') });
    expect(parseSavedViewJson(text({ version: 4 }))).toMatchObject({ ok: false, error: expect.stringMatching(/^version: /) });
    const badDensity = parseSavedViewJson(text({ appearance: { ...DEFAULT_APPEARANCE, labelDensity: 2 } }));
    expect(badDensity).toMatchObject({ ok: false, error: expect.stringMatching(/^appearance\.labelDensity: /) });
  });

  it('reads a version 1 view as it was saved: its allegation boxes only hid other allegations', () => {
    const text = (patch: Record<string, unknown>) => JSON.stringify({ ...saved(), version: 1, ...patch });
    const old = parseSavedViewJson(text({ filter: { allegationTypes: ['red_notice_abuse'], kinds: ['person'] } }));
    expect(old).toMatchObject({ ok: true, value: { version: 3, filter: { allegationTypes: ['red_notice_abuse'], kinds: ['person'], keepRelations: true } } });
    expect(parseSavedViewJson(text({ filter: { kinds: ['person'] } }))).toMatchObject({ ok: true, value: { filter: { kinds: ['person'] } } });
    const now = parseSavedViewJson(text({ version: 2, filter: { allegationTypes: ['red_notice_abuse'], context: 1 } }));
    expect(now).toMatchObject({ ok: true, value: { filter: { allegationTypes: ['red_notice_abuse'], context: 1 } } });
    expect(now.ok && now.value.filter.keepRelations).toBeFalsy();
  });

  it('keeps the appearance settings, and opens a view saved before them (versions 1 and 2) with the default appearance', () => {
    const round = parseSavedViewJson(savedViewJson(saved()));
    expect(round).toMatchObject({ ok: true, value: { version: 3, appearance: { colorBy: 'attr:modularity_class', colors: { 'attr:modularity_class': { '1': '#ff0000' } }, sizeBy: 'measure:pagerank', sizeMin: 4, labelDensity: 0.3, edgeLabels: 'off' } } });
    for (const version of [1, 2]) {
      const older: Partial<SavedView> = saved();
      delete older.appearance;
      const parsed = parseSavedViewJson(JSON.stringify({ ...older, version }));
      expect(parsed).toMatchObject({ ok: true, value: { version: 3 } });
      expect(parsed.ok && parsed.value.appearance).toBeUndefined();
    }
  });

  it('refuses a view saved for another dataset, naming both', () => {
    expect(datasetMismatch(saved(), dataset)).toBeNull();
    const message = datasetMismatch(saved(), { id: 'my-import', name: 'My import' });
    expect(message).toContain('Interpol 2018');
    expect(message).toContain('My import');
  });

  it('lists the open graph’s views before those saved for other datasets', () => {
    const other = { ...saved(), name: 'Elsewhere', dataset: { id: 'other', name: 'Other' } };
    const mine = { ...saved(), name: 'Mine' };
    expect(openGraphFirst([other, saved(), mine], dataset).map((v) => v.name)).toEqual(['Browder chain', 'Mine', 'Elsewhere']);
    expect(openGraphFirst([other, mine], null).map((v) => v.name)).toEqual(['Elsewhere', 'Mine']);
  });

  it('makes a safe file name', () => {
    expect(savedViewFileName({ name: 'Browder / Prokopchuk: chain?' })).toBe('Browder - Prokopchuk- chain-.redthread-view.json');
  });
});

describe('saved view stores', () => {
  it('localStorage keeps views by name, replaces on save and skips damaged entries', async () => {
    const storage = new MemoryStorage();
    const store = localViewStore(storage);
    await store.save(saved());
    await store.save({ ...saved(), name: 'Another' });
    await store.save({ ...saved(), layout: 'grid' });
    const stored = JSON.parse(storage.getItem(LOCAL_STORAGE_KEY) ?? '[]') as unknown[];
    stored.push({ name: 'broken' });
    storage.setItem(LOCAL_STORAGE_KEY, JSON.stringify(stored));
    // A new store over the same storage: what a reload sees.
    const listed = await localViewStore(storage).list();
    expect(listed.views.map((v) => [v.name, v.layout])).toEqual([
      ['Another', 'concentric'],
      ['Browder chain', 'grid'],
    ]);
    expect(listed.skipped).toBe(1);
    await store.remove('Another');
    expect((await store.list()).views.map((v) => v.name)).toEqual(['Browder chain']);
  });

  it('uses the Electron host when it offers saved views, and reports its errors', async () => {
    const kept: unknown[] = [];
    const host = {
      listViews: async () => ({ ok: true as const, value: kept }),
      saveView: async (view: unknown) => (kept.push(view), { ok: true as const, value: { name: 'x' } }),
      deleteView: async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'saved-views: disk full' } }),
    };
    const store = pickViewStore(host, new MemoryStorage());
    await store.save(saved());
    expect((await store.list()).views).toEqual([saved()]);
    await expect(store.remove('x')).rejects.toThrow('saved-views: disk full');
    await expect(hostViewStore(host).list()).resolves.toMatchObject({ skipped: 0 });
    // Without the host functions: localStorage.
    const storage = new MemoryStorage();
    await pickViewStore({}, storage).save(saved());
    expect(storage.getItem(LOCAL_STORAGE_KEY)).toContain('Browder chain');
  });
});

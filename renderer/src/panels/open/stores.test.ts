// The browser host's memory: recent files as a hint list, and CSV mappings keyed by
// file names + header rows, pre-filled only while the columns they name still exist.
import { describe, expect, it } from 'vitest';
import type { FileInspection } from '../../../../graph-data/src/contract.js';
import { headerSignature, initialMapping, MAPPINGS_KEY, rememberMapping } from './mapping-store.js';
import { loadRecent, MAX_RECENT, RECENT_KEY, rememberRecent } from './recent-store.js';
import type { KeyValueStore } from './storage.js';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const csvFile = (name: string, role: 'nodes' | 'edges', columns: string[]) => ({ name, role, delimiter: ',' as const, encoding: 'utf-8' as const, columns, preview: [] });
const inspection = (columns = ['node_id', 'name', 'countries']): FileInspection => ({
  format: 'csv',
  csv: {
    files: [csvFile('Officers.csv', 'nodes', columns), csvFile('edges.csv', 'edges', ['node_1', 'rel_type', 'node_2'])],
    suggestion: { nodes: { id: 'node_id' }, edges: { source: 'node_1', target: 'node_2' } },
  },
});

describe('recent files (browser)', () => {
  it('keeps names and counts newest first, without duplicates, capped', () => {
    const store = memoryStore();
    for (let i = 0; i < MAX_RECENT + 2; i++) rememberRecent(store, { names: [`g${i}.gexf`], openedAt: `2024-01-0${i}`, nodes: i, edges: 0 });
    rememberRecent(store, { names: ['g3.gexf'], openedAt: '2024-02-01', nodes: 3, edges: 1 });
    const list = loadRecent(store);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toEqual({ names: ['g3.gexf'], openedAt: '2024-02-01', nodes: 3, edges: 1 });
    expect(list.filter((r) => r.names[0] === 'g3.gexf')).toHaveLength(1);
  });

  it('survives damaged or missing storage', () => {
    const store = memoryStore();
    store.data.set(RECENT_KEY, '{oops');
    expect(loadRecent(store)).toEqual([]);
    expect(loadRecent(null)).toEqual([]);
    const throwing: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    expect(rememberRecent(throwing, { names: ['a.gexf'], openedAt: 'x', nodes: 1, edges: 0 })).toHaveLength(1);
  });
});

describe('CSV mappings', () => {
  it('pre-fills the suggestion the first time, and the user’s choice for the same files next time', () => {
    const store = memoryStore();
    expect(initialMapping(store, inspection())).toEqual({ nodes: { id: 'node_id' }, edges: { source: 'node_1', target: 'node_2' } });
    const chosen = { nodes: { id: 'node_id', label: 'name' }, edges: { source: 'node_1', target: 'node_2', relation: 'rel_type' } };
    rememberMapping(store, inspection().csv?.files ?? [], chosen);
    expect(initialMapping(store, inspection())).toEqual(chosen);
    expect(JSON.parse(store.data.get(MAPPINGS_KEY) ?? '[]')).toHaveLength(1);
  });

  it('does not apply a mapping to a file whose header changed', () => {
    const store = memoryStore();
    rememberMapping(store, inspection().csv?.files ?? [], { nodes: { id: 'node_id', label: 'name' } });
    const changed = inspection(['node_id', 'full_name', 'countries']);
    expect(initialMapping(store, changed)).toEqual(changed.csv?.suggestion);
  });

  it('signs files independently of their order', () => {
    const files = inspection().csv?.files ?? [];
    expect(headerSignature([...files].reverse())).toBe(headerSignature(files));
  });
});

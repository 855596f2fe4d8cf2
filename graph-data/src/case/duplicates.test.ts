import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, GraphAttributes, GraphNodeAttributes, RedthreadGraph } from '../service/dataset.js';
import { suggestDuplicates } from './duplicates.js';

function dataset(nodes: Record<string, Partial<GraphNodeAttributes>>): Dataset {
  const graph = new MultiDirectedGraph<never, never, GraphAttributes>() as unknown as RedthreadGraph;
  for (const [id, a] of Object.entries(nodes)) graph.addNode(id, { label: id, kind: 'person', ...a });
  return { id: 'd', name: 'd', format: 'redthread', graph, sources: new Map() };
}

describe('duplicate suggestions', () => {
  it('finds the same name, a transliteration, an alias and a shared identifier, strongest reason first', () => {
    const d = dataset({
      a: { label: 'Meng Hongwei' },
      b: { label: 'MENG, Hongwei' },
      c: { label: 'Александр Прокопчук' },
      d: { label: 'Aleksandr Prokopchuk' },
      e: { label: 'Bill Browder', aliases: ['William Browder'] },
      f: { label: 'William Browder' },
      g: { label: 'Acme Ltd', kind: 'organisation', extra: { registrationNumber: 'GB-12345' } },
      h: { label: 'ACME Limited', kind: 'organisation', extra: { registrationNumber: 'gb-12345' } },
      i: { label: 'Dora' },
    });
    expect(suggestDuplicates(d)).toEqual([
      { a: 'g', b: 'h', reasons: ['identifier'] },
      { a: 'a', b: 'b', reasons: ['same-name'] },
      { a: 'c', b: 'd', reasons: ['transliteration'] },
      { a: 'e', b: 'f', reasons: ['alias'] },
    ]);
  });

  it("lists one node's pairs, however far down the whole graph's list they rank", () => {
    const nodes: Record<string, Partial<GraphNodeAttributes>> = {};
    for (let i = 0; i < 5; i++) Object.assign(nodes, { [`p${i}`]: { label: `Twin ${i}` }, [`q${i}`]: { label: `twin ${i}` } });
    Object.assign(nodes, { z1: { label: 'Zed Zed' }, z2: { label: 'Zed, ZED' } });
    const d = dataset(nodes);
    expect(suggestDuplicates(d, 3).map((p) => p.a)).not.toContain('z1');
    expect(suggestDuplicates(d, 3, 'z2')).toEqual([{ a: 'z1', b: 'z2', reasons: ['same-name'] }]);
    expect(suggestDuplicates(d, 3, 'z1')).toEqual([{ a: 'z1', b: 'z2', reasons: ['same-name'] }]);
    expect(suggestDuplicates(d, 3, 'i-am-not-there')).toEqual([]);
  });

  it('ignores a name shared by very many nodes', () => {
    const nodes: Record<string, Partial<GraphNodeAttributes>> = {};
    for (let i = 0; i < 30; i++) nodes[`u${i}`] = { label: 'Unknown' };
    expect(suggestDuplicates(dataset(nodes))).toEqual([]);
  });
});

// The data table's order, text filter, visibility flags and CSV for cases table.test.ts leaves
// out: a column mixing numbers and text, accents, leading zeros and long numbers in labels, the
// edge table and its CSV, file attributes named like built-in ones. Every expectation is read off
// the values written below.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';

/**
 * m1…m7 carry `mix`: "b", 10, "A", none, "9", "a", 2. Labels test the text key. e1 (m1→m2) and
 * e2 (m3→m1) carry a file attribute `source` (a provenance, not an end) and a weight.
 */
function mixed(): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  const node = (id: string, label: string, extra?: Record<string, unknown>) => graph.addNode(id, { label, kind: 'other', ...(extra && { extra }) });
  node('m1', 'Room 1007', { mix: 'b', label: 'file label 1' });
  node('m2', 'Room 20', { mix: 10 });
  node('m3', 'Ельцин', { mix: 'A', source: 'Registry' });
  node('m4', 'Ёжиков');
  node('m5', 'Room 007', { mix: '9' });
  node('m6', 'a_b', { mix: 'a' });
  node('m7', 'ab', { mix: 2 });
  graph.addDirectedEdgeWithKey('e1', 'm1', 'm2', { relation: 'paid', extra: { source: 'Reuters' } });
  graph.addDirectedEdgeWithKey('e2', 'm3', 'm1', { relation: 'owns', extra: { source: 'AP' } });
  return { id: 'mixed', name: 'Mixed', format: 'graphml', graph, sources: new Map() };
}

const ids = (service: ReturnType<typeof createGraphService>, args: Partial<Parameters<ReturnType<typeof createGraphService>['table']>[0]>) =>
  service.table({ element: 'node', offset: 0, limit: 100, ...args }).rows.map((r) => r.id);

describe('table order', () => {
  it('puts numbers (and numeric text) first by value, then text ignoring case, ties in file order, empty cells last', () => {
    const service = createGraphService(mixed());
    expect(ids(service, { sort: { key: 'mix', builtin: false } })).toEqual(['m7', 'm5', 'm2', 'm3', 'm6', 'm1', 'm4']);
    // Descending turns values round, never the file order of ties, and keeps empty cells last.
    expect(ids(service, { sort: { key: 'mix', builtin: false, desc: true } })).toEqual(['m1', 'm3', 'm6', 'm2', 'm5', 'm7', 'm4']);
  });

  it('sorts labels by the numbers in them (leading zeros ignored), without accents, in code-point order of lower case', () => {
    const service = createGraphService(mixed());
    // 007 is 7: before 20 and 1007. "a_b" before "ab": "_" comes before letters in lower case. Ё sorts as Е, before Л.
    expect(ids(service, { sort: { key: 'label', builtin: true } })).toEqual(['m6', 'm7', 'm5', 'm2', 'm1', 'm4', 'm3']);
  });

  it('keeps several empty cells in file order at the end, both ways', () => {
    const service = createGraphService(mixed());
    // Only m3 has a file "source": the six others are empty.
    expect(ids(service, { sort: { key: 'source', builtin: false } })).toEqual(['m3', 'm1', 'm2', 'm4', 'm5', 'm6', 'm7']);
    expect(ids(service, { sort: { key: 'source', builtin: false, desc: true } })).toEqual(['m3', 'm1', 'm2', 'm4', 'm5', 'm6', 'm7']);
  });

  it('sorts by a file attribute named like a built-in one, not by the built-in', () => {
    const service = createGraphService(mixed());
    expect(ids(service, { sort: { key: 'label', builtin: false } })).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(() => ids(service, { sort: { key: 'colour', builtin: true } })).toThrow('service/table: no built-in attribute "colour" on nodes');
  });

  it('compares numbers of 16 digits or more by their digits', () => {
    const graph = new MultiDirectedGraph() as RedthreadGraph;
    graph.addNode('long', { label: 'Account 12345678901234567', kind: 'other' });
    graph.addNode('short', { label: 'Account 99', kind: 'other' });
    graph.addNode('zero', { label: 'Account 0', kind: 'other' });
    const service = createGraphService({ id: 'accounts', name: 'Accounts', format: 'graphml', graph, sources: new Map() });
    expect(ids(service, { sort: { key: 'label', builtin: true } })).toEqual(['zero', 'short', 'long']);
  });
});

describe('table filter and flags', () => {
  it('finds a row by its id, by a list cell as shown, ignores spaces around the words, and never matches an empty cell', () => {
    const service = createGraphService(mixed());
    expect(ids(service, { filter: 'M6' })).toEqual(['m6']);
    expect(ids(service, { filter: '  room 20 ' })).toEqual(['m2']);
    expect(ids(service, { filter: 'null' })).toEqual([]);
    const graph = new MultiDirectedGraph() as RedthreadGraph;
    graph.addNode('t', { label: 'Tagged', kind: 'other', extra: { tags: ['red', 'blue'] } });
    graph.addNode('u', { label: 'Untagged', kind: 'other' });
    const tagged = createGraphService({ id: 'tags', name: 'Tags', format: 'graphml', graph, sources: new Map() });
    expect(ids(tagged, { filter: 'red, blue' })).toEqual(['t']);
  });

  it('marks edges hidden by the canvas’s edges, locates the first row at 0, and says nothing of a row not asked for', () => {
    const service = createGraphService(mixed());
    const edges = service.table({ element: 'edge', offset: 0, limit: 10, visibleNodes: ['e1'], visibleEdges: ['e2'], locate: 'e1' });
    expect(edges.rows.map((r) => [r.id, r.hidden])).toEqual([
      ['e1', true],
      ['e2', false],
    ]);
    expect(edges.located).toBe(0);
    expect(service.table({ element: 'edge', offset: 0, limit: 10, locate: 'm1' }).located).toBeNull();
    expect(service.table({ element: 'edge', offset: 0, limit: 10, show: 'shown', visibleEdges: ['e2'] }).rows.map((r) => r.id)).toEqual(['e2']);
    expect(service.table({ element: 'node', offset: 0, limit: 10 })).not.toHaveProperty('located');
  });

  it('is not capped when the ids fit the limit exactly', () => {
    const service = createGraphService(mixed());
    expect(service.tableIds({ element: 'node', limit: 7 }).capped).toBe(false);
    expect(service.tableIds({ element: 'node', limit: 6 }).capped).toBe(true);
  });
});

describe('table columns named like built-in ones', () => {
  it('shows a file attribute called "source" as written, on nodes and on edges, beside the edge’s ends', () => {
    const service = createGraphService(mixed());
    const nodes = service.table({ element: 'node', offset: 0, limit: 10 });
    const at = nodes.columns.findIndex((c) => c.key === 'source' && !c.builtin);
    expect(nodes.rows.map((r) => r.values[at])).toEqual([null, null, 'Registry', null, null, null, null]);
    const edges = service.table({ element: 'edge', offset: 0, limit: 10 });
    expect(edges.columns.map((c) => `${c.builtin ? '' : 'extra.'}${c.key}`)).toEqual(['source', 'target', 'relation', 'extra.source']);
    expect(edges.rows.map((r) => r.values)).toEqual([
      ['Room 1007', 'Room 20', 'paid', 'Reuters'],
      ['Ельцин', 'Room 1007', 'owns', 'AP'],
    ]);
  });

  it('writes the edge CSV with ids and ends first, and a file "label" as extra.label in the node CSV', () => {
    const service = createGraphService(mixed());
    const text = (element: 'node' | 'edge') => new TextDecoder('utf-8', { ignoreBOM: true }).decode(service.tableCsv({ element }).bytes);
    expect(text('edge')).toBe('\uFEFFid,source_id,target_id,source,target,relation,extra.source\r\ne1,m1,m2,Room 1007,Room 20,paid,Reuters\r\ne2,m3,m1,Ельцин,Room 1007,owns,AP\r\n');
    expect(text('node').split('\r\n')[0]).toBe('\uFEFFid,label,kind,degree,extra.label,mix,source');
    expect(text('node').split('\r\n')[1]).toBe('m1,Room 1007,other,2,file label 1,b,');
  });
});

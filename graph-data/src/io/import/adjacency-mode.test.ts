// adjacency-mode.ts exists to change how V8 stores each node's neighbour tables (a hash table
// instead of a hidden class per property sequence), so this test asks V8 itself through its
// `%HasFastProperties` intrinsic: tables of an imported graph are hash tables, hold only their
// neighbours, and anything that is not an empty table of graphology's is left alone.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { hashAdjacency } from './adjacency-mode.js';
import { open, text } from './test-support.js';

v8.setFlagsFromString('--allow-natives-syntax');
// The intrinsic only parses in code compiled after the flag is set
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;

type Tables = { out?: object | null; in?: object | null };
const internals = (graph: object) => (graph as { _nodes: Map<string, Tables> })._nodes;

describe('neighbour tables as hash tables', () => {
  it('turns every node table of an imported graph into a hash table that holds only its neighbours', async () => {
    const doc = { nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }], edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'c' }, { source: 'x', target: 'a' }] };
    const { graph } = (await open([text('g.json', JSON.stringify(doc))])).dataset;
    for (const [id, data] of internals(graph)) {
      expect([id, hasFastProperties(data.out as object), hasFastProperties(data.in as object)]).toEqual([id, false, false]);
    }
    expect([graph.outNeighbors('a'), graph.inNeighbors('a'), graph.outNeighbors('x'), graph.inNeighbors('b')]).toEqual([['b', 'c'], ['x'], ['a'], ['a']]);
    expect([Object.keys(internals(graph).get('c')?.out ?? { missing: 1 }), Object.keys(internals(graph).get('c')?.in ?? {})]).toEqual([[], ['a']]);
  });

  it('leaves a table that already has neighbours, and anything that is not graphology as it is', () => {
    const out = { b: 1 };
    const empty = {};
    const nodes = new Map<string, Tables>([['a', { out, in: empty }], ['u', { out: null, in: undefined }]]);
    hashAdjacency({ _nodes: nodes }, 'a');
    expect([hasFastProperties(out), hasFastProperties(empty), Object.keys(out), Object.keys(empty)]).toEqual([true, false, ['b'], []]);
    expect(() => hashAdjacency({ _nodes: nodes }, 'u')).not.toThrow();
    expect(() => hashAdjacency({ _nodes: nodes }, 'nobody')).not.toThrow();
    expect(() => hashAdjacency({ _nodes: new Set(['a']) }, 'a')).not.toThrow();
    expect(() => hashAdjacency({}, 'a')).not.toThrow();
  });
});

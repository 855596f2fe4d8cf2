// The graph builder on tiny JSON and CSV files: the node, edge and attribute-value budgets
// (exactly at the limit opens, one more fails naming the budget), ids for edges without one or
// with a reused one, placeholder nodes and the warnings that name them, edge lists that create
// their nodes silently, and the declared defaults kept on the graph.
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

const json = (doc: unknown) => text('g.json', JSON.stringify(doc));
const nodes = (...ids: string[]) => ids.map((key) => ({ key }));

describe('budgets', () => {
  it('opens a graph with exactly maxNodes nodes and refuses one more, a repeated id not counting', async () => {
    const three = { nodes: nodes('a', 'b', 'c'), edges: [] };
    expect((await open([json(three)], { limits: { maxNodes: 3 } })).dataset.graph.order).toBe(3);
    const refused = await failure(open([json(three)], { limits: { maxNodes: 2 } }));
    expect([refused.code, refused.limit]).toEqual(['too_large', { name: 'maxNodes', limit: 2, found: 3 }]);
    const repeated = await open([json({ nodes: nodes('a', 'b', 'b'), edges: [] })], { limits: { maxNodes: 2 } });
    expect([repeated.dataset.graph.order, repeated.warnings]).toEqual([2, ['1 duplicate node id was kept once, the first occurrence wins (first: "b" nodes[2])']]);
  });

  it('names the table being read when one of several goes over a budget', async () => {
    // The nodes table is read first, then the edges table.
    const files = [text('links.csv', 'source,target\np1,p2\np2,p1\n'), text('people.csv', 'id,label\np1,Ann\np2,Bo\n')];
    expect((await failure(open(files, { limits: { maxNodes: 1 } }))).message).toContain('people.csv: has at least 2 nodes; the limit is 1 (maxNodes)');
    expect((await failure(open(files, { limits: { maxEdges: 1 } }))).message).toContain('links.csv: has at least 2 edges; the limit is 1 (maxEdges)');
  });

  it('counts a placeholder node against maxNodes', async () => {
    const doc = { nodes: nodes('a'), edges: [{ source: 'a', target: 'ghost' }] };
    expect((await open([json(doc)], { limits: { maxNodes: 2 } })).dataset.graph.order).toBe(2);
    const refused = await failure(open([json(doc)], { limits: { maxNodes: 1 } }));
    expect(refused.limit).toEqual({ name: 'maxNodes', limit: 1, found: 2 });
  });

  it('opens exactly maxEdges edges, waiting ones included, and refuses one more', async () => {
    // The second edge names a node declared after it: it waits, and still counts.
    const doc = { nodes: nodes('a', 'b'), edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'late' }] };
    expect((await open([json(doc)], { limits: { maxEdges: 2 } })).dataset.graph.size).toBe(2);
    const refused = await failure(open([json(doc)], { limits: { maxEdges: 1 } }));
    expect([refused.code, refused.limit]).toEqual(['too_large', { name: 'maxEdges', limit: 1, found: 2 }]);
    const waiting = { nodes: nodes('a'), edges: [{ source: 'a', target: 'p' }, { source: 'a', target: 'q' }, { source: 'a', target: 'r' }] };
    expect((await failure(open([json(waiting)], { limits: { maxEdges: 2 } }))).limit).toEqual({ name: 'maxEdges', limit: 2, found: 3 });
  });

  it('counts one value per element plus each attribute it keeps', async () => {
    // a: 1 + 2 extra; b: 1; the edge: 1 + 1 extra = 6 values.
    const doc = { nodes: [{ key: 'a', attributes: { p: 1, q: 2 } }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { r: 3 } }] };
    expect((await open([json(doc)], { limits: { maxAttributeCells: 6 } })).dataset.graph.size).toBe(1);
    const refused = await failure(open([json(doc)], { limits: { maxAttributeCells: 5 } }));
    expect(refused.limit).toEqual({ name: 'maxAttributeCells', limit: 5, found: 6 });
  });
});

describe('edge ids and missing ends', () => {
  it('numbers edges without an id, renames a reused id with a warning naming the edge, and keeps parallel edges', async () => {
    const doc = {
      nodes: nodes('a', 'b'),
      edges: [
        { source: 'a', target: 'b' },
        { key: 'e1', source: 'a', target: 'b' },
        { key: 'e1', source: 'b', target: 'a' },
        { source: 'b', target: 'a' },
      ],
    };
    const { dataset, warnings } = await open([json(doc)]);
    const { graph } = dataset;
    expect(graph.edges().map((e) => [e, graph.source(e), graph.target(e)])).toEqual([
      ['#1', 'a', 'b'],
      ['e1', 'a', 'b'],
      ['e1#2', 'b', 'a'],
      ['#3', 'b', 'a'],
    ]);
    expect(warnings).toEqual(['1 edge id was used twice; the later edges got new ids (first: "e1" "b" → "a" edges[2])']);
  });

  it('gives an id already taken by a generated one the next number', async () => {
    const doc = {
      nodes: nodes('a', 'b'),
      edges: [{ source: 'a', target: 'b' }, { key: '#2', source: 'a', target: 'b' }, { key: '#3', source: 'a', target: 'b' }, { source: 'b', target: 'a' }],
    };
    const { dataset, warnings } = await open([json(doc)]);
    // No id was used twice by the file itself: no warning.
    expect([dataset.graph.edges(), warnings]).toEqual([['#1', '#2', '#3', '#4'], []]);
  });

  it('adds one placeholder for each missing end, a self-loop once, and names them in one warning', async () => {
    const doc = {
      nodes: nodes('a'),
      edges: [
        { key: 'e1', source: 'x', target: 'y' },
        { key: 'e2', source: 'z', target: 'z' },
        { source: 'a', target: 'x' },
      ],
    };
    const { dataset, warnings } = await open([json(doc)]);
    const { graph } = dataset;
    expect(graph.nodes()).toEqual(['a', 'x', 'y', 'z']);
    expect(graph.getNodeAttributes('y')).toStrictEqual({ label: 'y', kind: 'other', extra: { placeholder: true } });
    expect(graph.edges().map((e) => [e, graph.source(e), graph.target(e)])).toEqual([
      ['e1', 'x', 'y'],
      ['e2', 'z', 'z'],
      ['#1', 'a', 'x'],
    ]);
    expect(warnings).toEqual(['2 edges refer to nodes the file does not declare; each missing node was added once as a placeholder (extra.placeholder = true) so no link is lost (first: "e1" "x" → "y" edges[0] needs "x" and "y")']);
  });

  it('names an edge without an id by its ends in the warning', async () => {
    const { warnings } = await open([json({ nodes: nodes('a'), edges: [{ source: 'a', target: 'q' }] })]);
    expect(warnings).toEqual(['1 edge refers to nodes the file does not declare; each missing node was added once as a placeholder (extra.placeholder = true) so no link is lost (first: "a" → "q" edges[0] needs "q")']);
  });

  it('keeps an edge to a node declared after it, without a placeholder', async () => {
    const graphml = '<graphml><graph edgedefault="directed"><edge id="e1" source="a" target="b"/><node id="a"/><node id="b"/></graph></graphml>';
    const { dataset, warnings } = await open([text('late.graphml', graphml)]);
    const { graph } = dataset;
    expect([graph.getNodeAttributes('b'), graph.source('e1'), graph.target('e1'), warnings]).toEqual([{ label: 'b', kind: 'other' }, 'a', 'b', []]);
  });

  it('creates the nodes of an edge list silently, without placeholders', async () => {
    const { dataset, warnings } = await open([text('links.csv', 'source,target\np1,p2\np2,p2\np3,p1\n')]);
    const { graph } = dataset;
    expect(graph.nodes()).toEqual(['p1', 'p2', 'p3']);
    expect(graph.getNodeAttributes('p1')).toStrictEqual({ label: 'p1', kind: 'other' });
    expect([graph.size, warnings]).toEqual([3, []]);
  });
});

describe('graph attributes', () => {
  it('names the graph, and keeps only the declared defaults that stay attributes', async () => {
    const gexf = (attrs: string) =>
      `<gexf version="1.3"><graph><attributes class="node">${attrs}</attributes><nodes><node id="a"/></nodes><edges/></graph></gexf>`;
    const kept = await open([text('defaults.gexf', gexf('<attribute id="0" title="party" type="string"><default>none</default></attribute>'))]);
    expect(kept.dataset.graph.getAttribute('defaults')).toStrictEqual({ node: { party: 'none' } });
    expect(kept.dataset.graph.getAttribute('name')).toBe('defaults');
    const edges = `<gexf version="1.3"><graph><attributes class="edge"><attribute id="0" title="source_url" type="string"><default>u</default></attribute></attributes><nodes><node id="a"/></nodes><edges/></graph></gexf>`;
    expect((await open([text('edges.gexf', edges)])).dataset.graph.getAttribute('defaults')).toStrictEqual({ edge: { source_url: 'u' } });
    const taken = await open([text('taken.gexf', gexf('<attribute id="0" title="label" type="string"><default>x</default></attribute>'))]);
    expect(taken.dataset.graph.getAttribute('defaults')).toBeUndefined();
  });
});

// The builder inserts edges without asking first while a file behaves, and asks first once it
// has refused a few: either way every edge is kept exactly once, with the same warnings.
import { describe, expect, it } from 'vitest';
import { open, text } from './test-support.js';

/** `n` nodes, then edges: a chain, `reused` edges that repeat the id "e0", `dangling` edges to undeclared nodes. */
function gexf(n: number, reused: number, dangling: number): string {
  const nodes = Array.from({ length: n }, (_v, i) => `<node id="n${i}"/>`).join('');
  const chain = Array.from({ length: n - 1 }, (_v, i) => `<edge id="e${i}" source="n${i}" target="n${i + 1}"/>`).join('');
  const again = Array.from({ length: reused }, (_v, i) => `<edge id="e0" source="n${i % n}" target="n0"/>`).join('');
  const missing = Array.from({ length: dangling }, (_v, i) => `<edge id="d${i}" source="n0" target="ghost${i}"/>`).join('');
  return `<gexf version="1.3"><graph><nodes>${nodes}</nodes><edges>${chain}${again}${missing}</edges></graph></gexf>`;
}

describe('graph builder', () => {
  it.each([
    ['a few faults (inserted without asking)', 5, 3],
    ['many faults (asks first after the 64th)', 150, 120],
  ])('keeps every edge once with %s', async (_what, reused, dangling) => {
    const { dataset, warnings } = await open([text('g.gexf', gexf(200, reused, dangling))]);
    const { graph } = dataset;
    expect(graph.size).toBe(199 + reused + dangling);
    expect(graph.order).toBe(200 + dangling);
    // The chain kept its own ids; each reuse of "e0" got a fresh id and its own ends.
    expect([graph.source('e0'), graph.target('e0')]).toEqual(['n0', 'n1']);
    expect(graph.edges().filter((e) => e.startsWith('e0#')).length).toBe(reused);
    expect(graph.getNodeAttribute('ghost0', 'extra')).toEqual({ placeholder: true });
    // Adjacency kept as hash tables (adjacency-mode.ts) answers as graphology's own does.
    expect([graph.hasDirectedEdge('n0', 'n1'), graph.hasDirectedEdge('n2', 'n1'), graph.hasDirectedEdge('n0', 'ghost0')]).toEqual([true, false, dangling > 0]);
    expect(graph.outNeighbors('n1')).toEqual(['n2', ...(reused > 1 ? ['n0'] : [])]);
    expect(graph.inDegree('n0')).toBe(reused);
    expect(warnings.join('\n')).toContain(`${reused} edge ids were used twice`);
    expect(warnings.join('\n')).toContain(`${dangling} edges refer to nodes the file does not declare`);
  });
});

// Search where the index's own history could leak into the answers: which names were indexed
// first, and edits that name a node twice or a node the graph never had. Expected orders are
// worked out by hand from the ranking rules in search.ts's header, as in search-rules.test.ts.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../schema/vocabulary.js';
import type { GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { buildSearchIndex, search, updateSearchIndex } from './search.js';

type Node = [id: string, label: string, kind: NodeKind];
function graphOf(nodes: Node[]): RedthreadGraph {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  for (const [id, label, kind] of nodes) graph.addNode(id, { label, kind });
  return graph;
}
const find = (nodes: Node[], query: string) => search(buildSearchIndex(graphOf(nodes)), query, 20).map((h) => h.id);

describe('a name’s best word does not depend on which names were indexed first', () => {
  it('a whole word after a word start, when a name equal to the query comes first', () => {
    // "Ber" is indexed first. "Bernese Ber": "ber" is its second word whole (rule 1: whole
    // words), so it ranks above "Bergman", where "ber" only starts the word, though a person.
    expect(find([['exact', 'Ber', 'document'], ['x', 'Bernese Ber', 'place'], ['p', 'Bergman', 'person']], 'ber')).toEqual(['exact', 'x', 'p']);
  });
  it('one typo after two, when a name that does not match comes first', () => {
    // "kovalenkp" is two typos from "kovalinkk" and one from "kovalenko": the place's second
    // word gives it one typo (rule 2), so it ranks above the person with two.
    const nodes: Node[] = [['z', 'Zed', 'person'], ['x', 'Kovalinkk Kovalenko', 'place'], ['p', 'Kovalinkk Kovalinkk', 'person']];
    expect(find(nodes, 'kovalenkp')).toEqual(['x', 'p']);
  });
});

describe('bringing the index up to date after an edit', () => {
  const nodes: Node[] = [['a', 'Orlov Alpha', 'person'], ['b', 'Orlov Beta', 'person'], ['c', 'Orlov Gamma', 'person']];
  it('drops a deleted node once, even when the edit names it twice', () => {
    const graph = graphOf(nodes);
    const index = buildSearchIndex(graph);
    graph.dropNode('a');
    updateSearchIndex(index, graph, ['a', 'a']);
    expect(search(index, 'orlov', 10).map((h) => h.id)).toEqual(['b', 'c']);
    expect(search(index, 'gamma', 10).map((h) => h.id)).toEqual(['c']);
  });
  it('changes nothing for a node the graph and the index never had', () => {
    const graph = graphOf(nodes);
    const index = buildSearchIndex(graph);
    updateSearchIndex(index, graph, ['ghost']);
    expect(search(index, 'orlov', 10).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });
  it('finds a renamed node by its new name only, and an added one', () => {
    const graph = graphOf(nodes);
    const index = buildSearchIndex(graph);
    graph.setNodeAttribute('b', 'label', 'Petrov Beta');
    graph.addNode('d', { label: 'Orlov Delta', kind: 'person' });
    updateSearchIndex(index, graph, ['b', 'd']);
    expect(search(index, 'orlov', 10).map((h) => h.id)).toEqual(['a', 'd', 'c']);
    expect(search(index, 'petrov', 10).map((h) => h.id)).toEqual(['b']);
  });
});

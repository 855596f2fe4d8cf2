// What 'auto' means for a graph: kinds where it has them, else the file's own colours; the
// file's sizes and weights when it has them; a file without labels labelled by the attribute
// that names each node apart.
import { describe, expect, it } from 'vitest';
import type { AttributeCatalog, ViewNode } from '../../../../graph-data/src/contract.js';
import { DEFAULT_APPEARANCE } from '../../state/appearance/settings.js';
import { viewFrom } from '../../state/view-history.js';
import { resolveAppearance, viewLooks } from './use-appearance.js';

const view = (nodes: ViewNode[], weights: number[] = []) =>
  viewFrom({ graph: 'g#1', nodes, edges: weights.map((weight, i) => ({ id: `e${i}`, source: nodes[0]?.id ?? '', target: nodes[1]?.id ?? '', relation: 'related_to', weight })), truncated: false, requestedNodes: nodes.length }, 'opened');
const node = (id: string, extra: Partial<ViewNode> = {}): ViewNode => ({ id, label: id, kind: 'other', degree: 1, ...extra });
const catalog = (count: number, distinct: number): AttributeCatalog => ({
  graph: 'g#1',
  node: [
    { key: 'label', builtin: true, type: 'string', count, distinct: count },
    { key: 'tooltip', builtin: false, type: 'string', count, distinct },
  ],
  edge: [],
});

describe('resolveAppearance', () => {
  it('colours by kind where the graph has kinds, by the file’s colours where it has none', () => {
    const coloured = view([node('a', { color: '#ff0000' }), node('b', { color: '#00ff00' })]);
    expect(resolveAppearance(DEFAULT_APPEARANCE, viewLooks(coloured), { kinds: { other: 2 } }, null).colorBy).toBe('file');
    expect(resolveAppearance(DEFAULT_APPEARANCE, viewLooks(coloured), { kinds: { person: 1, other: 1 } }, null).colorBy).toBe('kind');
    expect(resolveAppearance(DEFAULT_APPEARANCE, viewLooks(view([node('a'), node('b')])), { kinds: { other: 2 } }, null).colorBy).toBe('kind');
    // A choice the user made stays.
    expect(resolveAppearance({ ...DEFAULT_APPEARANCE, colorBy: 'measure:pagerank' }, viewLooks(coloured), { kinds: { other: 2 } }, null).colorBy).toBe('measure:pagerank');
  });

  it('sizes by the file’s sizes and widths edges by weight when the file has them', () => {
    const sized = resolveAppearance(DEFAULT_APPEARANCE, viewLooks(view([node('a', { size: 3 }), node('b')], [1, 4])), null, null);
    expect([sized.sizeBy, sized.edgeWidthBy]).toEqual(['file', 'builtin:weight']);
    const plain = resolveAppearance(DEFAULT_APPEARANCE, viewLooks(view([node('a'), node('b')], [2, 2])), null, null);
    expect([plain.sizeBy, plain.edgeWidthBy]).toEqual(['auto', 'none']);
    // Weights that do not vary are still the file's own (the Appearance panel offers them).
    expect(viewLooks(view([node('a'), node('b')], [2, 2])).fileWeights).toBe(true);
  });

  it('labels a file without labels by the text attribute naming every node apart', () => {
    expect(resolveAppearance(DEFAULT_APPEARANCE, viewLooks(view([node('0'), node('1')])), null, catalog(2, 2)).labelBy).toBe('attr:tooltip');
    expect(resolveAppearance(DEFAULT_APPEARANCE, viewLooks(view([node('0'), node('1')])), null, catalog(2, 1)).labelBy).toBe('builtin:label');
    expect(resolveAppearance(DEFAULT_APPEARANCE, viewLooks(view([node('0', { label: 'Zero' }), node('1')])), null, catalog(2, 2)).labelBy).toBe('builtin:label');
  });
});

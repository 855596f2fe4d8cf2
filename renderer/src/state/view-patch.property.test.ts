// Patches in a row, as a user's edits come: after any sequence of renames, new claims (with or
// without a new actor), changed relations, deleted claims and deleted nodes, the patched view holds what a whole
// refresh would, and every node and edge is found by its id at its place (the canvas and the
// next patch look elements up that way).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphView, ViewEdge, ViewNode } from '../../../graph-data/src/contract.js';
import { positionOf } from './id-index.js';
import { type ViewState, viewFrom } from './view-history.js';
import { applyPatch, type EditChange, patchRequest } from './view-patch.js';

interface Graph {
  nodes: Map<string, ViewNode>;
  edges: Map<string, ViewEdge>;
}
type Edit = { type: 'rename' | 'claim' | 'actor' | 'relation' | 'dropEdge' | 'dropNode'; pick: number; other: number };

const asView = (g: Graph, ids: Iterable<string>): GraphView => {
  const asked = new Set([...ids].filter((id) => g.nodes.has(id)));
  const nodes = [...asked].map((id) => g.nodes.get(id) as ViewNode);
  const edges = [...g.edges.values()].filter((e) => asked.has(e.source) && asked.has(e.target));
  return { graph: 'g', nodes, edges, truncated: false, requestedNodes: nodes.length };
};

/** Applies the edit to the graph as the service would, and says what it touched. */
function perform(g: Graph, edit: Edit, serial: number): EditChange | null {
  const ids = [...g.nodes.keys()];
  const edgeIds = [...g.edges.keys()];
  const a = ids[edit.pick % Math.max(1, ids.length)];
  const b = ids[edit.other % Math.max(1, ids.length)];
  const none = { nodes: [], edges: [], ends: [], created: [], bring: [] };
  if (a === undefined || b === undefined) return null;
  switch (edit.type) {
    case 'rename':
      g.nodes.set(a, { ...(g.nodes.get(a) as ViewNode), label: `L${serial}` });
      return { ...none, nodes: [a] };
    case 'claim':
    case 'actor': {
      const subject = edit.type === 'actor' ? `n${serial}` : a;
      if (edit.type === 'actor') g.nodes.set(subject, { id: subject, label: subject, kind: 'person', degree: 0 });
      const id = `e${serial}`;
      g.edges.set(id, { id, source: subject, target: b, relation: 'related_to' });
      for (const end of [subject, b]) g.nodes.set(end, { ...(g.nodes.get(end) as ViewNode), degree: (g.nodes.get(end)?.degree ?? 0) + 1 });
      return { ...none, nodes: edit.type === 'actor' ? [subject] : [], edges: [id], ends: [subject, b], created: edit.type === 'actor' ? [subject] : [] };
    }
    case 'relation': {
      const id = edgeIds[edit.pick % Math.max(1, edgeIds.length)];
      const edge = id === undefined ? undefined : g.edges.get(id);
      if (!edge || id === undefined) return null;
      g.edges.set(id, { ...edge, relation: edge.relation === 'supports' ? 'related_to' : 'supports' });
      return { ...none, edges: [id] };
    }
    case 'dropEdge': {
      const id = edgeIds[edit.pick % Math.max(1, edgeIds.length)];
      const edge = id === undefined ? undefined : g.edges.get(id);
      if (!edge || id === undefined) return null;
      g.edges.delete(id);
      return { ...none, edges: [id], ends: [edge.source, edge.target] };
    }
    case 'dropNode': {
      const gone = [...g.edges.values()].filter((e) => e.source === a || e.target === a);
      for (const e of gone) g.edges.delete(e.id);
      g.nodes.delete(a);
      return { ...none, nodes: [a], edges: gone.map((e) => e.id), ends: gone.flatMap((e) => [e.source, e.target]) };
    }
  }
}

const edit = fc.record({ type: fc.constantFrom<Edit['type']>('rename', 'claim', 'actor', 'relation', 'dropEdge', 'dropNode'), pick: fc.nat(50), other: fc.nat(50) });
const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((x, y) => x.id.localeCompare(y.id));

describe('views patched edit after edit', () => {
  it('equal a whole refresh, and find every element at its place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.array(edit, { maxLength: 25 }), (size, edits) => {
        const g: Graph = { nodes: new Map(), edges: new Map() };
        for (let i = 0; i < size; i++) g.nodes.set(`n${i}-`, { id: `n${i}-`, label: `N${i}`, kind: 'person', degree: 0 });
        let view: ViewState = viewFrom(asView(g, g.nodes.keys()), 'Opened');
        edits.forEach((e, serial) => {
          const change = perform(g, e, serial);
          if (!change) return;
          const asked = patchRequest(view, change);
          if (!asked) throw new Error('every edit here stays within the view');
          view = applyPatch(view, asView(g, asked), change, asked, 'Edited');
          const whole = asView(g, g.nodes.keys());
          expect(byId(view.nodes)).toEqual(byId(whole.nodes));
          expect(byId(view.edges)).toEqual(byId(whole.edges));
          view.nodes.forEach((n, at) => expect(positionOf(view.nodes, n.id)).toBe(at));
          view.edges.forEach((x, at) => expect(positionOf(view.edges, x.id)).toBe(at));
        });
      }),
      { numRuns: 300 },
    );
  });
});

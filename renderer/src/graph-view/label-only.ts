// A change to nodes' labels only (the label grid showing or hiding them, a rename) without
// Cytoscape recomputing their edges. Cytoscape takes any change of a node's bounds, a label's
// included, as a move: at the next frame it recomputes the path of every edge of that node. For
// a hub that is thousands of edges: the label grid labelling 41 of Java.gexf's nodes queued
// 2,958 edge paths, 126 ms of the next task. A label does not move an edge's ends (edges end at
// the node's shape), so here the nodes keep the "edges clean" mark they had before the change;
// one already marked for a real move keeps that mark and its edges are recomputed as before.
//
// Relies on Cytoscape's renderer state (`_private.rstyle.cleanConnected`, cytoscape 3.35);
// where it is absent the change runs as it would without this.
import type { NodeSingular } from 'cytoscape';

interface RenderedState {
  cleanConnected?: boolean;
}

/** `ele.pstyle()` is Cytoscape's documented parsed-style getter; @types/cytoscape lacks it. */
interface Parsed {
  pstyle(name: string): unknown;
}

const rstyleOf = (node: NodeSingular) => (node as unknown as { _private?: { rstyle?: RenderedState } })._private?.rstyle;

/** Runs `change`, which must alter only the labels of `nodes`, keeping their edges' paths clean. */
export function changeLabelsOnly(nodes: readonly NodeSingular[], change: () => void): void {
  const clean = nodes.filter((n) => rstyleOf(n)?.cleanConnected === true);
  change();
  // Cytoscape applies a changed style when it is next read, and marks the node's edges then:
  // read now, while the mark can still be undone.
  for (const node of clean) if (!node.removed()) (node as unknown as Parsed).pstyle('label');
  for (const node of clean) {
    const rstyle = rstyleOf(node);
    if (rstyle) rstyle.cleanConnected = true;
  }
}

// Deleting a node or a source, with everything that cannot stay without it. A node takes its
// edges and the allegations it is the claimant of; roles held in it lose their organisation.
// A source is refused while anything cites it (typed `source_cited`), unless cascade: then
// claims resting only on it go, and its quotes leave every other element's evidence.
import type { Evidence } from '../schema/model.js';
import type { Dataset } from '../service/dataset.js';
import { fail } from '../service/errors.js';
import type { OpRecorder } from './ops.js';
import { refIndex } from './refs.js';

export interface Removed {
  nodes: string[];
  edges: string[];
  sources: string[];
}

/** Edges that go with a node: its own, and allegations it is the claimant of. */
export function edgesGoingWith(dataset: Dataset, id: string): string[] {
  const { graph } = dataset;
  return [...new Set([...graph.edges(id), ...(refIndex(graph).claimant.get(id) ?? [])])];
}

export function deleteNode(rec: OpRecorder, id: string): Removed {
  const { graph } = rec.dataset;
  const edges = edgesGoingWith(rec.dataset, id);
  for (const edge of edges) rec.dropEdge(edge);
  for (const other of [...(refIndex(graph).organisation.get(id) ?? [])]) {
    if (other === id) continue;
    rec.setNode(other, (b) => ({ ...b, roles: (b.roles ?? []).map((r) => (r.organisation === id ? (({ organisation: _gone, ...rest }) => rest)(r) : r)) }));
  }
  rec.push({ op: 'dropNode', key: id, attributes: { ...graph.getNodeAttributes(id) } });
  return { nodes: [id], edges, sources: [] };
}

const cites = (id: string) => (e: Evidence) => e.source === id;

/** What cites a source: elements with at least one quote from it. */
export function citing(dataset: Dataset, id: string): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  dataset.graph.forEachNode((node, a) => {
    if (a.evidence?.some(cites(id))) nodes.push(node);
  });
  dataset.graph.forEachEdge((edge, a) => {
    if (a.evidence?.some(cites(id)) || a.statusHistory?.some((h) => h.evidence?.source === id)) edges.push(edge);
  });
  return { nodes, edges };
}

export function deleteSource(rec: OpRecorder, id: string, cascade: boolean): Removed {
  const { dataset } = rec;
  const source = dataset.sources.get(id);
  if (!source) fail('unknown_source', 'edits', `unknown source "${id}"`);
  const { nodes, edges } = citing(dataset, id);
  if (!cascade && nodes.length + edges.length > 0) {
    fail('source_cited', 'edits', `source "${source.title}" is cited by ${nodes.length} ${nodes.length === 1 ? 'node' : 'nodes'} and ${edges.length} ${edges.length === 1 ? 'edge' : 'edges'}; delete those claims first, or delete them with the source`);
  }
  const removedEdges: string[] = [];
  const { graph } = dataset;
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    const rest = a.evidence?.filter((e) => !cites(id)(e)) ?? [];
    // A claim with evidence only from this source has nothing left to say who says it.
    if ((a.evidence?.length ?? 0) > 0 && rest.length === 0) {
      rec.dropEdge(edge);
      removedEdges.push(edge);
      continue;
    }
    rec.setEdge(edge, (b) => ({
      ...b,
      evidence: rest,
      ...(b.statusHistory && { statusHistory: b.statusHistory.map((h) => (h.evidence?.source === id ? (({ evidence: _gone, ...r }) => r)(h) : h)) }),
    }));
  }
  for (const node of nodes) {
    rec.setNode(node, (b) => {
      const { evidence, ...next } = b;
      const rest = evidence?.filter((e) => !cites(id)(e)) ?? [];
      return rest.length ? { ...next, evidence: rest } : next;
    });
  }
  rec.push({ op: 'dropSource', source });
  return { nodes: [], edges: removedEdges, sources: [id] };
}

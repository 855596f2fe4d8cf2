// Merging two nodes that are one actor: `absorb` goes, `keep` takes its edges (an edge between
// the two becomes a loop, so no claim is lost), its evidence, its name and aliases as aliases,
// and the allegations and roles that pointed at it. Undo restores both exactly (ops.ts).
import type { GraphNodeAttributes } from '../service/dataset.js';
import type { Removed } from './delete.js';
import type { OpRecorder } from './ops.js';
import { withEvidence } from './quotes.js';
import { refIndex } from './refs.js';

function mergedAttributes(keep: GraphNodeAttributes, absorb: GraphNodeAttributes): GraphNodeAttributes {
  const aliases = [...new Set([...(keep.aliases ?? []), absorb.label, ...(absorb.aliases ?? [])])].filter((a) => a !== keep.label);
  let evidence = keep.evidence;
  for (const e of absorb.evidence ?? []) evidence = withEvidence(evidence, e);
  const description = keep.description ?? absorb.description;
  const date = keep.date ?? absorb.date;
  const roles = [...(keep.roles ?? []), ...(absorb.roles ?? [])];
  const extra = absorb.extra || keep.extra ? { ...absorb.extra, ...keep.extra } : undefined;
  return {
    ...keep,
    ...(aliases.length && { aliases }),
    ...(evidence && { evidence }),
    ...(description !== undefined && { description }),
    ...(date !== undefined && { date }),
    ...(roles.length && { roles }),
    ...(extra && { extra }),
  };
}

export function mergeNodes(rec: OpRecorder, keep: string, absorb: string): Removed {
  const { graph } = rec.dataset;
  const absorbed = graph.getNodeAttributes(absorb);
  rec.setNode(keep, (a) => mergedAttributes(a, absorbed));
  const moved = graph.edges(absorb);
  for (const edge of moved) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const attributes = { ...graph.getEdgeAttributes(edge) };
    rec.dropEdge(edge);
    rec.push({ op: 'addEdge', key: edge, source: source === absorb ? keep : source, target: target === absorb ? keep : target, attributes });
  }
  const refs = refIndex(graph);
  // Copies: each setEdge / setNode below updates these very sets.
  for (const edge of [...(refs.claimant.get(absorb) ?? [])]) rec.setEdge(edge, (b) => ({ ...b, allegation: { ...(b.allegation as NonNullable<typeof b.allegation>), claimant: keep } }));
  for (const node of [...(refs.organisation.get(absorb) ?? [])]) rec.setNode(node, (b) => ({ ...b, roles: (b.roles ?? []).map((r) => (r.organisation === absorb ? { ...r, organisation: keep } : r)) }));
  rec.push({ op: 'dropNode', key: absorb, attributes: { ...graph.getNodeAttributes(absorb) } });
  return { nodes: [absorb], edges: [], sources: [] };
}

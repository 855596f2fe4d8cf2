// Independent expectations for the end-to-end tests, computed straight from the
// dataset file with plain code (not through the service under test).
import { readFileSync } from 'node:fs';

export interface RawEdge {
  key: string;
  source: string;
  target: string;
  attributes: { relation: string; allegation?: { type: string; status: string; claimant: string }; evidence: { quote: string }[] };
}

export interface RawGraph {
  attributes: { name: string };
  nodes: { key: string; attributes: { label: string; evidence: { quote: string }[] } }[];
  edges: RawEdge[];
}

export const interpol: RawGraph = JSON.parse(readFileSync('graph-data/datasets/interpol-2018/graph.json', 'utf8'));

const adjacency = new Map<string, Set<string>>();
for (const n of interpol.nodes) adjacency.set(n.key, new Set());
for (const e of interpol.edges) {
  adjacency.get(e.source)?.add(e.target);
  adjacency.get(e.target)?.add(e.source);
}

export function label(id: string): string {
  const node = interpol.nodes.find((n) => n.key === id);
  if (!node) throw new Error(`no node ${id} in graph.json`);
  return node.attributes.label;
}

export function neighbours(id: string): Set<string> {
  return adjacency.get(id) ?? new Set();
}

export function egoSet(id: string, depth: number): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth; d++) {
    frontier = frontier.flatMap((n) => [...neighbours(n)].filter((m) => !seen.has(m) && (seen.add(m), true)));
  }
  return seen;
}

/** Node and edge counts of the sub-graph induced by `ids` (parallel edges count). */
export function counts(ids: Set<string>): { nodes: number; edges: number } {
  return { nodes: ids.size, edges: interpol.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).length };
}

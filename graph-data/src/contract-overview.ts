// The overview's types: a graph too large to draw, summed up as its largest communities
// (service/overview.ts). Split from contract-results.ts; re-exported there.
import type { NodeRef } from './contract-results.js';
import type { NodeKind } from './schema/vocabulary.js';

/** One community of the overview, drawn as one aggregate node. */
export interface OverviewGroup {
  /** Community number, largest first (0 is the largest): what overviewMembers takes. */
  id: number;
  /** Members. */
  size: number;
  /** Its best-connected member, after whom the UI names it. */
  leader: NodeRef;
  /** Edges with both ends inside. */
  edgesInside: number;
  /** Members of each kind. */
  kinds: Partial<Record<NodeKind, number>>;
}

/** Edges between two shown communities, as one weighted link. */
export interface OverviewLink {
  source: number;
  target: number;
  edges: number;
}

/**
 * A graph too large to draw, summed up: its largest communities (Louvain over the whole
 * graph) with the links between them. The rest is reached by search, paths, measures and
 * by expanding a community into its members.
 */
export interface Overview {
  graph: string;
  nodeCount: number;
  edgeCount: number;
  /** Every community found; `groups` holds the largest of them. */
  communityCount: number;
  modularity: number;
  groups: OverviewGroup[];
  links: OverviewLink[];
  /** Members of the shown groups together. */
  shownNodes: number;
}

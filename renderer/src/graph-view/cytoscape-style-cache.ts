// A faster `dirtyStyleCache` for Cytoscape's elements. Cytoscape's style engine calls it once for
// every property it applies to an element, and its own version finds a node's edges with
// `connectedEdges()`, which builds two collections per call (no cache without a selector), also
// for edges, which have none: adding a 10k/30k view spent ~0.7 s of its style work (4.1 s)
// building collections nobody kept (CPU profile of opening the generated graph). This one clears
// the same caches, the element's and its edges', straight from Cytoscape's element records.
// Graphs with compound nodes keep Cytoscape's version, which also reaches parents and children.
import cytoscape, { type Core } from 'cytoscape';

interface ElementRecord {
  group: 'nodes' | 'edges';
  styleCache: unknown;
  edges?: { _private: ElementRecord }[];
}

interface Elements {
  length: number;
  [index: number]: { _private: ElementRecord };
  cy(): Core & { hasCompoundNodes(): boolean };
  dirtyStyleCache(): Elements;
}

let installed = false;

/** Replaces dirtyStyleCache on Cytoscape's element prototype, once per page. */
export function installStyleCacheFix(): void {
  if (installed) return;
  installed = true;
  const probe = cytoscape({ headless: true, styleEnabled: false });
  const prototype = Object.getPrototypeOf(probe.collection()) as Elements;
  probe.destroy();
  const original = prototype.dirtyStyleCache;
  if (typeof original !== 'function') return;
  prototype.dirtyStyleCache = function dirtyStyleCache(this: Elements): Elements {
    if (this.length === 0) return this;
    if (this.cy().hasCompoundNodes()) return original.call(this);
    for (let i = 0; i < this.length; i++) {
      const record = (this[i] as { _private: ElementRecord })._private;
      record.styleCache = null;
      const edges = record.group === 'nodes' ? record.edges : undefined;
      if (edges) for (let j = 0; j < edges.length; j++) (edges[j] as { _private: ElementRecord })._private.styleCache = null;
    }
    return this;
  };
}

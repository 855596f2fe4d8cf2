// Speeds up building large graphs: graphology keeps each node's neighbours as the properties
// of plain objects (`out`, `in`) keyed by neighbour id. V8 gives every new property sequence
// its own hidden class, so 300k edges among 100k nodes create hundreds of thousands of them
// (a third of the time of adding the edges, and much of the garbage collection). An object
// that had a property deleted from the middle is kept as a hash table instead, which suits
// an adjacency exactly. Semantics do not change (the objects stay plain and empty), only
// their representation; if graphology's internals ever differ, this does nothing.
// Measured by `npm run bench` (import.generated100k).

interface NodeDataLike {
  in?: unknown;
  out?: unknown;
}

const asHashTable = (target: unknown): void => {
  if (typeof target !== 'object' || target === null || Object.keys(target).length > 0) return;
  const object = target as Record<string, unknown>;
  object['\u0000a'] = 0;
  object['\u0000b'] = 0;
  // Deleting a property that is not the last one added turns V8's object into dictionary mode.
  delete object['\u0000a'];
  delete object['\u0000b'];
};

/** Call right after `graph.addNode(id)`, before any edge touches the node. */
export function hashAdjacency(graph: object, id: string): void {
  const nodes = (graph as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  const data = nodes.get(id) as NodeDataLike | undefined;
  if (!data) return;
  asHashTable(data.out);
  asHashTable(data.in);
}

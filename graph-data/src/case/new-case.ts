// An empty case: what File › New case opens. It holds no nodes and no sources yet, the built-in
// allegation types, and exists in no file until it is saved.
import { MultiDirectedGraph } from 'graphology';
import type { Dataset, RedthreadGraph } from '../service/dataset.js';
import { builtinAllegationTypes } from './allegation-types.js';

export const NEW_CASE_NAME = 'Untitled case';

export function emptyCase(name = NEW_CASE_NAME): Dataset {
  const graph: RedthreadGraph = new MultiDirectedGraph();
  graph.setAttribute('name', name);
  return { id: 'new-case', name, format: 'redthread', graph, sources: new Map(), case: { allegationTypes: builtinAllegationTypes() } };
}

// Builds a service Dataset from the three parts of a dataset folder (graph.json,
// sources.json and the source texts), already read by the host: no fs here, so the
// browser Web Worker and the Electron worker thread share it.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph, SourceInfo } from '../schema/model.js';
import { validateDataset } from '../schema/validate-dataset.js';
import type { Dataset, GraphAttributes, LoadedSource, RedthreadGraph } from '../service/dataset.js';
import { ServiceFailure } from '../service/errors.js';

export interface DatasetParts {
  id: string;
  graph: unknown;
  sources: unknown;
  /** Source file name → text. */
  texts: Record<string, string>;
}

export function buildDataset(parts: DatasetParts): Dataset {
  const problems = validateDataset({ graph: parts.graph, sources: parts.sources, texts: parts.texts });
  if (problems.length > 0) {
    const first = problems.slice(0, 5).map((p) => `${p.file}: ${p.id} ${p.path}: ${p.message}`);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new ServiceFailure('bad_arguments', `io/dataset: ${parts.id} is invalid: ${first.join('; ')}${more}`);
  }
  // validateDataset has checked both shapes.
  const serialized = parts.graph as SerializedGraph;
  const graph: RedthreadGraph = new MultiDirectedGraph<never, never, GraphAttributes>() as unknown as RedthreadGraph;
  graph.import(serialized as unknown as Parameters<RedthreadGraph['import']>[0]);
  const sources = new Map<string, LoadedSource>();
  for (const info of parts.sources as SourceInfo[]) {
    sources.set(info.id, { ...info, text: parts.texts[info.file] ?? '' });
  }
  return { id: parts.id, name: graph.getAttribute('name') ?? parts.id, format: 'redthread', graph, sources };
}

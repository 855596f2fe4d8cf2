// Builds a service Dataset from the parts of a dataset folder (graph.json,
// sources.json, the source texts and an optional layout.json), already read by the host: no fs here, so the
// browser Web Worker and the Electron worker thread share it.
import { MultiDirectedGraph } from 'graphology';
import type { LayoutFile } from '../schema/layout.js';
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
  /** layout.json, when the folder has one (schema/layout.ts). */
  layout?: unknown;
}

export function buildDataset(parts: DatasetParts): Dataset {
  const problems = validateDataset({ graph: parts.graph, sources: parts.sources, texts: parts.texts, layout: parts.layout });
  if (problems.length > 0) {
    const first = problems.slice(0, 5).map((p) => `${p.file}: ${p.id} ${p.path}: ${p.message}`);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new ServiceFailure('bad_arguments', `io/dataset: ${parts.id} is invalid: ${first.join('; ')}${more}`);
  }
  // validateDataset has checked both shapes.
  const serialized = parts.graph as SerializedGraph;
  const graph: RedthreadGraph = new MultiDirectedGraph<never, never, GraphAttributes>() as unknown as RedthreadGraph;
  graph.import(serialized as unknown as Parameters<RedthreadGraph['import']>[0]);
  // Checked above: every position names a node and holds finite numbers.
  const layout = parts.layout as LayoutFile | undefined;
  // A new attributes object per node: graphology keeps the imported ones by reference, and
  // the browser host's graph.json is a module shared by every later load.
  for (const [key, { x, y }] of Object.entries(layout?.positions ?? {})) graph.updateNodeAttributes(key, (attrs) => ({ ...attrs, x, y }));
  const sources = new Map<string, LoadedSource>();
  for (const info of parts.sources as SourceInfo[]) {
    sources.set(info.id, { ...info, text: parts.texts[info.file] ?? '' });
  }
  return { id: parts.id, name: graph.getAttribute('name') ?? parts.id, format: 'redthread', graph, sources };
}

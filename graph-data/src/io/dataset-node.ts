// Reads a dataset folder from disk (Node hosts and scripts only).
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DatasetParts } from './dataset-loader.js';

export async function readDatasetParts(dir: string): Promise<DatasetParts> {
  const readJson = async (name: string): Promise<unknown> => JSON.parse(await readFile(join(dir, name), 'utf8'));
  const graph = await readJson('graph.json');
  const sources = await readJson('sources.json');
  const texts: Record<string, string> = {};
  if (Array.isArray(sources)) {
    for (const source of sources as { file?: unknown }[]) {
      if (typeof source.file === 'string' && basename(source.file) === source.file) {
        texts[source.file] = await readFile(join(dir, source.file), 'utf8');
      }
    }
  }
  // The saved layout is optional: a folder without one opens with a layout run.
  const layout = await readJson('layout.json').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return { id: basename(dir), graph, sources, texts, ...(layout === undefined ? {} : { layout }) };
}

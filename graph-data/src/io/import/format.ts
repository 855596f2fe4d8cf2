// The shape every format importer shares, so the entry point can treat them as a registry.
import type { ImportFormat } from '../../contract.js';
import type { CaseExtras, LoadedSource, RedthreadGraph } from '../../service/dataset.js';

export interface FormatResult {
  graph: RedthreadGraph;
  /** A human name for the dataset (the file's own title, else the file name). */
  name: string;
  format: ImportFormat;
  sources?: Map<string, LoadedSource>;
  /** A `.redthread` case's allegation types, layout, views and appearance. */
  case?: CaseExtras;
}

/** "Les Miserables.gexf.gz" → "Les Miserables". */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.gz$/i, '').replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/\.(ftm|cyjs)$/i, '') || base;
}

// The export CLI's --input: a dataset folder, or one graph file read with the desktop app's
// own checks (electron/files.ts): graph extensions, regular files only, nothing under /proc,
// /sys or /dev, a size limit — so `--input /dev/zero` or a FIFO fails at once with a reason
// instead of growing without end or hanging.
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_MAX_IMPORT_BYTES } from '../graph-data/src/contract.js';
import { buildDataset } from '../graph-data/src/io/dataset-loader.js';
import { readDatasetParts } from '../graph-data/src/io/dataset-node.js';
import { importGraph } from '../graph-data/src/io/import/index.js';
import type { Dataset } from '../graph-data/src/service/dataset.js';
import { FileRefused, readGraphFiles } from '../electron/files.js';
import { CliError } from './export-cli.js';

const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

export async function loadInput(input: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): Promise<{ dataset: Dataset; warnings: string[] }> {
  const absolute = resolve(input);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`--input ${input}: ${error.code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${error.code ?? 'unknown error'})`}`);
  });
  if (info.isDirectory()) {
    const real = await realpath(absolute);
    if (SYSTEM_TREES.some((tree) => real === tree || real.startsWith(`${tree}/`))) throw new CliError(`--input ${input}: system and device folders are not datasets`);
    const graphJson = await stat(resolve(real, 'graph.json')).catch(() => null);
    if (!graphJson?.isFile()) throw new CliError(`--input ${input}: not a dataset folder (no graph.json)`);
    return { dataset: buildDataset(await readDatasetParts(real)), warnings: [] };
  }
  let files;
  try {
    files = await readGraphFiles([absolute], maxBytes);
  } catch (error) {
    // files.ts names the file and the reason; the CLI names the flag it came from.
    if (error instanceof FileRefused) throw new CliError(`--input ${input}: ${error.error.message.replace(/^files: [^:]*: /, '')}`);
    throw error;
  }
  return importGraph({ files, maxBytes, signal: { cancelled: false }, onProgress: () => undefined });
}

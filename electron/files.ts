// Reads the graph files the user chose (dialog, drop, recent list) in main: only
// absolute paths to regular files within the size limit, one or two of them.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { ServiceError } from '../graph-data/src/contract.js';

export interface GraphFile {
  name: string;
  bytes: Uint8Array;
}

/** What the open dialog offers; the service detects the format from the content too. */
export const OPEN_DIALOG_FILTERS = [
  { name: 'Graph files', extensions: ['json', 'gexf', 'graphml', 'xml', 'csv', 'tsv', 'ftm', 'ijson'] },
  { name: 'All files', extensions: ['*'] },
];

export const MAX_FILES = 2;

export class FileRefused extends Error {
  constructor(readonly error: ServiceError) {
    super(error.message);
    this.name = 'FileRefused';
  }
}

const refuse = (code: ServiceError['code'], message: string): never => {
  throw new FileRefused({ code, message: `files: ${message}` });
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Refuses anything that is not a list of 1–2 absolute path strings (the renderer sent it). */
export function checkPaths(paths: unknown): string[] {
  if (!Array.isArray(paths) || paths.length < 1 || paths.length > MAX_FILES) {
    return refuse('bad_arguments', `expected one or two files, got ${Array.isArray(paths) ? paths.length : typeof paths}`);
  }
  return paths.map((path: unknown) => {
    // webUtils.getPathForFile answers "" for a File that does not come from the disk.
    if (path === '') return refuse('bad_file', 'a dropped item is not a file on disk');
    if (typeof path !== 'string' || path.length > 4096 || path.includes('\0') || !isAbsolute(path)) {
      return refuse('bad_arguments', 'expected an absolute file path');
    }
    return path;
  });
}

/** Reads one file, refusing directories, devices, FIFOs and files over `maxBytes`. */
export async function readGraphFile(path: string, maxBytes: number): Promise<GraphFile> {
  const name = basename(path);
  const before = await stat(path).catch((error: NodeJS.ErrnoException) =>
    refuse('bad_file', `${name}: cannot read it (${error.code ?? error.message})`),
  );
  if (!before.isFile()) refuse('bad_file', `${name}: not a regular file`);
  if (before.size > maxBytes) refuse('too_large', `${name}: ${formatSize(before.size)} is over the ${formatSize(maxBytes)} limit`);
  // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it must not hang main.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) =>
    refuse('bad_file', `${name}: cannot open it (${error.code ?? error.message})`),
  );
  try {
    // Checked again on the open handle: the path may have changed since stat.
    const info = await handle.stat();
    if (!info.isFile()) refuse('bad_file', `${name}: not a regular file`);
    if (info.size > maxBytes) refuse('too_large', `${name}: ${formatSize(info.size)} is over the ${formatSize(maxBytes)} limit`);
    const bytes = await handle.readFile();
    if (bytes.byteLength > maxBytes) refuse('too_large', `${name}: grew over the ${formatSize(maxBytes)} limit while being read`);
    return { name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } finally {
    await handle.close();
  }
}

export async function readGraphFiles(paths: unknown, maxBytes: number): Promise<GraphFile[]> {
  const checked = checkPaths(paths);
  const files: GraphFile[] = [];
  for (const path of checked) files.push(await readGraphFile(path, maxBytes));
  return files;
}

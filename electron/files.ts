// Reads the graph files the user chose in a dialog (or that main keeps in its recent list):
// one or two absolute paths to regular files with a graph extension, within the size limit.
// Devices, FIFOs, /proc, /sys, /dev and Windows network paths are refused before any read,
// and errors name the file and the reason, never its content. The page never names a path:
// dropped files are read by the renderer from the dropped File (see use-opener.ts).
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { basename, isAbsolute, normalize } from 'node:path';
import type { LimitExceeded, ServiceError } from '../graph-data/src/contract.js';

export interface GraphFile {
  name: string;
  bytes: Uint8Array;
}

/** The extensions the importers know (graph-data/src/io/import/detect.ts), optionally gzipped; `.redthread` is a case. */
export const GRAPH_EXTENSIONS = ['redthread', 'gexf', 'graphml', 'xml', 'json', 'cyjs', 'ijson', 'jsonl', 'ndjson', 'ftm', 'csv', 'tsv', 'tab', 'txt', 'edges', 'edgelist'] as const;

/** What the open dialog offers: main opens nothing else, so there is no "All files". */
export const OPEN_DIALOG_FILTERS = [
  { name: 'Cases and graph files', extensions: [...GRAPH_EXTENSIONS, 'gz'] },
  { name: 'Redthread cases', extensions: ['redthread'] },
];

export const MAX_FILES = 2;

/** Kernel and device trees: their files report size 0 or never end, and hold no graphs. */
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

export class FileRefused extends Error {
  constructor(readonly error: ServiceError) {
    super(error.message);
    this.name = 'FileRefused';
  }
}

const refuse = (code: ServiceError['code'], message: string, limit?: LimitExceeded): never => {
  throw new FileRefused({ code, message: `files: ${message}`, ...(limit && { limit }) });
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** `\\server\share`, `//server/share`, `\\?\UNC\…` and `\\.\device`: touching one sends the user's credentials to the server. */
export const isWindowsNetworkPath = (path: string): boolean => /^[\\/]{2}/.test(path);

export function hasGraphExtension(name: string): boolean {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 && (GRAPH_EXTENSIONS as readonly string[]).includes(base.slice(dot + 1));
}

const insideSystemTree = (real: string): boolean => SYSTEM_TREES.some((tree) => real === tree || real.startsWith(`${tree}/`));

/**
 * The form checks, before any file-system call: 1–2 absolute path strings, no network path
 * on Windows (even a stat would connect), graph extensions only.
 */
export function checkPaths(paths: unknown, platform: NodeJS.Platform = process.platform): string[] {
  if (!Array.isArray(paths) || paths.length < 1 || paths.length > MAX_FILES) {
    return refuse('bad_arguments', `expected one or two files, got ${Array.isArray(paths) ? paths.length : typeof paths}`);
  }
  return paths.map((path: unknown) => {
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || path.includes('\0')) return refuse('bad_arguments', 'expected an absolute file path');
    if (platform === 'win32' && isWindowsNetworkPath(path)) return refuse('bad_file', `${basename(path)}: files on a network share are not opened directly; copy the file to this computer first`);
    if (!isAbsolute(path)) return refuse('bad_arguments', 'expected an absolute file path');
    // By name first (the real path is checked again before opening): the clearest reason for /dev/zero.
    if (platform !== 'win32' && insideSystemTree(normalize(path))) return refuse('bad_file', `${basename(path)}: system and device files are not opened`);
    if (!hasGraphExtension(basename(path))) {
      return refuse('bad_file', `${basename(path)}: not a graph file (expected one of .${GRAPH_EXTENSIONS.join(', .')}, optionally .gz)`);
    }
    return path;
  });
}

/** Reads at most maxBytes + 1 bytes: a file that grows, or lies about its size, cannot make main read without end. */
async function readBounded(handle: Awaited<ReturnType<typeof open>>, name: string, size: number, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const chunkSize = Math.min(Math.max(size, 64 * 1024), 16 * 1024 ** 2);
  for (;;) {
    const buffer = new Uint8Array(Math.min(chunkSize, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) refuse('too_large', `${name}: grew over the ${formatSize(maxBytes)} limit while being read`, { name: 'maxBytes', limit: maxBytes, found: total });
    chunks.push(buffer.subarray(0, bytesRead));
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads one checked path. Symlinks are followed to their target (a link to a graph file is
 * that file), and the target must be a regular file outside /proc, /sys and /dev.
 */
export async function readGraphFile(path: string, maxBytes: number): Promise<GraphFile> {
  const name = basename(path);
  const real = await realpath(path).catch((error: NodeJS.ErrnoException) => refuse('bad_file', `${name}: cannot read it (${error.code ?? 'unknown error'})`));
  if (process.platform !== 'win32' && insideSystemTree(real)) refuse('bad_file', `${name}: system and device files are not opened`);
  // O_NONBLOCK: a FIFO swapped in after realpath must not hang main on open; O_NOFOLLOW:
  // the target was resolved above, so a link appearing in its place now is refused.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  const handle = await open(real, flags).catch((error: NodeJS.ErrnoException) => refuse('bad_file', `${name}: cannot open it (${error.code ?? 'unknown error'})`));
  try {
    // Checked on the open handle, so what is read is what was checked.
    const info = await handle.stat();
    if (!info.isFile()) refuse('bad_file', `${name}: not a regular file`);
    // The limit travels with the error so the user can raise it for this one file.
    if (info.size > maxBytes) refuse('too_large', `${name}: ${formatSize(info.size)} is over the ${formatSize(maxBytes)} limit`, { name: 'maxBytes', limit: maxBytes, found: info.size });
    return { name, bytes: await readBounded(handle, name, info.size, maxBytes) };
  } finally {
    await handle.close();
  }
}

export async function readGraphFiles(paths: unknown, maxBytes: number, platform: NodeJS.Platform = process.platform): Promise<GraphFile[]> {
  const checked = checkPaths(paths, platform);
  const files: GraphFile[] = [];
  for (const path of checked) files.push(await readGraphFile(path, maxBytes));
  return files;
}

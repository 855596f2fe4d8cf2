// The one way Redthread writes a file the user may care about (the app's saves, its stores
// under userData, the export CLI): a temp file beside the target, flushed to disk, renamed
// over it, and the directory flushed so the rename itself survives a power cut. A crash or a
// full disk mid-write leaves the old file whole and no temp behind.
//
// - Mode: an existing file keeps its permission bits (a 0600 file stays 0600); a new file
//   gets `newFileMode` (0600 for the app's own stores), else what the umask gives 0666.
// - Symlinks are written through, as editors do: the link stays a link and its target gets
//   the new content (the temp file and the rename happen beside the target). A link to
//   nothing is refused rather than replaced by a plain file.
// - Temp names are short (`.rt-<12 hex>.tmp`), so any legal file name can be saved.
import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls the writer makes, injectable so tests can see fsync and make calls fail. */
export interface AtomicFs {
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
  stat: typeof stat;
  lstat: typeof lstat;
  realpath: typeof realpath;
}
const nodeFs: AtomicFs = { open, rename, rm, stat, lstat, realpath };

export interface AtomicWriteOptions {
  /** Permission bits of a file that does not exist yet; default 0o666 less the umask. */
  newFileMode?: number;
  fs?: AtomicFs;
  platform?: NodeJS.Platform;
}

export class AtomicWriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AtomicWriteError';
  }
}

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** Where the bytes go (the symlink's target, or the path itself) and the mode to give them. */
async function resolveTarget(fs: AtomicFs, path: string, newFileMode: number): Promise<{ target: string; mode: number; exists: boolean }> {
  let link;
  try {
    link = await fs.lstat(path);
  } catch (error) {
    if (errno(error) === 'ENOENT') return { target: path, mode: newFileMode, exists: false };
    throw error;
  }
  if (!link.isSymbolicLink()) {
    if (!link.isFile()) throw new AtomicWriteError('EISDIR', `${basename(path)} is not a regular file`);
    return { target: path, mode: link.mode & 0o777, exists: true };
  }
  let target: string;
  try {
    target = await fs.realpath(path);
  } catch (error) {
    throw new AtomicWriteError(errno(error) ?? 'ENOENT', `${basename(path)} is a link to a file that does not exist`);
  }
  const info = await fs.stat(target);
  if (!info.isFile()) throw new AtomicWriteError('EISDIR', `${basename(path)} links to something that is not a regular file`);
  return { target, mode: info.mode & 0o777, exists: true };
}

export async function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const { target, mode, exists } = await resolveTarget(fs, path, options.newFileMode ?? 0o666);
  const dir = dirname(target);
  const temp = join(dir, `.rt-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or reuse something already at the temp name.
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      // open() applied the umask; an existing file's bits are restored exactly.
      if (exists || options.newFileMode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dir, options.platform ?? process.platform);
}

/** The rename is durable only once the directory entry is on disk. Windows cannot open a directory for fsync. */
async function syncDirectory(fs: AtomicFs, dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// The one way the Electron host writes a file the user may care about: a temp file
// beside the target, flushed to disk, then renamed over it. A crash or a full disk
// mid-write leaves the old file whole and no temp behind.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';

export async function writeFileAtomic(path: string, data: Uint8Array | string, mode = 0o644): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // 'wx': never follow or reuse something already at the temp name.
    await writeFile(temp, data, { flag: 'wx', mode });
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

// Saving an export: main shows the native save dialog and writes the renderer's bytes
// atomically (a temp file beside the target, flushed, then renamed over it), so a
// failed or interrupted save never leaves a half-written file or costs the old one.
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Result, SaveFileRequest } from '../graph-data/src/contract.js';
import { writeFileAtomic } from './atomic-write.js';

export { writeFileAtomic };

/** Exports are built in memory by the renderer; past this they would not have got here. */
export const MAX_SAVE_BYTES = 4 * 1024 ** 3;

const requestSchema = z.strictObject({
  // A bare file name: the directory is the user's choice in the dialog, never the page's.
  defaultName: z.string().min(1).max(255).regex(/^[^/\\\0]+$/, 'expected a file name without a folder').refine((n) => n !== '.' && n !== '..'),
  filters: z
    .array(z.strictObject({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/)).min(1).max(10) }))
    .max(10),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'file too large'),
});

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

export interface SaveFileDeps {
  showSaveDialog(options: { defaultPath: string; filters: SaveFileRequest['filters']; properties: ['createDirectory', 'showOverwriteConfirmation'] }): Promise<SaveDialogResult>;
  /** Folder the dialog opens in (Documents). */
  defaultDir(): string;
}

export async function saveFile(raw: unknown, deps: SaveFileDeps): Promise<Result<{ saved: boolean; name?: string }>> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'bad_arguments', message: `saveFile: ${detail}` } };
  }
  const { defaultName, filters, bytes } = parsed.data;
  const choice = await deps.showSaveDialog({
    defaultPath: join(deps.defaultDir(), defaultName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
  try {
    await writeFileAtomic(choice.filePath, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, error: { code: 'internal', message: `saveFile: could not write ${basename(choice.filePath)} (${code}); nothing was changed` } };
  }
  // Only the name goes back: the page has no use for the folder.
  return { ok: true, value: { saved: true, name: basename(choice.filePath) } };
}

// Where an export's bytes go: in Electron, main's save dialog and atomic write
// (saveFile); in the browser host, a download. The page never handles a path.
import type { RedthreadHost } from '../api/client.js';
import type { Exporter } from './types.js';

/** `interpol-2018-2026-11-27.svg`: dataset and day, safe on every file system. */
export function defaultFileName(datasetId: string, extension: string, now: Date): string {
  const base = datasetId.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'graph';
  return `${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}

export async function saveExport(host: RedthreadHost, exporter: Pick<Exporter, 'label' | 'extension' | 'mime'>, fileName: string, file: Blob): Promise<{ saved: boolean; name?: string }> {
  if (host.saveFile) {
    // Read without blocking the page; the bytes then cross to main, which writes them atomically.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await host.saveFile({ defaultName: fileName, filters: [{ name: exporter.label, extensions: [exporter.extension] }], bytes });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }
  const url = URL.createObjectURL(new Blob([file], { type: exporter.mime }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The download has its own reference by now; a late revoke keeps slow browsers safe.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
  return { saved: true, name: fileName };
}

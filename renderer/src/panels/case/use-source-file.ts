// Reading a chosen or dropped file as a source: the bytes go to the graph service
// (readSourceFile), which parses HTML, Markdown and PDF in its worker; the dialog gets back the
// text and the document's metadata, or a typed error to show beside the file button.
import { useCallback, useRef, useState } from 'react';
import { MAX_SOURCE_FILE_BYTES, type ExtractedSource } from '../../../../graph-data/src/contract.js';
import { getApi } from '../../api/client.js';
import { formatCount } from '../../state/plural.js';

export const SOURCE_FILE_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,text/plain,text/markdown,text/html,application/pdf';

export type SourceFileState =
  | { status: 'idle' }
  | { status: 'reading'; name: string; pages?: { done: number; total: number } }
  | { status: 'read'; name: string; source: ExtractedSource }
  | { status: 'failed'; name: string; code: string; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

export function useSourceFile(onRead: (source: ExtractedSource) => void) {
  const [state, setState] = useState<SourceFileState>({ status: 'idle' });
  // Only the latest file's answer counts (a second file chosen while the first is read).
  const latest = useRef(0);
  const read = useCallback(
    async (file: File) => {
      const ticket = ++latest.current;
      const failed = (code: string, message: string) => ticket === latest.current && setState({ status: 'failed', name: file.name, code, message });
      // Refused before reading it into the page at all.
      if (file.size > MAX_SOURCE_FILE_BYTES) return failed('too_large', `"${file.name}" is ${megabytes(file.size)}; a source file may be at most ${megabytes(MAX_SOURCE_FILE_BYTES)}.`);
      setState({ status: 'reading', name: file.name });
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        return failed('bad_file', `"${file.name}" could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
      // Pages of a long PDF as they are read.
      const unsubscribe = getApi().onProgress((event) => {
        if (event.task === 'source' && ticket === latest.current) setState({ status: 'reading', name: file.name, pages: { done: event.done, total: event.total } });
      });
      const result = await getApi()
        .readSourceFile({ file: { name: file.name, bytes } })
        .finally(unsubscribe);
      if (ticket !== latest.current) return;
      if (!result.ok) return failed(result.error.code, result.error.message.replace(/^service\/sources: /, ''));
      setState({ status: 'read', name: file.name, source: result.value });
      onRead(result.value);
    },
    [onRead],
  );
  return { state, read };
}

const KIND_LABELS: Record<ExtractedSource['kind'], string> = { text: 'text', markdown: 'Markdown', html: 'web page', pdf: 'PDF' };

/** "From audit.pdf (PDF, 2 pages, 1,234 characters)". */
export function describeRead(name: string, source: ExtractedSource): string {
  const parts = [KIND_LABELS[source.kind], source.pages !== undefined ? `${source.pages} ${source.pages === 1 ? 'page' : 'pages'}` : '', `${formatCount(source.text.length)} characters`];
  return `From ${name} (${parts.filter(Boolean).join(', ')})`;
}

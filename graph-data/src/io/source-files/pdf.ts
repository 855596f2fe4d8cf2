// PDF sources: the text of every page through pdf.js, lines joined into paragraphs by their
// spacing (a wider gap or a change of type size starts a paragraph), pages as paragraphs; the
// document information dictionary (and XMP) gives the metadata. pdf.js is loaded on first use,
// and runs its parser in this thread: the caller is already a worker (the graph service's).
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { fail, ServiceFailure } from '../../service/errors.js';
import { MAX_SOURCE_TEXT } from '../../case/commands-schema.js';
import type { ExtractedSource } from './types.js';
import { collapseSpaces, partialIsoDate, present, tidyParagraphs, titleFromName } from './plain.js';

const ORIGIN = 'sources';

type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js builds a DOMMatrix when its module loads, for drawing pages, which a reader of text never
 * does. Browsers' workers have DOMMatrix; Node's worker threads (Electron's service) do not, and
 * pdf.js would fill it from a native canvas module that the app does not ship. This stand-in
 * lets the module load there; it refuses any use.
 */
function standInDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return;
  g.DOMMatrix = class DOMMatrixStandIn {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    constructor(init?: unknown) {
      if (init !== undefined) throw new Error('io/source-files: pdf.js drew a page, which a text reader never needs (no DOMMatrix here)');
    }
  };
}

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    standInDomMatrix();
    // pdf.js runs "in this thread" when it finds its worker's handler on globalThis; otherwise it
    // would try to start a worker from a script URL that a bundle does not have.
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

function pageLines(items: (TextItem | TextMarkedContent)[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    if (!('str' in item)) continue;
    if (item.str !== '') {
      const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height;
      current ??= { text: '', y: item.transform[5] ?? 0, size };
      current.text += item.str;
      current.size = Math.max(current.size, size);
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => ({ ...l, text: collapseSpaces(l.text) })).filter((l) => l.text !== '');
}

/** A page's lines as paragraphs: lines set at the usual spacing and the same size run on. */
function pageText(lines: Line[]): string {
  let out = '';
  let previous: Line | null = null;
  for (const line of lines) {
    if (previous) {
      const gap = previous.y - line.y;
      const small = Math.min(previous.size, line.size);
      const sameRun = gap > 0 && gap <= small * 1.6 && Math.abs(previous.size - line.size) <= 1;
      if (!sameRun) out += '\n\n';
      else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line.text)) out = out.slice(0, -1);
      else out += ' ';
    }
    out += line.text;
    previous = line;
  }
  return out;
}

function pdfError(error: unknown, name: string): never {
  if (error instanceof ServiceFailure) throw error;
  const kind = (error as { name?: string } | null)?.name;
  if (kind === 'PasswordException') fail('bad_file', ORIGIN, `"${name}" is protected by a password; open it in a PDF reader and save a copy without one`);
  const message = error instanceof Error ? error.message : String(error);
  fail('bad_file', ORIGIN, `"${name}" could not be read as a PDF (${message})`);
}

/** `onPage(done, total)` after each page read, for a long document's progress. */
export async function readPdfSource(bytes: Uint8Array, name: string, onPage?: (done: number, total: number) => void): Promise<ExtractedSource> {
  const pdfjs = await loadPdfJs();
  // pdf.js may take over the buffer it is given: it gets a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  try {
    const doc = await task.promise.catch((error: unknown) => pdfError(error, name));
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = pageText(pageLines(content.items));
      page.cleanup();
      length += text.length;
      if (length > MAX_SOURCE_TEXT) fail('too_large', ORIGIN, `"${name}" holds more than ${MAX_SOURCE_TEXT.toLocaleString('en')} characters of text (stopped at page ${n} of ${doc.numPages}); split it and add the parts`);
      if (text) pages.push(text);
      onPage?.(n, doc.numPages);
    }
    const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const dict = (info ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? collapseSpaces(v) : undefined);
    // pdf.js gives dc:creator (and dc:subject) as the list of its rdf:li items.
    const xmp = (key: string) => {
      const value: unknown = metadata?.get(key);
      return str(Array.isArray(value) ? value.join(', ') : value);
    };
    const text = tidyParagraphs(pages.join('\n\n'));
    const fields = present({
      title: str(dict.Title) ?? xmp('dc:title'),
      author: str(dict.Author) ?? xmp('dc:creator'),
      publisher: xmp('dc:publisher'),
      published: partialIsoDate(str(dict.CreationDate) ?? xmp('xmp:createdate')),
    });
    return { kind: 'pdf', text, pages: doc.numPages, title: titleFromName(name), ...fields };
  } catch (error) {
    return pdfError(error, name);
  } finally {
    await task.destroy();
  }
}

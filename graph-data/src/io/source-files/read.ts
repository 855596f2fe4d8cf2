// Reading a file as a source: which reader by content and extension, the size limits, and the
// typed errors the add-source dialog shows (bad_file, too_large, no_text). Nothing here touches
// the open graph: a file that fails leaves the case as it was.
import { fail } from '../../service/errors.js';
import { MAX_SOURCE_TEXT } from '../../case/commands-schema.js';
import { readHtmlSource } from './html.js';
import { readMarkdownSource } from './markdown.js';
import { readPdfSource } from './pdf.js';
import { readTextSource } from './text.js';
import { MAX_SOURCE_FILE_BYTES, type ExtractedSource, type SourceFileKind } from './types.js';

const ORIGIN = 'sources';

const EXTENSIONS: Record<string, SourceFileKind> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
};

/** The reader for a file: a PDF by its signature whatever its name, the others by extension. */
export function sourceKind(name: string, bytes: Uint8Array): SourceFileKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const kind = EXTENSIONS[ext];
  if (kind === 'pdf') fail('bad_file', ORIGIN, `"${name}" is named .pdf but is not a PDF (no %PDF- header)`);
  if (kind) return kind;
  // A UTF-8 byte-order mark reads as "ï»¿" in latin1.
  if (/^\s*(?:<!doctype html|<html)/i.test(head.replace(/^\u00ef\u00bb\u00bf/, ''))) return 'html';
  fail('bad_file', ORIGIN, `"${name}": unsupported file type; add a .txt, .md, .html or .pdf file, or paste the text`);
}

/** `onProgress(done, total)`: pages of a PDF read so far (the other readers are quick). */
export async function readSourceFile(name: string, bytes: Uint8Array, maxBytes = MAX_SOURCE_FILE_BYTES, onProgress?: (done: number, total: number) => void): Promise<ExtractedSource> {
  if (bytes.byteLength === 0) fail('no_text', ORIGIN, `"${name}" is empty`);
  if (bytes.byteLength > maxBytes) fail('too_large', ORIGIN, `"${name}" is ${(bytes.byteLength / 1024 ** 2).toFixed(1)} MB; a source file may be at most ${Math.round(maxBytes / 1024 ** 2)} MB`);
  const kind = sourceKind(name, bytes);
  const read = kind === 'pdf' ? await readPdfSource(bytes, name, onProgress) : kind === 'html' ? readHtmlSource(bytes, name) : kind === 'markdown' ? readMarkdownSource(bytes, name) : readTextSource(bytes, name);
  if (read.text.trim() === '') {
    const why = kind === 'pdf' ? ' (a scanned PDF holds images of pages, not text: run it through OCR first)' : '';
    fail('no_text', ORIGIN, `"${name}" has no readable text${why}`);
  }
  if (read.text.length > MAX_SOURCE_TEXT) fail('too_large', ORIGIN, `"${name}" holds ${read.text.length.toLocaleString('en')} characters of text; a source may hold at most ${MAX_SOURCE_TEXT.toLocaleString('en')}`);
  return read;
}

// What reading a source file gives back: the plain text a claim will cite, and the metadata the
// document carried (each field only when it had one), for the add-source dialog to prefill.
export const SOURCE_FILE_KINDS = ['text', 'markdown', 'html', 'pdf'] as const;
export type SourceFileKind = (typeof SOURCE_FILE_KINDS)[number];

export interface SourceMetadata {
  title?: string;
  author?: string;
  publisher?: string;
  /** Publication date as a partial ISO date (2018, 2018-11, 2018-11-21). */
  published?: string;
  url?: string;
}

export interface ExtractedSource extends SourceMetadata {
  kind: SourceFileKind;
  text: string;
  /** PDF only: its number of pages. */
  pages?: number;
}

/** Largest file read as a source (a long report as a PDF stays well under it). */
export const MAX_SOURCE_FILE_BYTES = 64 * 1024 ** 2;

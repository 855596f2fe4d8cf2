// Which importer reads a file: the content decides (XML root, JSON, or text), the extension
// only breaks ties, and an explicit format from the user wins over both.
import type { ImportFormat } from '../../contract.js';
import { sniffEncoding } from './decode.js';

export type Reader = 'gexf' | 'graphml' | 'json' | 'csv';

/** Extensions as data: what each suggests when the content alone does not say. */
const EXTENSIONS: Record<string, Reader> = {
  gexf: 'gexf',
  graphml: 'graphml',
  xml: 'graphml',
  json: 'json',
  redthread: 'json',
  cyjs: 'json',
  ijson: 'json',
  jsonl: 'json',
  ndjson: 'json',
  ftm: 'json',
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
  edges: 'csv',
  edgelist: 'csv',
};

const FORMAT_READERS: Record<ImportFormat, Reader> = {
  redthread: 'json',
  'graphology-json': 'json',
  'cytoscape-json': 'json',
  ftm: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
};

export function extensionOf(name: string): string {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1);
}

/** The first 4 KB as text, to look at without decoding the whole file. */
export function head(bytes: Uint8Array): string {
  const { encoding, offset } = sniffEncoding(bytes);
  return new TextDecoder(encoding).decode(bytes.subarray(offset, offset + 4096), { stream: true });
}

export interface Detected {
  reader: Reader;
  /** Why, for messages when the reader then fails. */
  hint: 'content' | 'extension' | 'format';
}

export function detectReader(name: string, bytes: Uint8Array, format: ImportFormat | undefined): Detected {
  if (format) return { reader: FORMAT_READERS[format], hint: 'format' };
  const start = head(bytes).replace(/^\s+/, '');
  const byExtension = EXTENSIONS[extensionOf(name)];
  if (start.startsWith('<')) {
    // Skip the declaration, comments and DOCTYPE: the root element's name decides.
    const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(start.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g, ''))?.[2];
    if (root === 'gexf') return { reader: 'gexf', hint: 'content' };
    if (root === 'graphml') return { reader: 'graphml', hint: 'content' };
    return { reader: byExtension === 'gexf' ? 'gexf' : 'graphml', hint: 'extension' };
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    // A CSV's first cell can start with "[" (Gephi time sets); JSON has a quote, bracket or value next.
    if (byExtension !== 'csv' || /^[[{]\s*["{[\]}\d-]/.test(start)) return { reader: 'json', hint: 'content' };
  }
  return { reader: byExtension === 'csv' || byExtension === undefined ? 'csv' : byExtension, hint: 'extension' };
}

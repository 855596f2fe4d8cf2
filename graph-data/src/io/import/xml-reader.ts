// Streams an XML file through saxes (a SAX parser) in ~64 KB pieces: no DOM, so memory stays
// near the size of the graph being built. No external entities and no DTDs: a DOCTYPE with an
// internal subset (where entity declarations live) is refused before any entity is defined.
import { SaxesParser } from 'saxes';
import { ServiceFailure } from '../../service/errors.js';
import type { ImportContext } from './context.js';
import { forEachTextChunk, sniffEncoding, type Decoding } from './decode.js';

export interface XmlSink {
  /** `name` is the local name: "viz:color" → "color", "ns3:graphml" → "graphml". */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Text and CDATA content, already unescaped once by the parser. */
  text(text: string): void;
}

export interface XmlPosition {
  /** `line 1203` — where the parser is, for messages. */
  where(): string;
  line(): number;
}

/**
 * A copy of an attribute value that does not keep the parser's 64 KB text chunk alive. saxes
 * hands out values as slices of the chunk (V8 shares the characters of any slice of 13 or more),
 * so the labels and ids a graph keeps would pin the whole decoded file in memory: twice its size
 * for a file with any non-Latin-1 character, and a heap the collector must walk again and again.
 * Prepending one character makes a rope; slicing it off makes V8 flatten the rope into a string
 * of its own. The value is the same either way; only where its characters live changes.
 */
const MIN_SHARED_SLICE = 13;
const own = (value: string): string => (value.length < MIN_SHARED_SLICE ? value : ` ${value}`.slice(1));

const local = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** The encoding an XML file uses: its BOM, else its declaration, else UTF-8 (or `forced`). */
export function xmlDecoding(bytes: Uint8Array, forced?: string): Decoding {
  const sniffed = sniffEncoding(bytes);
  if (forced) return { encoding: forced, offset: sniffed.offset };
  if (sniffed.offset > 0 || sniffed.encoding !== 'utf-8') return sniffed;
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i] ?? 0);
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
  // UTF-16 is only believable with a BOM or zero bytes, which sniffEncoding already checked.
  if (!declared || declared.startsWith('utf-16') || declared === 'utf8') return sniffed;
  return { encoding: declared, offset: 0 };
}

export async function readXml(ctx: ImportContext, bytes: Uint8Array, sink: (position: XmlPosition) => XmlSink, forcedEncoding?: string): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const position: XmlPosition = { where: () => `line ${parser.line}`, line: () => parser.line };
  const handlers = sink(position);
  let xmlError: string | undefined;
  parser.on('error', (error) => {
    xmlError = error.message.replace(/^\d+:\d+: /, '');
    throw error;
  });
  parser.on('doctype', (doctype) => {
    if (/\[|<!ENTITY/i.test(doctype)) {
      ctx.fail('bad_file', 'declares a DTD with an internal subset (<!DOCTYPE … [ … ]>), where XML entities are defined; Redthread never expands entities, so it refuses the file', position.where());
    }
  });
  // Nesting is a budget too: no graph format needs a thousand levels, and every level costs the
  // parser and the sinks a frame of state.
  let depth = 0;
  const maxDepth = ctx.limits.maxDepth;
  parser.on('opentag', (tag) => {
    if (++depth > maxDepth) ctx.overLimit('maxDepth', depth);
    const attributes = tag.attributes as Record<string, string>;
    for (const key in attributes) {
      const value = attributes[key] as string;
      if (value.length >= MIN_SHARED_SLICE) attributes[key] = own(value);
    }
    handlers.open(local(tag.name), attributes);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close(local(tag.name));
  });
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  try {
    await forEachTextChunk(ctx, bytes, xmlDecoding(bytes, forcedEncoding), (text) => parser.write(text));
    parser.close();
  } catch (error) {
    if (error instanceof ServiceFailure || xmlError === undefined) throw error;
    const truncated = /unclosed|unexpected end/i.test(xmlError) ? ' (the file may be truncated)' : '';
    ctx.fail('bad_file', `is not well-formed XML: ${xmlError}${truncated}`, position.where());
  }
}

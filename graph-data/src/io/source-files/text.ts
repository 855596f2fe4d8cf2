// Plain-text sources (.txt): the text as written, with line ends normalised. The first line
// stands in for a title when it is short enough to be one.
import type { ExtractedSource } from './types.js';
import { decodeText, tidyParagraphs, titleFromName } from './plain.js';

export function readTextSource(bytes: Uint8Array, name: string): ExtractedSource {
  const text = tidyParagraphs(decodeText(bytes, name));
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  return { kind: 'text', text, title: first && first.length <= 200 ? first : titleFromName(name) };
}

// Markdown sources (.md): marked's lexer parses the document and the tokens are written back
// as plain text (headings and paragraphs as paragraphs, list items on their own lines, link
// text without its address), so a quote reads as the rendered page does. YAML front matter,
// when present, gives the metadata; otherwise the first heading is the title.
import { Lexer, type Token, type Tokens } from 'marked';
import type { ExtractedSource, SourceMetadata } from './types.js';
import { decodeText, partialIsoDate, present, tidyParagraphs, titleFromName } from './plain.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      // As a browser (and marked, outside HTML blocks) reads it: U+FFFD for no valid code point.
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function inline(tokens: Token[] | undefined, fallback = ''): string {
  // A soft line break inside a paragraph reads as a space, as the rendered page shows it.
  if (!tokens) return decodeEntities(fallback).replace(/[ \t]*\n[ \t]*/g, ' ');
  return tokens
    .map((token): string => {
      switch (token.type) {
        case 'br':
          return '\n';
        case 'html':
          return '';
        // Code shows its text as written, entities included (`a &lt; b` reads "a &lt; b"), and an
        // escaped character is already itself in marked's token.
        case 'codespan':
        case 'escape':
          return (token as Tokens.Codespan).text;
        default: {
          const t = token as { tokens?: Token[]; text?: string };
          return inline(t.tokens, t.text ?? '');
        }
      }
    })
    .join('');
}

function blocks(tokens: Token[], out: string[], prefix = ''): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'heading':
      case 'paragraph':
      case 'text':
        out.push(prefix + inline((token as Tokens.Paragraph).tokens, (token as Tokens.Paragraph).text));
        break;
      case 'code':
        out.push((token as Tokens.Code).text);
        break;
      case 'blockquote':
        blocks((token as Tokens.Blockquote).tokens, out);
        break;
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        // Items of one list stay on consecutive lines: one paragraph.
        const items = list.items.map((item, i) => {
          const inner: string[] = [];
          blocks(item.tokens, inner);
          return `${list.ordered ? `${start + i}.` : '•'} ${inner.join('\n')}`;
        });
        out.push(prefix + items.join('\n'));
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens, c.text)).join(' | ');
        out.push([row(table.header), ...table.rows.map(row)].join('\n'));
        break;
      }
      case 'html':
        out.push(decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, ' ')));
        break;
      default: {
        const t = token as { tokens?: Token[]; text?: string };
        if (t.tokens) blocks(t.tokens, out);
        else if (t.text) out.push(t.text);
      }
    }
  }
}

/** `key: value` lines of a leading `---` block (the flat subset of YAML that front matter uses). */
function frontMatter(source: string): { meta: Record<string, string>; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { meta: {}, body: source };
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv?.[1] && kv[2]) meta[kv[1].toLowerCase()] = kv[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return { meta, body: source.slice(match[0].length) };
}

export function readMarkdownSource(bytes: Uint8Array, name: string): ExtractedSource {
  const { meta, body } = frontMatter(decodeText(bytes, name));
  const tokens = Lexer.lex(body, { gfm: true });
  const out: string[] = [];
  blocks(tokens, out);
  const text = tidyParagraphs(out.map((p) => p.trim()).filter(Boolean).join('\n\n'));
  const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading');
  const metadata: SourceMetadata = present({
    title: meta.title ?? (heading ? inline(heading.tokens, heading.text) : titleFromName(name)),
    author: meta.author ?? meta.authors ?? meta.byline,
    publisher: meta.publisher ?? meta.site ?? meta.source,
    published: partialIsoDate(meta.date ?? meta.published),
    url: meta.url ?? meta.link ?? meta.canonical,
  });
  return { kind: 'markdown', text, ...metadata };
}

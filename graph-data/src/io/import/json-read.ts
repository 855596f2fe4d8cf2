// Reads a whole JSON document safely: a cheap byte scan rejects nesting deeper than 1,000 levels
// before JSON.parse sees it (no stack exhaustion), and syntax errors name the line.
import type { ImportContext } from './context.js';
import { decodeAll, type Decoding } from './decode.js';

export const MAX_JSON_DEPTH = 1_000;

/**
 * Where the string opened by the quote at `open` ends: the next quote not escaped by an odd run of
 * backslashes, or the end of the text. indexOf runs over a string's characters in native code;
 * most of a graph file's characters are inside strings (a 8.5 MB file: 30 → 13 ms).
 */
function closingQuote(text: string, open: number): number {
  let quote = open;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote < 0) return text.length;
    let before = quote - 1;
    while (text.charCodeAt(before) === 0x5c) before--;
    if ((quote - before) % 2 === 1) return quote;
  }
}

/** Deepest nesting of [ and { outside strings; stops at the first level past `limit` and says where. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): { depth: number; at: number } {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) i = closingQuote(text, i);
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return { depth: -1, at: i };
      }
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return { depth: max, at: -1 };
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * V8's message quotes the file (`Unexpected token 'S', "SECRET=…" is not valid JSON`): an
 * error must say where and what kind of mistake, never repeat what the file holds.
 */
export function withoutContent(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,\s*(\.\.\.)?"[\s\S]*"(\.\.\.)?\s*is not valid JSON$/, '')
    .replace(/(token|character) '[\s\S]*?'(?=,|$)/, '$1')
    .replace(/^"[\s\S]*"(\.\.\.)?\s*is not valid JSON$/, 'not valid JSON');
}

export function parseJsonText(ctx: ImportContext, text: string, where?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const at = where ?? (position !== undefined ? `line ${lineOf(text, Number(position))}` : /end of JSON input/i.test(message) ? `line ${lineOf(text, text.length)}` : undefined);
    const atEnd = position !== undefined && Number(position) >= text.trimEnd().length;
    const truncated = atEnd || /end of JSON input|Unterminated/i.test(message) ? ' (the file may be truncated)' : '';
    return ctx.fail('bad_file', `is not valid JSON: ${withoutContent(message)}${truncated}`, at);
  }
}

/** Refuses nesting deeper than the maxDepth budget before anything walks the document recursively. */
export function checkDepth(ctx: ImportContext, text: string): void {
  // JSON.parse recurses: past a few thousand levels it would exhaust the stack whatever the budget says.
  const limit = Math.min(ctx.limits.maxDepth, 5_000);
  const { depth, at } = jsonDepth(text, limit);
  if (depth < 0) {
    if (limit < ctx.limits.maxDepth) ctx.fail('bad_file', `nests arrays or objects deeper than ${limit.toLocaleString('en-US')} levels, which no graph file needs`, `line ${lineOf(text, at)}`);
    ctx.overLimit('maxDepth', limit + 1);
  }
}

export async function readJsonText(ctx: ImportContext, bytes: Uint8Array, decoding: Decoding): Promise<string> {
  const text = await decodeAll(ctx, bytes, decoding);
  checkDepth(ctx, text);
  ctx.checkCancelled();
  return text;
}

// What a user reads when a JSON file is broken or nested too deep: the line of the mistake, the
// kind of mistake (never the file's text), whether it looks cut short, and the depth budget
// counted on brackets outside strings only. Inline documents; lines counted by hand.
import { describe, expect, it } from 'vitest';
import { jsonDepth } from './json-read.js';
import { failure, open, text } from './test-support.js';

const messageOf = async (body: string) => (await failure(open([text('t.json', body)]))).message;

describe('JSON syntax errors', () => {
  it.each([
    ['text after the document', '{"a":1} x', ' line 1: is not valid JSON: Unexpected non-whitespace character after JSON at position 8'],
    ['a trailing comma on line 3', '{\n"a": 1,\n}', ' line 3: is not valid JSON: Expected double-quoted property name in JSON at position 10'],
    ['a document cut short', '{"nodes": [', ' line 1: is not valid JSON: Unexpected end of JSON input (the file may be truncated)'],
    ['a document cut short before blank lines', '{"nodes": [\n\n', ' line 3: is not valid JSON: Unexpected end of JSON input (the file may be truncated)'],
    ['an object left open before blank lines', '{"a": 1\n\n\n', " line 4: is not valid JSON: Expected ',' or '}' after property value in JSON at position 10 (the file may be truncated)"],
    ['a stray word inside an object', '{"a": 1 x}', " line 1: is not valid JSON: Expected ',' or '}' after property value in JSON at position 8"],
    ['an unterminated string', '{"a": "abc', ' line 1: is not valid JSON: Unterminated string in JSON at position 10 (the file may be truncated)'],
    ['only blank lines', '  \n', ' line 2: is not valid JSON: Unexpected end of JSON input (the file may be truncated)'],
    ['a bare word', 'undefined', ': is not valid JSON: not valid JSON'],
    ['a misspelt literal', '{"a": tru}', ': is not valid JSON: Unexpected token'],
    ['a single-quoted string', "[1,\n2,\n'x']", ': is not valid JSON: Unexpected token'],
    ['a line break inside a string', '["a\nb"]', ' line 1: is not valid JSON: Bad control character in string literal in JSON at position 3'],
    ['a stray word on line 12', `${'\n'.repeat(11)}{"a":1} x`, ' line 12: is not valid JSON: Unexpected non-whitespace character after JSON at position 19'],
    ['a stray word at the end after leading blank lines', '\n\n\n{"a":1} x', ' line 4: is not valid JSON: Unexpected non-whitespace character after JSON at position 11'],
  ])('%s', async (_what, body, expected) => {
    expect(await messageOf(body)).toBe(`io/import/json: t.json${expected}`);
  });
});

describe('JSON nesting budget', () => {
  const graph = (key: string) => `{"nodes":[{"key":${JSON.stringify(key)}}]}`;

  it('counts brackets inside strings (escaped quotes included) as text, not nesting', async () => {
    // Three levels: the object, the nodes array, the node.
    const { dataset } = await open([text('t.json', graph('["[{x'))], { limits: { maxDepth: 3 } });
    expect(dataset.graph.nodes()).toEqual(['["[{x']);
  });

  it('ends a string ending in an escaped backslash at its quote: the brackets after it count', async () => {
    // The key is a\ (an escaped backslash, then the closing quote); then two more levels: five in all.
    const body = '{"nodes":[{"key":"a\\\\","x":[[1]]}]}';
    expect(jsonDepth(body)).toEqual({ depth: 5, at: -1 });
    const f = await failure(open([text('t.json', body)], { limits: { maxDepth: 4 } }));
    expect([f.code, f.limit]).toEqual(['too_large', { name: 'maxDepth', limit: 4, found: 5 }]);
  });

  it('allows exactly the budget, counting siblings once, and names the level that broke it', async () => {
    const siblings = '{"nodes":[{"key":"a"},{"key":"b"},{"key":"c"},{"key":"d"}]}';
    expect((await open([text('t.json', siblings)], { limits: { maxDepth: 3 } })).dataset.graph.order).toBe(4);
    const pairs = '{"nodes":["a","b"],"edges":[["a","b"],["b","a"],["a","a"],["b","b"]]}';
    expect((await open([text('t.json', pairs)], { limits: { maxDepth: 3 } })).dataset.graph.size).toBe(4);
    const f = await failure(open([text('t.json', siblings)], { limits: { maxDepth: 2 } }));
    expect([f.code, f.limit]).toEqual(['too_large', { name: 'maxDepth', limit: 2, found: 3 }]);
  });

  it('a budget of exactly 5,000 is still a budget (too_large), and the deeper refusal names the line', async () => {
    const deep = `${'['.repeat(5001)}${']'.repeat(5001)}`;
    const f = await failure(open([text('t.json', deep)], { limits: { maxDepth: 5_000 } }));
    expect([f.code, f.limit]).toEqual(['too_large', { name: 'maxDepth', limit: 5000, found: 5001 }]);
    const g = await failure(open([text('t.json', `\n\n[\n${deep}`)], { limits: { maxDepth: 6_000 } }));
    expect([g.code, g.message]).toEqual(['bad_file', 'io/import/json: t.json line 4: nests arrays or objects deeper than 5,000 levels, which no graph file needs']);
  });
});

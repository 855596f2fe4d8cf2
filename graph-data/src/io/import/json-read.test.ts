// A JSON parse error names the line and the kind of mistake, never the file's content.
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

describe('JSON parse errors', () => {
  it.each([
    ['a key=value file', 'SECRET_TOKEN=hunter2-9f8e7d'],
    ['a bare word in an object', '{"x": hunter2-9f8e7d}'],
    ['an unterminated string', '{"x": "hunter2-9f8e7d'],
    ['text after the document', '{"a":1} hunter2-9f8e7d'],
  ])('%s: the message does not repeat it', async (_what, body) => {
    const f = await failure(open([text('creds.json', body)]));
    expect(f.code).toBe('bad_file');
    expect(f.message).toMatch(/^io\/import\/json: creds\.json( line 1)?: is not valid JSON/);
    expect(f.message).not.toContain('hunter2');
    expect(f.message).not.toContain('SECRET');
  });
});

describe('JSON parse errors in a longer file', () => {
  // V8 quotes only a window around the mistake in a long text: `..."secret": hunter2, "zz"...`.
  it('does not repeat the excerpt around the mistake', async () => {
    const body = `{"alpha": 1, "bravo": 2, "charlie": 3, "delta-delta-delta-delta": 4, "secret": hunter2, "${'z'.repeat(60)}": 1}`;
    const f = await failure(open([text('long.json', body)]));
    expect(f.message).toMatch(/^io\/import\/json: long\.json( line 1)?: is not valid JSON/);
    expect(f.message).not.toContain('hunter2');
    expect(f.message).not.toContain('secret');
    expect(f.message).not.toContain('...');
  });
});

// The Sources list through the session, as both hosts call it: counts of what cites each source
// follow edits, the query searches title, publisher and text, and the hash is the text's.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EditOutcome, ExtractedSource, Result, SourceList } from '../contract.js';
import { createSession } from './session.js';
import { FIXTURE_TEXT, fixtureDataset } from './test-fixture.js';

const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};
const ARTICLE = 'Zoë Ærø, a notary, says the Bureau paid Dora in 2017. Nobody denied it.';
const QUOTE = 'the Bureau paid Dora in 2017.';

async function session() {
  const s = createSession({ loadDefault: async () => fixtureDataset() });
  const added = value<EditOutcome>(await s.handle('edit', { command: { type: 'addSource', source: { title: 'Notary statement', publisher: 'Harbour Ledger', published: '2019-02', text: ARTICLE } } }));
  const list = async (query?: string) => value<SourceList>(await s.handle('sourceList', query === undefined ? {} : { query }));
  return { s, id: added.created as string, list };
}

describe('sourceList', () => {
  it('lists every source with its metadata, length, SHA-256 of its text and what cites it', async () => {
    const { id, list } = await session();
    const { sources, total } = await list();
    expect(total).toBe(2);
    // The fixture cites s1 from 5 nodes and 3 edges, one quote each.
    expect(sources[0]).toMatchObject({ id: 's1', title: 'Test source', publisher: 'Tests', published: '2018-11-21', characters: FIXTURE_TEXT.length, citedBy: { edges: 3, nodes: 5, quotes: 8 } });
    expect(sources[0]?.sha256).toBe(createHash('sha256').update(FIXTURE_TEXT, 'utf8').digest('hex'));
    expect(sources[1]).toMatchObject({ id, title: 'Notary statement', publisher: 'Harbour Ledger', published: '2019-02', citedBy: { edges: 0, nodes: 0, quotes: 0 } });
    expect(sources[1]?.sha256).toBe(createHash('sha256').update(ARTICLE, 'utf8').digest('hex'));
  });

  it('counts a new claim citing a source, and forgets it on undo', async () => {
    const { s, id, list } = await session();
    await s.handle('edit', { command: { type: 'addClaim', subject: 'bureau', relation: 'paid', object: 'dora', citation: { source: id, quote: QUOTE, offset: ARTICLE.indexOf(QUOTE) } } });
    expect((await list()).sources.find((x) => x.id === id)?.citedBy).toEqual({ edges: 1, nodes: 0, quotes: 1 });
    await s.handle('undo', {});
    expect((await list()).sources.find((x) => x.id === id)?.citedBy).toEqual({ edges: 0, nodes: 0, quotes: 0 });
  });

  it('finds sources by title, publisher or text, ignoring case and accents, with the words around a text match', async () => {
    const { id, list } = await session();
    expect((await list('NOTARY STAT')).sources.map((x) => [x.id, x.match])).toEqual([[id, 'title']]);
    expect((await list('ledger')).sources.map((x) => [x.id, x.match])).toEqual([[id, 'publisher']]);
    const text = await list('ZOE ÆRØ, a notary');
    expect(text.sources.map((x) => [x.id, x.match])).toEqual([[id, 'text']]);
    const bribery = await list('accuses anna');
    expect(bribery.sources.map((x) => x.id)).toEqual(['s1']);
    expect(bribery.sources[0]?.snippet).toContain('Björn accuses Anna of bribery.');
    expect((await list('no such words')).sources).toEqual([]);
    expect((await list('no such words')).total).toBe(2);
  });
});

describe('readSourceFile', () => {
  it('reads a file without touching the open graph, and a bad one fails with a typed error', async () => {
    const { s, list } = await session();
    const read = value<ExtractedSource>(await s.handle('readSourceFile', { file: { name: 'memo.md', bytes: new TextEncoder().encode('# Memo\n\nThe *Bureau* paid.') } }));
    expect(read).toMatchObject({ kind: 'markdown', title: 'Memo', text: 'Memo\n\nThe Bureau paid.' });
    const bad = await s.handle('readSourceFile', { file: { name: 'empty.txt', bytes: new Uint8Array() } });
    expect(bad).toEqual({ ok: false, error: { code: 'no_text', message: 'service/sources: "empty.txt" is empty' } });
    expect((await list()).total).toBe(2);
  });
});

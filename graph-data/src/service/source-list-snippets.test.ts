// The Sources list beyond source-list.test.ts: the words shown around a match in a source's text
// (whole words, about 60 characters each side, "…" where the text goes on, white space
// collapsed), a match on the author, the optional metadata, and quotes counted from a status
// change's evidence. Expected snippets are cut by hand from the text below.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EditOutcome, Result, SourceList } from '../contract.js';
import type { Dataset, RedthreadGraph } from './dataset.js';
import { createSession } from './session.js';
import { citationCounts, sourceList } from './source-list.js';
import { fixtureDataset } from './test-fixture.js';

const TEXT = 'Witnesses at the harbour said that on the night of 3 March the Bureau paid Dora in cash, twice,\n\nand that nobody at the ministry asked where the money had come from or where it went.';

function dataset(): Dataset {
  const graph = new MultiDirectedGraph() as RedthreadGraph;
  // No evidence on either: nothing cites the sources.
  graph.addNode('dora', { label: 'Dora', kind: 'person' });
  graph.addNode('bureau', { label: 'The Bureau', kind: 'agency' });
  graph.addDirectedEdgeWithKey('e1', 'bureau', 'dora', { relation: 'paid' });
  const sources = new Map([
    ['w', { id: 'w', title: 'Harbour witnesses', publisher: 'Ledger', date: '2019', file: 'w.txt', text: TEXT, author: 'Zoë Ærø', url: 'https://ledger.example/w', accessed: '2020-01-02' }],
    ['n', { id: 'n', title: 'Note', publisher: 'Desk', date: '2019', file: 'n.txt', text: 'A short note.' }],
  ]);
  return { id: 'snippets', name: 'Snippets', format: 'redthread', graph, sources };
}

const list = (query?: string) => {
  const d = dataset();
  return sourceList(d, citationCounts(d), query);
};
const snippet = (query: string) => list(query).sources.map((s) => s.snippet);

describe('source text snippets', () => {
  it('shows whole words around a match in the middle, "…" at both ends, paragraphs run together', () => {
    expect(snippet('paid Dora')).toEqual(['…the harbour said that on the night of 3 March the Bureau paid Dora in cash, twice, and that nobody at the ministry asked…']);
    expect(snippet('nobody at')).toEqual(['…of 3 March the Bureau paid Dora in cash, twice, and that nobody at the ministry asked where the money had come from or where…']);
  });

  it('has no "…" where the match is near the start or the end of the text', () => {
    expect(snippet('WITNESSES AT')).toEqual(['Witnesses at the harbour said that on the night of 3 March the Bureau…']);
    expect(snippet('it went')).toEqual(['…the ministry asked where the money had come from or where it went.']);
    expect(snippet('  a short  ')).toEqual(['A short note.']);
  });
});

describe('source list entries', () => {
  it('finds a source by its author, ignoring accents, and lists author, address and date read only when known', () => {
    expect(list('ZOE ÆRØ').sources.map((s) => [s.id, s.match])).toEqual([['w', 'author']]);
    const [w, n] = list().sources;
    expect(w).toMatchObject({ author: 'Zoë Ærø', url: 'https://ledger.example/w', accessed: '2020-01-02', citedBy: { edges: 0, nodes: 0, quotes: 0 } });
    expect(Object.keys(n ?? {}).sort()).toEqual(['characters', 'citedBy', 'id', 'published', 'publisher', 'sha256', 'title']);
    expect(w).not.toHaveProperty('match');
    expect(w).not.toHaveProperty('snippet');
  });

  it('counts the passage that confirmed an allegation as a quote of its source', async () => {
    const s = createSession({ loadDefault: async () => fixtureDataset() });
    const value = <T>(r: Result<unknown>) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    const text = 'The court found that Björn was right.';
    const added = value<EditOutcome>(await s.handle('edit', { command: { type: 'addSource', source: { title: 'Ruling', text } } }));
    const id = added.created as string;
    await s.handle('edit', { command: { type: 'setStatus', id: 'e2', status: 'confirmed', citation: { source: id, quote: text, offset: 0 } } });
    const ruling = value<SourceList>(await s.handle('sourceList', {})).sources.find((x) => x.id === id);
    // The passage is the edge's evidence and the status change's: one edge, two quotes.
    expect(ruling?.citedBy).toEqual({ edges: 1, nodes: 0, quotes: 2 });
  });
});

// Search against its documented rules (search.ts's header) on names made up for each rule, and the
// typo distance against a second, textbook implementation. Every expected order is worked out by
// hand from the rules, never read from search's own answers.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../schema/vocabulary.js';
import type { GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { buildSearchIndex, search, searchWords, typoDistance } from './search.js';

type Node = [id: string, label: string, kind: NodeKind, aliases?: string[]];
function indexOf(nodes: Node[]) {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>() as RedthreadGraph;
  for (const [id, label, kind, aliases] of nodes) graph.addNode(id, { label, kind, ...(aliases && { aliases }) });
  return buildSearchIndex(graph);
}
const find = (nodes: Node[], query: string, limit = 20) => search(indexOf(nodes), query, limit).map((h) => h.id);

/** Optimal string alignment distance, the textbook full table (Levenshtein plus adjacent swaps). */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('typoDistance', () => {
  it('agrees with a textbook optimal-string-alignment distance, and past max whenever it is', () => {
    // A fixed pseudo-random stream (LCG), so the pairs are the same on every run.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: Math.floor(next() * 8) }, () => 'abcd'[Math.floor(next() * 4)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word();
      // Half the pairs are near-misses: b is a with one or two edits.
      let b = word();
      if (n % 2 === 0) {
        const chars = [...a];
        const at = Math.floor(next() * (chars.length + 1));
        const op = Math.floor(next() * 3);
        if (op === 0) chars.splice(at, 0, 'abcd'[Math.floor(next() * 4)] as string);
        else if (op === 1) chars.splice(at, 1);
        else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1] as string, chars[at] as string];
        b = chars.join('');
      }
      const max = n % 4;
      const exact = osa(a, b);
      const got = typoDistance(a, b, max);
      // Within the budget the exact distance; past it, any number past the budget (callers only compare).
      if (exact <= max) expect(got, `${a} ${b} ${max}`).toBe(exact);
      else expect(got, `${a} ${b} ${max}`).toBeGreaterThan(max);
    }
  });
  it('counts a swap of neighbours as one typo, and a swap of letters further apart as two', () => {
    expect(typoDistance('orlov', 'olrov', 2)).toBe(1);
    expect(typoDistance('orlov', 'orvol', 2)).toBe(2);
    expect(typoDistance('', 'ab', 2)).toBe(2);
    expect(typoDistance('abc', '', 2)).toBe(3);
  });
});

describe('searchWords', () => {
  it('drops a possessive, splits on anything but letters and digits, and keeps digits', () => {
    expect(searchWords("O'Brien's ship-2020")).toEqual(['o', 'brien', 'ship', '2020']);
    expect(searchWords('  ')).toEqual([]);
  });
});

describe('search ranking rules', () => {
  it('rule 3: the same name ranks people, then organisations, then countries, places, events, documents', () => {
    // Ids in the reverse of the expected order, so neither id nor label can produce it.
    const nodes: Node[] = [
      ['a', 'Orlov', 'document'],
      ['b', 'Orlov', 'event'],
      ['c', 'Orlov', 'place'],
      ['d', 'Orlov', 'country'],
      ['e', 'Orlov', 'agency'],
      ['f', 'Orlov', 'person'],
    ];
    expect(find(nodes, 'orlov')).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
  });
  it('rule 3: groups, organisations, media and agencies rank alike, so the label and then the id decide', () => {
    const nodes: Node[] = [
      ['m', 'Orlov Media', 'media'],
      ['g', 'Orlov Group', 'group'],
      ['o', 'Orlov Inc', 'organisation'],
      ['x2', 'Orlov Agency', 'agency'],
      ['x1', 'Orlov Agency', 'agency'],
      ['other', 'Orlov Other', 'other'],
    ];
    expect(find(nodes, 'orlov')).toEqual(['x1', 'x2', 'g', 'o', 'm', 'other']);
  });
  it('rule 4: fewer words left over first, then the label in numeric order, ignoring case', () => {
    const nodes: Node[] = [
      ['long', 'Orlov And Sons Trust', 'person'],
      ['ten', 'orlov 10', 'person'],
      ['nine', 'Orlov 9', 'person'],
      ['three', 'Orlov Ltd Trust', 'person'],
    ];
    expect(find(nodes, 'orlov')).toEqual(['nine', 'ten', 'three', 'long']);
  });
  it('rule 1: exact name, whole words, word starts, typos, then inside a word, whatever the kind', () => {
    const nodes: Node[] = [
      ['inside', 'Petrorlovsk', 'person'],
      ['typo', 'Orlav', 'person'],
      ['start', 'Orlovsky', 'person'],
      ['whole', 'Orlov Bank', 'person'],
      ['exact', 'ORLOV', 'document'],
    ];
    expect(find(nodes, 'orlov')).toEqual(['exact', 'whole', 'start', 'typo', 'inside']);
  });
  it('rule 2: one typo before two', () => {
    expect(find([['two', 'Kovalinko', 'person'], ['one', 'Kovalenko', 'organisation']], 'kovalenkk')).toEqual(['one', 'two']);
  });
  it('allows no typo under four letters, one up to six, two from seven', () => {
    expect(find([['n', 'Ivn', 'person']], 'ivo')).toEqual([]);
    expect(find([['n', 'Ivon', 'person']], 'ivan')).toEqual(['n']);
    expect(find([['n', 'Iwon', 'person']], 'ivan')).toEqual([]);
    expect(find([['n', 'Petrov', 'person']], 'petrof')).toEqual(['n']);
    expect(find([['n', 'Petrow', 'person']], 'patrof')).toEqual([]);
    expect(find([['n', 'Kovalenko', 'person']], 'kovalinkp')).toEqual(['n']);
    expect(find([['n', 'Kovalenko', 'person']], 'kavalinkp')).toEqual([]);
  });
  it('tolerates a typo in a word still being typed', () => {
    expect(find([['n', 'Kovalenko', 'person']], 'kavale')).toEqual(['n']);
  });
  it('finds text inside a word only from three letters on', () => {
    expect(find([['n', 'Petrorlovsk', 'person']], 'rlo')).toEqual(['n']);
    expect(find([['n', 'Petrorlovsk', 'person']], 'rl')).toEqual([]);
  });
  it('uses each word of a name once: "anna anna" needs two Annas', () => {
    expect(find([['one', 'Anna Berg', 'person'], ['two', 'Anna Anna Berg', 'person']], 'anna anna')).toEqual(['two']);
  });
  it('lets each query word take the best word of the name, so a whole word beats an earlier word start', () => {
    // "ber" is a whole word of the place but only starts a word of the person: the place first.
    expect(find([['p', 'Bergman', 'person'], ['x', 'Bernese Ber', 'place']], 'ber')).toEqual(['x', 'p']);
    // With typos: "kovalenkp" is one typo from "kovalenko" and two from "kovalinkk".
    expect(find([['x', 'Kovalinkk Kovalenko', 'place'], ['p', 'Kovalinkk Kovalinkk', 'person']], 'kovalenkp')).toEqual(['x', 'p']);
  });
  it('says which alias matched only when it matched better than the label', () => {
    const index = indexOf([
      ['a', 'Ivan Orlov', 'person', ['Vanya', 'The Bear']],
      ['b', 'Bear', 'person', ['Bear']],
    ]);
    expect(search(index, 'vanya', 5)).toEqual([{ id: 'a', label: 'Ivan Orlov', kind: 'person', matchedAlias: 'Vanya' }]);
    expect(search(index, 'the bear', 5)[0]).toEqual({ id: 'a', label: 'Ivan Orlov', kind: 'person', matchedAlias: 'The Bear' });
    expect(search(index, 'bear', 5)[0]).toEqual({ id: 'b', label: 'Bear', kind: 'person' });
  });
  it('rule 1 decides before the label: a match inside a word stays below a typo even when its label sorts first', () => {
    expect(find([['inside', 'Aorlovo', 'person'], ['typo', 'Orlav', 'person']], 'orlov')).toEqual(['typo', 'inside']);
  });
  it('finds a query that runs across two words of a name inside it', () => {
    expect(find([['n', 'Alexander Prokopchuk', 'person']], 'der prok')).toEqual(['n']);
  });
  it('counts the same words in another order as the exact name', () => {
    // Exact (reordered) beats whole words with one left over, even for a document against a person.
    expect(find([['p', 'Anna Berg Larsson', 'person'], ['d', 'Berg Anna', 'document']], 'anna berg')).toEqual(['d', 'p']);
  });
  it('takes the best word even when a worse one comes first in the name', () => {
    // "ber" is the second word of the place, whole; its first word only starts with "ber".
    expect(find([['p', 'Bergman', 'person'], ['x', 'Bernese Ber', 'place'], ['y', 'Ber Bernese', 'event']], 'ber')).toEqual(['x', 'y', 'p']);
    // One typo from the place's first word, two from its second and from both of the person's.
    expect(find([['p', 'Kovalinkk Kovalinkk', 'person'], ['x', 'Kovalenko Kovalinkk', 'place']], 'kovalenkp')).toEqual(['x', 'p']);
  });
  it('shows the name that matched best: an alias that matches more closely than the label', () => {
    const index = indexOf([
      ['words', 'Vanya Orlov Junior', 'person', ['Vanya']],
      ['typos', 'Kovalinkk', 'person', ['Kovalenko']],
      ['left', 'Orlov Petrov Sidorov', 'person', ['Orlov Petrov']],
    ]);
    expect(search(index, 'vanya', 5)).toEqual([{ id: 'words', label: 'Vanya Orlov Junior', kind: 'person', matchedAlias: 'Vanya' }]);
    expect(search(index, 'kovalenkp', 5)[0]).toEqual({ id: 'typos', label: 'Kovalinkk', kind: 'person', matchedAlias: 'Kovalenko' });
    expect(search(index, 'orlov petr', 5)[0]).toEqual({ id: 'left', label: 'Orlov Petrov Sidorov', kind: 'person', matchedAlias: 'Orlov Petrov' });
  });
  it('does not name an alias when the label matched', () => {
    const [hit] = search(indexOf([['b', 'Bear', 'person', ['Big Bear']]]), 'bear', 5);
    expect(Object.keys(hit ?? {}).sort()).toEqual(['id', 'kind', 'label']);
  });
  it('breaks a full tie by id, whatever order the graph holds them in', () => {
    expect(find([['c', 'Orlov', 'person'], ['a', 'Orlov', 'person'], ['d', 'Orlov', 'person'], ['b', 'Orlov', 'person']], 'orlov')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('returns at most the limit, best first', () => {
    const nodes: Node[] = Array.from({ length: 12 }, (_, i) => [`n${i}`, `Orlov ${i}`, 'person'] as Node);
    expect(find(nodes, 'orlov', 3)).toEqual(['n0', 'n1', 'n2']);
  });
});

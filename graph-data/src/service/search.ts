// Search by label or alias, ranked so the person you meant comes first. Names are folded
// once per graph (case, accents, and any script to Latin letters with any-ascii, so
// "Прокопчук" and "Prokopchuk" meet) and split into words; a keystroke then compares a
// few short query words with those words.
//
// Ranking, best first (each step breaks the ties of the one before):
//   1. how the query matched the best of the node's names (label or alias):
//      exact name < every query word a whole word (any order) < every query word starts a
//      word < every query word within one or two typos of a word < the query inside a word;
//   2. fewer typos;
//   3. what the node is: people, then organisations, then places, events, documents
//      (a document that mentions a person ranks below the person);
//   4. fewer words of the name left unmatched ("Alexander Prokopchuk" before
//      "Arrest of Alexander Prokopchuk in Spain");
//   5. the label, alphabetically (Intl.Collator), then the id: always one order.
import anyAscii from 'any-ascii';
import type { SearchHit } from '../contract.js';
import type { NodeKind } from '../schema/vocabulary.js';
import type { GraphNodeAttributes, RedthreadGraph } from './dataset.js';
import { fold } from './text.js';

/** Match classes, lower is better (rule 1). */
export const MATCH = { exact: 0, words: 1, prefixes: 2, typos: 3, inside: 4 } as const;

/** Rule 3: people first, then organisations; what mentions them after. */
const KIND_RANK: Record<NodeKind, number> = {
  person: 0,
  agency: 1,
  group: 1,
  organisation: 1,
  media: 1,
  country: 2,
  place: 3,
  event: 4,
  other: 4,
  document: 5,
};

interface Name {
  /** Folded, transliterated, words joined by one space. */
  key: string;
  /** Ids of its words in the index's vocabulary. */
  words: Uint32Array;
}

interface Entry {
  id: string;
  label: string;
  kind: NodeKind;
  kindRank: number;
  /** The label first, then the aliases. */
  names: Name[];
  aliases: string[];
}

export interface SearchIndex {
  entries: Entry[];
  /** Where each node's entry is in `entries`, so an edit replaces one entry. */
  position: Map<string, number>;
  /**
   * Every distinct word of every name, compared once per query word, not once per use. Only
   * grows: a word no name uses any more matches nothing, and is dropped at the next full build.
   */
  vocabulary: string[];
  wordId: Map<string, number>;
  /** Letters (a–z) and digits each word holds, one bit each: a cheap bound on typos (room to grow past `vocabulary.length`). */
  letters: Uint32Array;
  collator: Intl.Collator;
}

/** A name as search compares it: lower-case Latin letters and digits, in words. */
export function searchWords(text: string): string[] {
  const latin = anyAscii(fold(text)).toLowerCase();
  // "Prokopchuk's" is Prokopchuk: a possessive is not a word of the name.
  return latin.replace(/['’]s\b/g, '').split(/[^a-z0-9]+/).filter(Boolean);
}

function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    bits |= c >= 97 ? 1 << (c - 97) : 1 << 26;
  }
  return bits;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

function wordOf(index: SearchIndex, w: string): number {
  let id = index.wordId.get(w);
  if (id === undefined) {
    id = index.vocabulary.push(w) - 1;
    index.wordId.set(w, id);
    if (id >= index.letters.length) {
      const grown = new Uint32Array(Math.max(64, index.letters.length * 2));
      grown.set(index.letters);
      index.letters = grown;
    }
    index.letters[id] = letterBits(w);
  }
  return id;
}

function toName(index: SearchIndex, text: string): Name {
  const words = searchWords(text);
  return { key: words.join(' '), words: Uint32Array.from(words, (w) => wordOf(index, w)) };
}

function entryOf(index: SearchIndex, id: string, attrs: GraphNodeAttributes): Entry {
  const aliases = attrs.aliases ?? [];
  return { id, label: attrs.label, kind: attrs.kind, kindRank: KIND_RANK[attrs.kind], names: [toName(index, attrs.label), ...aliases.map((a) => toName(index, a))], aliases };
}

export function buildSearchIndex(graph: RedthreadGraph): SearchIndex {
  const index: SearchIndex = { entries: [], position: new Map(), vocabulary: [], wordId: new Map(), letters: new Uint32Array(64), collator: new Intl.Collator('en', { sensitivity: 'base', numeric: true }) };
  graph.forEachNode((id, attrs) => {
    index.position.set(id, index.entries.push(entryOf(index, id, attrs)) - 1);
  });
  return index;
}

/**
 * Brings the entries of `nodes` up to date with the graph after an edit: added, renamed,
 * re-aliased, re-kinded or dropped. The rest of the index is untouched. Entry order does not
 * matter: results are sorted by a total order (see the ranking above).
 */
export function updateSearchIndex(index: SearchIndex, graph: RedthreadGraph, nodes: Iterable<string>): void {
  for (const id of nodes) {
    const at = index.position.get(id);
    if (graph.hasNode(id)) {
      const entry = entryOf(index, id, graph.getNodeAttributes(id));
      if (at === undefined) index.position.set(id, index.entries.push(entry) - 1);
      else index.entries[at] = entry;
    } else if (at !== undefined) {
      // The last entry takes the dropped one's place.
      const last = index.entries.pop() as Entry;
      index.position.delete(id);
      if (last.id !== id) {
        index.entries[at] = last;
        index.position.set(last.id, at);
      }
    }
  }
}

/** Typos allowed in a query word of this length: none under 4 letters, one to 6, two from 7. */
function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours), or max + 1 once
 * it must exceed `max`. Words are short, so the full table is cheap; the band check stops early.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    let best = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

interface Score {
  match: number;
  typos: number;
  unmatched: number;
}

const NONE = 255;

/**
 * How one query word meets every word of the vocabulary: its match class (NONE when it does
 * not) and its typos. One pass over distinct words per query word is the whole cost of typing.
 */
function matchVocabulary(index: SearchIndex, q: string): { match: Uint8Array; typos: Uint8Array } {
  const n = index.vocabulary.length;
  const match = new Uint8Array(n).fill(NONE);
  const typos = new Uint8Array(n);
  const max = allowedTypos(q.length);
  const bits = letterBits(q);
  for (let i = 0; i < n; i++) {
    const w = index.vocabulary[i] ?? '';
    if (w === q) match[i] = MATCH.words;
    else if (w.startsWith(q)) match[i] = MATCH.prefixes;
    // Each letter of the query that the word lacks costs at least one typo.
    else if (max > 0 && popcount(bits & ~(index.letters[i] ?? 0)) <= max && w.length >= q.length - max) {
      // A whole word with typos, or the start of a longer word with typos (still typing).
      const whole = typoDistance(q, w, max);
      const start = w.length > q.length ? typoDistance(q, w.slice(0, q.length), max) : max + 1;
      const t = Math.min(whole, start);
      if (t <= max) {
        match[i] = MATCH.typos;
        typos[i] = t;
      }
    }
  }
  return { match, typos };
}

type WordMatches = { match: Uint8Array; typos: Uint8Array }[];

function scoreName(name: Name, key: string, query: WordMatches): Score | null {
  // Word order is free: each query word takes the best word of the name not yet taken.
  let used = 0;
  let match: number = MATCH.exact;
  let typos = 0;
  let ok = name.words.length <= 31;
  for (let qi = 0; qi < query.length && ok; qi++) {
    const m = query[qi];
    if (!m) break;
    let bestAt = -1;
    for (let at = 0; at < name.words.length; at++) {
      if (used & (1 << at)) continue;
      const w = name.words[at] ?? 0;
      const cls = m.match[w] ?? NONE;
      if (cls === NONE) continue;
      const best = bestAt < 0 ? NONE : (m.match[name.words[bestAt] ?? 0] ?? NONE);
      if (cls < best || (cls === best && (m.typos[w] ?? 0) < (m.typos[name.words[bestAt] ?? 0] ?? 0))) bestAt = at;
    }
    if (bestAt < 0) ok = false;
    else {
      const w = name.words[bestAt] ?? 0;
      used |= 1 << bestAt;
      match = Math.max(match, m.match[w] ?? NONE);
      typos += m.typos[w] ?? 0;
    }
  }
  if (ok) {
    const unmatched = name.words.length - popcount(used);
    // Every word matched whole and nothing is left over: the same name, maybe reordered.
    if (match === MATCH.words && unmatched === 0) return { match: MATCH.exact, typos: 0, unmatched: 0 };
    return { match, typos, unmatched };
  }
  // Last resort: the query somewhere inside the name ("kopch" in "Prokopchuk").
  return key.length >= 3 && name.key.includes(key) ? { match: MATCH.inside, typos: 0, unmatched: name.words.length } : null;
}

const better = (a: Score, b: Score) => a.match - b.match || a.typos - b.typos || a.unmatched - b.unmatched;

export function search(index: SearchIndex, query: string, limit: number): SearchHit[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const key = words.join(' ');
  const matches = words.map((w) => matchVocabulary(index, w));
  const scored: { entry: Entry; score: Score; name: number }[] = [];
  for (const entry of index.entries) {
    let best: Score | null = null;
    let bestName = 0;
    for (let i = 0; i < entry.names.length; i++) {
      const name = entry.names[i];
      if (!name) continue;
      const s = name.key === key ? { match: MATCH.exact, typos: 0, unmatched: 0 } : scoreName(name, key, matches);
      if (s && (!best || better(s, best) < 0)) {
        best = s;
        bestName = i;
      }
    }
    if (best) scored.push({ entry, score: best, name: bestName });
  }
  scored.sort(
    (a, b) =>
      a.score.match - b.score.match ||
      a.score.typos - b.score.typos ||
      a.entry.kindRank - b.entry.kindRank ||
      a.score.unmatched - b.score.unmatched ||
      index.collator.compare(a.entry.label, b.entry.label) ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ entry, name }) => {
    const hit: SearchHit = { id: entry.id, label: entry.label, kind: entry.kind };
    if (name > 0) hit.matchedAlias = entry.aliases[name - 1];
    return hit;
  });
}

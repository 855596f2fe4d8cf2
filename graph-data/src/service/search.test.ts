// Search ranking on the Interpol data, where rank classes and ties really decide the order:
// several nodes mention Prokopchuk, Browder or Meng, of different kinds and lengths.
// Expectations are written from the labels in graph.json by the rules in search.ts's header.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../schema/model.js';
import { buildDataset } from '../io/dataset-loader.js';
import { readDatasetParts } from '../io/dataset-node.js';
import type { GraphAttributes, RedthreadGraph } from './dataset.js';
import { createGraphService } from './index.js';
import { buildSearchIndex, search, searchWords, typoDistance } from './search.js';
import { lazy } from './test-fixture.js';

const interpol = buildDataset(await readDatasetParts('graph-data/datasets/interpol-2018'));
const service = lazy(() => createGraphService(interpol));
const ids = (query: string, limit = 10) => service.search({ query, limit }).map((h) => h.id);

describe('search on Interpol 2018', () => {
  it('puts the person before the group named after them ("Prokopchuk")', () => {
    expect(ids('Prokopchuk').slice(0, 2)).toEqual(['alexander-prokopchuk', 'prokopchuk-critics']);
    expect(ids('prokopchuk’s critics')[0]).toBe('prokopchuk-critics');
  });

  it('orders one surname’s mentions by match, then kind, then leftover words, then label', () => {
    // Exact alias "Browder" first; then whole-word matches: the person, the group, the two
    // events (both with four words left over: alphabetical), the document.
    expect(ids('Browder')).toEqual([
      'bill-browder',
      'browder-tax-consultant',
      'russians-linked-to-tax-consultant-death',
      'browder-arrest-in-spain',
      'death-of-browders-tax-consultant',
      'browder-tweet',
    ]);
    // Exact alias "Meng", then the event before the document that mention him.
    expect(ids('meng')).toEqual(['meng-hongwei', 'meng-disappearance', 'meng-resignation-letter']);
  });

  it('ranks a whole word above the start of a word, and that above a match inside a word', () => {
    // "Interpol" is the agency's whole name; every other Interpol node has more words.
    expect(ids('interpol')[0]).toBe('interpol');
    // "prokop" starts a word; "kopchuk" is only inside one.
    expect(ids('prokop').slice(0, 2)).toEqual(['alexander-prokopchuk', 'prokopchuk-critics']);
    expect(ids('kopchuk').slice(0, 2)).toEqual(['alexander-prokopchuk', 'prokopchuk-critics']);
  });

  it('takes the words in any order', () => {
    expect(ids('Prokopchuk Alexander')[0]).toBe('alexander-prokopchuk');
    expect(ids('Hongwei Meng')[0]).toBe('meng-hongwei');
    expect(ids('hongwei disappearance')[0]).toBe('meng-disappearance');
  });

  it('tolerates one or two typos, and prefers fewer', () => {
    expect(ids('Prokopchk')[0]).toBe('alexander-prokopchuk');
    expect(ids('Porkopchuk')[0]).toBe('alexander-prokopchuk');
    expect(ids('Prokoptchuck')[0]).toBe('alexander-prokopchuk');
    expect(ids('Hongwey Mang')[0]).toBe('meng-hongwei');
    // Short words must match as typed: "Kim" does not find "Him".
    expect(ids('xim')).toEqual([]);
  });

  it('matches Cyrillic queries against Latin names', () => {
    expect(ids('Прокопчук').slice(0, 2)).toEqual(['alexander-prokopchuk', 'prokopchuk-critics']);
    expect(ids('Браудер')[0]).toBe('bill-browder');
  });

  it('says which alias matched', () => {
    expect(service.search({ query: 'Maj-Gen Prokopchuk', limit: 1 })).toEqual([
      { id: 'alexander-prokopchuk', label: 'Alexander Prokopchuk', kind: 'person', matchedAlias: 'Maj-Gen Prokopchuk' },
    ]);
  });
});

describe('search across scripts and ties', () => {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>() as RedthreadGraph;
  const add = (id: string, label: string, kind: NodeAttributes['kind'], aliases?: string[]) =>
    graph.addNode(id, { label, kind, description: '', evidence: [], ...(aliases ? { aliases } : {}) });
  add('ru', 'Александр Прокопчук', 'person');
  add('b', 'Anna Berg', 'person');
  add('a', 'Anna Berg', 'person');
  add('doc', 'Anna', 'document');
  add('org', 'Anna Foundation', 'organisation');
  const index = lazy(() => buildSearchIndex(graph));

  it('finds a Cyrillic name from its Latin spelling', () => {
    expect(search(index, 'Prokopchuk', 5).map((h) => h.id)).toEqual(['ru']);
    expect(search(index, 'aleksandr', 5).map((h) => h.id)).toEqual(['ru']);
  });

  it('breaks a full tie by id, and puts an exact document name above partial person names', () => {
    expect(search(index, 'anna', 5).map((h) => h.id)).toEqual(['doc', 'a', 'b', 'org']);
  });

  it('folds names once into Latin words', () => {
    expect(searchWords('Mr Prokopchuk’s critics')).toEqual(['mr', 'prokopchuk', 'critics']);
    expect(searchWords('Zakáyev, ZAKAYEV')).toEqual(['zakayev', 'zakayev']);
    expect(typoDistance('prokopchk', 'prokopchuk', 2)).toBe(1);
    expect(typoDistance('porkopchuk', 'prokopchuk', 2)).toBe(1);
    expect(typoDistance('abc', 'xyz123', 2)).toBe(3);
  });
});

// The edit session's own answers: the saved file's name, what a second save keeps, the delete
// preview, duplicate suggestions and journal refusals. Expected values come from the fixture as
// written in test-fixture.ts (five people and agencies, three edges) and the allegation
// vocabulary, never from the functions under test.
import { describe, expect, it } from 'vitest';
import { ALLEGATION_TYPES } from '../schema/vocabulary.js';
import { journalHeader, journalLine } from '../case/journal.js';
import type { Dataset } from './dataset.js';
import { createEditSession } from './edits.js';
import { failureOf, fixtureDataset } from './test-fixture.js';

const session = (dataset: Dataset = fixtureDataset()) => createEditSession(dataset, '', () => undefined);
const fileOf = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as { allegationTypes: { id: string }[]; views: unknown; appearance: unknown; layout: { positions: Record<string, unknown> } };
const failure = (run: () => unknown) => {
  const { code, message } = failureOf(run);
  return { code, message };
};

describe('saveCase: the file name offered', () => {
  const named = (name: string) => {
    const dataset = fixtureDataset();
    dataset.name = name;
    return session(dataset).methods.saveCase({}).fileName;
  };
  it('replaces characters no file system takes, and control characters, by one space', () => {
    expect(named('Case: A/B\\C*?"<>|')).toBe('Case A B C.redthread');
    expect(named('Tab\there\nnewline')).toBe('Tab here newline.redthread');
    expect(named('  spaced   out  ')).toBe('spaced out.redthread');
  });
  it('keeps a name that already ends in .redthread, whatever its case', () => {
    expect(named('Interpol.redthread')).toBe('Interpol.redthread');
    expect(named('INTERPOL.REDTHREAD')).toBe('INTERPOL.REDTHREAD');
  });
  it('falls back to "case" for a name of only forbidden characters, and cuts a long one to 120 characters', () => {
    expect(named('///')).toBe('case.redthread');
    expect(named('x'.repeat(200))).toBe(`${'x'.repeat(120)}.redthread`);
  });
});

describe('saveCase: a second save keeps what the first one wrote', () => {
  it('keeps the built-in allegation types of a graph opened without a case', () => {
    const s = session();
    const first = fileOf(s.methods.saveCase({}).bytes);
    const second = fileOf(s.methods.saveCase({}).bytes);
    expect(first.allegationTypes.map((t) => t.id)).toEqual([...ALLEGATION_TYPES]);
    expect(second.allegationTypes.map((t) => t.id)).toEqual([...ALLEGATION_TYPES]);
  });
  it("keeps a case's own allegation types over two saves", () => {
    const dataset = fixtureDataset();
    dataset.case = { allegationTypes: [{ id: 'money_laundering', label: 'Money laundering', color: '#123456' }] };
    const s = session(dataset);
    s.methods.saveCase({});
    expect(fileOf(s.methods.saveCase({}).bytes).allegationTypes).toEqual([{ id: 'money_laundering', label: 'Money laundering', color: '#123456' }]);
  });
  it('keeps positions, views and appearance a later save does not send again, and takes those it does', () => {
    const dataset = fixtureDataset();
    const s = session(dataset);
    s.methods.saveCase({ positions: { anna: { x: 1, y: 2 } }, views: ['v1'], appearance: { theme: 'a' } });
    expect(dataset.case).toMatchObject({ positions: { anna: { x: 1, y: 2 } }, views: ['v1'], appearance: { theme: 'a' } });
    const kept = fileOf(s.methods.saveCase({}).bytes);
    expect([kept.views, kept.appearance]).toEqual([['v1'], { theme: 'a' }]);
    s.methods.saveCase({ views: ['v2'] });
    expect(dataset.case).toMatchObject({ positions: { anna: { x: 1, y: 2 } }, views: ['v2'], appearance: { theme: 'a' } });
    s.methods.saveCase({ appearance: { theme: 'b' }, positions: { dora: { x: 3, y: 4 } } });
    expect(dataset.case).toMatchObject({ positions: { dora: { x: 3, y: 4 } }, views: ['v2'], appearance: { theme: 'b' } });
  });
});

describe('editState', () => {
  it('offers the journal header as one line, naming the graph and the file it started from', () => {
    const dataset = fixtureDataset();
    const header = createEditSession(dataset, 'abc', () => undefined).methods.editState({}).journalHeader;
    expect(header).not.toMatch(/\s$/);
    expect(JSON.parse(header)).toMatchObject({ name: 'Fixture', base: 'abc' });
  });
});

describe('deletePreview', () => {
  it("lists a node's edges, including one where it is only the claimant", () => {
    const preview = session().methods.deletePreview({ node: 'bjorn' });
    expect(preview.nodes).toEqual([{ id: 'bjorn', label: 'Björn Borg', kind: 'person' }]);
    expect(preview.edges).toEqual([{ id: 'e2', source: 'bjorn', sourceLabel: 'Björn Borg', target: 'anna', targetLabel: 'Anna Åberg', relation: 'accuses' }]);
    expect(session().methods.deletePreview({ node: 'anna' }).edges.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });
  it('lists only the edges a source alone supports, and counts every element citing it', () => {
    const dataset = fixtureDataset();
    dataset.sources.set('s2', { id: 's2', title: 'Second', publisher: 'P', date: '2020', file: 's2.txt', text: 'Carl works for the Bureau.' });
    // e3 is now backed by both sources: deleting s1 would not leave it unsupported.
    dataset.graph.setEdgeAttribute('e3', 'evidence', [
      { source: 's1', quote: 'Carl works for the Bureau.' },
      { source: 's2', quote: 'Carl works for the Bureau.' },
    ]);
    const preview = session(dataset).methods.deletePreview({ source: 's1' });
    expect(preview.nodes).toEqual([]);
    expect(preview.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    // Every node (5) and every edge (3) of the fixture cites s1.
    expect(preview.citedBy).toEqual({ nodes: 5, edges: 3 });
    expect(session(dataset).methods.deletePreview({ source: 's2' })).toMatchObject({ edges: [], citedBy: { nodes: 0, edges: 1 } });
  });
  it('counts an edge that cites a source only in its status history, without listing it as left unsupported', () => {
    const dataset = fixtureDataset();
    dataset.graph.addDirectedEdgeWithKey('e9', 'dora', 'carl', {
      relation: 'accuses',
      allegation: { type: 'bribery_corruption', status: 'confirmed', claimant: 'dora' },
      statusHistory: [{ from: 'alleged', to: 'confirmed', at: '2026-01-01T00:00:00.000Z', evidence: { source: 's1', quote: 'Dora is alone.' } }],
    });
    const preview = session(dataset).methods.deletePreview({ source: 's1' });
    expect(preview.citedBy).toEqual({ nodes: 5, edges: 4 });
    expect(preview.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });
  it('names an unknown node or source, and asks for one of them', () => {
    expect(failure(() => session().methods.deletePreview({ node: 'zed' }))).toEqual({ code: 'unknown_node', message: 'service/edits: unknown node "zed"' });
    expect(failure(() => session().methods.deletePreview({ source: 'nope' }))).toEqual({ code: 'unknown_source', message: 'service/edits: unknown source "nope"' });
    expect(failure(() => session().methods.deletePreview({}))).toEqual({ code: 'bad_arguments', message: 'service/edits: deletePreview needs a node or a source' });
  });
});

describe('suggestDuplicates', () => {
  const withTwins = () => {
    const dataset = fixtureDataset();
    const ev = [{ source: 's1', quote: 'Dora is alone.' }];
    dataset.graph.addNode('anna2', { label: 'Anna Åberg', kind: 'person', description: 'Same name.', evidence: ev });
    dataset.graph.addNode('dora2', { label: 'Dora', kind: 'person', description: 'Same name.', evidence: ev });
    return dataset;
  };
  it('pairs nodes of the same name, with both ends named, and honours the limit', () => {
    const pairs = session(withTwins()).methods.suggestDuplicates({});
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([
      ['anna', 'anna2'],
      ['dora', 'dora2'],
    ]);
    expect(pairs[0]?.a).toEqual({ id: 'anna', label: 'Anna Åberg', kind: 'person' });
    expect(session(withTwins()).methods.suggestDuplicates({ limit: 1 })).toHaveLength(1);
  });
});

describe('replayJournal', () => {
  const line = (seq: number, command: unknown) => journalLine({ seq, at: '2026-01-01T00:00:00.000Z', kind: 'edit', command } as Parameters<typeof journalLine>[0]);
  const addNode = (label: string) => ({ type: 'addNode', node: { kind: 'person', label } });

  it('refuses a journal once the graph has been edited, naming why', () => {
    const s = session();
    s.methods.edit({ command: addNode('Eve') } as Parameters<typeof s.methods.edit>[0]);
    const journal = journalHeader('Fixture', '', 'T') + line(1, addNode('Fay'));
    expect(failure(() => s.methods.replayJournal({ journal }))).toEqual({
      code: 'bad_arguments',
      message: 'service/edits: the open graph has been edited since it was opened; a journal replays only onto the graph it started from',
    });
  });
  it('refuses a journal of another graph, naming it', () => {
    const journal = journalHeader('Other case', 'f'.repeat(64), 'T');
    expect(failure(() => session().methods.replayJournal({ journal }))).toEqual({
      code: 'bad_arguments',
      message: 'service/edits: the journal of "Other case" was written for another graph than the one open',
    });
  });
  it('says where a replay stopped, and reports no stop when every entry applied', () => {
    const bad = journalHeader('Fixture', '', 'T') + line(1, addNode('Fay')) + line(2, { type: 'deleteNode', id: 'nobody' });
    const stopped = session().methods.replayJournal({ journal: bad });
    expect(stopped).toMatchObject({ applied: 1, skipped: 1 });
    expect(stopped.stopped).toMatch(/^entry 2: /);
    const good = session().methods.replayJournal({ journal: journalHeader('Fixture', '', 'T') + line(1, addNode('Fay')) });
    expect(good).toMatchObject({ applied: 1, skipped: 0 });
    expect('stopped' in good).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../io/import/index.js';
import { failureOf, fixtureDataset, FIXTURE_TEXT } from '../service/test-fixture.js';
import { CASE_VERSION, type CaseFile } from './format.js';
import { openCaseDocument } from './open.js';
import { caseDocument, saveCase } from './save.js';

const limits = { maxNodes: 1000, maxEdges: 1000 };
const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as CaseFile;
const V1 = JSON.parse(readFileSync(new URL('./fixtures/v1-case.redthread', import.meta.url), 'utf8')) as Record<string, unknown>;

const failure = failureOf;

describe('case file: save and open', () => {
  it('writes a version 2 document with each source text, its SHA-256 and each quote at its offset', () => {
    const doc = decode(saveCase(fixtureDataset(), { savedAt: '2026-01-01T00:00:00.000Z' }));
    expect(doc.version).toBe(2);
    expect(doc.sources[0]?.text).toBe(FIXTURE_TEXT);
    expect(doc.sources[0]?.sha256).toBe(createHash('sha256').update(FIXTURE_TEXT, 'utf8').digest('hex'));
    const e2 = doc.graph.edges.find((e) => e.key === 'e2');
    expect(e2?.attributes.evidence?.[0]).toEqual({ source: 's1', quote: 'Björn accuses Anna of bribery.', offset: FIXTURE_TEXT.indexOf('Björn') });
    expect(doc.allegationTypes.map((t) => t.id)).toContain('bribery_corruption');
  });

  it('save → open → save gives the same bytes, and the same graph', () => {
    const first = saveCase(fixtureDataset(), { savedAt: 'T', positions: { anna: { x: 1, y: 2 } }, views: [{ name: 'v' }], appearance: { theme: 'dark' } });
    const opened = openCaseDocument(decode(first), 'a.redthread', limits);
    expect(opened.flagged).toEqual([]);
    expect(opened.graph.order).toBe(5);
    expect(opened.graph.size).toBe(3);
    expect(opened.graph.getNodeAttribute('anna', 'x')).toBe(1);
    expect(opened.extras.views).toEqual([{ name: 'v' }]);
    const second = saveCase({ id: 'x', name: opened.name, format: 'redthread', graph: opened.graph, sources: opened.sources, case: opened.extras }, { savedAt: 'T' });
    expect(new TextDecoder().decode(second)).toBe(new TextDecoder().decode(first));
  });

  it('flags a quote whose source text changed, and says so', () => {
    const doc = decode(saveCase(fixtureDataset(), { savedAt: 'T' }));
    const source = doc.sources[0] as CaseFile['sources'][number];
    source.text = source.text.replace('Björn accuses Anna of bribery.', 'Björn praises Anna.');
    const opened = openCaseDocument(doc, 'a.redthread', limits);
    expect(opened.flagged.map((f) => `${f.element}:${f.id}`).sort()).toEqual(['edge:e2', 'node:bjorn']);
    const evidence = opened.graph.getEdgeAttribute('e2', 'evidence')?.[0];
    expect(evidence?.flagged).toBe('the quote is not in its source text');
    expect(opened.warnings.join(' ')).toMatch(/SHA-256 differs/);
    expect(opened.warnings.join(' ')).toMatch(/2 quotes do not match their sources and are flagged/);
  });

  it('re-anchors a quote that moved but occurs once, and flags one that occurs twice', () => {
    const doc = decode(saveCase(fixtureDataset(), { savedAt: 'T' }));
    const source = doc.sources[0] as CaseFile['sources'][number];
    source.text = `Preface. ${source.text} Carl works for the Bureau.`;
    const opened = openCaseDocument(doc, 'a.redthread', limits);
    expect(opened.graph.getEdgeAttribute('e2', 'evidence')?.[0]?.offset).toBe(source.text.indexOf('Björn accuses'));
    expect(opened.flagged.map((f) => f.id).sort()).toEqual(['carl', 'e3']);
    expect(opened.flagged[0]?.reason).toMatch(/occurs more than once/);
  });

  it('refuses a newer version, a bad field (naming it), a dangling edge and too many nodes', () => {
    const doc = decode(saveCase(fixtureDataset(), { savedAt: 'T' }));
    expect(failure(() => openCaseDocument({ ...doc, version: CASE_VERSION + 1 }, 'n.redthread', limits)).message).toMatch(/version 3 case, made by a newer Redthread/);
    const bad = structuredClone(doc);
    (bad.graph.nodes[0] as { attributes: { kind: string } }).attributes.kind = 'alien';
    expect(failure(() => openCaseDocument(bad, 'b.redthread', limits)).message).toMatch(/b\.redthread: is not a valid version 2 case: graph\.nodes\.0\.attributes\.kind/);
    const dangling = structuredClone(doc);
    (dangling.graph.edges[0] as { target: string }).target = 'nobody';
    expect(failure(() => openCaseDocument(dangling, 'd.redthread', limits)).message).toMatch(/edge "e1" joins "anna" and "nobody"/);
    const big = failure(() => openCaseDocument(doc, 'big.redthread', { maxNodes: 4, maxEdges: 100 }));
    expect(big.code).toBe('too_large');
    expect(big.limit).toEqual({ name: 'maxNodes', limit: 4, found: 5 });
  });
});

describe('case file: migrations', () => {
  it('opens a version 1 case: offsets found, positions moved to the layout, hashes added, a missing quote flagged', () => {
    const opened = openCaseDocument(structuredClone(V1), 'old.redthread', limits);
    // Offsets read off the fixture's texts: "Profile. " is 9 characters, "Yesterday " 10.
    expect(opened.graph.getEdgeAttribute('e1', 'evidence')).toEqual([{ source: 's1', quote: 'Anna leads the Bureau.', offset: 9 }]);
    expect(opened.graph.getEdgeAttribute('e2', 'evidence')?.[0]).toEqual({ source: 's2', quote: 'Björn accuses Anna of bribery.', offset: 10 });
    expect(opened.flagged).toEqual([{ element: 'edge', id: 'e2', source: 's1', quote: 'Anna was never accused.', reason: 'the quote is not in its source text' }]);
    expect(opened.extras.positions).toEqual({ anna: { x: 10, y: -20 }, bureau: { x: 110, y: 40 } });
    expect(opened.sources.get('s1')?.date).toBe('2018-11-20');
    expect(opened.extras.allegationTypes.length).toBeGreaterThan(0);
    expect(opened.warnings[0]).toMatch(/version 1.*upgraded \(1→2\)/);
    const saved = caseDocument({ id: 'x', name: opened.name, format: 'redthread', graph: opened.graph, sources: opened.sources, case: opened.extras }, { savedAt: 'T' });
    expect(saved.version).toBe(2);
    expect(saved.sources[1]?.sha256).toBe(createHash('sha256').update('Yesterday Björn accuses Anna of bribery. Anna denies it.', 'utf8').digest('hex'));
  });

  it('names what is wrong in a broken version 1 file', () => {
    const broken = structuredClone(V1) as { sources: unknown };
    broken.sources = 'none';
    expect(failure(() => openCaseDocument(broken, 'old.redthread', limits)).message).toMatch(/old\.redthread is not a valid version 1 case: sources/);
  });

  it('opens through the importer as a .redthread file, keeping the case extras', async () => {
    const bytes = saveCase(fixtureDataset(), { savedAt: 'T', views: { saved: 1 } });
    const result = await importGraph({ files: [{ name: 'mine.redthread', bytes }], maxBytes: 1e7, signal: { cancelled: false }, onProgress: () => {} });
    expect(result.dataset.format).toBe('redthread');
    expect(result.dataset.graph.order).toBe(5);
    expect(result.dataset.case?.views).toEqual({ saved: 1 });
    expect(result.dataset.sources.get('s1')?.text).toBe(FIXTURE_TEXT);
  });
});

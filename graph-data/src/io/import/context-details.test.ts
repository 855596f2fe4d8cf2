// The pieces every importer shares, on their own: budget failures and the sentence the open-error
// bar shows, failures naming the file and the place, the counted budgets at and just past their
// limit, each warning kind's sentence for one and for many, where an element is, and the
// dataset name made from a file name. Expected sentences are written out as the user reads them.
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../service/test-fixture.js';
import { DEFAULT_LIMITS, ImportContext, limitFailure, type ImportEnv } from './context.js';
import { fileStem } from './format.js';
import { WARNING_KINDS, Warnings, type WarningKind } from './warnings.js';
import { elementName, whereText } from './where.js';

const env = (limits: Partial<ImportEnv['limits']> = {}, signal = { cancelled: false }): ImportEnv => ({
  signal,
  onProgress: () => undefined,
  limits: { ...DEFAULT_LIMITS, ...limits },
  warnings: new Warnings(),
  cells: 0,
  expanded: 0,
});


describe('budget failures', () => {
  it('says how many were found, the limit and its name, with thousands separated', () => {
    const f = limitFailure('io/import: big.csv', 'maxAttributeCells', 1_000_000, 1_000_001);
    expect(f.code).toBe('too_large');
    expect(f.message).toBe(
      'io/import: big.csv: has at least 1,000,001 attribute values; the limit is 1,000,000 (maxAttributeCells). Open it anyway with a higher limit if you trust the file and have the memory',
    );
    expect(f.limit).toEqual({ name: 'maxAttributeCells', limit: 1_000_000, found: 1_000_001 });
    expect(limitFailure('o', 'maxNodes', 10, 12, true).message.startsWith('o: has 12 nodes; the limit is 10 (maxNodes).')).toBe(true);
    expect(limitFailure('o', 'maxBytes', 10, 12, true, 'is 12 bytes, too big').message).toBe('o: is 12 bytes, too big');
  });

  it('names each budget by what it counts', () => {
    const unit = (name: Parameters<typeof limitFailure>[1]) => limitFailure('o', name, 1, 2, true).message.replace(/^o: has 2 (.*); the limit .*$/, '$1');
    expect([unit('maxNodes'), unit('maxEdges'), unit('maxAttributeCells'), unit('maxExpandedEdges'), unit('maxDepth'), unit('maxBytes')]).toEqual([
      'nodes',
      'edges',
      'attribute values',
      'edges made by expanding hyperedges or multi-valued links',
      'levels of nesting',
      'bytes',
    ]);
  });
});

describe('ImportContext', () => {
  it('names the format, the file and the place in its failures', () => {
    const e = env();
    expect(new ImportContext('Java.gexf', 'gexf', e).failure('bad_file', 'edge "e7" refers to unknown node "n99"', 'line 1203').message).toBe(
      'io/import/gexf: Java.gexf line 1203: edge "e7" refers to unknown node "n99"',
    );
    const unknown = new ImportContext('x.bin', '', e);
    expect(unknown.failure('bad_file', 'is empty').message).toBe('io/import: x.bin: is empty');
    expect(failureOf(() => unknown.fail('bad_file', 'is empty', '')).message).toBe('io/import: x.bin: is empty');
    expect(failureOf(() => unknown.fail('bad_file', 'is empty')).code).toBe('bad_file');
  });

  it('allows exactly the attribute-value budget and fails one past it, counting over every file of the open', () => {
    const e = env({ maxAttributeCells: 10 });
    const a = new ImportContext('nodes.csv', 'csv', e);
    a.addCells(6);
    const b = new ImportContext('edges.csv', 'csv', e);
    b.addCells(4);
    expect(e.cells).toBe(10);
    const f = failureOf(() => b.addCells(1));
    expect(f.message).toBe('io/import/csv: edges.csv: has at least 11 attribute values; the limit is 10 (maxAttributeCells). Open it anyway with a higher limit if you trust the file and have the memory');
    expect(f.limit).toEqual({ name: 'maxAttributeCells', limit: 10, found: 11 });
  });

  it('allows exactly the expanded-edge budget and fails past it with the total planned', () => {
    const e = env({ maxExpandedEdges: 6 });
    const ctx = new ImportContext('h.graphml', 'graphml', e);
    ctx.addExpanded(6);
    expect(e.expanded).toBe(6);
    const f = failureOf(() => ctx.addExpanded(3));
    expect(f.limit).toEqual({ name: 'maxExpandedEdges', limit: 6, found: 9 });
    expect(f.message.startsWith('io/import/graphml: h.graphml: has at least 9 edges made by expanding')).toBe(true);
    expect(failureOf(() => new ImportContext('d.json', '', env({ maxDepth: 3 })).overLimit('maxDepth', 4, true)).message.startsWith('io/import: d.json: has 4 levels of nesting; the limit is 3 (maxDepth).')).toBe(true);
  });

  it('shares the open\'s warnings and limits, and stops when cancelled with the file named', async () => {
    const signal = { cancelled: false };
    const e = env({ maxNodes: 5 }, signal);
    const ctx = new ImportContext('x.gexf', 'gexf', e);
    expect(ctx.warnings).toBe(e.warnings);
    expect(ctx.limits.maxNodes).toBe(5);
    expect(() => ctx.checkCancelled()).not.toThrow();
    await expect(ctx.tick('build', 1, 2)).resolves.toBeUndefined();
    signal.cancelled = true;
    expect(failureOf(() => ctx.checkCancelled())).toMatchObject({ code: 'cancelled', message: 'io/import: opening x.gexf was cancelled' });
    await expect(ctx.tick('build', 2, 2)).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('warning sentences', () => {
  // Each kind once and 1,234 times, as the warnings list shows them.
  const sentences: Record<WarningKind, [string, string]> = {
    duplicateNode: ['1 duplicate node id was kept once, the first occurrence wins (first: X)', '1,234 duplicate node ids were kept once, the first occurrence wins (first: X)'],
    duplicateEdge: ['1 edge id was used twice; the later edges got new ids (first: X)', '1,234 edge ids were used twice; the later edges got new ids (first: X)'],
    danglingEdge: [
      '1 edge refers to nodes the file does not declare; each missing node was added once as a placeholder (extra.placeholder = true) so no link is lost (first: X)',
      '1,234 edges refer to nodes the file does not declare; each missing node was added once as a placeholder (extra.placeholder = true) so no link is lost (first: X)',
    ],
    missingEndpoint: ['1 edge has no source or target and was dropped (first: X)', '1,234 edges have no source or target and were dropped (first: X)'],
    missingId: ['1 node has no id and was skipped (first: X)', '1,234 nodes have no id and were skipped (first: X)'],
    longLabel: ['1 label was longer than 1,000 characters and was shortened (first: X)', '1,234 labels were longer than 1,000 characters and were shortened (first: X)'],
    nonFiniteCoordinate: [
      '1 position, size or weight was not a finite number (INF, NaN…) and was dropped (first: X)',
      '1,234 positions, sizes or weights were not a finite number (INF, NaN…) and were dropped (first: X)',
    ],
    nonFiniteValue: [
      '1 numeric attribute was not finite (INF, -INF, NaN) and is kept as text (first: X)',
      '1,234 numeric attributes were not finite (INF, -INF, NaN) and are kept as text (first: X)',
    ],
    dynamicValue: ['1 attribute changes over time; only its last value was kept (first: X)', '1,234 attributes change over time; only their last value was kept (first: X)'],
    undeclaredKey: ['1 value uses an attribute the file never declares; kept under that name (first: X)', '1,234 values use an attribute the file never declares; kept under that name (first: X)'],
    duplicateKey: ['1 attribute is declared twice; the first declaration wins (first: X)', '1,234 attributes are declared twice; the first declaration wins (first: X)'],
    hyperedge: ['1 hyperedge was expanded into edges between every pair of its endpoints (first: X)', '1,234 hyperedges were expanded into edges between every pair of its endpoints (first: X)'],
    hugeHyperedge: ['1 hyperedge has more than 64 endpoints and was dropped (first: X)', '1,234 hyperedges have more than 64 endpoints and were dropped (first: X)'],
    raggedRow: [
      '1 row has a different number of cells than the header; missing cells are empty, extra cells were ignored (first: X)',
      '1,234 rows have a different number of cells than the header; missing cells are empty, extra cells were ignored (first: X)',
    ],
    emptyEndpoint: ['1 row has an empty source or target and was skipped (first: X)', '1,234 rows have an empty source or target and were skipped (first: X)'],
    badJsonLine: ['1 line is not valid JSON and was skipped (first: X)', '1,234 lines are not valid JSON and were skipped (first: X)'],
    badElement: ['1 element was not understood and was skipped (first: X)', '1,234 elements were not understood and were skipped (first: X)'],
    danglingReference: [
      '1 reference points to entities that are not in the file; kept as ids in the details (first: X)',
      '1,234 references point to entities that are not in the file; kept as ids in the details (first: X)',
    ],
    unterminatedQuote: ['1 quoted field never ends; the file may be truncated (first: X)', '1,234 quoted fields never end; the file may be truncated (first: X)'],
  };

  it.each(Object.keys(sentences) as WarningKind[])('%s, for one and for many', (kind) => {
    expect([WARNING_KINDS[kind](1, 'X'), WARNING_KINDS[kind](1_234, 'X')]).toEqual(sentences[kind]);
  });

  it('counts each kind, keeps the first example only, and lists one-off sentences once, before the counted ones', () => {
    const w = new Warnings();
    let built = 0;
    const example = (text: string) => () => {
      built++;
      return text;
    };
    w.add('a.csv is not valid UTF-8.');
    w.note('missingId', example('nodes[3]'));
    w.note('missingId', example('nodes[9]'));
    w.add('a.csv is not valid UTF-8.');
    expect(built).toBe(1);
    expect([w.count('missingId'), w.count('longLabel')]).toEqual([2, 0]);
    expect(w.list()).toEqual(['a.csv is not valid UTF-8.', '2 nodes have no id and were skipped (first: nodes[3])']);
  });
});

describe('where an element is', () => {
  it('reads a line number, a ready string, or a function run only when asked', () => {
    expect([whereText(12), whereText('nodes[3]'), whereText(() => 'edges[0]')]).toEqual(['line 12', 'nodes[3]', 'edges[0]']);
  });

  it('names an element by its id, an id-less edge by its place and ends, and an id-less node as such', () => {
    expect(elementName({ kind: 'node', id: 'n1' })).toBe('node "n1"');
    expect(elementName({ kind: 'edge', id: '', ordinal: 4, source: 'a', target: 'b' })).toBe('edge 4 ("a" → "b")');
    expect(elementName({ kind: 'edge', ordinal: 0 })).toBe('edge 0 ("?" → "?")');
    expect(elementName({ kind: 'edge' })).toBe('edge ? ("?" → "?")');
    expect(elementName({ kind: 'node', source: 'a' })).toBe('node without an id');
  });
});

describe('fileStem', () => {
  it('keeps the name without its folder and its extensions', () => {
    expect(fileStem('Les Miserables.gexf.gz')).toBe('Les Miserables');
    expect(fileStem('LES.GEXF.GZ')).toBe('LES');
    expect(fileStem('C:\\cases\\panama.graphml')).toBe('panama');
    expect(fileStem('/home/ann/cases/links.csv')).toBe('links');
    expect(fileStem('entities.ftm.json')).toBe('entities');
    expect(fileStem('net.CYJS.json')).toBe('net');
    expect(fileStem('v1.2 notes')).toBe('v1.2 notes');
    expect(fileStem('v1.2')).toBe('v1');
    expect(fileStem('report.final-draft')).toBe('report.final-draft');
    expect(fileStem('a.json.gz.txt')).toBe('a.json.gz');
  });

  it('keeps a name that would be left empty, and a name without an extension', () => {
    expect(fileStem('.gexf')).toBe('.gexf');
    expect(fileStem('README')).toBe('README');
    expect(fileStem('graph.ftm')).toBe('graph');
    // Only a last .ftm or .cyjs goes, not one inside the name.
    expect(fileStem('people.ftmx.json')).toBe('people.ftmx');
    expect(fileStem('net.cyjs.old.json')).toBe('net.cyjs.old');
  });
});

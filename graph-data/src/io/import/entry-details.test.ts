// The import entry point on tiny inline files: the dataset id made from the file's name (what
// saved views and recent files are keyed by), the size limit and its message, empty and gzip
// files, and which files may be opened together. Expected ids are spelled out by hand.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectReader, extensionOf, head } from './detect.js';
import { failure, open, text } from './test-support.js';

const named = (name: string) => text(name, JSON.stringify({ nodes: [{ key: 'a' }], edges: [] }));
const idOf = async (name: string) => (await open([named(name)])).dataset.id;

describe('the dataset id', () => {
  it('drops accents instead of leaving a hyphen where each was', async () => {
    expect(await idOf('Crème brûlée.json')).toBe('import-creme-brulee');
    expect(await idOf('Cafés de Paris.json')).toBe('import-cafes-de-paris');
    expect(await idOf('Café.json')).toBe('import-cafe');
  });

  it('joins words with one hyphen, trims hyphens at both ends, lower-cases, and keeps 60 characters', async () => {
    expect(await idOf('  Panama -- Papers (2016) .json')).toBe('import-panama-papers-2016');
    expect(await idOf('__snake_case__.json')).toBe('import-__snake_case__');
    expect(await idOf(`${'Ab'.repeat(40)}.json`)).toBe(`import-${'ab'.repeat(30)}`);
  });

  it('falls back to "graph" when the name has no letter or digit left', async () => {
    expect(await idOf('¿¡!.json')).toBe('import-graph');
  });
});

describe('what the entry point refuses, and how', () => {
  it('asks for a file when none is given', async () => {
    const f = await failure(open([]));
    expect([f.code, f.message]).toEqual(['bad_file', 'io/import: no file was given']);
  });

  it('gives a file over the limit its exact size in the refusal, and opens one of exactly the limit', async () => {
    const doc = JSON.stringify({ nodes: [{ key: 'a' }], edges: [] });
    const size = new TextEncoder().encode(doc).length;
    const f = await failure(open([text('g.json', doc)], { maxBytes: size - 1 }));
    expect(f.limit).toEqual({ name: 'maxBytes', limit: size - 1, found: size });
    expect((await open([text('g.json', doc)], { maxBytes: size })).dataset.graph.order).toBe(1);
  });

  it('refuses a gzip file that holds nothing, and names an inflated file without its .gz', async () => {
    const empty = await failure(open([{ name: 'void.json.gz', bytes: new Uint8Array(gzipSync(Buffer.alloc(0))) }]));
    expect([empty.code, empty.message]).toEqual(['bad_file', 'io/import: void.json.gz: is empty once decompressed']);
    const bad = await failure(open([{ name: 'bad.json.GZ', bytes: new Uint8Array(gzipSync(Buffer.from('{"nodes": [1,}'))) }]));
    expect(bad.message.startsWith('io/import/json: bad.json: is not valid JSON')).toBe(true);
  });

  it('reads several CSV tables together, and names the first file that is not one', async () => {
    const nodes = text('people.csv', 'id,label\na,Ann\nb,Bo\n');
    const edges = text('links.csv', 'source,target\na,b\n');
    expect((await open([nodes, edges])).dataset.graph.size).toBe(1);
    const f = await failure(open([nodes, text('g.json', '{"nodes": []}'), text('h.gexf', '<gexf/>')]));
    expect(f.message).toBe('io/import: g.json: only CSV tables can be opened together (a nodes table and an edges table); open this file on its own');
    const first = await failure(open([text('g.json', '{"nodes": []}'), edges]));
    expect(first.message.startsWith('io/import: g.json: only CSV tables')).toBe(true);
  });

  it('turns a failure that is not the service\'s own into too_large (out of memory) or internal, naming the files', async () => {
    const throwing = (error: unknown) => () => {
      throw error;
    };
    const files = [text('a.csv', 'source,target\na,b\n'), text('b.csv', 'id\na\n')];
    const memory = await failure(open(files, { onProgress: throwing(new RangeError('Invalid array length')) }));
    expect([memory.code, memory.message]).toEqual(['too_large', 'io/import: a.csv, b.csv is too large to open in memory (Invalid array length)']);
    const other = await failure(open(files, { onProgress: throwing(new TypeError('x is undefined')) }));
    expect([other.code, other.message]).toEqual(['internal', 'io/import: a.csv, b.csv: unexpected failure: x is undefined']);
    expect((await failure(open(files, { onProgress: throwing('odd') }))).message).toBe('io/import: a.csv, b.csv: unexpected failure: odd');
  });
});

describe('progress and budgets of one open', () => {
  it('reports the bytes to read first and every element built last', async () => {
    const doc = JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] });
    const phases: string[] = [];
    await open([text('g.json', doc)], { onProgress: (phase, done, total) => phases.push(`${phase} ${done}/${total}`) });
    expect(phases[0]).toBe(`read 0/${doc.length}`);
    expect(phases.at(-1)).toBe('done 3/3');
  });

  it('raises only the budgets named, keeping the defaults of the others', async () => {
    const doc = JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }], edges: [] });
    const f = await failure(open([text('g.json', doc)], { limits: { maxNodes: 2 } }));
    expect(f.limit).toMatchObject({ name: 'maxNodes', limit: 2 });
    expect((await open([text('g.json', doc)], { limits: { maxEdges: 0 } })).dataset.graph.order).toBe(3);
  });

  it('re-reads a file that is not UTF-8 with fresh warnings and a fresh attribute budget', async () => {
    // 3,000 nodes with a label and one attribute value each (6,000 values), a repeated id in the first 64 KB the first pass
    // reads, and a Windows-1252 "é" in the last label, which only the second chunk holds.
    const rows = Array.from({ length: 3_000 }, (_v, i) => `<node id="n${i}" label="Node ${i}${i === 2_999 ? '\u00e9' : ''}"><attvalues><attvalue for="team" value="t${i}"/></attvalues></node>`);
    const xml = `<gexf version="1.3"><graph><attributes class="node"><attribute id="team" title="team" type="string"/></attributes><nodes><node id="n0"/>${rows.join('\n')}</nodes></graph></gexf>`;
    const bytes = Uint8Array.from(xml, (c) => c.charCodeAt(0));
    const { dataset, warnings } = await open([{ name: 'excel.gexf', bytes }], { limits: { maxAttributeCells: 6_010 } });
    expect(dataset.graph.order).toBe(3_000);
    expect(dataset.graph.getNodeAttribute('n2999', 'label')).toBe('Node 2999é');
    expect(warnings).toEqual([
      'excel.gexf is not valid UTF-8 (first at line 3000); it was read as Windows-1252 (Western European).',
      '1 duplicate node id was kept once, the first occurrence wins (first: "n0" line 1)',
    ]);
  });
});

describe('gzip files', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports the bytes inflated so far while decompressing (on a clock that moves 100 ms a reading)', async () => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 100));
    const doc = JSON.stringify({ nodes: Array.from({ length: 20_000 }, (_v, i) => ({ key: `n${i}` })), edges: [] });
    const size = new TextEncoder().encode(doc).length;
    const seen: [string, number, number][] = [];
    const { dataset } = await open([{ name: 'big.json.gz', bytes: new Uint8Array(gzipSync(Buffer.from(doc))) }], { onProgress: (phase, done, total) => seen.push([phase, done, total]) });
    expect(dataset.graph.order).toBe(20_000);
    const inflating = seen.filter(([phase]) => phase === 'decompress');
    expect(inflating.length).toBeGreaterThan(1);
    // Each report is the bytes so far, growing to the whole file, never past it.
    expect(inflating.every(([, done, total], i) => done === total && done <= size && (i === 0 || done > (inflating[i - 1]?.[1] ?? 0)))).toBe(true);
    expect(seen.findIndex(([phase]) => phase === 'decompress')).toBeLessThan(seen.findIndex(([phase]) => phase === 'read'));
  });

  it("calls a file of just gzip's two magic bytes a truncated gzip file, and one of them alone text", async () => {
    const f = await failure(open([{ name: 'two.gz', bytes: Uint8Array.from([0x1f, 0x8b]) }]));
    expect([f.code, f.message.startsWith('io/import: two.gz: is not a valid gzip file')]).toEqual(['bad_file', true]);
    expect(f.message.endsWith('; it may be truncated')).toBe(true);
    expect((await failure(open([{ name: 'one.csv', bytes: Uint8Array.from([0x1f]) }]))).message).not.toContain('gzip');
  });

  it('takes only a file that starts with both magic bytes for gzip, and names the byte budget when one inflates past it', async () => {
    // "a‹b" in Windows-1252: 0x8b second, not after 0x1f.
    const quote = Uint8Array.from([0x61, 0x8b, 0x62, 0x2c, 0x63, 0x0a, 0x64, 0x2c, 0x65, 0x0a]);
    expect(((await failure(open([{ name: 'q.json', bytes: quote }]))).message)).not.toContain('gzip');
    const unit = Uint8Array.from([0x1f, ...new TextEncoder().encode('a'.repeat(300))]);
    expect((await failure(open([{ name: 'u.json', bytes: unit }]))).message).not.toContain('gzip');
    const f = await failure(open([{ name: 'big.json.gz', bytes: new Uint8Array(gzipSync(Buffer.alloc(4096, 0x20))) }], { maxBytes: 1024 }));
    expect(f.limit).toMatchObject({ name: 'maxBytes', limit: 1024 });
  });

  it("says why a cut gzip file is invalid in the platform's words when it has any, without an error class name", async () => {
    const whole = gzipSync(Buffer.from(JSON.stringify({ nodes: Array.from({ length: 500 }, (_v, i) => ({ key: `n${i}` })) })));
    const f = await failure(open([{ name: 'cut.json.gz', bytes: new Uint8Array(whole.subarray(0, whole.length >> 1)) }]));
    // Node's DecompressionStream gives no reason here: then none is shown, not "()".
    expect(f.message).toMatch(/^io\/import: cut\.json\.gz: is not a valid gzip file( \(.+\))?; it may be truncated$/);
    expect(f.message).not.toMatch(/\(\w*Error\b/);
  });
});

describe('which reader a file goes to', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  const reader = (name: string, content: string) => detectReader(name, ascii(content), undefined);

  it('finds the root element past a declaration, comments that name another root, and a DOCTYPE', () => {
    expect(reader('x.xml', '<?xml version="1.0"?>\n<!-- saved from <gexf> -->\n<graphml>')).toEqual({ reader: 'graphml', hint: 'content' });
    expect(reader('x.graphml', '<?xml version="1.0"?><?xml-stylesheet href="<gexf>"?><graphml/>')).toEqual({ reader: 'graphml', hint: 'content' });
    expect(reader('x.graphml', '<!DOCTYPE gexf><gexf\nversion="1.3">')).toEqual({ reader: 'gexf', hint: 'content' });
    expect(reader('x.txt', '<gexf>')).toEqual({ reader: 'gexf', hint: 'content' });
    expect(reader('x.gexf', '<graphml\txmlns="x">')).toEqual({ reader: 'graphml', hint: 'content' });
    expect(reader('x.xml', '<g:gexf xmlns:g="x">')).toEqual({ reader: 'gexf', hint: 'content' });
    // Each comment, declaration and DOCTYPE ends at its own end: the root between two is kept.
    expect(reader('x.gexf', '<!-- a --><graphml><!-- <gexf> -->')).toEqual({ reader: 'graphml', hint: 'content' });
    expect(reader('x.gexf', '<?a?><graphml><?b <gexf> ?>')).toEqual({ reader: 'graphml', hint: 'content' });
    expect(reader('x.xml', '<!DOCTYPE x SYSTEM "<gexf>"><graphml>')).toEqual({ reader: 'graphml', hint: 'content' });
    // A root whose name only starts like one is not it.
    expect(reader('x.xml', '<gexfx>')).toEqual({ reader: 'graphml', hint: 'extension' });
    expect(reader('x.gexf', '<graphml2 >')).toEqual({ reader: 'gexf', hint: 'extension' });
  });

  it('takes text that opens with a brace or bracket as JSON, after any blank lines, unless a table says otherwise', () => {
    expect(reader('graph.dat', '\n\t {"nodes": []}')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('graph.dat', '[1, 2]')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '{ "a": 1 }')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '[]')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '[-1, 2]')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '[1, 2]')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '[{"a": 1}]')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('g.dat', '{a}')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '[[1]]')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '{}')).toEqual({ reader: 'json', hint: 'content' });
    expect(reader('t.tsv', '[a;b]\tx')).toEqual({ reader: 'csv', hint: 'extension' });
    expect(reader('t.tsv', '{a}\tb')).toEqual({ reader: 'csv', hint: 'extension' });
    // Only the opening decides: JSON-looking text later in a table's first line does not.
    expect(reader('t.tsv', '[a;b]\t[2001]')).toEqual({ reader: 'csv', hint: 'extension' });
    expect(reader('g.gexf', '{"nodes": []}')).toEqual({ reader: 'json', hint: 'content' });
  });

  it('goes by the extension for other text: a table unless the extension says which graph format', () => {
    expect(reader('g.graphml', 'a,b')).toEqual({ reader: 'graphml', hint: 'extension' });
    expect(reader('g.json', 'a,b')).toEqual({ reader: 'json', hint: 'extension' });
    expect(reader('g.unknown', 'a,b')).toEqual({ reader: 'csv', hint: 'extension' });
    expect(reader('.csv', '{"a"')).toEqual({ reader: 'json', hint: 'content' });
    expect([extensionOf('.tsv'), extensionOf('x.gz'), extensionOf('x.GZ.json'), extensionOf('x.json.GZ'), extensionOf('x.gzip')]).toEqual(['tsv', '', 'json', 'json', 'gzip']);
  });

  it('looks at the first 4 KB only, and keeps a character cut at its edge out of the text', () => {
    const long = `<!-- ${'x'.repeat(5_000)} --><gexf>`;
    expect(reader('x.graphml', long)).toEqual({ reader: 'graphml', hint: 'extension' });
    expect(reader('x.xml', `${' '.repeat(3_000)}<gexf>`)).toEqual({ reader: 'gexf', hint: 'content' });
    const text = `${'a'.repeat(4_095)}é`;
    expect(head(ascii(text))).toBe('a'.repeat(4_095));
    expect(head(Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('{"a"')]))).toBe('{"a"');
  });
});

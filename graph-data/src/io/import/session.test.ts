// The importers behind the session, as the app uses them: an imported graph answers search,
// views, filters and measures; a bad file leaves the open graph in place; Cancel stops an open.
import { describe, expect, it } from 'vitest';
import type { OpenedGraph, TaskProgress, Result, SearchHit } from '../../contract.js';
import { createSession } from '../../service/session.js';
import { buildDataset } from '../dataset-loader.js';
import { readDatasetParts } from '../dataset-node.js';

const encode = (s: string) => new TextEncoder().encode(s);
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed" timeformat="date">
<attributes class="node"><attribute id="t" title="type" type="string"/></attributes>
<nodes>
<node id="a" label="Zoë Müller" start="2015-01-01"><attvalues><attvalue for="t" value="person"/></attvalues></node>
<node id="b" label="Acme Holdings"><attvalues><attvalue for="t" value="company"/></attvalues></node>
<node id="c" label="Berlin"><attvalues><attvalue for="t" value="city"/></attvalues></node>
</nodes>
<edges><edge source="a" target="b" label="director of"/><edge source="b" target="c" label="registered address"/><edge source="a" target="x"/></edges>
</graph></gexf>`;

function session() {
  const progress: TaskProgress[] = [];
  const s = createSession({
    loadDefault: async () => buildDataset(await readDatasetParts('graph-data/datasets/interpol-2018')),
    progress: (event) => progress.push(event),
  });
  return { s, progress };
}

const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

describe('importers behind the session', () => {
  it('opens an imported graph that the whole service can answer for', async () => {
    const { s, progress } = session();
    const opened = value<OpenedGraph>(await s.handle('openGraph', { files: [{ name: 'small.gexf', bytes: encode(GEXF) }] }));
    expect(opened.info).toMatchObject({ name: 'small', format: 'gexf', nodeCount: 4, edgeCount: 3, kinds: { person: 1, organisation: 1, place: 1, other: 1 } });
    expect(opened.warnings).toEqual([expect.stringMatching(/^1 edge refers to nodes the file does not declare/)]);
    expect(progress.some((p) => p.task === 'open')).toBe(true);
    const hits = value<SearchHit[]>(await s.handle('search', { query: 'müller' }));
    expect(hits[0]?.id).toBe('a');
    expect(value<{ nodes: unknown[] }>(await s.handle('initialView', {})).nodes).toHaveLength(4);
    const facets = value<object>(await s.handle('filterFacets', { filter: { dateFrom: '2014', kinds: ['person'] } }));
    expect(facets).toBeTruthy();
    expect(value<{ values: object }>(await s.handle('measures', { measure: 'pagerank' })).values).toBeTruthy();
  });

  it('a bad file fails with bad_file and the open graph stays', async () => {
    const { s } = session();
    const before = value<{ nodeCount: number }>(await s.handle('datasetInfo', {}));
    const result = await s.handle('openGraph', { files: [{ name: 'broken.graphml', bytes: encode('<graphml><graph><node id="a"></graph>') }] });
    expect(result).toEqual({ ok: false, error: { code: 'bad_file', message: expect.stringMatching(/^io\/import\/graphml: broken\.graphml line 1: is not well-formed XML/) } });
    expect(value<{ nodeCount: number }>(await s.handle('datasetInfo', {})).nodeCount).toBe(before.nodeCount);
  });

  it('cancelOpen stops an open in progress', async () => {
    const { s } = session();
    await s.handle('datasetInfo', {});
    const big = `<gexf version="1.3"><graph><nodes>${Array.from({ length: 150_000 }, (_v, i) => `<node id="n${i}"/>`).join('')}</nodes></graph></gexf>`;
    const opening = s.handle('openGraph', { files: [{ name: 'big.gexf', bytes: encode(big) }] });
    // Cancel as soon as the import has started reading (the first progress event).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(value<{ cancelled: boolean }>(await s.handle('cancelOpen', {}))).toEqual({ cancelled: true });
    expect(await opening).toEqual({ ok: false, error: { code: 'cancelled', message: 'io/import: opening big.gexf was cancelled' } });
  });

  it('too_large crosses the contract with the budget it names, and openGraph takes a raised budget for that file', async () => {
    const { s } = session();
    const nested = encode(`<gexf version="1.3"><graph><nodes><node id="a">${'<nodes><node id="x">'.repeat(600)}${'</node></nodes>'.repeat(600)}</node></nodes></graph></gexf>`);
    const refused = await s.handle('openGraph', { files: [{ name: 'deep.gexf', bytes: nested }] });
    expect(refused).toEqual({ ok: false, error: { code: 'too_large', message: expect.stringContaining('(maxDepth)'), limit: { name: 'maxDepth', limit: 1000, found: 1001 } } });
    const opened = value<OpenedGraph>(await s.handle('openGraph', { files: [{ name: 'deep.gexf', bytes: nested }], limits: { maxDepth: 2_000 } }));
    expect(opened.info.nodeCount).toBe(2);
    // The contract refuses budgets past its ceilings.
    expect((await s.handle('openGraph', { files: [{ name: 'deep.gexf', bytes: nested }], limits: { maxDepth: 10_000_000 } })).ok).toBe(false);
  });

  it('exportData runs as a task with progress, and cancelExport stops it', async () => {
    const { s, progress } = session();
    const big = `<gexf version="1.3"><graph><nodes>${Array.from({ length: 60_000 }, (_v, i) => `<node id="n${i}" label="node ${i}"/>`).join('')}</nodes></graph></gexf>`;
    value<OpenedGraph>(await s.handle('openGraph', { files: [{ name: 'big.gexf', bytes: encode(big) }] }));
    const exported = value<{ bytes: Uint8Array }>(await s.handle('exportData', { format: 'graphml' }));
    expect(new TextDecoder().decode(exported.bytes).match(/<node /g)).toHaveLength(60_000);
    expect(progress.some((p) => p.task === 'export' && p.phase === 'write' && p.total === 60_000)).toBe(true);
    const exporting = s.handle('exportData', { format: 'gexf' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(value<{ cancelled: boolean }>(await s.handle('cancelExport', {}))).toEqual({ cancelled: true });
    expect(await exporting).toEqual({ ok: false, error: { code: 'cancelled', message: 'io/export: the gexf export was cancelled' } });
    expect(value<{ cancelled: boolean }>(await s.handle('cancelExport', {}))).toEqual({ cancelled: false });
    // 60,000 nodes opened and written twice: seconds on a loaded 2-core machine, not a speed check.
  }, 60_000);
});

// A curated dataset folder on a tiny inline case: what readDatasetParts reads from disk (and what
// it refuses to read), and what buildDataset makes of it: the saved layout's places, each
// source's text, the name. Expected values are read off the files written here.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset, type DatasetParts } from './dataset-loader.js';
import { readDatasetParts } from './dataset-node.js';

const text = 'The harbour board met on Monday. Ann Lee chaired it.';
const node = (key: string, label: string) => ({
  key,
  attributes: { label, kind: 'person', description: `${label}, named in the minutes.`, evidence: [{ source: 's1', quote: 'Ann Lee chaired it.' }] },
});
const graph = (name?: string) => ({
  attributes: name === undefined ? {} : { name },
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  nodes: [node('ann', 'Ann Lee'), node('bo', 'Bo Chen')],
  edges: [],
});
const sources = [
  { id: 's1', title: 'Minutes', publisher: 'Harbour board', date: '2020-05-01', file: 's1.txt' },
  { id: 's2', title: 'Notes', publisher: 'Harbour board', date: '2020-05-02', file: 's2.txt' },
];

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function folder(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'redthread-dataset-'));
  dirs.push(root);
  const dir = join(root, 'harbour-case');
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

describe('readDatasetParts', () => {
  it('reads graph.json, sources.json, each source text named by a plain file name, and layout.json', async () => {
    const layout = { positions: { ann: { x: 1, y: 2 } } };
    const dir = await folder({ 'graph.json': JSON.stringify(graph()), 'sources.json': JSON.stringify(sources), 's1.txt': text, 's2.txt': 'Second.', 'layout.json': JSON.stringify(layout) });
    const parts = await readDatasetParts(dir);
    expect(parts).toEqual({ id: 'harbour-case', graph: graph(), sources, texts: { 's1.txt': text, 's2.txt': 'Second.' }, layout });
  });

  it('never reads a source file outside the folder, nor a file that is not named by a string', async () => {
    const odd = [...sources.slice(0, 1), { id: 'x', file: '../secret.txt' }, { id: 'y', file: 'sub/inner.txt' }, { id: 'z', file: 7 }, { id: 'w' }];
    const dir = await folder({ 'graph.json': '{}', 'sources.json': JSON.stringify(odd), 's1.txt': text });
    await writeFile(join(dir, '..', 'secret.txt'), 'secret');
    const parts = await readDatasetParts(dir);
    expect(parts.texts).toEqual({ 's1.txt': text });
    expect('layout' in parts).toBe(false);
  });

  it('reads no texts when sources.json is not a list, and fails on a layout.json that is not JSON', async () => {
    const dir = await folder({ 'graph.json': '{}', 'sources.json': '{"file":"s1.txt"}', 's1.txt': text });
    expect((await readDatasetParts(dir)).texts).toEqual({});
    await writeFile(join(dir, 'layout.json'), '{ not json');
    await expect(readDatasetParts(dir)).rejects.toThrow(SyntaxError);
  });
});

describe('buildDataset', () => {
  const parts = (extra: Partial<DatasetParts> = {}): DatasetParts => ({ id: 'harbour-case', graph: graph('Harbour board'), sources, texts: { 's1.txt': text, 's2.txt': 'Second.' }, ...extra });

  it('names the dataset from the graph, else from its id, and joins each source to its text', () => {
    const dataset = buildDataset(parts());
    expect([dataset.id, dataset.name, dataset.format]).toEqual(['harbour-case', 'Harbour board', 'redthread']);
    expect(buildDataset(parts({ graph: graph() })).name).toBe('harbour-case');
    expect([...dataset.sources.values()].map((s) => [s.id, s.title, s.text])).toEqual([
      ['s1', 'Minutes', text],
      ['s2', 'Notes', 'Second.'],
    ]);
    expect(dataset.graph.order).toBe(2);
    expect(dataset.graph.getNodeAttribute('ann', 'label')).toBe('Ann Lee');
  });

  it('places the nodes the layout names, and leaves the shared graph document untouched', () => {
    const shared = graph();
    const dataset = buildDataset(parts({ graph: shared, layout: { positions: { ann: { x: 10, y: -4 } } } }));
    expect([dataset.graph.getNodeAttribute('ann', 'x'), dataset.graph.getNodeAttribute('ann', 'y')]).toEqual([10, -4]);
    expect(dataset.graph.getNodeAttribute('bo', 'x')).toBeUndefined();
    expect(shared).toEqual(graph());
    // A second load of the same document starts from no places.
    expect(buildDataset(parts({ graph: shared })).graph.getNodeAttribute('ann', 'x')).toBeUndefined();
  });
});

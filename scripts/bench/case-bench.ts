// Case benchmark (issue #13): save and open a `.redthread` case of 10k nodes citing 1,000
// sources, and the time of one edit at that size (add a claim, change a status, delete a hub,
// merge two nodes, undo, rename, change a status), each with the service's indexes brought up to date
// (service/index.ts update), and the first reads after an edit.
// Usage: npx tsx scripts/bench/case-bench.ts   (prints a table; run.ts imports benchCase)
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Editor } from '../../graph-data/src/case/editor.js';
import { saveCase } from '../../graph-data/src/case/save.js';
import { importGraph } from '../../graph-data/src/io/import/index.js';
import type { Dataset, LoadedSource } from '../../graph-data/src/service/dataset.js';
import { createGraphService, createLiveGraphService } from '../../graph-data/src/service/index.js';
import { buildFilterIndex } from '../../graph-data/src/service/filter-index.js';
import type { EditOutcome } from '../../graph-data/src/case/editor.js';
import { seededRandom } from '../../graph-data/src/util/seeded-random.js';
import { generatedDataset } from './service-bench.js';
import { median } from './stats.js';

const RUNS = 7;
const WORDS = ['the', 'minister', 'said', 'payments', 'were', 'routed', 'through', 'a', 'company', 'in', 'Cyprus', 'according', 'to', 'documents', 'seen', 'by', 'reporters', 'who', 'denied', 'any', 'wrongdoing', 'Прокопчук', 'Interpol', 'notice'];

/** 10k nodes, 30k edges, every evidence entry re-pointed at one of `count` ~3 KB sources. */
export function caseDataset(nodes: number, edges: number, count: number): Dataset {
  const dataset = generatedDataset(nodes, edges, 13);
  const random = seededRandom(7);
  const sources: LoadedSource[] = [];
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    for (let w = 0; w < 500; w++) words.push(WORDS[Math.floor(random() * WORDS.length)] as string);
    sources.push({ id: `src-${i}`, title: `Article ${i}`, publisher: 'Wire', date: '2018-11-21', file: '', text: `${words.join(' ')}.` });
  }
  dataset.sources = new Map(sources.map((s) => [s.id, s]));
  const cite = () => {
    const s = sources[Math.floor(random() * sources.length)] as LoadedSource;
    const offset = Math.floor(random() * (s.text.length - 80));
    return { source: s.id, quote: s.text.slice(offset, offset + 20 + Math.floor(random() * 60)), offset };
  };
  dataset.graph.forEachNode((node) => dataset.graph.setNodeAttribute(node, 'evidence', [cite()]));
  dataset.graph.forEachEdge((edge) => dataset.graph.setEdgeAttribute(edge, 'evidence', [cite()]));
  return dataset;
}

function timed<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

export async function benchCase(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const dataset = caseDataset(10_000, 30_000, 1_000);
  // Cold saves: fresh source objects, so every text is hashed again as on a first save.
  const saves: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i <= RUNS; i++) {
    dataset.sources = new Map([...dataset.sources].map(([id, s]) => [id, { ...s }]));
    const [ms, out] = timed(() => saveCase(dataset));
    bytes = out;
    if (i > 0) saves.push(ms);
  }
  results['case save 10k nodes, 1,000 sources (ms)'] = median(saves);
  results['case save again, texts already hashed (ms)'] = median(Array.from({ length: RUNS }, () => timed(() => saveCase(dataset))[0]));
  results['case file size (MB)'] = Math.round((bytes.length / 1024 ** 2) * 100) / 100;
  const opens: number[] = [];
  let opened: Dataset | undefined;
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const result = await importGraph({ files: [{ name: 'bench.redthread', bytes }], maxBytes: 1024 ** 3, signal: { cancelled: false }, onProgress: () => {} });
    if (i > 0) opens.push(performance.now() - start);
    opened = result.dataset;
  }
  results['case open 10k nodes, 1,000 sources, every quote re-checked (ms)'] = median(opens);
  if (!opened) throw new Error('case bench: nothing opened');

  const editor = new Editor(opened);
  // The worker's read service, its filter index in use (a filter panel open), as after opening.
  const live = createLiveGraphService(opened, { graphId: 'bench' });
  live.service.filterFacets({ filter: {} });
  const nodes = opened.graph.nodes();
  const source = opened.sources.get('src-1') as LoadedSource;
  // One edit as the service runs it: the command, then its indexes brought up to date.
  const edited = (run: () => EditOutcome) => timed(() => live.update(run().touched))[0];
  const claims: number[] = [];
  for (let i = 0; i < 21; i++) {
    const quote = source.text.slice(i * 10, i * 10 + 30);
    claims.push(edited(() => editor.edit({ type: 'addClaim', subject: nodes[i] as string, relation: 'paid', object: { new: 0 }, newNodes: [{ kind: 'person', label: `Bench ${i}` }], citation: { source: 'src-1', quote, offset: i * 10 } })));
  }
  results['edit at 10k: add a claim with a new actor (ms)'] = median(claims);
  results['edit at 10k: undo (ms)'] = median(Array.from({ length: 21 }, () => edited(() => editor.undo())));
  results['edit at 10k: redo (ms)'] = median(Array.from({ length: 21 }, () => edited(() => editor.redo())));
  const hubs = [...nodes].sort((a, b) => opened.graph.degree(b) - opened.graph.degree(a)).slice(0, 7);
  results['edit at 10k: delete the largest hubs (ms)'] = median(hubs.map((hub) => edited(() => editor.edit({ type: 'deleteNode', id: hub }))));
  results['edit at 10k: merge two nodes (ms)'] = median(Array.from({ length: 7 }, (_v, i) => edited(() => editor.edit({ type: 'mergeNodes', keep: nodes[100 + i] as string, absorb: nodes[200 + i] as string }))));
  live.service.filterFacets({ filter: {} });
  results['edit at 10k: rename, filter index patched (ms)'] = median(Array.from({ length: 21 }, (_v, i) => edited(() => editor.edit({ type: 'editNode', id: nodes[300 + i] as string, label: `Renamed ${i}`, kind: i % 2 ? 'organisation' : 'person' }))));
  const allegations = opened.graph.filterEdges((_e, a) => a.allegation !== undefined).slice(0, 21);
  results['edit at 10k: change an allegation status (ms)'] = median(allegations.map((id, i) => edited(() => editor.edit({ type: 'setStatus', id, status: i % 2 ? 'confirmed' : 'denied' }))));
  // Off the UI thread (worker), paid by the next read.
  results['first search after an edit at 10k (ms)'] = median(Array.from({ length: RUNS }, (_v, i) => timed(() => { live.update(editor.edit({ type: 'editNode', id: nodes[400 + i] as string, label: `Again ${i}` }).touched); return live.service.search({ query: 'again', limit: 10 }); })[0]));
  results['delete a claim at 10k, filter index restructured (ms)'] = median(Array.from({ length: RUNS }, (_v, i) => edited(() => editor.edit({ type: 'deleteEdge', id: opened.graph.edges()[i * 7] as string }))));
  results['first filter counts after an edit at 10k (ms)'] = median(Array.from({ length: RUNS }, (_v, i) => { live.update(editor.edit({ type: 'deleteEdge', id: opened.graph.edges()[i * 11] as string }).touched); return timed(() => live.service.filterFacets({ filter: {} }))[0]; }));
  results['filter index rebuilt whole at 10k, when an edit cannot be absorbed (ms)'] = median(Array.from({ length: RUNS }, () => timed(() => buildFilterIndex(opened.graph))[0]));
  results['full service rebuild at 10k, as every edit paid before (ms)'] = median(Array.from({ length: RUNS }, () => timed(() => { const s = createGraphService(opened, { graphId: 'bench' }); s.filterFacets({ filter: {} }); return s.search({ query: 'renamed', limit: 10 }); })[0]));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchCase();
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(70)} ${value.toFixed(3)}`);
}

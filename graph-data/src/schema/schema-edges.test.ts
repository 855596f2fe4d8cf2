// The edges of the dataset schema, as a dataset author meets them in `npm run validate-data`:
// which dates pass, what each problem says and which file it names, and the labels the
// app shows for each closed vocabulary. Tiny inline datasets.
import { describe, expect, it } from 'vitest';
import { validateDataset, type DatasetProblem } from './validate-dataset.js';
import {
  ALLEGATION_TYPE_LABELS,
  ALLEGATION_TYPES,
  DATE_PATTERN,
  NODE_KIND_LABELS,
  NODE_KINDS,
  RELATION_LABELS,
  RELATIONS,
} from './vocabulary.js';

const TEXT = 'Ana leads the Bureau. A sentence that is long enough to need a preview when quoted wrongly in a dataset.';
const SOURCE = { id: 'src', title: 'Story', publisher: 'Paper', date: '2018-11-21', file: 'source.txt' };

function graph(options: object = { type: 'directed', multi: true, allowSelfLoops: false }) {
  const evidence = [{ source: 'src', quote: 'Ana leads the Bureau.' }];
  return {
    options,
    nodes: [
      { key: 'ana', attributes: { label: 'Ana', kind: 'person', description: 'x', evidence } },
      { key: 'bureau', attributes: { label: 'Bureau', kind: 'agency', description: 'x', evidence } },
    ],
    edges: [{ key: 'e1', source: 'ana', target: 'bureau', attributes: { relation: 'leads', evidence } } as Record<string, unknown>],
  };
}
const run = (g: unknown, sources: unknown = [SOURCE], extra: object = {}): DatasetProblem[] =>
  validateDataset({ graph: g, sources, texts: { 'source.txt': TEXT }, ...extra });
const messages = (problems: DatasetProblem[]) => problems.map((p) => `${p.file} ${p.id} ${p.path}: ${p.message}`);

describe('dates a dataset may carry', () => {
  it.each(['2018', '2018-10', '2018-10-21', '1930/1939', '2018-01/2018-03-15', '2018-01-02/2019-12'])('accepts %s', (date) => {
    expect(DATE_PATTERN.test(date)).toBe(true);
  });
  it.each(['18', '2018-1', '2018-10-2', '2018/19', '2018/2019-1', '2018/2019-01-2', '2018/2019-aa', '2018/2019-01-aa', '2018x', '2018/2019x', 'x2018', '2018-10-21/'])('refuses %s', (date) => {
    expect(DATE_PATTERN.test(date)).toBe(false);
  });
  it('says what a date should look like', () => {
    const g = graph();
    (g.edges[0] as { attributes: Record<string, unknown> }).attributes.date = 'May 2018';
    expect(messages(run(g))).toEqual(['graph.json edge "e1" attributes.date: expected an ISO date such as 2018, 2018-11 or 2018-11-21']);
  });
});

describe('validateDataset problems', () => {
  it('names graph.json and sources.json by default', () => {
    const g = graph();
    g.edges[0] = { ...g.edges[0], target: 'ghost' };
    expect(run(g, [SOURCE, SOURCE]).map((p) => p.file)).toEqual(['sources.json', 'graph.json']);
  });

  it('reports a duplicate source id', () => {
    expect(messages(run(graph(), [SOURCE, { ...SOURCE, title: 'Other' }]))).toEqual(['sources.json source "src" id: duplicate source id']);
  });

  it('accepts several sources, and refuses none', () => {
    expect(run(graph(), [SOURCE, { ...SOURCE, id: 'src2' }])).toEqual([]);
    expect(run(graph(), []).map((p) => p.id)).toContain('sources');
  });

  it.each(['../x.txt', 'a/b.txt', 'a\\b.txt', '..', '.'])('refuses the source file %s as leaving the folder', (file) => {
    expect(messages(run(graph(), [{ ...SOURCE, file }]))).toContain(`sources.json source "src" file: "${file}" must be a file name inside the dataset folder`);
  });

  it('reports a source whose text is missing, naming the file', () => {
    expect(messages(run(graph(), [{ ...SOURCE, file: 'gone.txt' }]))).toEqual(['sources.json source "src" file: no text available for "gone.txt"']);
  });

  it('refuses blank titles', () => {
    expect(run(graph(), [{ ...SOURCE, title: '   ' }]).map((p) => p.path)).toEqual(['0.title']);
  });

  it('reports a self-loop only where the graph forbids them', () => {
    const loop = (options: object) => {
      const g = graph(options);
      g.edges[0] = { ...g.edges[0], target: 'ana' };
      return messages(run(g));
    };
    expect(loop({ type: 'directed', allowSelfLoops: false })).toEqual(['graph.json edge "e1" target: self-loop in a graph that does not allow them']);
    expect(loop({ type: 'directed', allowSelfLoops: true })).toEqual([]);
    expect(loop({ type: 'directed' })).toEqual([]);
  });

  it('checks a graph written without options', () => {
    const bare: Partial<ReturnType<typeof graph>> = graph();
    delete bare.options;
    expect(run(bare)).toEqual([]);
  });

  it('reports an undirected edge only in a directed graph', () => {
    const mixed = (type: string) => {
      const g = graph({ type });
      g.edges[0] = { ...g.edges[0], undirected: true };
      return messages(run(g));
    };
    expect(mixed('directed')).toEqual(['graph.json edge "e1" undirected: undirected edge in a directed graph']);
    expect(mixed('mixed')).toEqual([]);
    expect(mixed('undirected')).toEqual([]);
    expect(messages(run(graph({ type: 'sideways' })))[0]).toMatch(/^graph.json graph options.type: /);
  });

  it('reports a node without evidence in words', () => {
    const g = graph();
    g.nodes[0] = { key: 'ana', attributes: { label: 'Ana', kind: 'person', description: 'x', evidence: [] } };
    expect(messages(run(g))).toContain('graph.json node "ana" attributes.evidence: every node needs at least one evidence entry');
  });

  it('shows a wrong quote whole up to 60 characters, and cut with … past that', () => {
    const withQuote = (quote: string) => {
      const g = graph();
      (g.edges[0] as { attributes: Record<string, unknown> }).attributes.evidence = [{ source: 'src', quote }];
      return messages(run(g)).join('\n');
    };
    const sixty = 'x'.repeat(60);
    expect(withQuote(sixty)).toContain(`"${sixty}"`);
    expect(withQuote(`${sixty}y`)).toContain(`"${sixty}…"`);
  });

  it('checks a layout under layout.json by default: finite numbers, known nodes', () => {
    expect(messages(run(graph(), [SOURCE], { layout: { positions: { ana: { x: Infinity, y: 0 } } } }))).toEqual([
      expect.stringMatching(/^layout.json layout positions.ana.x: /),
    ]);
    expect(messages(run(graph(), [SOURCE], { layout: { positions: { ghost: { x: 1, y: 2 } } } }))).toEqual(['layout.json node "ghost" positions: no such node in graph.json']);
  });
});

describe('labels shown for the closed vocabularies', () => {
  it('reads each relation as its words', () => {
    for (const relation of RELATIONS) expect(RELATION_LABELS[relation]).toBe(relation.replaceAll('_', ' '));
  });
  it('names each node kind, capitalised', () => {
    for (const kind of NODE_KINDS) expect(NODE_KIND_LABELS[kind].toLowerCase()).toMatch(new RegExp(`^${kind === 'media' ? 'media outlet' : kind}$`));
  });
  it('names each allegation type distinctly', () => {
    const labels = ALLEGATION_TYPES.map((t) => ALLEGATION_TYPE_LABELS[t]);
    expect(labels.every((l) => l.length > 3)).toBe(true);
    expect(new Set(labels).size).toBe(ALLEGATION_TYPES.length);
  });
});

// Unit tests of validateDataset on tiny inline datasets: one valid baseline, then one
// mutation per failure class, each of which must be reported against the right element.
import { describe, it, expect } from 'vitest';
import { validateDataset } from './validate-dataset.js';
import type { DatasetProblem } from './validate-dataset.js';

const TEXT = 'The senators accused Mr X of abuse. Ms Y said it was ‘interference’.';
const ev = (quote: string) => [{ source: 'src', quote }];

// Named handles on each element let a test mutate one thing without indexing into arrays.
function fixture() {
  const mrX = {
    key: 'mr-x',
    attributes: {
      label: 'Mr X',
      kind: 'person',
      description: 'Accused man.',
      roles: [{ title: 'Chief', organisation: 'agency', current: true }],
      evidence: ev('accused Mr X'),
    },
  };
  const senators = {
    key: 'senators',
    attributes: { label: 'Senators', kind: 'group', description: 'Accusers.', evidence: ev('The senators') } as Record<string, unknown>,
  };
  const agency = { key: 'agency', attributes: { label: 'Agency', kind: 'agency', description: 'An agency.', evidence: ev('Mr X') } };
  const accuses = {
    key: 'e-senators-accuses-mr-x',
    source: 'senators',
    target: 'mr-x',
    attributes: {
      relation: 'accuses',
      allegation: { type: 'red_notice_abuse', status: 'alleged', claimant: 'senators' },
      date: '2018-11',
      evidence: ev('The senators accused Mr X of abuse.'),
    },
  };
  const graph = {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: 'tiny' },
    nodes: [mrX, senators, agency] as object[],
    edges: [accuses] as object[],
  };
  return { graph, mrX, senators, agency, accuses };
}

const SOURCES = [{ id: 'src', title: 'Story', publisher: 'Paper', date: '2018-11-21', file: 'source.txt' }];

function run(graph: unknown, sources: unknown = SOURCES): DatasetProblem[] {
  return validateDataset({ graph, sources, texts: { 'source.txt': TEXT } });
}

function expectProblem(problems: DatasetProblem[], id: string, path: string, message?: RegExp): void {
  const match = problems.find((p) => p.id === id && p.path === path);
  expect(match, JSON.stringify(problems)).toBeDefined();
  if (message) expect(match?.message).toMatch(message);
}

describe('validateDataset', () => {
  it('accepts a valid dataset with zero problems', () => {
    expect(run(fixture().graph)).toEqual([]);
  });

  it('reports a node kind outside the vocabulary', () => {
    const { graph, mrX } = fixture();
    mrX.attributes.kind = 'spy';
    expectProblem(run(graph), 'node "mr-x"', 'attributes.kind');
  });

  it('reports an unknown relation', () => {
    const { graph, accuses } = fixture();
    accuses.attributes.relation = 'hates';
    expectProblem(run(graph), 'edge "e-senators-accuses-mr-x"', 'attributes.relation');
  });

  it('reports missing and empty evidence', () => {
    const { graph, senators, accuses } = fixture();
    delete senators.attributes.evidence;
    accuses.attributes.evidence = [];
    const problems = run(graph);
    expectProblem(problems, 'node "senators"', 'attributes.evidence');
    expectProblem(problems, 'edge "e-senators-accuses-mr-x"', 'attributes.evidence', /at least one evidence/);
  });

  it('reports a quote that is not verbatim, showing its first 60 characters', () => {
    const { graph, accuses } = fixture();
    // Straight apostrophes instead of the source's curly quotes must not pass.
    const quote = "Ms Y said it was 'interference' and a great deal more that the article never said at all.";
    accuses.attributes.evidence = ev(quote);
    const problems = run(graph);
    expectProblem(problems, 'edge "e-senators-accuses-mr-x"', 'attributes.evidence.0.quote');
    expect(problems[0]?.message).toContain(`"${quote.slice(0, 60)}…"`);
    expect(problems[0]?.message).not.toContain(quote.slice(0, 61));
  });

  it('reports dangling edge endpoints', () => {
    const { graph, accuses } = fixture();
    accuses.target = 'nobody';
    expectProblem(run(graph), 'edge "e-senators-accuses-mr-x"', 'target', /unknown node "nobody"/);
  });

  it('reports a dangling allegation claimant and role organisation', () => {
    const { graph, mrX, accuses } = fixture();
    accuses.attributes.allegation.claimant = 'someone';
    mrX.attributes.roles = [{ title: 'Chief', organisation: 'ghost-agency', current: true }];
    const problems = run(graph);
    expectProblem(problems, 'edge "e-senators-accuses-mr-x"', 'attributes.allegation.claimant', /"someone"/);
    expectProblem(problems, 'node "mr-x"', 'attributes.roles.0.organisation', /"ghost-agency"/);
  });

  it('reports duplicate node and edge keys', () => {
    const { graph, agency, accuses } = fixture();
    graph.nodes.push(structuredClone(agency));
    graph.edges.push(structuredClone(accuses));
    const problems = run(graph);
    expectProblem(problems, 'node "agency"', 'key', /duplicate/);
    expectProblem(problems, 'edge "e-senators-accuses-mr-x"', 'key', /duplicate/);
  });

  it('reports evidence citing a source that is not in sources.json', () => {
    const { graph, agency } = fixture();
    agency.attributes.evidence = [{ source: 'elsewhere', quote: 'Mr X' }];
    expectProblem(run(graph), 'node "agency"', 'attributes.evidence.0.source', /unknown source "elsewhere"/);
  });

  it('reports a source without text and malformed files', () => {
    expectProblem(validateDataset({ graph: fixture().graph, sources: SOURCES, texts: {} }), 'source "src"', 'file');
    expectProblem(run(fixture().graph, [{ id: 'src' }]), 'sources', '0.title');
    expectProblem(run(fixture().graph, [{ ...SOURCES[0], file: '../secret.txt' }]), 'source "src"', 'file', /file name/);
    expectProblem(run({ nodes: 'none' }), 'graph', 'nodes');
  });

  it('uses the file names it is given', () => {
    const { graph, accuses } = fixture();
    accuses.source = 'ghost';
    const problems = validateDataset({
      graph,
      sources: SOURCES,
      texts: { 'source.txt': TEXT },
      files: { graph: 'datasets/x/graph.json', sources: 'datasets/x/sources.json' },
    });
    expect(problems.map((p) => p.file)).toEqual(['datasets/x/graph.json']);
  });

  it('checks a saved layout: known nodes, finite numbers, nothing else', () => {
    const { graph } = fixture();
    const check = (layout: unknown) => validateDataset({ graph, sources: SOURCES, texts: { 'source.txt': TEXT }, layout });
    expect(check({ about: 'fCoSE, seed 1', positions: { 'mr-x': { x: 1, y: -2 }, agency: { x: 0, y: 0 } } })).toEqual([]);
    expectProblem(check({ positions: { ghost: { x: 1, y: 2 } } }), 'node "ghost"', 'positions', /no such node/);
    expectProblem(check({ positions: { 'mr-x': { x: 'left', y: 2 } } }), 'layout', 'positions.mr-x.x');
    expectProblem(check({ positions: {}, zoom: 2 }), 'layout', '');
    expect(check({ positions: { 'mr-x': { x: 1, y: 2 } } }).every((p) => p.file === 'layout.json')).toBe(true);
  });
});

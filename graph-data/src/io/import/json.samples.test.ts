// The JSON and FollowTheMoney samples in ../shared/data open with the counts and attributes a
// user would see. Origins and licences: shared/data/README.md.
import { describe, expect, it } from 'vitest';
import { HAVE_SAMPLES, openSample } from './test-support.js';

describe.skipIf(!HAVE_SAMPLES)('JSON and FtM samples', () => {
  const counts: [string, string, number, number][] = [
    ['json/graphology/eurosis.json', 'graphology-json', 1285, 7524],
    ['json/cytoscape/compound-elements-array.json', 'cytoscape-json', 28, 35],
    ['json/cytoscape/tokyo-railways.cyjs.json', 'cytoscape-json', 943, 860],
    ['json/other/sigma-demo-dataset.json', 'graphology-json', 2085, 5409],
    // 17 things + 3 link entities (Ownership, UnknownLink, Representation) drawn as edges.
    ['ftm/react-ftm-sample.ftm', 'ftm', 17, 3],
    // 184 things; 290 Payment entities become edges, plus 103 addressEntity links to Address nodes.
    ['ftm/nomenklatura-donations.ijson', 'ftm', 184, 393],
    // JSON lines despite the .json name; its addressEntity references point outside the file.
    ['ftm/yente-t1-eu_fsf.entities.ftm.json', 'ftm', 7, 0],
  ];
  it.each(counts)('%s opens as %s with %i nodes and %i edges', async (file, format, nodes, edges) => {
    const { dataset } = await openSample(file);
    expect(dataset.format).toBe(format);
    expect([dataset.graph.order, dataset.graph.size]).toEqual([nodes, edges]);
  });

  it('graphology JSON keeps positions, colours and attributes (eurosis)', async () => {
    const { graph } = (await openSample('json/graphology/eurosis.json')).dataset;
    expect(graph.getNodeAttributes('2')).toMatchObject({ label: 'FP7 in Bulgaria', color: 'rgb(224,53,210)', size: 9.783133, x: -300.3195, extra: { country: 'International', tags: ['governance', 'international'] } });
  });

  it('Cytoscape JSON keeps compound parents, positions and CJK data', async () => {
    const compound = (await openSample('json/cytoscape/compound-elements-array.json')).dataset.graph;
    expect(compound.getNodeAttributes('n0:n0')).toMatchObject({ x: 209.0674320882374, extra: { parent: 'n0' } });
    const tokyo = (await openSample('json/cytoscape/tokyo-railways.cyjs.json')).dataset;
    expect(tokyo.name).toBe('tokyo_only');
    expect(tokyo.graph.getNodeAttributes('8220')).toMatchObject({ label: '9934001', x: 1398668.75, extra: { station_name: '京成高砂', pref_name: '東京都' } });
    expect(tokyo.graph.getEdgeAttribute('18417', 'extra')).toMatchObject({ line_name: '北総鉄道北総線' });
  });

  it('sigma demo: [source, target] edges, cluster colours and tag kinds', async () => {
    const { graph } = (await openSample('json/other/sigma-demo-dataset.json')).dataset;
    expect(graph.getNodeAttributes('cytoscape')).toMatchObject({ label: 'Cytoscape', color: '#6c3e81', extra: { tag: 'Tool', cluster: '0' } });
    const kinds = graph.reduceNodes((acc, _n, a) => ({ ...acc, [a.kind]: (acc[a.kind] ?? 0) + 1 }), {} as Record<string, number>);
    // tag "Person" ×18 → person; "Organization" ×3 and "Company" ×1 → organisation; the rest other.
    expect(kinds).toEqual({ person: 18, organisation: 4, other: 2063 });
  });

  it('FtM diagram: schemata to kinds, links to edges, layout positions', async () => {
    const { graph } = (await openSample('ftm/react-ftm-sample.ftm')).dataset;
    const bank = 'f1c6ebf0793c48c1b5c1e9ce322f6369.3e953e4293e5696e090babee612bece7f4326afa';
    expect(graph.getNodeAttributes(bank)).toMatchObject({ label: 'Import Export Bank of China', kind: 'organisation', x: -10, y: 0, color: '#A82A2A' });
    const government = graph.findNode((_n, a) => a.label === 'Chinese Government');
    expect(government && graph.getNodeAttribute(government, 'kind')).toBe('agency');
    const relations = graph.mapEdges((_e, a) => `${a.extra?.schema}:${a.relation}`).sort();
    expect(relations).toEqual(['Ownership:owns', 'Representation:represents', 'UnknownLink:linked_to']);
  });

  it('FtM JSON lines: payments as dated edges, addresses as places, accented labels', async () => {
    const { graph } = (await openSample('ftm/nomenklatura-donations.ijson')).dataset;
    expect(graph.getEdgeAttributes('2216b422a31242fe204654ce194864661f515921')).toMatchObject({ relation: 'paid', date: '2011-12-29', extra: { schema: 'Payment', amountEur: '100000' } });
    expect(graph.filterNodes((_n, a) => a.kind === 'place')).toHaveLength(89);
    expect(graph.findNode((_n, a) => a.label === 'Auf der Altstätte 1C, 44369 Dortmund')).toBeDefined();
    expect(graph.filterEdges((_e, a) => a.relation === 'located_in')).toHaveLength(103);
  });

  it('FtM sanctions: multi-script names kept, dangling references reported', async () => {
    const { dataset, warnings } = await openSample('ftm/yente-t1-eu_fsf.entities.ftm.json');
    const person = dataset.graph.getNodeAttributes('NK-2Ka3UvopqbpZmVDFjWd4LA');
    expect(person).toMatchObject({ label: 'Vitaly Yurievich KUZMENKO', kind: 'person', description: 'The plant is part of the High Precision Systems holding company of Rostec' });
    expect(person.extra?.name).toContain('Виталий Юрьевич КУЗЬМЕНКО');
    expect(warnings).toEqual([expect.stringMatching(/^2 references point to entities that are not in the file/)]);
  });
});

// The attribute catalogue and attribute values, read from real importer output: what the
// Appearance, Filters and table panels will offer must be what the file holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAVE_SAMPLES, SAMPLES, open, openSample, text } from '../io/import/test-support.js';
import { createGraphService } from './index.js';
import { fixtureDataset } from './test-fixture.js';

const LIST_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="types" type="liststring"/>
      <attribute id="1" title="score" type="float"/>
      <attribute id="2" title="frog" type="boolean"><default>true</default></attribute>
      <attribute id="3" title="site" type="string"/>
      <attribute id="4" title="founded" type="string"/>
    </attributes>
    <attributes class="edge"><attribute id="w" title="strength" type="integer"/></attributes>
    <nodes>
      <node id="a" label="Alpha"><attvalues><attvalue for="0" value="cooking|money"/><attvalue for="1" value="1.5"/><attvalue for="3" value="https://a.example/x"/><attvalue for="4" value="2001-05-02"/></attvalues></node>
      <node id="b" label="Beta"><attvalues><attvalue for="0" value="money"/><attvalue for="1" value="-2"/><attvalue for="2" value="false"/><attvalue for="3" value="http://b.example"/><attvalue for="4" value="1999-12"/></attvalues></node>
      <node id="c" label="Gamma"><attvalues><attvalue for="1" value="10"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" weight="2.5"><attvalues><attvalue for="w" value="3"/></attvalues></edge>
      <edge id="e2" source="b" target="c"/>
    </edges>
  </graph>
</gexf>`;

async function listService() {
  const { dataset } = await open([text('list.gexf', LIST_GEXF)]);
  return createGraphService(dataset);
}

describe('attribute catalogue', () => {
  it('types each file attribute from its values and counts them, declared defaults included', async () => {
    const service = await listService();
    const { node, edge, graph } = service.attributes({});
    expect(graph).toBe(service.datasetInfo({}).graph);
    const byKey = Object.fromEntries(node.filter((a) => !a.builtin).map((a) => [a.key, a]));
    expect(Object.keys(byKey).sort()).toEqual(['founded', 'frog', 'score', 'site', 'types']);
    expect(byKey.score).toMatchObject({ type: 'number', count: 3, distinct: 3, min: -2, max: 10 });
    // "frog" defaults to true: a and c take the default, b says false.
    expect(byKey.frog).toMatchObject({ type: 'boolean', count: 3, values: [{ value: 'true', count: 2 }, { value: 'false', count: 1 }] });
    expect(byKey.types).toMatchObject({ type: 'list', count: 2, values: [{ value: 'money', count: 2 }, { value: 'cooking', count: 1 }] });
    expect(byKey.site).toMatchObject({ type: 'url', count: 2 });
    expect(byKey.founded).toMatchObject({ type: 'date', count: 2, min: '1999-12', max: '2001-05-02' });
    const edgeKeys = Object.fromEntries(edge.map((a) => [a.key, a]));
    expect(edgeKeys.strength).toMatchObject({ builtin: false, type: 'number', count: 1, min: 3, max: 3 });
    expect(edgeKeys.weight).toMatchObject({ builtin: true, type: 'number', min: 2.5, max: 2.5 });
  });

  it('lists the built-in fields a graph always has, typed, and leaves out those no element has', () => {
    const { node, edge } = createGraphService(fixtureDataset()).attributes({});
    expect(node.map((a) => a.key)).toEqual(['label', 'kind', 'degree']);
    expect(node.find((a) => a.key === 'degree')).toMatchObject({ type: 'number', min: 0, max: 2, count: 5 });
    expect(node.find((a) => a.key === 'kind')?.values).toEqual([{ value: 'person', count: 4 }, { value: 'agency', count: 1 }]);
    expect(edge.map((a) => a.key)).toEqual(['relation', 'allegation']);
    expect(edge.find((a) => a.key === 'allegation')).toMatchObject({ count: 1, values: [{ value: 'bribery_corruption', count: 1 }] });
  });
});

describe('attribute values', () => {
  it('answers one value per id in order, defaults applied, null for absent values and unknown ids', async () => {
    const service = await listService();
    expect(service.attributeValues({ element: 'node', key: 'frog', ids: ['a', 'b', 'zz', 'c'] }).values).toEqual([true, false, null, true]);
    expect(service.attributeValues({ element: 'node', key: 'types', ids: ['a', 'c'] }).values).toEqual([['cooking', 'money'], null]);
    expect(service.attributeValues({ element: 'node', key: 'degree', builtin: true, ids: ['b', 'c'] }).values).toEqual([2, 1]);
    expect(service.attributeValues({ element: 'edge', key: 'strength', ids: ['e1', 'e2'] }).values).toEqual([3, null]);
  });
});

describe.skipIf(!HAVE_SAMPLES)('attribute catalogue on a real file', () => {
  it("Les_Miserables.gexf (Gephi Lite): modularity_class classes and counts are the file's own", async () => {
    const { dataset } = await openSample('gexf/gephi-lite/Les_Miserables.gexf');
    const service = createGraphService(dataset);
    const info = service.attributes({}).node.find((a) => a.key === 'modularity_class' || a.key === 'Modularity Class');
    // Oracle: the file itself, read with a regular expression.
    const xml = readFileSync(path.join(SAMPLES, 'gexf/gephi-lite/Les_Miserables.gexf'), 'utf8');
    const idFor = /<attribute id="([^"]+)" title="(?:modularity_class|Modularity Class)"/.exec(xml)?.[1];
    expect(idFor).toBeDefined();
    const counts = new Map<string, number>();
    for (const [, value = ''] of xml.matchAll(new RegExp(`<attvalue for="${idFor}" value="([^"]+)"`, 'g'))) counts.set(value, (counts.get(value) ?? 0) + 1);
    expect(info?.type).toBe('number');
    expect(info?.count).toBe([...counts.values()].reduce((a, b) => a + b, 0));
    expect(info?.distinct).toBe(counts.size);
    const classes = [...counts.keys()].map(Number);
    expect(info?.min).toBe(Math.min(...classes));
    expect(info?.max).toBe(Math.max(...classes));
  });
});

// Maltego graphs: the GraphML inside an .mtgx (entities and links nested in <data> as
// mtg:MaltegoEntity / mtg:MaltegoLink, written here in the shape Maltego writes) and a CSV whose
// type column holds Maltego's type names. No Maltego file is among the shared samples, so the
// files are written here; the kinds expected per Maltego type are Maltego's meaning of each type,
// and the counts are read off the file text.
import { describe, expect, it } from 'vitest';
import { open, text } from './test-support.js';

// What each Maltego type is, in Redthread's kinds (unknown ones: other, type kept).
const MEANING: Record<string, string> = {
  'maltego.Person': 'person',
  'maltego.Organization': 'organisation',
  'maltego.Company': 'organisation',
  'maltego.EmailAddress': 'other',
  'maltego.Domain': 'other',
  'maltego.Location': 'place',
  'maltego.PhoneNumber': 'other',
  'maltego.Website': 'other',
  'maltego.affiliation.Twitter': 'other',
  'maltego.Document': 'document',
};

const entity = (id: string, type: string, properties: [string, string][]) =>
  `<node id="${id}"><data key="d0"><mtg:MaltegoEntity type="${type}"><mtg:Properties>${properties
    .map(([name, value]) => `<mtg:Property displayName="${name}" hidden="false" name="${name}" nullable="true" readonly="false" type="string"><mtg:Value>${value}</mtg:Value></mtg:Property>`)
    .join('')}</mtg:Properties><mtg:DisplayInformation><mtg:DisplayElement name="Notes"><![CDATA[<b>html</b>]]></mtg:DisplayElement></mtg:DisplayInformation></mtg:MaltegoEntity></data>` +
  `<data key="d1"><mtg:EntityRenderer><mtg:Position x="10.0" y="20.0"/></mtg:EntityRenderer></data></node>`;

const MTGX_GRAPH = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:mtg="http://maltego.paterva.com/xml/mtgx">
<key attr.name="MaltegoEntity" for="node" id="d0"/><key for="node" id="d1" yfiles.type="nodegraphics"/><key attr.name="MaltegoLink" for="edge" id="d2"/>
<graph edgedefault="directed" id="G">
${entity('n0', 'maltego.Person', [['person.fullname', 'Ana Shaw'], ['person.firstnames', 'Ana']])}
${entity('n1', 'maltego.Person', [['person.fullname', 'Bo Lee']])}
${entity('n2', 'maltego.Organization', [['title', 'Acme Legal']])}
${entity('n3', 'maltego.Company', [['title', 'Acme Holdings']])}
${entity('n4', 'maltego.EmailAddress', [['email', 'ana@acme.example']])}
${entity('n5', 'maltego.Domain', [['fqdn', 'acme.example']])}
${entity('n6', 'maltego.Location', [['location.name', 'Valletta, Malta']])}
${entity('n7', 'maltego.PhoneNumber', [['phonenumber', '+356 1234']])}
${entity('n8', 'maltego.Website', [['fqdn', 'www.acme.example']])}
${entity('n9', 'maltego.affiliation.Twitter', [['affiliation.network', 'Twitter'], ['alias', 'anashaw']])}
${entity('n10', 'maltego.Document', [['url', 'https://acme.example/report.pdf']])}
<edge id="e0" source="n0" target="n2"><data key="d2"><mtg:MaltegoLink type="maltego.link.manual-link"><mtg:Properties><mtg:Property displayName="Label" name="maltego.link.manual.type" type="string"><mtg:Value>Director of</mtg:Value></mtg:Property></mtg:Properties></mtg:MaltegoLink></data></edge>
<edge id="e1" source="n0" target="n4"><data key="d2"><mtg:MaltegoLink type="maltego.link.transform-link"><mtg:Properties/></mtg:MaltegoLink></data></edge>
</graph></graphml>`;

function countsBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('Maltego GraphML', () => {
  it('gives each entity the kind its Maltego type means, keeps the type, and counts per kind match the type strings of the file', async () => {
    const { graph } = (await open([text('case.graphml', MTGX_GRAPH)])).dataset;
    const types = [...MTGX_GRAPH.matchAll(/MaltegoEntity type="([^"]+)"/g)].map((m) => m[1] as string);
    expect(countsBy(graph.mapNodes((_n, a) => a.kind), String)).toEqual(countsBy(types, (type) => MEANING[type] as string));
    expect(graph.mapNodes((_n, a) => a.extra?.type)).toEqual(types);
  });

  it('labels an entity with its first property value, keeps its properties, and labels a manual link with its label', async () => {
    const { graph } = (await open([text('case.graphml', MTGX_GRAPH)])).dataset;
    expect(graph.getNodeAttributes('n0')).toMatchObject({ label: 'Ana Shaw', extra: { 'person.fullname': 'Ana Shaw', 'person.firstnames': 'Ana' } });
    expect(graph.getNodeAttribute('n9', 'label')).toBe('Twitter');
    expect(graph.getEdgeAttributes('e0')).toMatchObject({ label: 'Director of', relation: 'director_of', extra: { type: 'maltego.link.manual-link' } });
    expect(graph.getEdgeAttribute('e1', 'label')).toBeUndefined();
  });
});

describe('Maltego type names in a CSV', () => {
  it('maps a type column of Maltego names onto kinds, keeping the original type', async () => {
    const rows = Object.keys(MEANING).map((type, i) => `n${i},Entity ${i},${type}`);
    const { graph } = (await open([text('maltego-export.csv', `id,label,type\n${rows.join('\n')}\n`)])).dataset;
    expect(graph.mapNodes((_n, a) => [a.extra?.type, a.kind])).toEqual(Object.entries(MEANING));
  });
});

// Maltego payloads one entity or link at a time (graphml-maltego.ts): which property value labels
// an entity, what an empty, repeated or split value does, a link's label and its other
// properties, and the element's own GraphML attributes winning over Maltego's. The files follow
// the shape Maltego writes (see maltego.test.ts); expected values are read off each file.
import { describe, expect, it } from 'vitest';
import { open, text } from './test-support.js';

const property = (name: string, value: string) => `<mtg:Property name="${name}" type="string"><mtg:Value>${value}</mtg:Value></mtg:Property>`;
const entity = (type: string, ...properties: string[]) => `<mtg:MaltegoEntity type="${type}"><mtg:Properties>${properties.join('')}</mtg:Properties></mtg:MaltegoEntity>`;
const link = (...properties: string[]) => `<mtg:MaltegoLink type="maltego.link.manual-link"><mtg:Properties>${properties.join('')}</mtg:Properties></mtg:MaltegoLink>`;

async function graphOf(nodes: string[], edge = '') {
  const file = `<graphml xmlns:mtg="http://maltego.paterva.com/xml/mtgx"><key attr.name="MaltegoEntity" for="node" id="d0"/><key attr.name="type" attr.type="string" for="node" id="d3"/><key attr.name="MaltegoLink" for="edge" id="d2"/>
<graph edgedefault="directed">${nodes.map((n, i) => `<node id="n${i}">${n}</node>`).join('')}<edge id="e0" source="n0" target="n1"><data key="d2">${edge}</data></edge></graph></graphml>`;
  return (await open([text('case.graphml', file)])).dataset.graph;
}

describe('Maltego entities', () => {
  it('labels an entity with its first non-empty property value, trimmed, and keeps the first of a repeated property', async () => {
    const graph = await graphOf([
      `<data key="d0">${entity('maltego.Person', property('person.note', '  '), property('person.fullname', ' Ana Shaw '), property('person.fullname', 'Ann Shaw'))}</data>`,
      `<data key="d0">${entity('maltego.Phrase')}</data>`,
    ]);
    expect(graph.getNodeAttributes('n0')).toStrictEqual({ label: 'Ana Shaw', kind: 'person', extra: { type: 'maltego.Person', 'person.fullname': 'Ana Shaw' } });
    // No property: the id is the label, the type is still read.
    expect(graph.getNodeAttributes('n1')).toStrictEqual({ label: 'n1', kind: 'other', extra: { type: 'maltego.Phrase' } });
  });

  it('joins a value written in several pieces (text and CDATA), and ignores text outside a value', async () => {
    const graph = await graphOf([
      `<data key="d0">${entity('maltego.Person', `<mtg:Property name="person.fullname">stray<mtg:Value>Bo <![CDATA[& Co]]> Lee</mtg:Value></mtg:Property>`)}</data>`,
      '',
    ]);
    expect(graph.getNodeAttributes('n0')).toStrictEqual({ label: 'Bo & Co Lee', kind: 'person', extra: { type: 'maltego.Person', 'person.fullname': 'Bo & Co Lee' } });
  });

  it("keeps the element's own type over Maltego's", async () => {
    const graph = await graphOf([`<data key="d3">Company</data><data key="d0">${entity('maltego.Person', property('title', 'Acme'))}</data>`, '']);
    expect(graph.getNodeAttributes('n0')).toStrictEqual({ label: 'Acme', kind: 'organisation', extra: { type: 'Company', title: 'Acme' } });
  });
});

describe('Maltego links', () => {
  it("takes a link's label from its label property only, keeping its other properties", async () => {
    const graph = await graphOf(['', ''], link(property('maltego.link.weight', '3'), property('maltego.link.manual.type', ' Paid ')));
    expect(graph.getEdgeAttributes('e0')).toStrictEqual({ relation: 'paid', label: 'Paid', extra: { type: 'maltego.link.manual-link', 'maltego.link.weight': '3' } });
    const unlabelled = await graphOf(['', ''], link(property('maltego.link.weight', '3')));
    expect(unlabelled.getEdgeAttributes('e0')).toStrictEqual({ relation: 'related_to', extra: { type: 'maltego.link.manual-link', 'maltego.link.weight': '3' } });
  });
});

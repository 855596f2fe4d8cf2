// The XML reader under GEXF and GraphML, on inline files: the encoding a file declares (or the
// Windows-1252 retry), prefixed element names, CDATA, a DOCTYPE without entities, the nesting
// budget counted per level (siblings once), and well-formedness errors in plain words.
import { describe, expect, it } from 'vitest';
import { failure, open, text } from './test-support.js';

const gml = (body: string, head = '<?xml version="1.0"?>') => `${head}\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n${body}\n</graph>\n</graphml>\n`;
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const LABEL_KEY = '<key id="d0" for="node" attr.name="label" attr.type="string"/>';

describe('XML encodings', () => {
  it('decodes as a declaration in single quotes says, and as Windows-1252 when bytes declared UTF-8 are not', async () => {
    const body = gml(`${LABEL_KEY}<node id="a"><data key="d0">M\u00fcller</data></node>`, "<?xml version='1.0' encoding = 'ISO-8859-1'?>");
    const { graph } = (await open([{ name: 'l.graphml', bytes: latin1(body) }])).dataset;
    expect(graph.getNodeAttribute('a', 'label')).toBe('M\u00fcller');
    const utf8 = new TextEncoder().encode(gml(`${LABEL_KEY}<node id="a"><data key="d0">\u0141\u00f3d\u017a</data></node>`, '<?xml version="1.0" encoding="utf-8"?>'));
    expect((await open([{ name: 'u.graphml', bytes: utf8 }])).dataset.graph.getNodeAttribute('a', 'label')).toBe('\u0141\u00f3d\u017a');
    const declaredUtf8 = body.replace("encoding='ISO-8859-1'", "encoding='UTF-8'");
    const retried = await open([{ name: 'f.graphml', bytes: latin1(declaredUtf8) }]);
    expect(retried.dataset.graph.getNodeAttribute('a', 'label')).toBe('M\u00fcller');
  });
});

describe('XML structure', () => {
  it('reads prefixed element names, CDATA text and a DOCTYPE that declares nothing', async () => {
    const prefixed = '<?xml version="1.0"?><!DOCTYPE graphml><g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns"><g:key id="d0" for="node" attr.name="label" attr.type="string"/><g:graph edgedefault="undirected"><g:node id="a"><g:data key="d0"><![CDATA[A & <b>]]></g:data></g:node><g:node id="b"/><g:edge source="a" target="b"/></g:graph></g:graphml>';
    const { graph } = (await open([text('p.graphml', prefixed)])).dataset;
    expect(graph.nodes()).toEqual(['a', 'b']);
    expect(graph.getNodeAttribute('a', 'label')).toBe('A & <b>');
    expect(graph.mapEdges((_e, a, s, t) => [s, t, a.undirected])).toEqual([['a', 'b', true]]);
  });

  it('allows exactly the nesting budget, counting siblings once, and names the level past it', async () => {
    // graphml > graph > node > data: four levels, whatever the number of nodes.
    const body = gml(`${LABEL_KEY}${['a', 'b', 'c', 'd'].map((id) => `<node id="${id}"><data key="d0">${id}</data></node>`).join('')}`);
    expect((await open([text('d.graphml', body)], { limits: { maxDepth: 4 } })).dataset.graph.order).toBe(4);
    const f = await failure(open([text('d.graphml', body)], { limits: { maxDepth: 3 } }));
    expect([f.code, f.limit]).toEqual(['too_large', { name: 'maxDepth', limit: 3, found: 4 }]);
  });

  it('says what is malformed and where, and that a cut file may be truncated', async () => {
    const bad = async (body: string) => (await failure(open([text('t.graphml', body)]))).message;
    expect(await bad(gml('<node id="a"></nod>'))).toBe('io/import/graphml: t.graphml line 4: is not well-formed XML: unexpected close tag.');
    expect(await bad(gml('<node id="a" id="b"/>'))).toBe('io/import/graphml: t.graphml line 4: is not well-formed XML: duplicate attribute: id.');
    expect(await bad(gml('<node id="a"/>').slice(0, 80))).toBe('io/import/graphml: t.graphml line 3: is not well-formed XML: unclosed tag: graphml (the file may be truncated)');
  });
});

// Amplification patterns: small files that would grow large once read, made by repetition. The
// fuzz test draws them at seeded sizes and `npm run bench` measures the worst one per format at
// the sizes an outside review used. Tests and bench only: nothing in the app imports this.
import { gzipSync, strToU8 } from 'fflate';

const join = (n: number, f: (i: number) => string): string => {
  const parts: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = f(i);
  return parts.join('');
};

export interface HostileFile {
  /** The pattern, e.g. "graphml-defaults". */
  pattern: string;
  /** Importer format it aims at. */
  format: 'gexf' | 'graphml' | 'csv' | 'json' | 'ftm';
  name: string;
  bytes: Uint8Array;
}

const file = (pattern: string, format: HostileFile['format'], name: string, content: string): HostileFile => ({ pattern, format, name, bytes: strToU8(content) });

/** Declared defaults × many keys: copied onto every node, keys × nodes values. */
export function graphmlDefaults(keys: number, nodes: number): HostileFile {
  const declarations = join(keys, (k) => `<key id="k${k}" for="all" attr.name="a${k}" attr.type="string"><default>default value ${k}</default></key>`);
  return file('graphml-defaults', 'graphml', 'defaults.graphml', `<graphml>${declarations}<graph edgedefault="undirected">${join(nodes, (i) => `<node id="${i}"/>`)}${join(nodes - 1, (i) => `<edge source="${i}" target="${i + 1}"/>`)}</graph></graphml>`);
}

export function gexfDefaults(keys: number, nodes: number): HostileFile {
  const declarations = join(keys, (k) => `<attribute id="${k}" title="a${k}" type="string"><default>default value ${k}</default></attribute>`);
  return file('gexf-defaults', 'gexf', 'defaults.gexf', `<gexf version="1.3"><graph><attributes class="node">${declarations}</attributes><nodes>${join(nodes, (i) => `<node id="${i}"/>`)}</nodes></graph></gexf>`);
}

/** One FollowTheMoney Ownership naming n owners and n assets: n² edges. */
export function ftmCrossProduct(n: number): HostileFile {
  const ids = (prefix: string) => Array.from({ length: n }, (_v, i) => `${prefix}${i}`);
  const line = JSON.stringify({ id: 'own', schema: 'Ownership', properties: { owner: ids('owner-'), asset: ids('asset-') } });
  return file('ftm-cross-product', 'ftm', 'cross.ftm.json', `{"id":"p","schema":"Person","properties":{"name":["P"]}}\n${line}\n`);
}

/** Hyperedges of `endpoints` nodes each: endpoints²/2 edges per hyperedge. */
export function graphmlHyperedges(count: number, endpoints: number): HostileFile {
  const ends = join(endpoints, (i) => `<endpoint node="n${i}"/>`);
  return file('graphml-hyperedges', 'graphml', 'hyper.graphml', `<graphml><graph edgedefault="undirected">${join(endpoints, (i) => `<node id="n${i}"/>`)}${join(count, (h) => `<hyperedge id="h${h}">${ends}</hyperedge>`)}</graph></graphml>`);
}

/** <title> inside <title>, `depth` deep: a parser that rescans what is open pays depth². */
export function gexfNestedTitles(depth: number): HostileFile {
  return file('gexf-nested-titles', 'gexf', 'titles.gexf', `<gexf version="1.3"><meta>${'<title>t'.repeat(depth)}${'</title>'.repeat(depth)}</meta><graph><nodes><node id="a"/></nodes></graph></gexf>`);
}

/** yEd-style <data> nested in <data>. */
export function graphmlNestedData(depth: number): HostileFile {
  return file('graphml-nested-data', 'graphml', 'data.graphml', `<graphml><key id="d" for="node"/><graph><node id="a"><data key="d">${'<data key="d">x'.repeat(depth)}${'</data>'.repeat(depth)}</data></node></graph></graphml>`);
}

/** A header of `columns` names over `rows` two-cell rows. */
export function csvWideHeader(columns: number, rows: number): HostileFile {
  const header = ['source', 'target', ...Array.from({ length: columns - 2 }, (_v, i) => `column${i}`)].join(',');
  return file('csv-wide-header', 'csv', 'wide.csv', `${header}\n${join(rows, (i) => `n${i},n${i + 1}\n`)}`);
}

/** `n` nodes each carrying its own attribute: n columns, one value each (an exporter's worst case). */
export function gexfSparseAttributes(n: number): HostileFile {
  const declarations = join(n, (i) => `<attribute id="k${i}" title="attribute ${i}" type="string"/>`);
  const nodes = join(n, (i) => `<node id="${i}" label="node ${i}"><attvalues><attvalue for="k${i}" value="v${i}"/></attvalues></node>`);
  const edges = join(n - 1, (i) => `<edge source="${i}" target="${i + 1}"/>`);
  return file('gexf-sparse-attributes', 'gexf', 'sparse.gexf', `<gexf version="1.3"><graph defaultedgetype="directed"><attributes class="node">${declarations}</attributes><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`);
}

/** Arrays in arrays: a recursive reader's stack. */
export function jsonDeep(depth: number): HostileFile {
  return file('json-deep', 'json', 'deep.json', `{"nodes":[${'['.repeat(depth)}${']'.repeat(depth)}],"edges":[]}`);
}

/** graphology JSON whose nodes carry many attributes each (the attribute-value budget). */
export function jsonWideNodes(nodes: number, attributes: number): HostileFile {
  const attrs = JSON.stringify(Object.fromEntries(Array.from({ length: attributes }, (_v, i) => [`a${i}`, i])));
  return file('json-wide-nodes', 'json', 'wide.json', `{"nodes":[${join(nodes, (i) => `${i ? ',' : ''}{"key":"${i}","attributes":${attrs}}`)}],"edges":[]}`);
}

/** A gzip that inflates `factor` times: the size limit applies to the inflated bytes. */
export function gzipBomb(inflatedBytes: number): HostileFile {
  const node = '<node id="x"/>';
  const body = `<gexf version="1.3"><graph><nodes>${node.repeat(Math.ceil(inflatedBytes / node.length))}</nodes></graph></gexf>`;
  return { pattern: 'gzip-bomb', format: 'gexf', name: 'bomb.gexf.gz', bytes: gzipSync(strToU8(body), { level: 9 }) };
}

/** Every pattern at a size drawn from `random` (0…1): small enough for a unit test, large enough to matter. */
export function randomHostileFile(random: () => number): HostileFile {
  const pick = (lo: number, hi: number) => Math.floor(lo + random() * (hi - lo));
  const makers: (() => HostileFile)[] = [
    () => graphmlDefaults(pick(50, 400), pick(1_000, 20_000)),
    () => gexfDefaults(pick(50, 400), pick(1_000, 20_000)),
    () => ftmCrossProduct(pick(100, 1_500)),
    () => graphmlHyperedges(pick(10, 200), pick(20, 70)),
    () => gexfNestedTitles(pick(500, 30_000)),
    () => graphmlNestedData(pick(500, 30_000)),
    () => csvWideHeader(pick(1_000, 30_000), pick(1_000, 20_000)),
    () => gexfSparseAttributes(pick(500, 5_000)),
    () => jsonDeep(pick(500, 20_000)),
    () => jsonWideNodes(pick(100, 800), pick(100, 1_000)),
    () => gzipBomb(pick(1, 10) * 1024 ** 2),
  ];
  return (makers[Math.floor(random() * makers.length)] as () => HostileFile)();
}
